"""Whereby webhooks: check that a delivery comes from Whereby, then parse its event into the model for its `type`.

```python
from videoconf import webhooks

event = webhooks.unwrap(await request.body(), request.headers, secret)   # raises WebhookVerificationError
if isinstance(event, webhooks.WherebyRoomClientJoinedEvent):
    print(event.data.display_name, event.data.num_clients)
```

Or through a client built with the secret: `Whereby(webhook_secret=...)` (or `WHEREBY_WEBHOOK_SECRET`), then
`wb.webhooks.unwrap(body, headers)`. The event models and the `type` -> model table are generated from the contract.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Mapping
from typing import Any, TypeAlias

from attrs import define, field

from videoconf._generated import _webhooks as _generated
from videoconf._generated._webhooks import *  # noqa: F403  (the generated event models, re-exported)
from videoconf._generated._webhooks import WHEREBY_EVENT_TYPES, WHEREBY_SIGNATURE_HEADER, KnownWherebyEvent
from videoconf._generated.types import parse_datetime
from videoconf._parsing import Drift

from ._drift import DriftEvent, parse_payload, report_drift, strict_from_env
from ._exceptions import VideoconfError, WebhookPayloadError, WebhookVerificationError
from ._signature import (
    DEFAULT_TOLERANCE,
    Body,
    HeadersLike,
    SecretLike,
    WebhookSecret,
    as_secret,
    sign,
    verify_signature,
)

__all__ = [
    "DEFAULT_TOLERANCE",
    "UnknownWherebyEvent",
    "WebhookPayloadError",
    "WebhookSecret",
    "WebhookVerificationError",
    "WherebyEvent",
    "WherebyWebhooks",
    "sign",
    "unwrap",
    "verify",
]
__all__ += _generated.__all__

Headers: TypeAlias = Mapping[str, str] | HeadersLike

UNKNOWN_EVENT_OPERATION = "whereby_webhook"
"""The `operation` of the drift event an event type the contract does not know is reported as."""


@define
class UnknownWherebyEvent:
    """An event whose `type` this version of the contract does not know: its `type` and `data` are kept as sent."""

    type_: str
    data: Any
    id: str | None = None
    api_version: str | None = None
    created_at: datetime.datetime | None = None
    raw: dict[str, Any] = field(factory=dict, repr=False)
    """The whole payload as received."""

    @classmethod
    def from_dict(cls, payload: Mapping[str, Any]) -> UnknownWherebyEvent:
        created_at: datetime.datetime | None
        try:
            created_at = parse_datetime(payload.get("createdAt"), "createdAt")
        except ValueError:
            created_at = None
        id_, version = payload.get("id"), payload.get("apiVersion")
        return cls(
            type_=str(payload["type"]),
            data=payload.get("data"),
            id=id_ if isinstance(id_, str) else None,
            api_version=version if isinstance(version, str) else None,
            created_at=created_at,
            raw=dict(payload),
        )

    def to_dict(self) -> dict[str, Any]:
        return dict(self.raw)


WherebyEvent: TypeAlias = KnownWherebyEvent | UnknownWherebyEvent
"""What `unwrap` returns: one generated model per event type, or `UnknownWherebyEvent`."""


def verify(body: Body, headers: Headers, secret: SecretLike, *, tolerance: float = DEFAULT_TOLERANCE) -> None:
    """Checks that a webhook delivery was signed by Whereby with `secret`; raises `WebhookVerificationError` if not.

    `body` must be the raw request body, exactly the bytes received (a `str` is encoded as UTF-8). Never pass a body
    that was parsed and serialised again (`json.dumps(await request.json())`): the signature covers the bytes Whereby
    sent, and a re-serialisation can differ in spacing, key order, escapes or number formats, and then fails to verify
    (or, worse, verifies only until the payload holds a character or number that serialises differently).

    `headers` is any mapping of the request's headers, looked up case-insensitively: a dict, Starlette's
    `request.headers`, Django's `request.headers` (or `request.META`), Flask's `request.headers`.

    The failed check is `error.reason`: `missing_header`, `malformed_header`, `signature_mismatch` (wrong secret, or
    not the raw body), `timestamp_too_old` or `timestamp_in_future` (more than `tolerance` seconds from now; checked
    after the signature, so the event is authentic but possibly replayed). Secret rotation: a header with several `v1`
    signatures passes when any of them matches.
    """
    verify_signature(body, headers, secret, header=WHEREBY_SIGNATURE_HEADER, tolerance=tolerance)


def unwrap(
    body: Body,
    headers: Headers,
    secret: SecretLike,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    strict: bool | None = None,
) -> WherebyEvent:
    """Verifies a delivery like `verify`, then parses its event into the model for its `type`.

    An event type the contract does not know yet becomes `UnknownWherebyEvent`, keeping `type` and `data` as sent, and
    is recorded as an `unknown_enum` drift event. Payloads are parsed like responses: tolerant by default (what
    disagrees with the contract is kept and recorded as a drift event, see `videoconf.record_drift`); `strict=True`
    (default: the `VIDEOCONF_STRICT` environment variable) raises `WebhookPayloadError` naming the path instead.
    Unknown fields and enum values of known events are kept in both modes. A body that is not an event raises
    `WebhookPayloadError`.
    """
    key = as_secret(secret)
    raw = verify_signature(body, headers, key, header=WHEREBY_SIGNATURE_HEADER, tolerance=tolerance)
    try:
        payload = json.loads(raw)
    except ValueError as error:
        raise WebhookPayloadError(f"the webhook body is not valid JSON ({error})") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("type"), str):
        raise WebhookPayloadError("the webhook body is not an event: expected a JSON object with a string `type`")
    model = WHEREBY_EVENT_TYPES.get(payload["type"])
    if model is None:
        _report_unknown_event_type(key.scrub(payload["type"]))
        return UnknownWherebyEvent.from_dict(payload)
    try:
        return _parse_event(model, payload, strict_from_env(strict))
    except WebhookPayloadError as error:
        # The messages quote the sender's values; a sender that echoes the secret must not put it in a log.
        for problem in (error, error.__cause__):
            if problem is not None:
                problem.args = tuple(key.scrub(a) if isinstance(a, str) else a for a in problem.args)
        raise


def _parse_event(model: type[KnownWherebyEvent], payload: dict[str, Any], strict: bool) -> KnownWherebyEvent:
    """The one place an event payload becomes its model, through the drift record like every response."""
    parse: Callable[[Any, Drift], KnownWherebyEvent] = model.from_dict
    return parse_payload(parse, payload, operation=payload["type"], strict=strict)


def _report_unknown_event_type(event_type: str) -> None:
    """The one place an event type missing from the contract is reported: a drift event, since Whereby may add types."""
    report_drift(DriftEvent(UNKNOWN_EVENT_OPERATION, "type", "unknown_enum", "WherebyEvent", event_type[:200]))


class WherebyWebhooks:
    """`wb.webhooks`: `verify` and `unwrap` with the client's webhook secret (or one passed per call)."""

    def __init__(self, secret: WebhookSecret | None, *, strict: bool = False) -> None:
        self._secret = secret
        self._strict = strict

    def _key(self, secret: SecretLike | None) -> SecretLike:
        if secret is not None:
            return secret
        if self._secret is None:
            raise VideoconfError(
                "no webhook secret: pass webhook_secret= to the client (or set WHEREBY_WEBHOOK_SECRET), or secret= here"
            )
        return self._secret

    def verify(
        self, body: Body, headers: Headers, *, secret: SecretLike | None = None, tolerance: float = DEFAULT_TOLERANCE
    ) -> None:
        """`videoconf.webhooks.verify` with the client's secret."""
        verify(body, headers, self._key(secret), tolerance=tolerance)

    def unwrap(
        self, body: Body, headers: Headers, *, secret: SecretLike | None = None, tolerance: float = DEFAULT_TOLERANCE
    ) -> WherebyEvent:
        """`videoconf.webhooks.unwrap` with the client's secret, in the client's response mode."""
        return unwrap(body, headers, self._key(secret), tolerance=tolerance, strict=self._strict)

    def __repr__(self) -> str:
        return f"WherebyWebhooks(secret={'<redacted>' if self._secret is not None else None})"
