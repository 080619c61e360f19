"""The drift record: each disagreement between a response and the contract, logged, collected, raised if strict."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any, Literal, TypeVar

from videoconf._parsing import HARD, Drift, Kind, Node, json_type, path_text
from videoconf._parsing import received as received_of

from ._drift_event import DriftEvent, DriftKind
from ._exceptions import WebhookPayloadError

__all__ = [
    "DriftEvent",
    "DriftJSONFormatter",
    "DriftKind",
    "StrictDrift",
    "parse_payload",
    "record_drift",
    "report_drift",
    "strict_from_env",
]

T = TypeVar("T")

drift_logger = logging.getLogger("videoconf.drift")

STRICT_ENV = "VIDEOCONF_STRICT"
_INDEX = re.compile(r"\[\d+\]")


class DriftJSONFormatter(logging.Formatter):
    """Writes each drift event logged by `videoconf.drift` as one JSON object per line (`DriftEvent.to_json()`),
    the JSON-lines format `python -m generator suggest` reads; other records are formatted as usual.

        handler = logging.FileHandler("drift.jsonl")
        handler.setFormatter(DriftJSONFormatter())
        logging.getLogger("videoconf.drift").addHandler(handler)
        logging.getLogger("videoconf.drift").setLevel(logging.INFO)

    The logger says each drift once per process (see `report_drift`); to count every event, write the events of a
    `record_drift()` block with `to_json()` instead.
    """

    def format(self, record: logging.LogRecord) -> str:
        """The record's drift event as one line of JSON, or the record formatted as usual when it carries none."""
        event = getattr(record, "drift", None)
        if isinstance(event, DriftEvent):
            return event.to_json()
        return super().format(record)


class StrictDrift(Exception):
    """Raised inside parsing in strict mode; the caller turns it into the error its callers catch."""

    def __init__(self, event: DriftEvent) -> None:
        super().__init__(str(event))
        self.event = event


_collectors: ContextVar[tuple[list[DriftEvent], ...]] = ContextVar("videoconf_drift_collectors", default=())
_logged: set[tuple[str, str, str, str]] = set()
_logged_lock = threading.Lock()
# Unknown field names come from the server and may never repeat (ids used as keys): their log memory is bounded.
_MAX_LOGGED_SOFT = 10_000


@contextlib.contextmanager
def record_drift() -> Iterator[list[DriftEvent]]:
    """`with record_drift() as events:` collects every drift event raised inside the block (this thread or task,
    and the tasks it starts) into `events`, in order. Blocks nest: an event reaches every open block."""
    events: list[DriftEvent] = []
    token = _collectors.set((*_collectors.get(), events))
    try:
        yield events
    finally:
        _collectors.reset(token)


def report_drift(event: DriftEvent) -> None:
    """Send one event to the open `record_drift()` blocks and to the `videoconf.drift` logger.

    `missing`, `wrong_type` and `null` log at WARNING, `unknown_enum` and `unknown_field` at INFO (APIs add those
    without notice); each (operation, path with list indexes as `[]`, kind, and for `unknown_enum` the value) is
    logged once per process, since one drifting field repeats on every item of every page. The record's `drift`
    attribute holds the event.
    """
    for events in _collectors.get():
        events.append(event)
    level = logging.WARNING if event.kind in HARD else logging.INFO
    if not drift_logger.isEnabledFor(level):
        return
    # An unknown enum value is news once per value: each new one a vendor adds is logged.
    value = str(event.received) if event.kind == "unknown_enum" else ""
    key = (event.operation, _INDEX.sub("[]", event.path), event.kind, value)
    with _logged_lock:
        if key in _logged or (event.kind not in HARD and len(_logged) >= _MAX_LOGGED_SOFT):
            return
        _logged.add(key)
    drift_logger.log(level, "%s", event, extra={"drift": event})


class DriftRecorder:
    """The drift receiver of one parse: every report becomes a `DriftEvent`; in strict mode the ones that break the
    contract (`missing`, `wrong_type`, `null`) then raise `StrictDrift`."""

    __slots__ = ("operation", "strict")

    def __init__(self, operation: str, strict: bool) -> None:
        self.operation = operation
        self.strict = strict

    def report(self, where: Node, kind: Kind, expected: str, value: object, pointer: str | None = None) -> None:
        event = DriftEvent(self.operation, path_text(where), kind, expected, received_of(kind, value), pointer)
        report_drift(event)
        if self.strict and kind in HARD:
            raise StrictDrift(event)


_KIND_NAMES = {"object": dict, "array": list}


def check_kind(data: object, kind: Literal["object", "array"] | None) -> str | None:
    """What is wrong with a body of the wrong top-level kind (which no mode can use), or None."""
    if kind is None or isinstance(data, _KIND_NAMES[kind]):
        return None
    article = "an" if kind[0] in "aeiou" else "a"
    return f"the body is {json_type(data)}, not {article} {kind}"


def parse_payload(
    cast: Callable[[Any, Drift], T],
    data: object,
    *,
    operation: str,
    strict: bool,
    kind: Literal["object", "array"] | None = "object",
) -> T:
    """Parse a decoded payload that did not come from a request of ours (a webhook event) with a generated model's
    `from_dict` (or any cast taking a drift receiver), through the same tolerant/strict rules and drift record as
    responses. `operation` names the payload in drift events and errors (the event type).

    Raises `WebhookPayloadError` for a payload of the wrong top-level kind, and in strict mode for a value the
    contract does not allow.
    """
    problem = check_kind(data, kind)
    if problem is not None:
        raise WebhookPayloadError(f"{operation}: {problem}", event_type=operation)
    try:
        return cast(data, DriftRecorder(operation, strict))
    except StrictDrift as error:
        raise WebhookPayloadError(str(error), event_type=operation, field=error.event.path, drift=error.event) from None


def strict_from_env(strict: bool | None) -> bool:
    """`strict` if given, else whether `VIDEOCONF_STRICT` is set to 1 (or true, yes, on)."""
    if strict is not None:
        if not isinstance(strict, bool):
            raise TypeError("strict must be True, False or None")
        return strict
    return os.environ.get(STRICT_ENV, "").strip().lower() in ("1", "true", "yes", "on")
