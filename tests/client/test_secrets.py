"""Scan test: credentials never appear in a repr, an exception's text or a log line, whatever goes wrong."""

from __future__ import annotations

import base64
import copy
import logging
import os
import pickle
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from videoconf import AsyncWhereby, SignalWire, VideoconfError, Whereby, webhooks

from .support import (
    API_KEY,
    PROJECT_ID,
    ROOM_ID,
    TOKEN,
    Script,
    json_response,
    meeting,
    room,
    signalwire,
    whereby,
)

ROOT = Path(__file__).resolve().parents[2]
BASIC = base64.b64encode(f"{PROJECT_ID}:{TOKEN}".encode()).decode()
SECRETS = (TOKEN, BASIC, API_KEY)


def _assert_clean(texts: list[str]) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"credential leaked into: {text!r}"


def _exception_texts(error: BaseException) -> list[str]:
    texts = [str(error), repr(error), *(repr(arg) for arg in error.args)]
    request = getattr(error, "request", None)
    if isinstance(request, httpx.Request):
        texts += [repr(request), repr(request.headers), str(request.url)]
    if error.__cause__ is not None:
        texts += [str(error.__cause__), repr(error.__cause__)]
    return texts


SCENARIOS: list[tuple[str, Callable[[], Script], Callable[[Script], object]]] = [
    ("ok", lambda: Script(json_response(200, room())), lambda s: signalwire(s).rooms.get(ROOM_ID)),
    (
        "429 then ok",
        lambda: Script(httpx.Response(429, headers={"Retry-After": "1"}), json_response(200, room())),
        lambda s: signalwire(s).rooms.get(ROOM_ID),
    ),
    (
        "401 echoing the credentials",
        lambda: Script(json_response(401, {"error": f"bad credentials {TOKEN} / Basic {BASIC}"})),
        lambda s: signalwire(s).rooms.get(ROOM_ID),
    ),
    (
        "HTML page echoing the key",
        lambda: Script(httpx.Response(403, text=f"Forbidden for Bearer {API_KEY}")),
        lambda s: whereby(s).meetings.get("1"),
    ),
    ("503 x3", lambda: Script(*(httpx.Response(503) for _ in range(3))), lambda s: signalwire(s).rooms.get(ROOM_ID)),
    (
        "connection error echoing the token",
        lambda: Script(
            httpx.ConnectError(f"cannot connect with {TOKEN}"), httpx.ConnectError("refused"), httpx.ConnectError("x")
        ),
        lambda s: signalwire(s).rooms.get(ROOM_ID),
    ),
    ("read timeout", lambda: Script(httpx.ReadTimeout("slow")), lambda s: signalwire(s).rooms.create(name="x")),
    ("invalid JSON", lambda: Script(httpx.Response(200, text="{oops")), lambda s: whereby(s).meetings.get("1")),
    (
        "missing field",
        lambda: Script(json_response(200, {"meetingId": API_KEY})),
        lambda s: whereby(s).meetings.get("1"),
    ),
    ("bad argument", lambda: Script(), lambda s: signalwire(s).rooms.create(name="x", quality="4k")),
    (
        "pagination",
        lambda: Script(
            json_response(200, {"results": [meeting()], "cursor": "c"}), json_response(200, {"results": []})
        ),
        lambda s: list(whereby(s).meetings.list()),
    ),
]


@pytest.mark.parametrize(("name", "make_script", "call"), SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_no_credential_in_exceptions_or_logs(
    name: str,
    make_script: Callable[[], Script],
    call: Callable[[Script], object],
    caplog: pytest.LogCaptureFixture,
) -> None:
    texts: list[str] = []
    script = make_script()
    with caplog.at_level(logging.DEBUG):
        try:
            call(script)
        except (VideoconfError, ValueError) as error:
            texts += _exception_texts(error)
    if script.attempts:
        assert caplog.records, "the scenario logged nothing: the scan would prove nothing"
    for record in caplog.records:
        texts += [record.getMessage(), caplog.text, repr(record.args)]
    _assert_clean(texts)


def test_no_credential_in_reprs() -> None:
    sw = signalwire(Script())
    # A list fetches its first page at the call.
    wb = whereby(Script(json_response(200, {"results": [meeting()], "cursor": None})))
    objects: list[object] = [
        sw,
        wb,
        sw._requester,
        wb._requester,
        sw._requester.credentials,
        sw.with_options(max_retries=0),
        sw.rooms,
        wb.meetings.list(),
        vars(sw),
        vars(sw._requester),
        copy.deepcopy(sw._requester),
    ]
    _assert_clean([repr(item) for item in objects] + [str(item) for item in objects])
    assert repr(sw) == "SignalWire(base_url='https://example.signalwire.com')"


def test_credentials_cannot_be_pickled() -> None:
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(whereby(Script())._requester.credentials)


def test_missing_or_bad_credentials_errors_do_not_echo_them() -> None:
    texts: list[str] = []
    builders: list[Callable[[], object]] = [
        lambda: SignalWire(space="bad space", project_id=PROJECT_ID, token=TOKEN),
        lambda: SignalWire(space="example", project_id=PROJECT_ID, token=TOKEN + "\n"),
        lambda: SignalWire(space="example", project_id=PROJECT_ID + ":x", token=TOKEN),
        lambda: SignalWire(project_id=PROJECT_ID, token=TOKEN, base_url=f"https://{PROJECT_ID}:{TOKEN}@example.com"),
    ]
    for build in builders:
        with pytest.raises(VideoconfError) as caught:
            build()
        texts += _exception_texts(caught.value)
    _assert_clean(texts)


def test_videoconf_log_debug_prints_requests_without_credentials() -> None:
    code = textwrap.dedent(
        f"""
        import httpx
        from videoconf import Whereby
        def handler(request):
            return httpx.Response(200, json={{"results": [], "cursor": None}})
        client = Whereby(api_key={API_KEY!r}, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
        list(client.meetings.list(limit=5))
        """
    )
    env = {**os.environ, "VIDEOCONF_LOG": "debug", "PYTHONPATH": f"{ROOT / 'overrides'}:{ROOT / 'generated'}"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert "videoconf DEBUG request GET /meetings attempt=1" in result.stderr
    assert "'authorization': '<redacted>'" in result.stderr
    assert "status=200 attempt=1 elapsed=" in result.stderr
    _assert_clean([result.stderr, result.stdout])


# ---- webhook secrets ---------------------------------------------------------------------------------------------

WEBHOOK_SECRET = "whsec-scan-8d2f41c7"
HOOK_BODY = b'{"id":"e1","apiVersion":"1.0","createdAt":"2024-05-01T10:00:00Z","type":"assistant.requested","data":{}}'


def _hook_headers(body: bytes, secret: str = WEBHOOK_SECRET, at: int | None = None) -> dict[str, str]:
    return {"Whereby-Signature": webhooks.sign(body, secret, timestamp=at)}


def _assert_no_webhook_secret(texts: list[str]) -> None:
    for text in texts:
        assert WEBHOOK_SECRET not in text, f"webhook secret leaked into: {text!r}"


WEBHOOK_SCENARIOS: list[tuple[str, Callable[[], object]]] = [
    ("valid", lambda: webhooks.unwrap(HOOK_BODY, _hook_headers(HOOK_BODY), WEBHOOK_SECRET)),
    ("missing header", lambda: webhooks.verify(HOOK_BODY, {}, WEBHOOK_SECRET)),
    ("empty header", lambda: webhooks.verify(HOOK_BODY, {"Whereby-Signature": ""}, WEBHOOK_SECRET)),
    (
        "a header carrying the secret itself",
        lambda: webhooks.verify(HOOK_BODY, {"Whereby-Signature": WEBHOOK_SECRET}, WEBHOOK_SECRET),
    ),
    (
        "a scheme named like the secret",
        lambda: webhooks.verify(HOOK_BODY, {"Whereby-Signature": f"t=1,{WEBHOOK_SECRET}=x"}, WEBHOOK_SECRET),
    ),
    ("wrong secret", lambda: webhooks.verify(HOOK_BODY, _hook_headers(HOOK_BODY, "other"), WEBHOOK_SECRET)),
    ("stale", lambda: webhooks.verify(HOOK_BODY, _hook_headers(HOOK_BODY, at=1_000_000), WEBHOOK_SECRET)),
    (
        "a body echoing the secret as its type",
        lambda: webhooks.unwrap(
            body := HOOK_BODY.replace(b"assistant.requested", WEBHOOK_SECRET.encode()),
            _hook_headers(body),
            WEBHOOK_SECRET,
        ),
    ),
    (
        "a body echoing the secret in a bad field",
        lambda: webhooks.unwrap(
            body := HOOK_BODY.replace(b"2024-05-01T10:00:00Z", WEBHOOK_SECRET.encode()),
            _hook_headers(body),
            WEBHOOK_SECRET,
        ),
    ),
    ("the client without a secret", lambda: Whereby(api_key=API_KEY).webhooks.unwrap(HOOK_BODY, {})),
    (
        "the client with a secret and a forged event",
        lambda: Whereby(api_key=API_KEY, webhook_secret=WEBHOOK_SECRET).webhooks.unwrap(
            b"{}", {"Whereby-Signature": "x"}
        ),
    ),
    ("a secret with a newline", lambda: Whereby(api_key=API_KEY, webhook_secret=WEBHOOK_SECRET + "\n")),
]


@pytest.mark.parametrize("call", [s[1] for s in WEBHOOK_SCENARIOS], ids=[s[0] for s in WEBHOOK_SCENARIOS])
def test_no_webhook_secret_in_exceptions_or_logs(call: Callable[[], object], caplog: pytest.LogCaptureFixture) -> None:
    texts: list[str] = []
    with caplog.at_level(logging.DEBUG):
        try:
            call()  # what it returns is the sender's data, which may hold anything the sender chose
        except (VideoconfError, ValueError) as error:
            texts += _exception_texts(error)
    texts += [record.getMessage() for record in caplog.records] + [caplog.text]
    _assert_no_webhook_secret(texts)


def test_no_webhook_secret_in_reprs_or_copies() -> None:
    wb = Whereby(api_key=API_KEY, webhook_secret=WEBHOOK_SECRET)
    awb = AsyncWhereby(api_key=API_KEY, webhook_secret=WEBHOOK_SECRET)
    copy_of = wb.with_options(max_retries=0)
    objects: list[object] = [
        wb,
        awb,
        wb.webhooks,
        awb.webhooks,
        vars(wb),
        vars(awb),
        copy_of,
        vars(copy_of),
        copy_of.webhooks,
        wb._webhook_secret,
        copy.deepcopy(wb._webhook_secret),
        webhooks.WebhookSecret(WEBHOOK_SECRET),
    ]
    _assert_no_webhook_secret([repr(item) for item in objects] + [str(item) for item in objects])
    assert repr(wb.webhooks) == "WherebyWebhooks(secret=<redacted>)"


def test_a_webhook_secret_cannot_be_pickled() -> None:
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(Whereby(api_key=API_KEY, webhook_secret=WEBHOOK_SECRET)._webhook_secret)


def test_videoconf_log_debug_shows_webhook_events_without_the_secret() -> None:
    code = textwrap.dedent(
        f"""
        from videoconf import Whereby, webhooks
        body = {HOOK_BODY.replace(b"assistant.requested", b"room.teleported")!r}
        wb = Whereby(api_key={API_KEY!r}, webhook_secret={WEBHOOK_SECRET!r})
        event = wb.webhooks.unwrap(body, {{"whereby-signature": webhooks.sign(body, {WEBHOOK_SECRET!r})}})
        print(type(event).__name__)
        """
    )
    env = {**os.environ, "VIDEOCONF_LOG": "debug", "PYTHONPATH": f"{ROOT / 'overrides'}:{ROOT / 'generated'}"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "UnknownWherebyEvent"
    assert (
        "videoconf.drift INFO whereby_webhook: type: unknown_enum (expected WherebyEvent, received 'room.teleported')"
        in (result.stderr)
    )
    _assert_no_webhook_secret([result.stderr, result.stdout])


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("token", ["t", "e", "on", "refused"])
def test_a_short_secret_never_turns_ordinary_words_into_noise(token: str) -> None:
    # A real refused connection: the transport's text keeps its words, whatever letters the token is made of.
    client = SignalWire(project_id="p", token=token, base_url=f"http://127.0.0.1:{_closed_port()}", max_retries=0)
    with pytest.raises(VideoconfError) as caught:
        list(client.rooms.list())
    message = str(caught.value)
    assert "rooms_list" in message and "Connection" in message, message
    if token != "refused":
        assert "<redacted>" not in message and "Connection refused" in message, message
    # Whatever is replaced is a whole word, never letters inside one.
    assert re.findall(r"\w*<redacted>\w*", message) in ([], ["<redacted>"]), message


@pytest.mark.parametrize("token", ["t", "tok", "a-much-longer-secret-token"])
def test_a_secret_is_redacted_where_it_stands_in_transport_text_urls_and_headers(
    token: str, caplog: pytest.LogCaptureFixture
) -> None:
    script = Script(httpx.ConnectError(f"handshake with {token} refused (token={token})"))
    client = SignalWire(
        project_id="p",
        token=token,
        base_url="https://example.signalwire.com",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(script)),
    )
    with caplog.at_level(logging.DEBUG, logger="videoconf"), pytest.raises(VideoconfError) as caught:
        client.rooms.get(token, extra_headers={"X-Echo": f"v{token}v"}, extra_query={"q": f"x{token}x"})
    message = str(caught.value)
    assert "handshake with <redacted> refused (token=<redacted>)" in message, message
    logged = caplog.text
    assert "request GET" in logged
    # In a URL or a header value the secret is replaced wherever it appears, however short.
    assert f"/{token}" not in logged and f"v{token}v" not in logged and "<redacted>" in logged
    assert "refused" in message and "handshake" in message
