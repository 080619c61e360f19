"""End to end over real HTTP: the sandbox delivers every Whereby event type to the example receiver, which is built on
`videoconf.webhooks`, verifies each delivery, parses it into its typed event and handles each event once."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from examples.webhook_receiver import PATH, Receiver, create_app, describe
from tests.generated.test_roundtrip import _normalise
from videoconf import Whereby, webhooks
from videoconf.sandbox import RunningSandbox, SandboxConfig, running_sandbox, serve_app_in_thread

SECRET = "whsec-e2e-3f7a"
WAIT_SECONDS = 30.0


class Collected:
    """The events a receiver handled, and a way to wait for them."""

    def __init__(self) -> None:
        self.events: list[webhooks.WherebyEvent] = []
        self._changed = threading.Condition()

    def add(self, event: webhooks.WherebyEvent) -> None:
        describe(event)  # every event type has a line: the receiver's match statement covers it
        with self._changed:
            self.events.append(event)
            self._changed.notify_all()

    def wait_for(self, ids: set[str]) -> list[webhooks.WherebyEvent]:
        with self._changed:
            done = self._changed.wait_for(lambda: ids <= {e.id for e in self.events}, WAIT_SECONDS)
            assert done, f"handled {[e.type_ for e in self.events]}, still missing {ids - {e.id for e in self.events}}"
            return list(self.events)


@contextmanager
def receiving(secret: str = SECRET, **options: Any) -> Iterator[tuple[RunningSandbox, Collected, Receiver]]:
    collected = Collected()
    app = create_app(secret, collected.add)
    base, stop = serve_app_in_thread(app)
    try:
        config = SandboxConfig(
            webhook_urls=(base + PATH,), webhook_secret=SECRET, webhook_backoff_seconds=0.1, **options
        )
        with running_sandbox(config) as sandbox:
            yield sandbox, collected, app.state.receiver
    finally:
        stop()


def _meeting(sandbox: RunningSandbox) -> str:
    with Whereby(api_key=sandbox.config.whereby_key, base_url=sandbox.whereby_url) as wb:
        meeting = wb.meetings.create(
            end_date=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
            recording={"type": "cloud", "destination": None, "startTrigger": None},
        )
    return meeting.meeting_id


SCRIPT: list[tuple[str, dict[str, Any]]] = [
    ("room.client.knocked", {"displayName": "Grace"}),
    ("room.client.knockCancelled", {}),
    ("room.client.joined", {"displayName": "Ada", "roleName": "host"}),
    ("room.client.joined", {"displayName": "Linus", "externalId": "user-42", "isDialIn": True}),
    ("assistant.requested", {}),
    ("transcription.started", {}),
    ("transcription.finished", {}),
    ("transcription.failed", {}),
    ("room.client.left", {}),  # the session ends, and its cloud recording is uploaded
]


def test_every_event_type_reaches_a_receiver_built_on_videoconf_webhooks() -> None:
    with receiving() as (sandbox, collected, receiver):
        meeting_id = _meeting(sandbox)
        sent = [event for event_type, data in SCRIPT for event in sandbox.trigger(event_type, meeting_id, data)]
        handled = collected.wait_for({event["id"] for event in sent})
    by_id = {event.id: event for event in handled}
    assert {type(event) for event in handled} == set(webhooks.WHEREBY_EVENT_TYPES.values())
    assert {event["type"] for event in sent} == set(webhooks.WHEREBY_EVENT_TYPES)
    for event in sent:
        parsed = by_id[event["id"]]
        assert type(parsed) is webhooks.WHEREBY_EVENT_TYPES[event["type"]]
        assert _normalise(parsed.to_dict()) == _normalise(event)
    joined = [e for e in handled if isinstance(e, webhooks.WherebyRoomClientJoinedEvent)]
    assert [e.data.display_name for e in joined] == ["Ada", "Linus"]
    assert joined[1].data.external_id == "user-42" and joined[1].data.is_dial_in is True
    assert receiver.repeats == 0


def eventually(predicate: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not predicate():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.02)


def test_repeated_and_reordered_deliveries_are_handled_once_each() -> None:
    with receiving(webhook_duplicates=1.0, webhook_shuffle=True) as (sandbox, collected, receiver):
        meeting_id = _meeting(sandbox)
        sent = [sandbox.trigger("room.client.knocked", meeting_id)[0] for _ in range(5)]
        handled = collected.wait_for({event["id"] for event in sent})
        eventually(lambda: receiver.repeats >= len(sent), "the second copy of every event")
    assert sorted(e.id or "" for e in handled) == sorted(e["id"] for e in sent)
    assert receiver.repeats == len(sent)


def test_a_receiver_with_the_wrong_secret_refuses_every_delivery_once(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="videoconf.sandbox.webhooks"):
        with receiving(secret="not-the-secret") as (sandbox, collected, receiver):
            meeting_id = _meeting(sandbox)
            sent = [sandbox.trigger(kind, meeting_id)[0] for kind in ("assistant.requested", "room.session.started")]
            # Deliveries to one URL are sequential: once the second is answered, the first is done with.
            eventually(lambda: sent[1]["id"][:12] in caplog.text, "the second delivery")
    attempts = [r.getMessage() for r in caplog.records if r.name == "videoconf.sandbox.webhooks"]
    assert len(attempts) == 2 and all(": 400 (attempt 1 of 3)" in line for line in attempts), attempts
    assert collected.events == [] and receiver.repeats == 0
    assert SECRET not in caplog.text


def test_the_example_receiver_logs_its_start_each_event_each_repeat_and_each_refusal() -> None:
    import os
    import socket
    import subprocess
    import sys

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "WHEREBY_WEBHOOK_SECRET"} | {"PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "examples.webhook_receiver", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    url = f"http://127.0.0.1:{port}{PATH}"
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first == f"[webhook] listening on {url} (verifying with the sandbox demo secret)\n", first
        eventually(lambda: _answers(url), "the receiver to listen")
        refused = httpx.post(url, content=b"{}", headers={"Whereby-Signature": "t=1,v1=00"})
        assert refused.status_code == 400
        config = SandboxConfig(webhook_urls=(url,), webhook_duplicates=1.0, webhook_backoff_seconds=0.1)
        with running_sandbox(config) as sandbox:
            event = sandbox.trigger("room.client.knocked", _meeting(sandbox), {"displayName": "Grace"})[0]
            lines: list[str] = []
            while not any("ignored a repeated delivery" in line for line in lines):
                line = process.stdout.readline()
                assert line, lines
                lines.append(line)
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert lines[0].startswith("[webhook] refused a delivery: signature_mismatch ("), lines
    assert f"[webhook] room.client.knocked {event['id']}: Grace is knocking on " in "".join(lines)
    assert f"[webhook] ignored a repeated delivery of room.client.knocked {event['id']}" in "".join(lines)


def _answers(url: str) -> bool:
    import httpx

    try:
        httpx.get(url)
    except httpx.TransportError:
        return False
    return True
