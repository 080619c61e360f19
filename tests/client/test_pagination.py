"""Pagination: SignalWire `links.next` re-rooted on the configured host, Whereby `cursor`, and no endless loops."""

from __future__ import annotations

import gc
import uuid
from typing import Any

import httpx
import pytest

from videoconf import APIResponseValidationError, SignalWire, ValidationError, record_drift

from .support import ROOM_ID, Script, json_response, meeting, room, signalwire, whereby

SELF = "https://example.signalwire.com/api/video/rooms?page_size=2"


def _rooms_page(names: list[str], next_link: str | None, self_link: str = SELF) -> httpx.Response:
    links: dict[str, Any] = {"self": self_link, "first": SELF, "next": next_link, "prev": None}
    return json_response(200, {"links": links, "data": [room(name=name) for name in names]})


def _conference(name: str) -> dict[str, Any]:
    colours = {f"{theme}_{part}": "#112233" for theme in ("dark", "light") for part in PARTS}
    when = "2024-05-01T09:00:00Z"
    return {
        "id": ROOM_ID,
        "name": name,
        "display_name": name,
        "description": None,
        "join_from": None,
        "join_until": None,
        "quality": "720p",
        "layout": "grid-responsive",
        "size": "medium",
        "record_on_start": False,
        "tone_on_entry_and_exit": True,
        "user_join_video_off": False,
        "room_join_video_off": False,
        "enable_chat": True,
        "enable_room_previews": False,
        **colours,
        "meta": None,
        "created_at": when,
        "updated_at": when,
    }


PARTS = ("primary", "background", "foreground", "success", "negative")


def _conferences_page(names: list[str], next_link: str | None) -> httpx.Response:
    links: dict[str, Any] = {"self": SELF, "first": SELF, "next": next_link, "prev": None}
    return json_response(200, {"links": links, "data": [_conference(name) for name in names]})


def _meetings_page(ids: list[str], cursor: object) -> httpx.Response:
    return json_response(200, {"results": [meeting(meeting_id) for meeting_id in ids], "cursor": cursor})


def test_links_next_is_followed_on_the_configured_host() -> None:
    script = Script(
        _rooms_page(
            ["a", "b"], "http://example.signalwire.com/api/video/rooms?page_number=1&page_size=2&page_token=PA1"
        ),
        _rooms_page(["c"], None),
    )
    names = [r.name for r in signalwire(script).rooms.list(page_size=2)]
    assert names == ["a", "b", "c"]
    second = script.requests[1]
    # The link's scheme is not the client's to follow: the request goes to the configured base URL.
    assert str(second.url) == "https://example.signalwire.com/api/video/rooms?page_number=1&page_size=2&page_token=PA1"
    assert second.headers["authorization"].startswith("Basic ")


@pytest.mark.parametrize("strict", [True, False])
def test_a_next_link_to_another_host_is_refused(strict: bool) -> None:
    link = "https://evil.example.net/api/video/rooms?page_number=1&page_size=2&page_token=PA1"
    script = Script(_rooms_page(["a", "b"], link))
    with record_drift() as events, pytest.raises(APIResponseValidationError) as caught:
        list(signalwire(script, strict=strict).rooms.list(page_size=2))
    assert caught.value.field == "links.next"
    assert "another host ('evil.example.net')" in str(caught.value)
    assert script.attempts == 1 and events == []


def test_relative_next_links_work_too() -> None:
    script = Script(_rooms_page(["a"], "/api/video/rooms?page_token=PA1"), _rooms_page(["b"], None))
    assert [r.name for r in signalwire(script).rooms.list()] == ["a", "b"]
    assert script.requests[1].url.params["page_token"] == "PA1"


@pytest.mark.parametrize(
    "link",
    ["http://127.0.0.1:8080/sw/api/video/rooms?page_token=x", "/api/video/rooms?page_token=x"],
)
def test_links_under_a_base_url_with_a_path_prefix(link: str) -> None:
    script = Script(_rooms_page(["a"], link), _rooms_page(["b"], None))
    client = SignalWire(
        project_id="p",
        token="t",
        base_url="http://127.0.0.1:8080/sw",
        http_client=httpx.Client(transport=httpx.MockTransport(script)),
    )
    assert len(list(client.rooms.list())) == 2
    assert script.requests[1].url.raw_path == b"/sw/api/video/rooms?page_token=x"


def test_a_repeated_next_link_ends_iteration() -> None:
    loop = "https://example.signalwire.com/api/video/rooms?page_token=SAME"
    script = Script(_rooms_page(["a"], loop), _rooms_page(["b"], loop))
    assert [r.name for r in signalwire(script).rooms.list()] == ["a", "b"]
    assert script.attempts == 2


def test_a_next_link_equal_to_self_ends_iteration() -> None:
    script = Script(_rooms_page(["a"], SELF))
    assert [r.name for r in signalwire(script).rooms.list()] == ["a"]
    assert script.attempts == 1


def test_an_empty_page_ends_iteration() -> None:
    script = Script(_rooms_page([], "/api/video/rooms?page_token=MORE"))
    pager = signalwire(script).rooms.list()
    assert list(pager) == [] and not pager.has_next_page()


def test_page_objects() -> None:
    script = Script(
        _rooms_page(["a", "b"], "/api/video/rooms?page_token=P2"),
        _rooms_page(["c"], None),
        _rooms_page(["c"], None),
    )
    pager = signalwire(script).rooms.list()
    assert script.attempts == 0  # each page is fetched when it is first used, the first one too
    assert [r.name for r in pager.data] == ["a", "b"]
    assert script.attempts == 1
    assert pager.has_next_page()
    pages = list(pager.iter_pages())
    assert [[r.name for r in page.data] for page in pages] == [["a", "b"], ["c"]]
    assert not pages[-1].has_next_page()
    with pytest.raises(RuntimeError, match="no next page"):
        pages[-1].get_next_page()
    # Iterating again re-reads the later pages; the first one is kept.
    assert [r.name for r in pager] == ["a", "b", "c"]
    assert script.attempts == 3


def test_whereby_cursor_is_passed_until_null() -> None:
    script = Script(_meetings_page(["1", "2"], "c1"), _meetings_page(["3"], "c2"), _meetings_page(["4"], None))
    ids = [m.meeting_id for m in whereby(script).meetings.list(limit=2)]
    assert ids == ["1", "2", "3", "4"]
    assert [dict(r.url.params) for r in script.requests] == [
        {"limit": "2"},
        {"limit": "2", "cursor": "c1"},
        {"limit": "2", "cursor": "c2"},
    ]


def test_whereby_cursor_absent_ends_iteration() -> None:
    script = Script(json_response(200, {"results": [meeting("1")]}))
    assert len(list(whereby(script).meetings.list())) == 1


def test_a_repeated_cursor_ends_iteration() -> None:
    script = Script(_meetings_page(["1"], "same"), _meetings_page(["2"], "same"))
    assert [m.meeting_id for m in whereby(script).meetings.list()] == ["1", "2"]
    assert script.attempts == 2


@pytest.mark.parametrize("strict", [True, False])
def test_a_cursor_of_the_wrong_type_is_a_response_error(strict: bool) -> None:
    # Even tolerant: a token that is no string cannot lead on, and ending the list there would go unnoticed.
    script = Script(_meetings_page(["1"], 42))
    with pytest.raises(APIResponseValidationError) as caught:
        list(whereby(script, strict=strict).meetings.list())
    assert caught.value.field == "cursor"
    assert str(caught.value) == "meetings_list: cursor: wrong_type (expected string, received integer)"


def test_list_calls_into_sub_collections_encode_the_path_id() -> None:
    script = Script(json_response(200, {"links": {"self": "/x", "first": "/x"}, "data": []}))
    list(signalwire(script).rooms.list_streams(uuid.UUID(ROOM_ID)))
    assert script.requests[0].url.path == f"/api/video/rooms/{ROOM_ID}/streams"


def test_paging_leaves_no_response_cycles_for_the_garbage_collector() -> None:
    # httpx ties a response's stream back to the response; the client cuts that cycle, so each page's body is freed
    # as soon as the page is left behind, not at the next full collection (found by the pagination memory benchmark).
    pages = [_rooms_page([f"r{i}"], f"/api/video/rooms?page_token=T{i}") for i in range(5)]
    script = Script(*pages, _rooms_page(["last"], None))
    client = signalwire(script)
    gc.collect()
    # Responses other tests still hold (a fixture, a kept traceback) are theirs, not this list's.
    earlier = {id(o) for o in gc.get_objects() if isinstance(o, httpx.Response)}
    gc.disable()
    try:
        assert len(list(client.rooms.list())) == 6
        del pages, script
        lingering = [o for o in gc.get_objects() if isinstance(o, httpx.Response) and id(o) not in earlier]
    finally:
        gc.enable()
    assert lingering == []


def test_a_next_link_to_another_collection_is_refused_in_strict_mode() -> None:
    # Following it would parse conferences as rooms: the contract says the link pages this collection.
    script = Script(_rooms_page(["a"], "https://example.signalwire.com/api/video/conferences?page_token=PA1"))
    with pytest.raises(APIResponseValidationError) as caught:
        list(signalwire(script, strict=True).rooms.list())
    assert caught.value.field == "links.next"
    assert str(caught.value) == (
        "rooms_list: links.next points to '/api/video/conferences', not to this operation's path '/api/video/rooms'"
    )
    assert script.attempts == 1


@pytest.mark.parametrize(
    ("operation", "link", "own_path"),
    [
        # The vendor's published example links every collection to the rooms list.
        ("conferences", "https://example.signalwire.com/api/video/rooms?page=2", "/api/video/conferences"),
        ("rooms", "/v2/api/video/rooms?page_token=PA1", "/api/video/rooms"),
        ("rooms", "/api/video/rooms/?page_token=PA1", "/api/video/rooms"),
        ("rooms", "api/video/rooms?page_token=PA1", None),  # relative without a slash: the same path
    ],
)
def test_tolerant_mode_follows_the_cursor_of_a_link_to_another_path(
    operation: str, link: str, own_path: str | None
) -> None:
    first = _rooms_page(["a"], link) if operation == "rooms" else _conferences_page(["a"], link)
    last = _rooms_page(["b"], None) if operation == "rooms" else _conferences_page(["b"], None)
    script = Script(first, last)
    client = signalwire(script, strict=False)
    with record_drift() as events:
        names = [item.name for item in getattr(client, operation).list()]
    assert names == ["a", "b"]
    query = link.split("?", 1)[1]
    second = script.requests[1]
    assert second.url.raw_path.decode() == f"{script.requests[0].url.path}?{query}"
    if own_path is None:
        assert events == []
        return
    assert [event.to_dict() for event in events] == [
        {
            "operation": f"{operation}_list",
            "path": "links.next",
            "kind": "other_path",
            "expected": own_path,
            "received": "string",
            "pointer": "#/components/schemas/PaginationLinks/properties/next",
        }
    ]
    # No value of the link (a cursor, an id) is in the event.
    assert "PA1" not in str(events[0]) and "page=2" not in str(events[0])


def test_tolerant_mode_refuses_a_link_to_another_path_without_a_cursor() -> None:
    # With no query to carry over, the own path would fetch the first page again.
    script = Script(_rooms_page(["a"], "/api/video/rooms/page/2"))
    with pytest.raises(APIResponseValidationError, match="has no query to follow on it"):
        list(signalwire(script, strict=False).rooms.list())


def test_tolerant_paging_keeps_every_page_when_each_link_points_elsewhere() -> None:
    pages = [_rooms_page([f"r{i}"], f"/canonical/rooms?page_token=T{i}") for i in range(4)]
    script = Script(*pages, _rooms_page(["last"], None))
    with record_drift() as events:
        names = [r.name for r in signalwire(script, strict=False).rooms.list()]
    assert names == ["r0", "r1", "r2", "r3", "last"]
    assert [r.url.params["page_token"] for r in script.requests[1:]] == ["T0", "T1", "T2", "T3"]
    assert {r.url.path for r in script.requests} == {"/api/video/rooms"}
    assert [event.kind for event in events] == ["other_path"] * 4


def test_a_next_link_may_spell_the_same_path_differently() -> None:
    script = Script(
        _rooms_page(["a"], "/api/video/%72ooms?page_token=2"),
        _rooms_page(["b"], "http://EXAMPLE.signalwire.com/api/video/rooms?page_token=3"),
        _rooms_page(["c"], None),
    )
    assert [r.name for r in signalwire(script).rooms.list()] == ["a", "b", "c"]
    # Whatever host a link names, the request goes to the configured base URL.
    assert {request.url.host for request in script.requests} == {"example.signalwire.com"}


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_list_sends_its_first_request_where_it_is_first_used() -> None:
    from videoconf import APIConnectionError, SignalWire

    sw = SignalWire(project_id="p", token="secret-token", base_url=f"http://127.0.0.1:{_closed_port()}", max_retries=0)
    pager = sw.rooms.list()
    with pytest.raises(APIConnectionError):
        list(pager)
    with pytest.raises(APIConnectionError):
        sw.rooms.list().get_page()
    # Arguments are checked at the call, before anything is sent.
    with pytest.raises(ValidationError):
        sw.rooms.list(page_size=0)


async def test_async_list_sends_its_first_request_where_it_is_first_used() -> None:
    from videoconf import APIConnectionError, AsyncSignalWire

    aw = AsyncSignalWire(
        project_id="p", token="secret-token", base_url=f"http://127.0.0.1:{_closed_port()}", max_retries=0
    )
    pager = aw.rooms.list()
    with pytest.raises(APIConnectionError):
        async for _ in pager:
            pass
    with pytest.raises(APIConnectionError):
        await aw.rooms.list().get_page()
    with pytest.raises(APIConnectionError):
        await aw.rooms.list()
    with pytest.raises(ValidationError):
        aw.rooms.list(page_size=0)


def test_a_long_list_holds_one_page_at_a_time() -> None:
    from videoconf import SyncPage

    loaded_when_fetched: list[int] = []

    def page(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page_token", "0"))
        # The pages still holding their items while this one is fetched, besides the list's own first page.
        loaded = [o for o in gc.get_objects() if isinstance(o, SyncPage) and o._loaded is not None]
        loaded_when_fetched.append(len(loaded) - (1 if number else 0))
        following = f"/api/video/rooms?page_token={number + 1}" if number < 4 else None
        return _rooms_page([f"r{number}"], following)

    names = [r.name for r in signalwire(Script(*[page] * 5)).rooms.list()]
    assert names == ["r0", "r1", "r2", "r3", "r4"]
    assert loaded_when_fetched == [0, 0, 0, 0, 0]
