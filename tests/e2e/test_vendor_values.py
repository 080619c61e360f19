"""Values the vendors document outside their specs, sent through the client to the sandbox and read back off the wire;
the growing enumerations' policy (an unlisted permission or language is sent with a warning, an unlisted layout is
refused); and the guide examples the client refuses on purpose (tests/spec/vendor_refusals.yaml), refused before
anything is sent."""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tests.conftest import ContractChecker
from videoconf import (
    BadRequestError,
    SignalWire,
    UnlistedValueWarning,
    UnprocessableEntityError,
    ValidationError,
    Whereby,
)
from videoconf.sandbox import RunningSandbox
from videoconf.types import RoomTokenPermission

REFUSALS: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent.parent / "spec" / "vendor_refusals.yaml").read_text(encoding="utf-8")
)
END = dt.datetime(2099, 3, 25, 13, 30, tzinfo=dt.UTC)


class Wire:
    """What the clients sent, as the sandbox received it: an httpx request hook."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)

    def body(self) -> Any:
        return json.loads(self.requests[-1].read())


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture
def clients(sandbox: RunningSandbox, checker: ContractChecker, wire: Wire) -> Iterator[tuple[SignalWire, Whereby]]:
    http = httpx.Client(event_hooks={"request": [wire], "response": [checker.check]})
    config = sandbox.config
    with (
        SignalWire(
            project_id=config.signalwire_project,
            token=config.signalwire_token,
            base_url=sandbox.signalwire_url,
            http_client=http,
        ) as signalwire,
        Whereby(api_key=config.whereby_key, base_url=sandbox.whereby_url, http_client=http) as whereby,
    ):
        yield signalwire, whereby
    http.close()


def _granted(token: str) -> list[str]:
    """The permissions a sandbox room token grants (its claims' `p`)."""
    claims = token.split(".")[1]
    granted: list[str] = json.loads(base64.urlsafe_b64decode(claims + "=" * (-len(claims) % 4)))["p"]
    return granted


@pytest.mark.parametrize(
    "permissions",
    [
        ["room.stream.start"],  # the REST permissions page
        ["room.playback.seek", "room.playback"],  # the browser SDK reference's spelling
        [RoomTokenPermission.ROOM_PLAYBACK_SEEK, RoomTokenPermission.ROOM_PLAYBACK_SEEK_DOTTED],  # both, as members
    ],
)
def test_documented_permissions_are_sent_and_granted(
    clients: tuple[SignalWire, Whereby], wire: Wire, permissions: list[str]
) -> None:
    signalwire, _ = clients
    token = signalwire.room_tokens.create(room_name="documented-permissions", permissions=permissions)
    assert wire.body()["permissions"] == [str(p) for p in permissions]
    assert _granted(token.token) == [str(p) for p in permissions]


def test_the_vendors_own_recording_settings_are_sent_and_accepted(
    clients: tuple[SignalWire, Whereby], wire: Wire
) -> None:
    _, whereby = clients
    meeting = whereby.meetings.create(end_date=END, recording={"type": "none", "destination": {}})
    assert wire.body()["recording"] == {"type": "none", "destination": {}}
    assert meeting.meeting_id
    whereby.meetings.delete(meeting.meeting_id)


def test_an_unlisted_permission_is_sent_with_a_warning(clients: tuple[SignalWire, Whereby], wire: Wire) -> None:
    signalwire, _ = clients
    with pytest.warns(UnlistedValueWarning, match=r"permissions\[1\]: 'room.strem.start' .*'room.stream.start'"):
        with pytest.raises(UnprocessableEntityError) as refused:
            signalwire.room_tokens.create(room_name="r", permissions=["room.self.audio_mute", "room.strem.start"])
    assert wire.body()["permissions"] == ["room.self.audio_mute", "room.strem.start"]
    # The sandbox knows only the listed permissions, as a server that does not know the value would.
    assert "permissions" in refused.value.message


def test_an_unlisted_language_is_sent_with_a_warning(clients: tuple[SignalWire, Whereby], wire: Wire) -> None:
    _, whereby = clients
    settings = {"startTrigger": "none", "liveCaptions": True, "language": "eu"}
    with pytest.warns(UnlistedValueWarning, match=r"live_transcription.language: 'eu'"):
        with pytest.raises(BadRequestError):
            whereby.meetings.create(end_date=END, live_transcription=settings)
    assert wire.body()["liveTranscription"]["language"] == "eu"


def test_an_unlisted_layout_is_refused_before_sending(clients: tuple[SignalWire, Whereby], wire: Wire) -> None:
    signalwire, _ = clients
    with pytest.raises(ValidationError) as refused:
        signalwire.rooms.create(name="layouts", layout="3x4")
    assert (refused.value.field, refused.value.rule, refused.value.value) == ("layout", "enum", "3x4")
    assert wire.requests == []


@pytest.mark.parametrize("refusal", REFUSALS, ids=[f"{r['call']}({r['arguments']})" for r in REFUSALS])
def test_guide_examples_refused_on_purpose_are_refused_before_sending(
    clients: tuple[SignalWire, Whereby], wire: Wire, refusal: dict[str, Any]
) -> None:
    resource, method = refusal["call"].split(".")
    client = clients[0] if refusal["vendor"] == "signalwire" else clients[1]
    kind, _, words = refusal["refused"].partition(": ")
    with pytest.raises(TypeError) as refused:
        getattr(getattr(client, resource), method)(**refusal["arguments"])
    assert type(refused.value).__name__ == kind and words in str(refused.value)
    assert refusal["reason"] and refusal["source"].startswith("signalwire/docs ")
    assert wire.requests == []
