"""The async clients mirror the sync ones: awaitable methods, retries with async sleeps, `async for` pagination."""

from __future__ import annotations

import uuid

import httpx
import pytest

from videoconf import APIConnectionError, APITimeoutError, AsyncWhereby, NotFoundError, ValidationError

from .support import API_KEY, ROOM_ID, Script, Sleeps, async_signalwire, async_whereby, json_response, meeting, room


def _rooms_page(names: list[str], next_link: str | None) -> httpx.Response:
    links = {"self": "/api/video/rooms", "first": "/api/video/rooms", "next": next_link}
    return json_response(200, {"links": links, "data": [room(name=name) for name in names]})


async def test_request_and_retry_with_async_sleep() -> None:
    script = Script(httpx.Response(503), json_response(200, room()))
    sleeps = Sleeps()
    client = async_signalwire(script, sleeps)
    result = await client.rooms.get(ROOM_ID)
    assert result.id == uuid.UUID(ROOM_ID)
    assert script.attempts == 2 and len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.5
    await client.close()


async def test_errors_and_validation() -> None:
    script = Script(json_response(404, {"error": "Room not found"}))
    client = async_signalwire(script)
    with pytest.raises(NotFoundError, match="rooms_get failed: 404 Not Found: Room not found"):
        await client.rooms.get(ROOM_ID)
    with pytest.raises(ValidationError, match=r"quality: '4k' is not one of \['720p', '1080p'\]"):
        await client.rooms.create(name="standup", quality="4k")
    assert script.attempts == 1


async def test_post_is_not_repeated_after_a_reset_connection() -> None:
    script = Script(httpx.ReadError("connection reset"), json_response(200, room()))
    with pytest.raises(APIConnectionError):
        await async_signalwire(script).rooms.create(name="standup")
    assert script.attempts == 1


async def test_timeouts() -> None:
    script = Script(httpx.ReadTimeout("slow"), httpx.ReadTimeout("slow"), httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError, match="rooms_get: request timed out after 3 attempts"):
        await async_signalwire(script).rooms.get(ROOM_ID)


async def test_async_for_follows_links() -> None:
    script = Script(
        _rooms_page(["a", "b"], "http://example.signalwire.com/api/video/rooms?page_token=P2"),
        _rooms_page(["c"], None),
    )
    client = async_signalwire(script)
    names = [r.name async for r in client.rooms.list()]
    assert names == ["a", "b", "c"]
    assert str(script.requests[1].url) == "https://example.signalwire.com/api/video/rooms?page_token=P2"


async def test_page_objects_load_on_await() -> None:
    script = Script(_rooms_page(["a"], "/api/video/rooms?page_token=P2"), _rooms_page(["b"], None))
    pager = async_signalwire(script).rooms.list()
    with pytest.raises(RuntimeError, match="not loaded yet"):
        _ = pager.data
    with pytest.raises(RuntimeError, match="not loaded yet"):
        pager.has_next_page()
    page = await pager.get_page()
    assert [r.name for r in page.data] == ["a"] and page.has_next_page()
    pages = [p async for p in pager.iter_pages()]
    assert [[r.name for r in p.data] for p in pages] == [["a"], ["b"]]
    assert script.attempts == 2


async def test_awaiting_a_page_returns_it_loaded() -> None:
    script = Script(json_response(200, {"results": [meeting("1")], "cursor": None}))
    page = await async_whereby(script).meetings.list()
    assert [m.meeting_id for m in page.data] == ["1"] and not page.has_next_page()


async def test_cursor_pagination_and_repeat_detection() -> None:
    script = Script(
        json_response(200, {"results": [meeting("1")], "cursor": "c1"}),
        json_response(200, {"results": [meeting("2")], "cursor": "c1"}),
    )
    ids = [m.meeting_id async for m in async_whereby(script).meetings.list()]
    assert ids == ["1", "2"]
    assert script.requests[1].url.params["cursor"] == "c1"


async def test_context_manager_and_with_options() -> None:
    async with AsyncWhereby(api_key=API_KEY) as client:
        copy = client.with_options(max_retries=0)
        assert copy.max_retries == 0 and client.max_retries == 2
        assert copy._requester.pool is client._requester.pool
        pool = client._requester.pool.get()
    assert pool.is_closed


async def test_async_uploads() -> None:
    script = Script(httpx.Response(204))
    await async_whereby(script).rooms.update_logo("/standup", image=b"png")
    assert script.requests[0].url.raw_path == b"/v1/rooms/%2Fstandup/theme/logo"
