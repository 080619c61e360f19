"""Helpers for the runtime-core tests: scripted httpx transports, clients that record their sleeps, sample bodies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from videoconf import AsyncSignalWire, AsyncWhereby, SignalWire, Whereby

PROJECT_ID = "proj-7f3a"
TOKEN = "PTsecret-token-5f1e9c"
API_KEY = "wb-secret-api-key-77aa"
ROOM_ID = "6b5a3f1e-9d2c-4e7b-8a1f-2c3d4e5f6a7b"

Step = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Script:
    """A MockTransport handler that plays its steps in order and records every request it receives."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.steps:
            raise AssertionError(f"unexpected extra request: {request.method} {request.url}")
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return step
        return step(request)

    @property
    def attempts(self) -> int:
        return len(self.requests)


def room(**overrides: Any) -> dict[str, Any]:
    """A Room body as the contract's example gives it."""
    body: dict[str, Any] = {
        "id": ROOM_ID,
        "name": "weekly_standup",
        "display_name": "Weekly stand-up",
        "description": "Platform team sync",
        "max_members": 20,
        "quality": "720p",
        "fps": 20,
        "join_from": "2024-05-01T09:00:00Z",
        "join_until": "2024-05-01T18:00:00Z",
        "remove_at": None,
        "remove_after_seconds_elapsed": None,
        "layout": "grid-responsive",
        "record_on_start": False,
        "tone_on_entry_and_exit": True,
        "room_join_video_off": False,
        "user_join_video_off": False,
        "enable_room_previews": False,
        "sync_audio_video": False,
        "meta": {"team": "platform"},
        "prioritize_handraise": False,
        "created_at": "2024-04-30T15:20:00Z",
        "updated_at": "2024-04-30T15:20:00Z",
    }
    body.update(overrides)
    return body


def meeting(meeting_id: str = "12345678", **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "meetingId": meeting_id,
        "roomName": "/standup-4b3bd908",
        "roomUrl": "https://example.whereby.com/standup-4b3bd908",
        "startDate": "2024-05-01T10:00:00Z",
        "endDate": "2024-05-01T11:00:00Z",
    }
    body.update(overrides)
    return body


def json_response(status: int, body: object, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


class Sleeps(list[float]):
    """The waits a client asked for, instead of really sleeping."""

    async def async_sleep(self, seconds: float) -> None:
        self.append(seconds)


def signalwire(script: Script, sleeps: Sleeps | None = None, **options: Any) -> SignalWire:
    client = SignalWire(
        space="example",
        project_id=PROJECT_ID,
        token=TOKEN,
        http_client=httpx.Client(transport=httpx.MockTransport(script)),
        **options,
    )
    client._requester._sleep = sleeps.append if sleeps is not None else Sleeps().append
    return client


def whereby(script: Script, sleeps: Sleeps | None = None, **options: Any) -> Whereby:
    client = Whereby(api_key=API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(script)), **options)
    client._requester._sleep = sleeps.append if sleeps is not None else Sleeps().append
    return client


def async_signalwire(script: Script, sleeps: Sleeps | None = None, **options: Any) -> AsyncSignalWire:
    client = AsyncSignalWire(
        space="example",
        project_id=PROJECT_ID,
        token=TOKEN,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(script)),
        **options,
    )
    client._requester._sleep = (sleeps if sleeps is not None else Sleeps()).async_sleep
    return client


def async_whereby(script: Script, sleeps: Sleeps | None = None, **options: Any) -> AsyncWhereby:
    client = AsyncWhereby(
        api_key=API_KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(script)), **options
    )
    client._requester._sleep = (sleeps if sleeps is not None else Sleeps()).async_sleep
    return client


def resource_names(client: object) -> list[str]:
    """The client's resource attributes (the generated ones: not `webhooks`, not `with_raw_response`)."""
    from functools import cached_property

    generated = next(klass for klass in type(client).__mro__ if klass.__name__.endswith("Resources"))
    return [
        name
        for name, value in vars(generated).items()
        if isinstance(value, cached_property) and name != "with_raw_response"
    ]
