"""Path parameters cannot change the request path, headers cannot be injected, plain http only to loopback."""

from __future__ import annotations

import io

import httpx
import pytest

from videoconf import SignalWire, ValidationError, VideoconfError, Whereby
from videoconf._generated.types import File

from .support import API_KEY, ROOM_ID, Script, json_response, meeting, room, signalwire, whereby


@pytest.mark.parametrize(
    ("meeting_id", "raw_path"),
    [
        ("a/b", b"/v1/meetings/a%2Fb"),
        ("%2F", b"/v1/meetings/%252F"),
        ("../../admin", b"/v1/meetings/..%2F..%2Fadmin"),
        ("..%2f..", b"/v1/meetings/..%252f.."),
        ("?x=1#y", b"/v1/meetings/%3Fx%3D1%23y"),
        ("caf\u00e9 1", b"/v1/meetings/caf%C3%A9%201"),
        ("...", b"/v1/meetings/..."),
    ],
)
def test_path_ids_are_percent_encoded(meeting_id: str, raw_path: bytes) -> None:
    script = Script(json_response(200, meeting()))
    whereby(script).meetings.get(meeting_id)
    sent = script.requests[0].url
    assert sent.host == "api.whereby.dev"
    assert sent.raw_path == raw_path


@pytest.mark.parametrize("meeting_id", ["..", ".", "", "\n", "a\r\nb", "tab\there", "nul\x00", "del\x7f", "c1\x85"])
def test_dot_segments_and_control_characters_are_refused(meeting_id: str) -> None:
    script = Script()
    with pytest.raises(ValidationError) as caught:
        whereby(script).meetings.get(meeting_id)
    assert caught.value.field == "meetingId"
    assert caught.value.rule == "path"
    assert script.attempts == 0


@pytest.mark.parametrize("room_id", ["..", ".", "a/b", "%2F", "\n", "../rooms"])
def test_signalwire_room_ids_are_checked_against_the_contract_first(room_id: str) -> None:
    script = Script()
    with pytest.raises(ValidationError) as caught:
        signalwire(script).rooms.get(room_id)
    assert caught.value.field == "id"
    assert script.attempts == 0


def test_whereby_room_names_keep_their_leading_slash_encoded() -> None:
    script = Script(httpx.Response(204))
    whereby(script).rooms.update_theme_tokens("/standup", tokens_preset="default")
    assert script.requests[0].url.raw_path == b"/v1/rooms/%2Fstandup/theme/tokens"


def test_credentials_with_line_breaks_are_refused_without_echoing_them() -> None:
    for bad in ("s3cr3t\r\nX-Injected: 1", "s3cr3t\n", " s3cr3t"):
        with pytest.raises(VideoconfError) as caught:
            SignalWire(space="example", project_id="p", token=bad)
        assert bad.strip() not in str(caught.value)
        with pytest.raises(VideoconfError) as caught:
            Whereby(api_key=bad)
        assert bad.strip() not in str(caught.value)


def test_project_id_with_a_colon_is_refused() -> None:
    with pytest.raises(VideoconfError, match="project_id must not contain ':'"):
        SignalWire(space="example", project_id="a:b", token="t")


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:8080",
        "http://127.9.9.9",
        "http://localhost:8080/",
        "http://[::1]:8080",
        "https://sandbox.example.com/prefix/",
    ],
)
def test_allowed_base_urls(base_url: str) -> None:
    client = Whereby(api_key=API_KEY, base_url=base_url)
    assert client.base_url == base_url.rstrip("/")
    client.close()


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        ("http://api.whereby.dev/v1", "refusing plain http://"),
        ("http://10.0.0.1", "refusing plain http://"),
        ("http://localhost.evil.com", "refusing plain http://"),
        ("ftp://files.example.com", "must be an http(s) URL"),
        ("api.whereby.dev", "must be an http(s) URL"),
        ("https://example.com/v1?x=1", "query or fragment"),
        ("https://exa mple.com", "without spaces"),
    ],
)
def test_refused_base_urls(base_url: str, message: str) -> None:
    with pytest.raises(VideoconfError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Whereby(api_key=API_KEY, base_url=base_url)


def test_base_url_with_credentials_is_refused_without_echoing_them() -> None:
    with pytest.raises(VideoconfError) as caught:
        Whereby(api_key=API_KEY, base_url="https://user:hunter2@api.whereby.dev/v1")
    assert "hunter2" not in str(caught.value)


def test_requests_go_to_the_base_url_with_its_path_prefix() -> None:
    script = Script(json_response(200, room()))
    client = SignalWire(
        project_id="p",
        token="t",
        base_url="http://127.0.0.1:8080/sandbox/",
        http_client=httpx.Client(transport=httpx.MockTransport(script)),
    )
    client.rooms.get(ROOM_ID)
    assert str(script.requests[0].url) == f"http://127.0.0.1:8080/sandbox/api/video/rooms/{ROOM_ID}"


def test_multipart_upload_from_bytes_and_from_file() -> None:
    script = Script(httpx.Response(204), httpx.Response(204))
    client = whereby(script)
    client.rooms.update_logo("/standup", image=b"\x89PNG-bytes")
    client.rooms.update_logo(
        "/standup", image=File(payload=io.BytesIO(b"GIF89a"), file_name="dir/logo.gif", mime_type="image/gif")
    )
    first, second = (request.read() for request in script.requests)
    assert script.requests[0].headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="image"; filename="image"' in first and b"\x89PNG-bytes" in first
    assert b'filename="logo.gif"' in second and b"Content-Type: image/gif" in second and b"GIF89a" in second


def test_text_given_for_a_binary_part_still_goes_as_multipart() -> None:
    # Found by the contract property tests: with no bytes among the parts, the upload went out urlencoded.
    script = Script(httpx.Response(204))
    whereby(script).rooms.update_logo("/standup", image="<svg/>")  # type: ignore[arg-type]
    request = script.requests[0]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="image"; filename="image"' in request.read() and b"<svg/>" in request.read()


def test_the_arguments_pick_the_json_body_when_no_file_is_given() -> None:
    script = Script(httpx.Response(204))
    whereby(script).rooms.update_room_background("/standup", theme="mountains", palette="grey")
    assert script.requests[0].headers["content-type"] == "application/json"
    assert script.requests[0].read() == b'{"palette":"grey","theme":"mountains"}'


def test_a_file_and_a_json_field_cannot_be_mixed() -> None:
    script = Script()
    with pytest.raises(ValidationError) as caught:
        whereby(script).rooms.update_logo("/standup", image=b"x", theme="default")
    assert caught.value.rule == "body"
    assert "image, theme" in str(caught.value)
    assert script.attempts == 0


def test_a_retried_upload_sends_the_same_bytes() -> None:
    script = Script(httpx.Response(503), httpx.Response(204))
    whereby(script).rooms.update_logo("/standup", image=io.BytesIO(b"stream-content"))
    assert script.attempts == 2
    assert b"stream-content" in script.requests[0].read()
    assert b"stream-content" in script.requests[1].read()


def test_files_are_refused_in_json_fields() -> None:
    with pytest.raises(ValidationError) as caught:
        signalwire(Script()).rooms.create(name="standup", description=b"bytes")  # type: ignore[arg-type]
    assert caught.value.rule == "type"
