"""Webhook signature checks: what passes, what fails and with which reason, and where the secret comes from."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from starlette.datastructures import Headers as StarletteHeaders

from videoconf import AsyncWhereby, ValidationError, VideoconfError, WebhookVerificationError, Whereby, webhooks

ROOT = Path(__file__).resolve().parents[2]
SECRET = "whsec-test-5b9e1d"
HEADER = "Whereby-Signature"
BODY = (
    '{"id":"1d0f9a65","apiVersion":"1.0","createdAt":"2024-05-01T10:02:11.348Z","type":"room.session.started",'
    '"data":{"roomName":"/standup","roomSessionId":"s-1","subdomain":"example","durationInSeconds":1800.0,'
    '"displayName":"Zo\u00eb \u2764"}}'
).encode()


def signature(body: bytes, secret: str | bytes, timestamp: int) -> str:
    """The v1 value, computed here independently of the code under test."""
    key = secret.encode() if isinstance(secret, str) else secret
    return hmac.new(key, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def signed(body: bytes = BODY, secret: str = SECRET, *, at: int | None = None) -> dict[str, str]:
    moment = int(time.time()) if at is None else at
    return {HEADER: f"t={moment},v1={signature(body, secret, moment)}"}


def failure(body: Any, headers: Any, secret: Any = SECRET, **options: Any) -> WebhookVerificationError:
    with pytest.raises(WebhookVerificationError) as caught:
        webhooks.verify(body, headers, secret, **options)
    return caught.value


def test_a_signed_body_passes() -> None:
    webhooks.verify(BODY, signed(), SECRET)
    webhooks.verify(BODY, signed(), SECRET.encode())
    webhooks.verify(bytearray(BODY), signed(), SECRET)
    webhooks.verify(memoryview(BODY), signed(), SECRET)


def test_a_str_body_is_its_utf8_bytes() -> None:
    webhooks.verify(BODY.decode("utf-8"), signed(), SECRET)


@pytest.mark.parametrize("index", [0, 1, len(BODY) // 2, len(BODY) - 1])
def test_a_changed_body_byte_fails(index: int) -> None:
    changed = bytearray(BODY)
    changed[index] ^= 0x01
    error = failure(bytes(changed), signed())
    assert error.reason == "signature_mismatch"
    assert "raw request body" in str(error)


def test_a_wrong_secret_fails() -> None:
    assert failure(BODY, signed(), "another-secret").reason == "signature_mismatch"


def test_a_re_serialised_body_fails() -> None:
    # What Whereby's own example does: parse, then serialise again. Spacing, escapes and `1800.0` all change.
    for again in (json.dumps(json.loads(BODY)), json.dumps(json.loads(BODY), separators=(",", ":"))):
        assert again.encode() != BODY
        assert failure(again, signed()).reason == "signature_mismatch"


def test_secret_rotation_passes_when_any_v1_signature_matches() -> None:
    now = int(time.time())
    good, old = signature(BODY, SECRET, now), signature(BODY, "previous-secret", now)
    for value in (f"t={now},v1={old},v1={good}", f"t={now},v1={good},v1={old}", f"v1={old}, t={now} ,v1={good}"):
        webhooks.verify(BODY, {HEADER: value}, SECRET)
        webhooks.verify(BODY, {HEADER: value}, "previous-secret")
    webhooks.verify(BODY, {HEADER: f"t={now},v1={good.upper()}"}, SECRET)  # hex digits in either case


def test_a_timestamp_beyond_the_tolerance_fails_either_way() -> None:
    now = int(time.time())
    assert failure(BODY, signed(at=now - 400)).reason == "timestamp_too_old"
    assert failure(BODY, signed(at=now + 400)).reason == "timestamp_in_future"
    webhooks.verify(BODY, signed(at=now - 250), SECRET)  # within the default 300 s
    webhooks.verify(BODY, signed(at=now + 250), SECRET)
    assert failure(BODY, signed(at=now - 30), tolerance=10).reason == "timestamp_too_old"
    webhooks.verify(BODY, signed(at=now - 3600), SECRET, tolerance=7200)


def test_the_signature_is_checked_before_the_timestamp() -> None:
    # A stale event with a bad signature is reported as forged, not as stale: only authentic events are "too old".
    stale = {HEADER: f"t={int(time.time()) - 3600},v1={'0' * 64}"}
    assert failure(BODY, stale).reason == "signature_mismatch"


@pytest.mark.parametrize(
    ("headers", "reason", "words"),
    [
        ({}, "missing_header", "missing"),
        ({"Content-Type": "application/json"}, "missing_header", "missing"),
        ({HEADER: ""}, "missing_header", "empty"),
        ({HEADER: "  "}, "missing_header", "empty"),
        ({HEADER: "garbage"}, "malformed_header", "not a key=value pair"),
        ({HEADER: "v1=abc"}, "malformed_header", "no t= timestamp"),
        ({HEADER: "t=soon,v1=abc"}, "malformed_header", "exactly one t="),
        ({HEADER: "t=1,t=2,v1=abc"}, "malformed_header", "exactly one t="),
        ({HEADER: "t=-5,v1=abc"}, "malformed_header", "exactly one t="),
        ({HEADER: "t=1714557731"}, "malformed_header", "no v1= signature"),
        ({HEADER: "t=1714557731,v0=abc,v2=def"}, "malformed_header", "only 'v0', 'v2'"),
        ({HEADER: "t=1714557731,,v1=abc"}, "malformed_header", "not a key=value pair"),
    ],
)
def test_a_missing_empty_or_malformed_header_fails_with_its_reason(
    headers: dict[str, str], reason: str, words: str
) -> None:
    error = failure(BODY, headers)
    assert error.reason == reason
    assert words in str(error) and HEADER in str(error)


def test_a_v1_value_that_is_not_hex_never_matches() -> None:
    now = int(time.time())
    assert failure(BODY, {HEADER: f"t={now},v1=z\u00e9\u2764"}).reason == "signature_mismatch"
    webhooks.verify(BODY, {HEADER: f"t={now},v1=not-hex,v1={signature(BODY, SECRET, now)}"}, SECRET)


class ItemsOnly:
    """Headers that offer nothing but `items()`, as some frameworks' header objects do."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._pairs = pairs

    def items(self) -> Iterable[tuple[str, str]]:
        return iter(self._pairs)


def _werkzeug(value: str) -> object:
    datastructures = pytest.importorskip("werkzeug.datastructures")
    return datastructures.Headers([(HEADER, value)])


HEADER_SHAPES: list[tuple[str, Callable[[str], Any]]] = [
    ("dict", lambda v: {HEADER: v}),
    ("dict lower case", lambda v: {HEADER.lower(): v}),
    ("dict upper case", lambda v: {HEADER.upper(): v}),
    ("starlette", lambda v: StarletteHeaders(raw=[(HEADER.lower().encode(), v.encode())])),
    ("httpx", lambda v: httpx.Headers({HEADER: v})),
    ("wsgi environ / django META", lambda v: {"HTTP_WHEREBY_SIGNATURE": v, "CONTENT_TYPE": "application/json"}),
    ("werkzeug (flask)", _werkzeug),
    ("items() only", lambda v: ItemsOnly([("whereby-SIGNATURE", v)])),
    ("bytes", lambda v: ItemsOnly([(HEADER.encode(), v.encode())])),  # type: ignore[list-item]
]


@pytest.mark.parametrize("shape", [s[1] for s in HEADER_SHAPES], ids=[s[0] for s in HEADER_SHAPES])
def test_headers_of_any_framework_are_read_case_insensitively(shape: Callable[[str], Any]) -> None:
    webhooks.verify(BODY, shape(signed()[HEADER]), SECRET)
    assert failure(BODY, shape("")).reason == "missing_header"


def test_a_header_sent_twice_counts_as_one_list() -> None:
    now = int(time.time())
    headers = StarletteHeaders(
        raw=[
            (b"whereby-signature", f"t={now}".encode()),
            (b"whereby-signature", f"v1={signature(BODY, SECRET, now)}".encode()),
        ]
    )
    webhooks.verify(BODY, headers, SECRET)


def test_a_parsed_body_is_refused_with_the_reason() -> None:
    with pytest.raises(TypeError, match="raw request body"):
        webhooks.verify(json.loads(BODY), signed(), SECRET)


@pytest.mark.parametrize("tolerance", [-1, float("nan"), True, "300"])
def test_a_bad_tolerance_is_refused(tolerance: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        webhooks.verify(BODY, signed(), SECRET, tolerance=tolerance)
    assert caught.value.field == "tolerance"


@pytest.mark.parametrize("secret", ["", b"", None, 42])
def test_an_empty_or_absent_secret_is_refused(secret: Any) -> None:
    with pytest.raises(VideoconfError, match="webhook secret"):
        webhooks.verify(BODY, signed(), secret)


def test_sign_makes_the_header_a_receiver_accepts() -> None:
    value = webhooks.sign(BODY, SECRET, timestamp=1714557731)
    assert value == f"t=1714557731,v1={signature(BODY, SECRET, 1714557731)}"
    webhooks.verify(BODY, {HEADER: webhooks.sign(BODY, SECRET)}, SECRET)


@given(body=st.binary(max_size=512), secret=st.text(min_size=1, max_size=40), data=st.data())
def test_any_body_and_secret_pass_when_signed_and_fail_after_any_single_byte_change(
    body: bytes, secret: str, data: st.DataObject
) -> None:
    now = int(time.time())
    headers = {HEADER: f"t={now},v1={signature(body, secret, now)}"}
    webhooks.verify(body, headers, secret)
    if body:
        index = data.draw(st.integers(0, len(body) - 1), label="index")
        flip = data.draw(st.integers(1, 255), label="xor")
        changed = bytearray(body)
        changed[index] ^= flip
        assert failure(bytes(changed), headers, secret).reason == "signature_mismatch"
    else:
        assert failure(b"x", headers, secret).reason == "signature_mismatch"


# ---- the clients' `webhooks` attribute -------------------------------------------------------------------------


def test_the_client_verifies_with_its_own_secret() -> None:
    wb = Whereby(api_key="k", webhook_secret=SECRET)
    wb.webhooks.verify(BODY, signed())
    event = wb.webhooks.unwrap(BODY, signed())
    assert event.type_ == "room.session.started"
    with pytest.raises(WebhookVerificationError):
        wb.webhooks.verify(BODY, signed(secret="other"))
    wb.webhooks.verify(BODY, signed(secret="other"), secret="other")  # a per-call secret wins
    assert wb.with_options(max_retries=0).webhooks.unwrap(BODY, signed()).type_ == "room.session.started"


def test_the_async_client_offers_the_same_synchronous_webhooks() -> None:
    event = AsyncWhereby(api_key="k", webhook_secret=SECRET).webhooks.unwrap(BODY, signed())
    assert event.type_ == "room.session.started"


def test_the_secret_may_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WHEREBY_WEBHOOK_SECRET", SECRET)
    Whereby(api_key="k").webhooks.verify(BODY, signed())
    # An argument wins over the environment.
    with pytest.raises(WebhookVerificationError):
        Whereby(api_key="k", webhook_secret="other").webhooks.verify(BODY, signed())


def test_without_a_secret_the_client_says_how_to_give_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WHEREBY_WEBHOOK_SECRET", raising=False)
    wb = Whereby(api_key="k")
    with pytest.raises(VideoconfError, match="WHEREBY_WEBHOOK_SECRET"):
        wb.webhooks.unwrap(BODY, signed())
    wb.webhooks.verify(BODY, signed(), secret=SECRET)


@pytest.mark.parametrize("secret", [SECRET + "\n", " " + SECRET, "a\x00b"])
def test_a_secret_with_whitespace_or_control_characters_is_refused(secret: str) -> None:
    with pytest.raises(VideoconfError, match="webhook_secret must not contain") as caught:
        Whereby(api_key="k", webhook_secret=secret)
    assert SECRET not in str(caught.value)


def test_typed_headers_from_a_mapping_or_a_framework_object_verify() -> None:
    # Typed call sites: a plain Mapping and a framework header object both satisfy the signature.
    plain: Mapping[str, str] = signed()
    webhooks.verify(BODY, plain, SECRET)
    webhooks.verify(BODY, StarletteHeaders(headers=plain), SECRET)


def test_a_client_loads_webhook_code_only_when_it_is_used() -> None:
    code = textwrap.dedent(
        """
        import sys
        from videoconf import Whereby
        WATCHED = ("videoconf._signature", "videoconf.webhooks", "videoconf._generated._webhooks")
        def loaded():
            return sorted(m for m in sys.modules if m in WATCHED)
        Whereby(api_key="k")
        assert loaded() == [], loaded()
        wb = Whereby(api_key="k", webhook_secret="s")
        assert loaded() == ["videoconf._signature"], loaded()
        wb.webhooks
        assert loaded() == ["videoconf._generated._webhooks", "videoconf._signature", "videoconf.webhooks"], loaded()
        print("ok")
        """
    )
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'overrides'}:{ROOT / 'generated'}"}
    env.pop("WHEREBY_WEBHOOK_SECRET", None)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.stdout.strip() == "ok", result.stderr
