"""The public clients: construction from arguments or environment, headers, timeouts, copies, resources, import cost."""

from __future__ import annotations

import base64
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest

import videoconf
from videoconf import AsyncSignalWire, AsyncWhereby, SignalWire, ValidationError, VideoconfError, Whereby
from videoconf._base_client import AsyncAPIClient, SyncAPIClient
from videoconf._generated._operations import MEETINGS_GET
from videoconf._generated.api.signal_wire_rooms import SignalWireRooms
from videoconf._requester import AsyncRequester, Requester, prepare

from .support import API_KEY, PROJECT_ID, ROOM_ID, TOKEN, Script, json_response, meeting, room, signalwire, whereby

ROOT = Path(__file__).resolve().parents[2]


def test_signalwire_headers() -> None:
    script = Script(json_response(200, room()))
    signalwire(script).rooms.get(ROOM_ID)
    sent = script.requests[0]
    expected = base64.b64encode(f"{PROJECT_ID}:{TOKEN}".encode()).decode()
    assert sent.headers["authorization"] == f"Basic {expected}"
    assert sent.headers["user-agent"] == f"videoconf/{videoconf.__version__}"
    assert sent.headers["accept"] == "application/json"
    assert str(sent.url) == f"https://example.signalwire.com/api/video/rooms/{ROOM_ID}"


def test_whereby_headers_and_default_base_url() -> None:
    script = Script(json_response(200, meeting()))
    whereby(script).meetings.get("12345678")
    sent = script.requests[0]
    assert sent.headers["authorization"] == f"Bearer {API_KEY}"
    assert str(sent.url) == "https://api.whereby.dev/v1/meetings/12345678"


def test_construction_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALWIRE_SPACE", "acme")
    monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", PROJECT_ID)
    monkeypatch.setenv("SIGNALWIRE_API_TOKEN", TOKEN)
    monkeypatch.setenv("WHEREBY_API_KEY", API_KEY)
    with SignalWire() as sw, Whereby() as wb:
        assert sw.base_url == "https://acme.signalwire.com" and sw.space == "acme"
        assert wb.base_url == "https://api.whereby.dev/v1"
    # Arguments win over the environment.
    assert SignalWire(space="other").base_url == "https://other.signalwire.com"


def test_base_urls_come_from_the_environment_as_the_command_line_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", PROJECT_ID)
    monkeypatch.setenv("SIGNALWIRE_API_TOKEN", TOKEN)
    monkeypatch.setenv("WHEREBY_API_KEY", API_KEY)
    monkeypatch.setenv("SIGNALWIRE_BASE_URL", "http://127.0.0.1:8080")
    monkeypatch.setenv("WHEREBY_BASE_URL", "http://127.0.0.1:8080/v1")
    with SignalWire() as sw, Whereby() as wb:
        assert (sw.base_url, wb.base_url) == ("http://127.0.0.1:8080", "http://127.0.0.1:8080/v1")
    # A space or a base URL passed in code wins over the variable; SIGNALWIRE_SPACE does not.
    monkeypatch.setenv("SIGNALWIRE_SPACE", "acme")
    assert SignalWire().base_url == "http://127.0.0.1:8080"
    assert SignalWire(space="other").base_url == "https://other.signalwire.com"
    assert Whereby(base_url="https://api.whereby.dev/v1").base_url == "https://api.whereby.dev/v1"


def test_missing_credentials_are_clear_errors() -> None:
    with pytest.raises(VideoconfError, match="SIGNALWIRE_PROJECT_ID and SIGNALWIRE_API_TOKEN"):
        SignalWire(space="example")
    with pytest.raises(VideoconfError, match="pass space= or set SIGNALWIRE_SPACE"):
        SignalWire(project_id="p", token="t")
    with pytest.raises(VideoconfError, match="pass api_key= or set WHEREBY_API_KEY"):
        Whereby()
    with pytest.raises(VideoconfError, match="WHEREBY_API_KEY"):
        AsyncWhereby(api_key="")


@pytest.mark.parametrize("space", ["example.signalwire.com", "a/b", "a b", "", "ex@mple", "\u00e9t\u00e9"])
def test_space_names_are_validated(space: str) -> None:
    with pytest.raises(ValidationError) as caught:
        SignalWire(space=space, project_id="p", token="t")
    assert (caught.value.field, caught.value.rule) == ("space", "pattern")


def test_base_url_replaces_the_space() -> None:
    client = SignalWire(project_id="p", token="t", base_url="http://127.0.0.1:8080")
    assert client.base_url == "http://127.0.0.1:8080"
    assert repr(client) == "SignalWire(base_url='http://127.0.0.1:8080')"


def test_default_timeout_and_retries() -> None:
    script = Script(json_response(200, room()))
    client = signalwire(script)
    assert client.max_retries == 2
    assert client.timeout == httpx.Timeout(30.0, connect=5.0)
    client.rooms.get(ROOM_ID)
    assert script.requests[0].extensions["timeout"] == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}


def test_timeout_as_a_number_or_httpx_timeout() -> None:
    script = Script(json_response(200, room()), json_response(200, room()))
    signalwire(script, timeout=4).rooms.get(ROOM_ID)
    assert script.requests[0].extensions["timeout"] == {"connect": 4.0, "read": 4.0, "write": 4.0, "pool": 4.0}
    custom = httpx.Timeout(10.0, connect=1.0, pool=2.0)
    signalwire(script).with_options(timeout=custom).rooms.get(ROOM_ID)
    assert script.requests[1].extensions["timeout"] == {"connect": 1.0, "read": 10.0, "write": 10.0, "pool": 2.0}


@pytest.mark.parametrize("timeout", [httpx.Timeout(None), httpx.Timeout(5.0, read=None), 0, -1.0, "30", True])
def test_unbounded_or_invalid_timeouts_are_refused(timeout: object) -> None:
    with pytest.raises(ValidationError) as caught:
        Whereby(api_key=API_KEY, timeout=timeout)  # type: ignore[arg-type]
    assert caught.value.field == "timeout"


@pytest.mark.parametrize("max_retries", [-1, 1.5, True, None])
def test_invalid_max_retries_are_refused(max_retries: object) -> None:
    with pytest.raises(ValidationError):
        Whereby(api_key=API_KEY, max_retries=max_retries)  # type: ignore[arg-type]


def test_with_options_shares_the_connection_pool_and_keeps_the_original() -> None:
    client = signalwire(Script())
    copy = client.with_options(max_retries=0, timeout=5)
    assert copy._requester.pool is client._requester.pool
    assert (copy.max_retries, client.max_retries) == (0, 2)
    assert copy.timeout == httpx.Timeout(5.0) and client.timeout == httpx.Timeout(30.0, connect=5.0)
    assert copy.rooms._requester is copy._requester
    assert client.rooms._requester is client._requester
    assert type(copy) is SignalWire and copy.base_url == client.base_url


def test_close_only_closes_a_pool_the_client_created() -> None:
    given = httpx.Client()
    with Whereby(api_key=API_KEY, http_client=given) as client:
        client.with_options(max_retries=1).close()
    assert not given.is_closed
    owned = Whereby(api_key=API_KEY)
    assert owned._requester.pool.client is None  # no pool (and no TLS set-up) until the first request
    pool = owned._requester.pool.get()
    owned.with_options(max_retries=1).close()
    assert not pool.is_closed
    owned.close()
    assert pool.is_closed


def test_the_wrong_kind_of_http_client_is_refused() -> None:
    with pytest.raises(VideoconfError, match="httpx.Client"):
        Whereby(api_key=API_KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(VideoconfError, match="httpx.AsyncClient"):
        AsyncWhereby(api_key=API_KEY, http_client=httpx.Client())  # type: ignore[arg-type]


def test_resources_are_built_once_with_the_clients_requester() -> None:
    client = signalwire(Script())
    assert "rooms" not in vars(client)
    rooms = client.rooms
    assert isinstance(rooms, SignalWireRooms)
    assert client.rooms is rooms
    assert rooms._requester is client._requester
    names = {
        SignalWire: ["rooms", "room_tokens", "room_sessions", "room_recordings", "conferences", "conference_tokens"],
        Whereby: ["meetings", "recordings", "transcriptions", "summaries", "rooms", "insights"],
    }
    for cls, attributes in names.items():
        for attribute in attributes:
            assert hasattr(cls, attribute)
    for attribute in ("streams", "logs"):
        assert type(getattr(client, attribute)).__name__ == f"SignalWire{attribute.title()}"
    async_rooms = AsyncSignalWire(space="example", project_id="p", token="t").rooms
    assert type(async_rooms).__name__ == "AsyncSignalWireRooms"


def test_the_core_clients_satisfy_the_generated_protocols() -> None:
    # mypy checks these assignments structurally against videoconf._requester.
    sync_requester: Requester = signalwire(Script())._requester
    async_requester: AsyncRequester = AsyncSignalWire(space="example", project_id="p", token="t")._requester
    assert isinstance(sync_requester, SyncAPIClient) and isinstance(async_requester, AsyncAPIClient)


def test_another_vendors_operations_are_refused() -> None:
    script = Script()
    client = signalwire(script)
    with pytest.raises(VideoconfError, match="'meetings_get' belongs to whereby, not signalwire"):
        client._requester.request(prepare(MEETINGS_GET, path={"meetingId": "1"}), lambda data, drift: data)
    assert script.attempts == 0


def test_importing_the_package_is_lazy() -> None:
    code = textwrap.dedent(
        """
        import sys
        import videoconf
        loaded = [m for m in sys.modules if m == "httpx" or m.startswith(("videoconf._generated", "videoconf._client"))]
        assert not loaded, loaded
        assert videoconf.NotFoundError.__mro__[1].__name__ == "APIStatusError"
        videoconf.SignalWire
        assert "httpx" in sys.modules
        assert not [m for m in sys.modules if m.startswith(("videoconf._generated.api", "videoconf._generated.models"))]
        print("ok")
        """
    )
    path = [str(ROOT / "overrides"), str(ROOT / "generated"), *sys.path]
    result = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path[:0] = {path!r}\n{code}"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_public_names() -> None:
    expected = {
        "SignalWire",
        "AsyncSignalWire",
        "Whereby",
        "AsyncWhereby",
        "VideoconfError",
        "APIError",
        "APIStatusError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
        "APIConnectionError",
        "APITimeoutError",
        "APIResponseValidationError",
        "ValidationError",
        "WebhookVerificationError",
        "WebhookPayloadError",
        "APIResponse",
        "RateLimit",
        "DriftEvent",
        "DriftJSONFormatter",
        "record_drift",
        "SyncPage",
        "AsyncPage",
        "SyncPager",
        "AsyncPager",
        "UnlistedValueWarning",
        "participant_url",
        "__version__",
    }
    assert set(videoconf.__all__) == expected
    for name in expected:
        assert getattr(videoconf, name) is not None
    with pytest.raises(AttributeError):
        _ = videoconf.Nope
    assert issubclass(videoconf.ValidationError, ValueError)
    assert issubclass(videoconf.APITimeoutError, videoconf.APIConnectionError)
    assert issubclass(videoconf.APIResponseValidationError, videoconf.APIError)
    assert issubclass(videoconf.WebhookVerificationError, videoconf.VideoconfError)
    assert issubclass(videoconf.WebhookPayloadError, videoconf.VideoconfError)
