"""A Whereby webhook receiver (Starlette): verifies each delivery, handles every event type, ignores repeated events.

Run it, then point the sandbox at it (it logs its start, each event, each repeat it ignores and each delivery it
refuses, with the reason):

    python -m examples.webhook_receiver --port 8090          # secret: WHEREBY_WEBHOOK_SECRET, else the sandbox demo one
    python -m videoconf.sandbox --port 8080 --webhook-url http://127.0.0.1:8090/webhooks/whereby

and make something happen in a meeting's room (`videoconf.sandbox.trigger(...)`, see the README).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections import OrderedDict
from collections.abc import Callable
from typing import assert_never

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from videoconf import WebhookPayloadError, WebhookVerificationError, webhooks

PATH = "/webhooks/whereby"
DEMO_SECRET = "sandbox-webhook-secret"
# Whereby may deliver an event more than once: remember this many recent ids to answer repeats without acting twice.
REMEMBERED_IDS = 10_000

log = logging.getLogger("examples.webhook_receiver")


def describe(event: webhooks.WherebyEvent) -> str:
    """What happened, in one line; one case per event type, so mypy tells us when the contract gains one."""
    match event:
        case webhooks.WherebyRoomClientJoinedEvent(data=d):
            return f"{d.display_name} joined {d.room_name} as {d.role_name} ({d.num_clients} in the room)"
        case webhooks.WherebyRoomClientLeftEvent(data=d):
            return f"{d.display_name} left {d.room_name} ({d.num_clients} in the room)"
        case webhooks.WherebyRoomClientKnockedEvent(data=d):
            return f"{d.display_name} is knocking on {d.room_name}"
        case webhooks.WherebyRoomClientKnockCancelledEvent(data=d):
            return f"{d.display_name} stopped knocking on {d.room_name}"
        case webhooks.WherebyRoomSessionStartedEvent(data=d):
            return f"a session started in {d.room_name}"
        case webhooks.WherebyRoomSessionEndedEvent(data=d):
            return f"the session in {d.room_name} ended"
        case webhooks.WherebyTranscriptionStartedEvent(data=d):
            return f"transcription {d.transcription_id} of {d.room_name} started ({d.type_})"
        case webhooks.WherebyTranscriptionFinishedEvent(data=d):
            return f"transcription {d.transcription_id} is ready: {d.filename}, {d.duration_in_seconds:g} s"
        case webhooks.WherebyTranscriptionFailedEvent(data=d):
            return f"transcription {d.transcription_id} failed: {d.error}"
        case webhooks.WherebyRecordingFinishedEvent(data=d):
            return f"recording {d.recording_id} of {d.room_name} is ready: {d.filename}"
        case webhooks.WherebyAssistantRequestedEvent(data=d):
            return f"an assistant was requested in {d.room_name}"
        case webhooks.UnknownWherebyEvent():
            return f"an event this library does not know yet: {event.type_}"
        case _:
            assert_never(event)


class Receiver:
    """The endpoint and what it has seen; `on_event` is called once per event, however often it is delivered."""

    def __init__(self, secret: str, on_event: Callable[[webhooks.WherebyEvent], None] | None = None) -> None:
        self._secret = webhooks.WebhookSecret(secret)
        self._on_event = on_event or (lambda event: None)
        self._seen: OrderedDict[str, None] = OrderedDict()
        self.repeats = 0

    async def endpoint(self, request: Request) -> Response:
        # The raw bytes, exactly as received: a parsed and re-serialised body would not match the signature.
        body = await request.body()
        try:
            event = webhooks.unwrap(body, request.headers, self._secret)
        except WebhookVerificationError as error:
            # Not from Whereby (or replayed): refuse, and never act on it. A 4xx is final; Whereby does not retry it.
            log.warning("refused a delivery: %s (%s)", error.reason, error)
            return JSONResponse({"error": error.reason}, status_code=400)
        except WebhookPayloadError as error:
            log.warning("refused a delivery: not an event (%s)", error)
            return JSONResponse({"error": str(error)}, status_code=400)
        key = event.id or body.hex()
        if key in self._seen:
            self.repeats += 1
            log.info("ignored a repeated delivery of %s %s", event.type_, event.id)
            return Response(status_code=204)
        log.info("%s %s: %s", event.type_, event.id, describe(event))
        # Acting first and remembering after means a handler that fails answers 500, and Whereby tries again.
        self._on_event(event)
        self._seen[key] = None
        if len(self._seen) > REMEMBERED_IDS:
            self._seen.popitem(last=False)
        return Response(status_code=204)


def create_app(secret: str | None = None, on_event: Callable[[webhooks.WherebyEvent], None] | None = None) -> Starlette:
    """The receiver as an ASGI app, answering POST /webhooks/whereby."""
    receiver = Receiver(secret or os.environ.get("WHEREBY_WEBHOOK_SECRET") or DEMO_SECRET, on_event)
    app = Starlette(routes=[Route(PATH, receiver.endpoint, methods=["POST"])])
    app.state.receiver = receiver
    return app


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8090, help="port to listen on (default: %(default)s)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="[webhook] %(message)s", stream=sys.stdout, force=True)
    secret = "WHEREBY_WEBHOOK_SECRET" if os.environ.get("WHEREBY_WEBHOOK_SECRET") else "the sandbox demo secret"
    log.info("listening on http://%s:%d%s (verifying with %s)", args.host, args.port, PATH, secret)
    uvicorn.run(create_app(), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
