"""`make demo`: start the sandbox on a free loopback port, run the quickstart against it, then receive webhooks: the
example receiver listens, the sandbox delivers to it (every event twice, as Whereby may), a participant joins and
leaves, and the typed events received are printed. Everything is stopped at the end."""

from __future__ import annotations

import datetime
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from examples.webhook_receiver import DEMO_SECRET, PATH, Receiver, create_app, describe
from videoconf import Whereby, webhooks
from videoconf.sandbox import serve_app_in_thread, trigger

WAIT_SECONDS = 20.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(url: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=0.5)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise SystemExit(f"the sandbox did not start at {url}")


class Inbox:
    """The events the receiver handled, in arrival order."""

    def __init__(self) -> None:
        self.events: list[webhooks.WherebyEvent] = []
        self._arrived = threading.Condition()

    def add(self, event: webhooks.WherebyEvent) -> None:
        with self._arrived:
            self.events.append(event)
            self._arrived.notify_all()

    def wait(self, count: int) -> list[webhooks.WherebyEvent]:
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self.events) >= count, WAIT_SECONDS):
                raise SystemExit(f"expected {count} webhook events, received {len(self.events)}")
            return list(self.events)


def webhook_tour(base: str, inbox: Inbox, receiver: Receiver) -> None:
    print("== Whereby webhooks (sandbox -> examples/webhook_receiver.py)")
    with Whereby(api_key="sandbox-key", base_url=f"{base}/v1") as wb:
        meeting = wb.meetings.create(end_date=datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1))
    sent = trigger(base, "room.client.joined", meeting.meeting_id, data={"displayName": "Ada"})
    sent += trigger(base, "room.client.left", meeting.meeting_id)
    print(f"triggered in meeting {meeting.meeting_id}: {', '.join(event['type'] for event in sent)}")
    for event in inbox.wait(len(sent)):
        print(f"received {type(event).__name__} {event.id}: {describe(event)}")
    # Each event was delivered twice; the second copies come right after the first ones.
    deadline = time.monotonic() + WAIT_SECONDS
    while receiver.repeats < len(sent) and time.monotonic() < deadline:
        time.sleep(0.05)
    print(f"ignored {receiver.repeats} repeated deliveries (the sandbox sent each event twice, as Whereby may)")


def main() -> int:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    inbox = Inbox()
    app = create_app(DEMO_SECRET, inbox.add)
    receiver_url, stop_receiver = serve_app_in_thread(app)
    command = [sys.executable, "-m", "videoconf.sandbox", "--port", str(port), "--quiet"]
    command += ["--webhook-url", receiver_url + PATH, "--webhook-secret", DEMO_SECRET, "--webhook-duplicates", "1"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    try:
        wait_until_up(base, time.monotonic() + 20)
        env = {**os.environ, "SIGNALWIRE_BASE_URL": base, "WHEREBY_BASE_URL": f"{base}/v1"}
        for name in ("SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_API_TOKEN", "WHEREBY_API_KEY"):
            env.pop(name, None)  # the demo uses the sandbox's printed demo credentials, never real ones
        quickstart = Path(__file__).with_name("quickstart.py")
        code = subprocess.run([sys.executable, str(quickstart)], env=env, check=False).returncode
        if code == 0:
            webhook_tour(base, inbox, app.state.receiver)
        return code
    finally:
        server.terminate()
        server.wait(timeout=10)
        stop_receiver()


if __name__ == "__main__":
    sys.exit(main())
