"""Retries: which failures are repeated, how long the client waits, and that a write is never sent twice."""

from __future__ import annotations

import email.utils
import logging
import time
import uuid

import httpx
import pytest

from videoconf import APIConnectionError, APIStatusError, APITimeoutError, InternalServerError, RateLimitError
from videoconf._retry import backoff_delay, server_wait

from .support import ROOM_ID, Script, Sleeps, json_response, meeting, room, signalwire, whereby

ROOM_UUID = uuid.UUID(ROOM_ID)


def _between(value: float, low: float, high: float) -> bool:
    return low - 1e-9 <= value <= high + 1e-9


def test_get_503_then_200_is_retried_once_with_backoff() -> None:
    script = Script(httpx.Response(503), json_response(200, room()))
    sleeps = Sleeps()
    result = signalwire(script, sleeps).rooms.get(ROOM_ID)
    assert result.name == "weekly_standup"
    assert script.attempts == 2
    assert len(sleeps) == 1 and _between(sleeps[0], 0.375, 0.5)


def test_retries_stop_after_max_retries_and_raise_the_last_status() -> None:
    script = Script(httpx.Response(503), httpx.Response(502), httpx.Response(500, json={"error": "boom"}))
    sleeps = Sleeps()
    with pytest.raises(InternalServerError) as caught:
        signalwire(script, sleeps).rooms.get(ROOM_ID)
    assert script.attempts == 3
    assert caught.value.status_code == 500
    assert str(caught.value) == "rooms_get failed: 500 Internal Server Error after 3 attempts: boom"
    assert _between(sleeps[0], 0.375, 0.5) and _between(sleeps[1], 0.75, 1.0)


def test_backoff_doubles_and_is_capped() -> None:
    script = Script(*(httpx.Response(503) for _ in range(8)))
    sleeps = Sleeps()
    with pytest.raises(InternalServerError):
        signalwire(script, sleeps, max_retries=7).rooms.get(ROOM_ID)
    assert script.attempts == 8
    for wait, base in zip(sleeps, [0.5, 1, 2, 4, 8, 8, 8], strict=True):
        assert _between(wait, 0.75 * base, base)
    assert backoff_delay(0, 0.0) == 0.5 and backoff_delay(0, 1.0) == 0.375
    assert backoff_delay(10_000, 0.0) == 8.0


def test_post_is_not_retried_on_5xx() -> None:
    script = Script(httpx.Response(503))
    with pytest.raises(InternalServerError):
        signalwire(script).rooms.create(name="standup")
    assert script.attempts == 1


def test_post_is_not_retried_on_408() -> None:
    script = Script(httpx.Response(408))
    with pytest.raises(APIStatusError) as caught:
        signalwire(script).rooms.create(name="standup")
    assert type(caught.value) is APIStatusError and caught.value.status_code == 408
    assert script.attempts == 1


def test_get_408_is_retried() -> None:
    script = Script(httpx.Response(408), json_response(200, room()))
    signalwire(script).rooms.get(ROOM_ID)
    assert script.attempts == 2


def test_put_and_delete_are_retried_on_5xx() -> None:
    script = Script(httpx.Response(500), json_response(200, room()), httpx.Response(502), httpx.Response(204))
    client = signalwire(script)
    client.rooms.update(ROOM_UUID, display_name="Renamed")
    client.rooms.delete(ROOM_UUID)
    assert [r.method for r in script.requests] == ["PUT", "PUT", "DELETE", "DELETE"]


def test_post_is_retried_on_429() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "2"}), json_response(200, room()))
    sleeps = Sleeps()
    signalwire(script, sleeps).rooms.create(name="standup")
    assert script.attempts == 2
    assert sleeps == [2.0]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "0.25"}, 0.25),
        ({"X-RateLimit-Reset": "7"}, 7.0),
        ({"retry-after-ms": "100", "Retry-After": "30"}, 0.1),
        ({"Retry-After": "60"}, 60.0),
    ],
)
def test_429_header_forms(headers: dict[str, str], expected: float) -> None:
    script = Script(httpx.Response(429, headers=headers), json_response(200, room()))
    sleeps = Sleeps()
    signalwire(script, sleeps).rooms.get(ROOM_ID)
    assert sleeps == [expected]


@pytest.mark.parametrize(
    ("headers", "body", "requested"),
    [
        ({"Retry-After": "600"}, None, 600.0),
        ({"X-RateLimit-Reset": "3600"}, None, 3600.0),
        ({"retry-after-ms": "90000"}, None, 90.0),
        ({}, {"error": "Too many requests", "data": {"msLeft": 120000}}, 120.0),
    ],
)
def test_a_wait_beyond_the_longest_is_not_waited_out(headers: dict[str, str], body: object, requested: float) -> None:
    script = Script(httpx.Response(429, headers=headers, json=body), json_response(200, meeting()))
    sleeps = Sleeps()
    with pytest.raises(RateLimitError) as caught:
        whereby(script, sleeps).meetings.get("12345678")
    assert script.attempts == 1 and sleeps == []
    assert caught.value.retry_after == requested
    assert f"retry after {requested:.0f} s" in str(caught.value)


async def test_a_wait_beyond_the_longest_is_not_waited_out_async() -> None:
    from .support import async_signalwire

    script = Script(httpx.Response(429, headers={"Retry-After": "600"}), json_response(200, room()))
    sleeps = Sleeps()
    with pytest.raises(RateLimitError) as caught:
        await async_signalwire(script, sleeps).rooms.get(ROOM_ID)
    assert (script.attempts, sleeps, caught.value.retry_after) == (1, [], 600.0)


def test_a_429_after_retries_says_how_many_attempts_and_how_long_to_wait() -> None:
    script = Script(*(httpx.Response(429, headers={"Retry-After": "2"}, json={"error": "slow"}) for _ in range(3)))
    with pytest.raises(RateLimitError) as caught:
        signalwire(script, Sleeps()).rooms.get(ROOM_ID)
    assert script.attempts == 3 and caught.value.retry_after == 2.0
    assert str(caught.value) == "rooms_get failed: 429 Too Many Requests after 3 attempts: slow; retry after 2 s"


def test_429_retry_after_as_an_http_date() -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    script = Script(httpx.Response(429, headers={"Retry-After": when}), json_response(200, room()))
    sleeps = Sleeps()
    signalwire(script, sleeps).rooms.get(ROOM_ID)
    assert _between(sleeps[0], 8.0, 10.0)


def test_429_rate_limit_reset_as_epoch_seconds() -> None:
    reset = str(int(time.time()) + 12)
    script = Script(httpx.Response(429, headers={"X-RateLimit-Reset": reset}), json_response(200, room()))
    sleeps = Sleeps()
    signalwire(script, sleeps).rooms.get(ROOM_ID)
    assert _between(sleeps[0], 10.0, 12.0)


def test_whereby_429_body_ms_left_is_honoured() -> None:
    throttled = json_response(429, {"error": "Too many requests", "data": {"msLeft": 2500}})
    script = Script(throttled, json_response(200, meeting()))
    sleeps = Sleeps()
    whereby(script, sleeps).meetings.get("12345678")
    assert sleeps == [2.5]


def test_unusable_retry_after_falls_back_to_backoff() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "soon"}), json_response(200, room()))
    sleeps = Sleeps()
    signalwire(script, sleeps).rooms.get(ROOM_ID)
    assert _between(sleeps[0], 0.375, 0.5)


def test_server_wait_parsing() -> None:
    now = 1_700_000_000.0
    assert server_wait({"Retry-After": "Tue, 14 Nov 2023 22:13:40 GMT"}, now) == 20.0
    assert server_wait({"Retry-After": "Tue, 14 Nov 2023 22:13:00 GMT"}, now) == 0.0
    assert server_wait({"x-ratelimit-reset": str(now * 1000 + 4000)}, now) == 4.0
    assert server_wait({"Retry-After": "-5"}, now) is None
    assert server_wait({"Retry-After": "nan"}, now) is None
    assert server_wait({}, now) is None


def test_429_exhausted_raises_rate_limit_error() -> None:
    script = Script(*(json_response(429, {"error": "slow down"}, {"Retry-After": "1"}) for _ in range(3)))
    sleeps = Sleeps()
    with pytest.raises(RateLimitError) as caught:
        signalwire(script, sleeps).rooms.get(ROOM_ID)
    assert script.attempts == 3 and sleeps == [1.0, 1.0]
    assert caught.value.status_code == 429


def test_connection_refused_is_retried_even_for_post() -> None:
    script = Script(httpx.ConnectError("connection refused"), json_response(200, room()))
    signalwire(script).rooms.create(name="standup")
    assert script.attempts == 2


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadError("connection reset by peer"),
        httpx.ReadTimeout("timed out"),
        httpx.RemoteProtocolError("server disconnected without sending a response"),
        httpx.WriteError("broken pipe"),
    ],
)
def test_post_is_never_sent_twice_after_the_server_may_have_acted(error: Exception) -> None:
    script = Script(error, json_response(200, room()))
    with pytest.raises(APIConnectionError):
        signalwire(script).rooms.create(name="standup")
    assert script.attempts == 1


def test_reset_connection_on_get_is_retried() -> None:
    script = Script(httpx.ReadError("connection reset by peer"), json_response(200, room()))
    assert signalwire(script).rooms.get(ROOM_ID).id == ROOM_UUID
    assert script.attempts == 2


def test_timeouts_raise_api_timeout_error_after_the_retries() -> None:
    script = Script(httpx.ConnectTimeout("connect"), httpx.ReadTimeout("read"), httpx.PoolTimeout("pool"))
    with pytest.raises(APITimeoutError) as caught:
        signalwire(script).rooms.get(ROOM_ID)
    assert script.attempts == 3
    assert str(caught.value) == "rooms_get: request timed out after 3 attempts"
    assert isinstance(caught.value, APIConnectionError)
    assert caught.value.request.url.path == f"/api/video/rooms/{ROOM_ID}"


def test_connection_error_message() -> None:
    script = Script(httpx.ConnectError("[Errno 111] Connection refused"))
    with pytest.raises(APIConnectionError) as caught:
        signalwire(script, max_retries=0).rooms.get(ROOM_ID)
    assert type(caught.value) is APIConnectionError
    assert (
        str(caught.value)
        == "rooms_get: connection failed after 1 attempt (ConnectError: [Errno 111] Connection refused)"
    )


def test_with_options_overrides_retries_per_call() -> None:
    script = Script(httpx.Response(503), httpx.Response(503), json_response(200, room()))
    client = signalwire(script)
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=0).rooms.get(ROOM_ID)
    assert script.attempts == 1
    client.rooms.get(ROOM_ID)
    assert script.attempts == 3


def test_retries_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    script = Script(httpx.Response(503), json_response(200, room()))
    with caplog.at_level(logging.DEBUG, logger="videoconf"):
        signalwire(script).rooms.get(ROOM_ID)
    messages = [record.getMessage() for record in caplog.records if record.name == "videoconf"]
    assert any(m.startswith(f"retrying GET /api/video/rooms/{ROOM_ID} after status 503") for m in messages)
    assert any("status=503 attempt=1" in m for m in messages)
    assert any("status=200 attempt=2 elapsed=" in m for m in messages)
