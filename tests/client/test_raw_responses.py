"""Raw responses: `client.with_raw_response.<resource>.<method>(...)` against the sandbox, sync and async.

The annotations and `assert_type` calls are checked by `mypy --strict` (make lint): a user's program reading a raw
response sees `APIResponse[Room]`, and `parse()` gives a `Room` (for a list, its page object).
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import assert_type

import httpx
import pytest

from videoconf import APIResponse, AsyncSignalWire, RateLimit, RateLimitError, SignalWire, Whereby
from videoconf._generated.models import Meeting, Room
from videoconf._pagination import AsyncPage, SyncPage
from videoconf._requester import AsyncPager, SyncPager
from videoconf.sandbox import RateLimit as SandboxRateLimit
from videoconf.sandbox import RunningSandbox, SandboxConfig, running_sandbox

from .support import ROOM_ID, Script, json_response, resource_names, room
from .support import signalwire as scripted_signalwire


@pytest.fixture
async def async_signalwire(sandbox: RunningSandbox) -> AsyncIterator[AsyncSignalWire]:
    config = sandbox.config
    async with AsyncSignalWire(
        project_id=config.signalwire_project, token=config.signalwire_token, base_url=sandbox.signalwire_url
    ) as client:
        yield client


@pytest.fixture(scope="module")
def limited() -> Iterator[RunningSandbox]:
    """A sandbox that sends X-RateLimit-* headers: 1,000 requests a second, never reached here."""
    with running_sandbox(SandboxConfig(rate_limit=SandboxRateLimit(1000))) as running:
        yield running


def test_a_raw_get_carries_status_headers_and_the_parsed_model(signalwire: SignalWire) -> None:
    created = signalwire.rooms.create(name=f"raw-{uuid.uuid4().hex[:8]}")
    response = signalwire.with_raw_response.rooms.get(created.id)
    assert_type(response, APIResponse[Room])
    assert isinstance(response, APIResponse)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.request_id and response.request_id == response.http_response.headers["x-request-id"]
    assert isinstance(response.http_response, httpx.Response)
    assert response.http_response.request.url.path == f"/api/video/rooms/{created.id}"
    assert response.elapsed > datetime.timedelta(0)
    assert response.rate_limit is None
    parsed = response.parse()
    assert_type(parsed, Room)
    assert parsed.id == created.id and parsed.name == created.name
    assert response.parse() is parsed
    assert repr(response) == f"<APIResponse [200] GET /api/video/rooms/{created.id}>"


def test_every_method_of_every_resource_has_a_raw_twin(signalwire: SignalWire, whereby: Whereby) -> None:
    count = 0
    for client in (signalwire, whereby):
        for name in resource_names(client):
            resource = getattr(client, name)
            methods = {m for m in dir(resource) if not m.startswith("_") and callable(getattr(resource, m))}
            raw = getattr(client.with_raw_response, name)
            assert methods and methods == {m for m in vars(raw) if not m.startswith("_")}, name
            count += len(methods)
    assert count >= 60


def test_a_raw_create_and_a_raw_delete(whereby: Whereby) -> None:
    end = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)
    created = whereby.with_raw_response.meetings.create(end_date=end)
    assert_type(created, APIResponse[Meeting])
    assert created.status_code == 201
    meeting = created.parse()
    deleted = whereby.with_raw_response.meetings.delete(meeting.meeting_id)
    assert_type(deleted, APIResponse[None])
    assert deleted.status_code == 204 and deleted.parse() is None


def test_a_raw_list_parses_into_its_first_page_which_pages_on(signalwire: SignalWire) -> None:
    for _ in range(3):
        signalwire.rooms.create(name=f"raw-list-{uuid.uuid4().hex[:8]}")
    response = signalwire.with_raw_response.rooms.list(page_size=2)
    assert_type(response, APIResponse[SyncPager[Room]])
    assert response.status_code == 200 and "page_size=2" in str(response.http_response.request.url)
    page = response.parse()
    assert isinstance(page, SyncPage)
    assert len(page.data) == 2 and page.has_next_page()
    assert len(list(page)) >= 3


def test_rate_limit_headers(limited: RunningSandbox) -> None:
    config = limited.config
    with SignalWire(
        project_id=config.signalwire_project, token=config.signalwire_token, base_url=limited.signalwire_url
    ) as client:
        response = client.with_raw_response.rooms.create(name="limited")
    assert response.rate_limit is not None
    assert response.rate_limit.limit == 1000 and response.rate_limit.remaining == 999
    assert response.rate_limit.reset_seconds == 1.0


def test_rate_limit_error_carries_the_rate_limit() -> None:
    with running_sandbox(SandboxConfig(rate_limit=SandboxRateLimit(1, 60.0))) as small:
        config = small.config
        with SignalWire(
            project_id=config.signalwire_project,
            token=config.signalwire_token,
            base_url=small.signalwire_url,
            max_retries=0,
        ) as client:
            client.rooms.create(name="first")
            with pytest.raises(RateLimitError) as caught:
                client.rooms.create(name="second")
    limit = caught.value.rate_limit
    assert isinstance(limit, RateLimit)
    assert limit.limit == 1 and limit.remaining == 0
    assert limit.reset_seconds is not None and 0 < limit.reset_seconds <= 60


def test_rate_limit_parsing() -> None:
    now = 1_700_000_000.0
    assert RateLimit.from_headers({}) is None
    assert RateLimit.from_headers({"X-RateLimit-Remaining": "4"}) == RateLimit(None, 4, None)
    assert RateLimit.from_headers({"x-ratelimit-reset": str(now + 30)}, now) == RateLimit(None, None, 30.0)
    assert RateLimit.from_headers({"x-ratelimit-reset": str((now + 2) * 1000)}, now) == RateLimit(None, None, 2.0)
    assert RateLimit.from_headers({"X-RateLimit-Limit": "many", "X-RateLimit-Reset": "-1"}) is None


def test_parsing_waits_for_parse_and_follows_the_response_mode() -> None:
    # The body is read when parse() is called: a strict client raises there, not at the call.
    body = room()
    del body["quality"]
    response = scripted_signalwire(Script(json_response(200, body)), strict=True).with_raw_response.rooms.get(ROOM_ID)
    assert response.status_code == 200
    with pytest.raises(Exception, match="rooms_get: quality: missing"):
        response.parse()


def test_raw_responses_of_a_client_copy_use_its_options() -> None:
    script = Script(httpx.Response(503), json_response(200, room()))
    client = scripted_signalwire(script).with_options(max_retries=0)
    with pytest.raises(Exception, match="503"):
        client.with_raw_response.rooms.get(ROOM_ID)
    assert script.attempts == 1


async def test_async_raw_responses(async_signalwire: AsyncSignalWire) -> None:
    created = await async_signalwire.rooms.create(name=f"araw-{uuid.uuid4().hex[:8]}")
    response = await async_signalwire.with_raw_response.rooms.get(created.id)
    assert_type(response, APIResponse[Room])
    assert response.status_code == 200 and response.request_id
    assert response.elapsed > datetime.timedelta(0)
    parsed = response.parse()
    assert_type(parsed, Room)
    assert parsed.id == created.id

    listed = await async_signalwire.with_raw_response.rooms.list(page_size=1)
    assert_type(listed, APIResponse[AsyncPager[Room]])
    page = listed.parse()
    assert isinstance(page, AsyncPage)
    assert len(page.data) == 1 and page.has_next_page()
    names = [item.name async for item in page]
    assert created.name in names

    deleted = await async_signalwire.with_raw_response.rooms.delete(created.id)
    assert deleted.status_code == 204 and deleted.parse() is None
