"""Per-call options on every generated method (`extra_headers`, `extra_query`, `extra_body`, `timeout`), sync and async,
against the sandbox; scripted transports only to read the exact request bytes."""

from __future__ import annotations

import inspect
import json
import uuid
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import ContractChecker
from videoconf import (
    APITimeoutError,
    AsyncSignalWire,
    AsyncWhereby,
    SignalWire,
    UnprocessableEntityError,
    ValidationError,
    Whereby,
)
from videoconf.sandbox import RunningSandbox, SandboxConfig, running_sandbox

from .support import ROOM_ID, Script, json_response, meeting, resource_names, room
from .support import signalwire as scripted_signalwire
from .support import whereby as scripted_whereby

OPTIONS = ["extra_headers", "extra_query", "extra_body", "timeout"]


class Sent:
    """An httpx request hook keeping every request as it went on the wire."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        request.read()
        self.requests.append(request)


@pytest.fixture
def sent(sandbox: RunningSandbox, checker: ContractChecker) -> Iterator[tuple[SignalWire, Sent]]:
    recorder = Sent()
    http = httpx.Client(event_hooks={"request": [recorder], "response": [checker.check]})
    config = sandbox.config
    with SignalWire(
        project_id=config.signalwire_project,
        token=config.signalwire_token,
        base_url=sandbox.signalwire_url,
        http_client=http,
    ) as client:
        yield client, recorder
    http.close()


def _name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def test_every_method_takes_the_options_after_its_own_keywords() -> None:
    count = 0
    clients = (
        SignalWire(space="x", project_id="p", token="t"),
        AsyncSignalWire(space="x", project_id="p", token="t"),
        Whereby(api_key="k"),
        AsyncWhereby(api_key="k"),
    )
    for client in clients:
        for name in resource_names(client):
            resource = getattr(client, name)
            for method_name in dir(resource):
                method = getattr(resource, method_name)
                if method_name.startswith("_") or not callable(method):
                    continue
                parameters = inspect.signature(method).parameters
                assert list(parameters)[-4:] == OPTIONS, f"{name}.{method_name}"
                assert all(parameters[o].kind is inspect.Parameter.KEYWORD_ONLY for o in OPTIONS)
                assert all(parameters[o].default is None for o in OPTIONS)
                count += 1
    assert count >= 120  # every method of the contract, sync and async, and get_by_name


def test_an_unknown_body_field_reaches_the_server(signalwire: SignalWire) -> None:
    # The sandbox refuses fields the contract does not know, naming them: proof that the field arrived.
    with pytest.raises(UnprocessableEntityError) as caught:
        signalwire.rooms.create(name=_name("extra"), extra_body={"zz_new_setting": True})
    assert "zz_new_setting" in str(caught.value)


def test_a_declared_body_key_replaces_the_fields_value(signalwire: SignalWire) -> None:
    wanted = _name("replaced")
    created = signalwire.rooms.create(name=_name("original"), extra_body={"name": wanted, "max_members": 7})
    assert created.name == wanted and created.max_members == 7


def test_extra_body_is_merged_after_validation_so_it_may_break_a_rule(signalwire: SignalWire) -> None:
    # A keyword is checked against the contract before sending; extra_body is the caller's escape hatch.
    with pytest.raises(ValidationError):
        signalwire.rooms.create(name=_name("q"), quality="4k")
    with pytest.raises(UnprocessableEntityError) as caught:
        signalwire.rooms.create(name=_name("q"), extra_body={"quality": "4k"})
    assert "quality" in str(caught.value)


def test_extra_query_reaches_the_server_and_replaces_a_declared_parameter(
    signalwire: SignalWire, sent: tuple[SignalWire, Sent]
) -> None:
    for _ in range(3):
        signalwire.rooms.create(name=_name("query"))
    client, recorder = sent
    page = client.rooms.list(page_size=1, extra_query={"page_size": 2, "zz_probe": "yes"})
    assert len(page.data) == 2
    sent_query = recorder.requests[-1].url.params
    assert sent_query.get_list("page_size") == ["2"] and sent_query["zz_probe"] == "yes"
    # The sandbox echoes the query it received in links.self; the next page keeps the extra parameter.
    second = page.get_next_page()
    assert len(second.data) == 2
    assert recorder.requests[-1].url.params["zz_probe"] == "yes"
    assert recorder.requests[-1].url.params.get_list("page_size") == ["2"]


def test_extra_headers_go_on_the_wire_on_every_page(sent: tuple[SignalWire, Sent]) -> None:
    client, recorder = sent
    client.rooms.create(name=_name("header"))
    client.rooms.create(name=_name("header"))
    pages = list(client.rooms.list(page_size=1, extra_headers={"X-Trace": "abc-123"}).iter_pages())
    assert len(pages) >= 2
    listed = recorder.requests[-len(pages) :]
    assert all(request.headers["x-trace"] == "abc-123" for request in listed)
    assert all(request.headers["authorization"].startswith("Basic ") for request in listed)


def test_a_per_call_timeout() -> None:
    with running_sandbox(SandboxConfig(latency_seconds=1.0)) as slow:
        config = slow.config
        with SignalWire(
            project_id=config.signalwire_project,
            token=config.signalwire_token,
            base_url=slow.signalwire_url,
            max_retries=0,
            timeout=30,
        ) as client:
            with pytest.raises(APITimeoutError):
                client.rooms.list(timeout=0.1).data  # noqa: B018  # reading data sends the request
            assert client.rooms.create(name="patient", timeout=httpx.Timeout(30.0)).name == "patient"


async def test_async_options_against_the_sandbox(sandbox: RunningSandbox) -> None:
    config = sandbox.config
    recorder = Sent()

    async def hook(request: httpx.Request) -> None:
        recorder(request)

    async with (
        httpx.AsyncClient(event_hooks={"request": [hook]}) as http,
        AsyncSignalWire(
            project_id=config.signalwire_project,
            token=config.signalwire_token,
            base_url=sandbox.signalwire_url,
            http_client=http,
        ) as client,
    ):
        with pytest.raises(UnprocessableEntityError, match="zz_async_field"):
            await client.rooms.create(name=_name("async"), extra_body={"zz_async_field": 1})
        wanted = _name("async-replaced")
        created = await client.rooms.create(
            name=_name("async"),
            extra_body={"name": wanted},
            extra_headers={"X-Trace": "async"},
            extra_query={"zz": "1"},
            timeout=20,
        )
        assert created.name == wanted
        assert recorder.requests[-1].headers["x-trace"] == "async"
        assert recorder.requests[-1].url.params["zz"] == "1"
        page = await client.rooms.list(page_size=1, extra_query={"page_size": 2})
        assert len(page.data) == 2


async def test_an_async_per_call_timeout() -> None:
    with running_sandbox(SandboxConfig(latency_seconds=1.0)) as slow:
        config = slow.config
        async with AsyncSignalWire(
            project_id=config.signalwire_project,
            token=config.signalwire_token,
            base_url=slow.signalwire_url,
            max_retries=0,
        ) as client:
            with pytest.raises(APITimeoutError):
                await client.rooms.get(ROOM_ID, timeout=0.1)


# ---- the exact request, and what is refused before sending -------------------------------------------------------


def test_extra_body_on_an_operation_without_a_body_and_on_a_multipart_one() -> None:
    script = Script(httpx.Response(204), httpx.Response(204))
    client = scripted_whereby(script)
    client.meetings.delete("1", extra_body={"reason": "test"})
    assert json.loads(script.requests[0].content) == {"reason": "test"}
    client.rooms.update_logo("/standup", image=b"\x89PNG", extra_body={"alt": "Logo"})
    body = script.requests[1].content
    assert b'name="alt"' in body and b"Logo" in body and b'name="image"' in body


def test_a_null_in_extra_body_is_sent_as_null() -> None:
    script = Script(json_response(200, room()))
    scripted_signalwire(script).rooms.update(uuid.UUID(ROOM_ID), display_name="x", extra_body={"description": None})
    assert json.loads(script.requests[0].content) == {"display_name": "x", "description": None}


def test_extra_query_on_cursor_pages() -> None:
    first = json_response(200, {"results": [meeting("1")], "cursor": "c2"})
    second = json_response(200, {"results": [meeting("2")], "cursor": None})
    script = Script(first, second)
    assert [m.meeting_id for m in scripted_whereby(script).meetings.list(extra_query={"zz": "1"})] == ["1", "2"]
    assert [request.url.params.get("zz") for request in script.requests] == ["1", "1"]
    assert script.requests[1].url.params["cursor"] == "c2"


def test_extra_query_is_not_repeated_when_the_next_link_has_it() -> None:
    links = {"self": "/api/video/rooms", "first": "/api/video/rooms", "next": "/api/video/rooms?zz=2&page_token=t"}
    first = json_response(200, {"links": links, "data": [room()]})
    second = json_response(200, {"links": {"self": "/x", "first": "/x"}, "data": []})
    script = Script(first, second)
    list(scripted_signalwire(script).rooms.list(extra_query={"zz": "1", "yy": "3"}))
    assert str(script.requests[1].url).endswith("/api/video/rooms?zz=2&page_token=t&yy=3")


@pytest.mark.parametrize("name", ["Authorization", "authorization", "AUTHORIZATION"])
def test_extra_headers_cannot_replace_the_credentials(name: str) -> None:
    script = Script()
    with pytest.raises(ValidationError) as caught:
        scripted_signalwire(script).rooms.get(ROOM_ID, extra_headers={name: "Bearer stolen"})
    assert caught.value.rule == "authorization" and "stolen" not in str(caught.value)
    assert script.attempts == 0


@pytest.mark.parametrize(
    ("headers", "rule"),
    [
        ({"X-Ok": "a\r\nX-Injected: 1"}, "header"),
        ({"X-Ok": "line\nbreak"}, "header"),
        ({"X-Ok": "nul\0"}, "header"),
        ({"Bad Name": "v"}, "header"),
        ({"X-Bad:": "v"}, "header"),
        ({"X-Number": 5}, "header"),
    ],
)
def test_header_values_still_pass_the_injection_check(headers: dict[str, object], rule: str) -> None:
    script = Script()
    with pytest.raises(ValidationError) as caught:
        scripted_signalwire(script).rooms.get(ROOM_ID, extra_headers=headers)  # type: ignore[arg-type]
    assert caught.value.field == "extra_headers" and caught.value.rule == rule
    assert "Injected" not in str(caught.value)
    assert script.attempts == 0


def test_options_of_the_wrong_shape_are_refused_before_sending() -> None:
    script = Script()
    client = scripted_signalwire(script)
    with pytest.raises(ValidationError, match="extra_body: .* cannot be sent as JSON"):
        client.rooms.create(name="x", extra_body={"when": object()})
    with pytest.raises(ValidationError, match="extra_query: .* is not a mapping"):
        client.rooms.get(ROOM_ID, extra_query=[("a", "b")])  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="timeout"):
        client.rooms.get(ROOM_ID, timeout=-1)
    assert script.attempts == 0


def test_extra_headers_may_replace_our_other_headers() -> None:
    script = Script(json_response(200, room()))
    scripted_signalwire(script).rooms.get(ROOM_ID, extra_headers={"User-Agent": "my-app/1.0", "Accept": "*/*"})
    sent = script.requests[0]
    assert sent.headers["user-agent"] == "my-app/1.0" and sent.headers["accept"] == "*/*"
    assert sent.headers["authorization"].startswith("Basic ")
