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
from collections.abc import Mapping
from typing import Any, TypeAlias

from attrs import define, field

from videoconf_api import _webhooks as _generated
from videoconf_api._webhooks import *  # noqa: F403  (the generated event models, re-exported)
from videoconf_api._webhooks import WHEREBY_EVENT_TYPES, WHEREBY_SIGNATURE_HEADER, KnownWherebyEvent
from videoconf_api.types import parse_datetime

from ._exceptions import VideoconfError, WebhookPayloadError, WebhookVerificationError, short_repr
from ._logging import logger
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


def unwrap(body: Body, headers: Headers, secret: SecretLike, *, tolerance: float = DEFAULT_TOLERANCE) -> WherebyEvent:
    """Verifies a delivery like `verify`, then parses its event into the model for its `type`.

    An event type the contract does not know yet becomes `UnknownWherebyEvent`, keeping `type` and `data` as sent.
    Unknown fields and enum values of known events are kept too. A body that is not an event raises
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
        return _parse_event(model, payload)
    except WebhookPayloadError as error:
        # The messages quote the sender's values; a sender that echoes the secret must not put it in a log.
        for problem in (error, error.__cause__):
            if problem is not None:
                problem.args = tuple(key.scrub(a) if isinstance(a, str) else a for a in problem.args)
        raise


def _parse_event(model: type[KnownWherebyEvent], payload: dict[str, Any]) -> KnownWherebyEvent:
    """The one place an event payload becomes its model (the generated `from_dict` keeps unknown fields and values)."""
    try:
        return model.from_dict(payload)
    except (LookupError, TypeError, ValueError, AttributeError) as error:
        from ._base_client import _locate_field

        name, _ = _locate_field(error)
        if isinstance(error, KeyError) and error.args:
            name = str(error.args[0])
        where = f"field {name!r}" if name else "the payload"
        problem = "is missing" if isinstance(error, KeyError) else f"is invalid ({type(error).__name__}: {error})"
        raise WebhookPayloadError(
            f"{payload['type']} event: {where} {problem}", event_type=payload["type"], field=name
        ) from error


def _report_unknown_event_type(event_type: str) -> None:
    """The one place an event type missing from the contract is reported."""
    logger.warning("Whereby webhook: unknown event type %s, returned as UnknownWherebyEvent", short_repr(event_type))


class WherebyWebhooks:
    """`wb.webhooks`: `verify` and `unwrap` with the client's webhook secret (or one passed per call)."""

    def __init__(self, secret: WebhookSecret | None) -> None:
        self._secret = secret

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
        """`videoconf.webhooks.unwrap` with the client's secret."""
        return unwrap(body, headers, self._key(secret), tolerance=tolerance)

    def __repr__(self) -> str:
        return f"WherebyWebhooks(secret={'<redacted>' if self._secret is not None else None})"
