"""The sandbox's in-memory data: resources kept in their wire form, plus the links between them."""

from __future__ import annotations

import base64
import datetime as dt
import random
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from videoconf.sandbox._json import JSONObject
from videoconf.sandbox._time import Clock

if TYPE_CHECKING:
    from videoconf.sandbox._webhooks import Webhooks

__all__ = [
    "Ids",
    "JSONObject",
    "Job",
    "RoomPresence",
    "SandboxState",
    "SignalWireState",
    "WherebyItem",
    "WherebyMeeting",
    "WherebyState",
]


class Ids:
    """Identifiers and secrets from a seeded generator, so that one seed replays the same ids in the same order."""

    def __init__(self, seed: int, stream: str) -> None:
        self._rng = random.Random(f"videoconf-sandbox:{seed}:{stream}")

    def uuid(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def secret(self, nbytes: int = 24) -> str:
        return base64.urlsafe_b64encode(self._rng.randbytes(nbytes)).decode().rstrip("=")

    def digits(self, count: int) -> str:
        return str(self._rng.randrange(10 ** (count - 1), 10**count))

    def letters(self, count: int, alphabet: str) -> str:
        return "".join(self._rng.choice(alphabet) for _ in range(count))

    def choice(self, options: tuple[str, ...]) -> str:
        return self._rng.choice(options)


@dataclass(slots=True)
class SignalWireState:
    """SignalWire resources. Child lists are kept per parent so that deleting a parent finds its children at once."""

    project_id: str
    rooms: dict[str, JSONObject] = field(default_factory=dict)
    room_ids_by_name: dict[str, str] = field(default_factory=dict)
    conferences: dict[str, JSONObject] = field(default_factory=dict)
    conference_ids_by_name: dict[str, str] = field(default_factory=dict)
    conference_tokens: dict[str, JSONObject] = field(default_factory=dict)
    tokens_by_conference: dict[str, list[str]] = field(default_factory=dict)
    streams: dict[str, JSONObject] = field(default_factory=dict)
    streams_by_owner: dict[str, list[str]] = field(default_factory=dict)
    stream_owner: dict[str, str] = field(default_factory=dict)
    sessions: dict[str, JSONObject] = field(default_factory=dict)
    session_events: dict[str, list[JSONObject]] = field(default_factory=dict)
    session_members: dict[str, list[JSONObject]] = field(default_factory=dict)
    recordings: dict[str, JSONObject] = field(default_factory=dict)
    logs: dict[str, JSONObject] = field(default_factory=dict)


@dataclass(slots=True)
class WherebyMeeting:
    wire: JSONObject
    host_room_url: str
    viewer_room_url: str
    expires_at: dt.datetime
    # Created with `recording.type: cloud`: a recording is uploaded when a session in the room ends.
    cloud_recording: bool = False
    # Created with `isDialInEnabled` (a closed beta): the access code and numbers `fields=dialIn` reveals.
    dial_in: JSONObject | None = None


@dataclass(slots=True)
class RoomPresence:
    """Who is in a meeting's room, who knocks, and its running session: what webhook triggers act on."""

    participants: dict[str, JSONObject] = field(default_factory=dict)
    knocking: dict[str, JSONObject] = field(default_factory=dict)
    session_id: str | None = None


@dataclass(slots=True)
class WherebyItem:
    """A recording: its wire form, and the room it belongs to, which the wire form does not carry."""

    wire: JSONObject
    room_name: str


@dataclass(slots=True)
class Job:
    """A transcription or summary: the wire form holds the final state, shown once `ready_at` (epoch seconds) passes."""

    wire: JSONObject
    ready_at: float
    pending: JSONObject = field(default_factory=dict)

    def view(self, moment: float) -> JSONObject:
        """The job as seen at `moment` (epoch seconds)."""
        return self.wire if moment >= self.ready_at else {**self.wire, **self.pending}


@dataclass(slots=True)
class WherebyState:
    meetings: dict[str, WherebyMeeting] = field(default_factory=dict)
    # Room name without its leading `/` -> the theme settings last applied to it.
    rooms: dict[str, JSONObject] = field(default_factory=dict)
    recordings: dict[str, WherebyItem] = field(default_factory=dict)
    transcriptions: dict[str, Job] = field(default_factory=dict)
    summaries: dict[str, Job] = field(default_factory=dict)
    insights_rooms: list[JSONObject] = field(default_factory=list)
    insights_sessions: list[JSONObject] = field(default_factory=list)
    insights_participants: list[JSONObject] = field(default_factory=list)
    participant_details: dict[tuple[str, str], list[JSONObject]] = field(default_factory=dict)
    # Meeting id -> its room's occupants, changed only by the sandbox's webhook triggers.
    presence: dict[str, RoomPresence] = field(default_factory=dict)


@dataclass(slots=True)
class SandboxState:
    signalwire: SignalWireState
    whereby: WherebyState
    ids: Ids
    processing_seconds: float
    clock: Clock
    # Builds and delivers the Whereby webhook events that handlers and triggers emit.
    webhooks: Webhooks
    # See SandboxConfig.lenient.
    lenient: bool = False
