"""Webhook delivery by the sandbox, over real HTTP: signing, Whereby's retry rules, duplicates, reordering, triggers,
and that no request and no shutdown ever waits for a receiver."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from tests.sandbox.receiver import Delivery, Recorder, serving
from videoconf.sandbox import TRIGGER_PATH, TRIGGERS, RunningSandbox, SandboxConfig, TriggerError, running_sandbox
from videoconf.sandbox.__main__ import banner, parse_args
from videoconf.sandbox._webhooks import ATTEMPTS

SECRET = "whsec-sandbox-test-91c2"
# Short, so retried deliveries finish quickly.
BACKOFF = 0.1
ANSWER_WINDOW = 0.3


@contextmanager
def delivering(recorder: Recorder, **options: Any) -> Iterator[RunningSandbox]:
    with serving(recorder) as url:
        config = SandboxConfig(webhook_urls=(url,), webhook_secret=SECRET, webhook_backoff_seconds=BACKOFF, **options)
        with running_sandbox(config) as sandbox:
            yield sandbox


def new_meeting(sandbox: RunningSandbox, **body: Any) -> str:
    end = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)).isoformat()
    response = httpx.post(
        sandbox.whereby_url + "/meetings",
        json={"endDate": end, **body},
        headers={"Authorization": f"Bearer {sandbox.config.whereby_key}"},
    )
    assert response.status_code == 201, response.text
    meeting_id: str = response.json()["meetingId"]
    return meeting_id


def check_signature(delivery: Delivery, secret: str = SECRET) -> bool:
    fields = dict(part.split("=", 1) for part in delivery.headers["whereby-signature"].split(","))
    expected = hmac.new(secret.encode(), fields["t"].encode() + b"." + delivery.body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, fields["v1"]) and abs(time.time() - int(fields["t"])) < 60


def marker_after(sandbox: RunningSandbox, recorder: Recorder, meeting_id: str) -> None:
    """Deliveries to one URL are sequential: once a later event arrives, every earlier one is finished with."""
    [marker] = sandbox.trigger("assistant.requested", meeting_id, {"displayName": "marker"})
    recorder.wait_for(lambda got: any(d.event["id"] == marker["id"] for d in got), "the marker event")


def test_events_are_signed_json_posts_with_the_whereby_envelope() -> None:
    recorder = Recorder()
    with delivering(recorder) as sandbox:
        meeting_id = new_meeting(sandbox)
        [event] = sandbox.trigger("room.client.knocked", meeting_id)
        [delivery] = recorder.wait_for_types("room.client.knocked")
    assert delivery.event == event
    assert delivery.headers["content-type"] == "application/json"
    assert check_signature(delivery) and not check_signature(delivery, "another secret")
    assert len(event["id"]) == 64 and event["apiVersion"] == "1.0" and event["createdAt"].endswith("Z")
    assert event["data"]["meetingId"] == meeting_id and event["data"]["roomName"].startswith("/")


@pytest.mark.parametrize(("status", "attempts"), [(500, ATTEMPTS), (503, ATTEMPTS), (400, 1), (404, 1), (200, 1)])
def test_5xx_is_retried_twice_and_other_answers_are_final(status: int, attempts: int) -> None:
    recorder = Recorder(status=lambda event, attempt: status if event["type"] == "room.client.knocked" else 204)
    with delivering(recorder) as sandbox:
        meeting_id = new_meeting(sandbox)
        [event] = sandbox.trigger("room.client.knocked", meeting_id)
        marker_after(sandbox, recorder, meeting_id)
        tries = recorder.attempts(event["id"])
    assert len(tries) == attempts
    assert all(check_signature(t) and t.body == tries[0].body for t in tries)
    if attempts == ATTEMPTS:
        # Exponential backoff: the second wait is twice the first (lower bounds only; a busy machine adds to both).
        assert tries[1].received_at - tries[0].received_at >= BACKOFF * 0.9
        assert tries[2].received_at - tries[1].received_at >= 2 * BACKOFF * 0.9


def test_a_receiver_slower_than_the_answer_window_is_retried() -> None:
    # Whereby's window is 5 s; it is an option, so a short one stands in for it here.
    assert SandboxConfig().webhook_timeout_seconds == 5.0
    # The receiver answers nothing until the test ends, so only the window running out can bring a retry.
    recorder = Recorder(gate=threading.Event())
    with delivering(recorder, webhook_timeout_seconds=ANSWER_WINDOW) as sandbox:
        [event] = sandbox.trigger("room.client.knocked", new_meeting(sandbox))
        tries = recorder.wait_for(lambda got: len([d for d in got if d.event["id"] == event["id"]]) >= 2, "a retry")
    first, second = [t for t in tries if t.event["id"] == event["id"]][:2]
    assert second.received_at - first.received_at >= ANSWER_WINDOW * 0.9


def test_a_receiver_that_cannot_be_reached_does_not_stop_the_others() -> None:
    recorder = Recorder()
    with serving(recorder) as url:
        config = SandboxConfig(webhook_urls=("http://127.0.0.1:9/nobody", url), webhook_backoff_seconds=BACKOFF)
        with running_sandbox(config) as sandbox:
            sandbox.trigger("assistant.requested", new_meeting(sandbox))
            recorder.wait_for_types("assistant.requested")


def test_duplicates_deliver_every_event_twice_with_its_id() -> None:
    recorder = Recorder()
    with delivering(recorder, webhook_duplicates=1.0) as sandbox:
        meeting_id = new_meeting(sandbox)
        events = [sandbox.trigger("room.client.knocked", meeting_id)[0] for _ in range(3)]
        got = recorder.wait_for(lambda got: len(got) >= 6, "six deliveries")
    assert sorted(d.event["id"] for d in got) == sorted(2 * [e["id"] for e in events])


def test_without_shuffling_each_url_gets_events_in_order_and_with_it_out_of_order() -> None:
    # 16 events sent back to back: with random delays of up to half a second, arriving in the order sent would take
    # every one of 15 neighbours to stay in line (a chance well below one in a thousand on a loaded machine).
    count, orders = 16, []
    for shuffle in (False, True):
        recorder = Recorder()
        with delivering(recorder, webhook_shuffle=shuffle, seed=3) as sandbox, httpx.Client() as http:
            meeting_id = new_meeting(sandbox)
            body = {"type": "room.client.knocked", "meetingId": meeting_id}
            auth = {"Authorization": "Bearer sandbox-key"}
            sent = [
                http.post(sandbox.base_url + TRIGGER_PATH, json=body, headers=auth).json()["events"][0]["id"]
                for _ in range(count)
            ]
            got = recorder.wait_for(lambda got: len(got) >= count, f"{count} deliveries")
        orders.append((sent, [d.event["id"] for d in got]))
    (sent, received), (sent_shuffled, received_shuffled) = orders
    assert received == sent
    assert sorted(received_shuffled) == sorted(sent_shuffled) and received_shuffled != sent_shuffled


def test_a_request_never_waits_for_a_receiver() -> None:
    gate = threading.Event()
    recorder = Recorder(gate=gate)
    with delivering(recorder) as sandbox:
        meeting_id = new_meeting(sandbox)
        sandbox.trigger("room.client.knocked", meeting_id)
        recorder.wait_for_types("room.client.knocked")
        # The receiver has not answered yet, and still the sandbox answers triggers and API calls.
        sandbox.trigger("room.client.knocked", meeting_id)
        listed = httpx.get(sandbox.whereby_url + "/meetings", headers={"Authorization": "Bearer sandbox-key"})
        assert listed.status_code == 200 and not gate.is_set()
        gate.set()


def _server_threads() -> set[threading.Thread]:
    return {thread for thread in threading.enumerate() if thread.name == "videoconf-sandbox"}


def test_stopping_the_sandbox_does_not_wait_for_a_receiver() -> None:
    gate = threading.Event()  # never set while the sandbox stops: the receiver would hold the delivery 30 s
    recorder = Recorder(gate=gate)
    before = _server_threads()  # other tests' sandboxes may be serving too
    with serving(recorder) as url:
        with running_sandbox(SandboxConfig(webhook_urls=(url,))) as sandbox:
            sandbox.trigger("assistant.requested", new_meeting(sandbox))
            recorder.wait_for_types("assistant.requested")
            started = time.monotonic()
        stopped_in = time.monotonic() - started
        assert _server_threads() == before, "the sandbox's server thread still runs"
    assert stopped_in < 8.0, f"stopping took {stopped_in:.1f} s"


# ---- triggers -------------------------------------------------------------------------------------------------


def test_triggers_act_on_the_room_like_the_real_events() -> None:
    recorder = Recorder()
    with delivering(recorder) as sandbox:
        meeting_id = new_meeting(sandbox, recording={"type": "cloud", "destination": None, "startTrigger": None})
        first = sandbox.trigger("room.client.joined", meeting_id, {"displayName": "Ada", "externalId": "u-1"})
        knock = sandbox.trigger("room.client.knocked", meeting_id, {"displayName": "Grace"})
        visitor = knock[0]["data"]["participantId"]
        second = sandbox.trigger("room.client.joined", meeting_id, {"participantId": visitor, "displayName": "Grace"})
        left = sandbox.trigger("room.client.left", meeting_id)
        with pytest.raises(TriggerError, match="nobody is knocking"):
            sandbox.trigger("room.client.knockCancelled", meeting_id)  # Grace was let in
        recording = httpx.get(
            sandbox.whereby_url + "/recordings/" + left[-1]["data"]["recordingId"],
            headers={"Authorization": "Bearer sandbox-key"},
        )
    assert [e["type"] for e in first] == ["room.client.joined"]
    assert first[0]["data"]["roleName"] == "host" and first[0]["data"]["numClients"] == 1
    assert first[0]["data"]["roomSessionId"] is None and first[0]["data"]["externalId"] == "u-1"
    assert [e["type"] for e in second] == ["room.client.joined", "room.session.started"]
    session = second[1]["data"]["roomSessionId"]
    assert second[0]["data"]["roomSessionId"] == session and second[0]["data"]["roleName"] == "visitor"
    assert second[0]["data"]["numClientsByRoleName"] == {"host": 1, "visitor": 1}
    # The latest joiner leaves; one participant is not a session, and the cloud recording is uploaded.
    assert [e["type"] for e in left] == ["room.client.left", "room.session.ended", "recording.finished"]
    assert left[0]["data"]["participantId"] == visitor and left[0]["data"]["numClients"] == 1
    assert left[1]["data"]["roomSessionId"] == session
    assert recording.status_code == 200 and recording.json()["roomSessionId"] == session


def test_a_transcription_requested_through_the_api_announces_its_start_and_its_end() -> None:
    recorder = Recorder()
    with delivering(recorder, processing_seconds=60.0) as sandbox:
        auth = {"Authorization": "Bearer sandbox-key"}
        recording = httpx.get(sandbox.whereby_url + "/recordings", headers=auth).json()["results"][0]
        created = httpx.post(
            sandbox.whereby_url + "/transcriptions", json={"recordingId": recording["recordingId"]}, headers=auth
        )
        [started] = recorder.wait_for_types("transcription.started")
        assert recorder.attempts(started.event["id"]) == recorder.deliveries, "finished before its processing time"
        sandbox.config.clock.advance(sandbox.config.processing_seconds)
        got = recorder.wait_for_types("transcription.started", "transcription.finished")
        transcription = httpx.get(
            sandbox.whereby_url + "/transcriptions/" + created.json()["transcriptionId"], headers=auth
        ).json()
    started, finished = [d.event["data"] for d in got]
    assert started["status"] == "in_progress" and finished["status"] == "ready" == transcription["state"]
    assert finished["transcriptionId"] == created.json()["transcriptionId"] == transcription["transcriptionId"]
    assert finished["recordingId"] == recording["recordingId"] and finished["type"] == "RECORDING_TRANSCRIPTION"
    assert finished["filename"] == transcription["filename"]


def test_a_triggered_transcription_is_visible_through_the_api() -> None:
    with running_sandbox() as sandbox:
        meeting_id = new_meeting(sandbox)
        [started] = sandbox.trigger("transcription.started", meeting_id)
        [failed] = sandbox.trigger("transcription.failed", meeting_id)
        got = httpx.get(
            sandbox.whereby_url + "/transcriptions/" + started["data"]["transcriptionId"],
            headers={"Authorization": "Bearer sandbox-key"},
        ).json()
    assert failed["data"]["transcriptionId"] == started["data"]["transcriptionId"] == got["transcriptionId"]
    assert got["state"] == "failed" and failed["data"]["error"]


def test_every_event_type_can_be_triggered_and_data_overrides_fields() -> None:
    with running_sandbox() as sandbox:
        meeting_id = new_meeting(sandbox)
        sandbox.trigger("room.client.joined", meeting_id)
        sandbox.trigger("room.client.knocked", meeting_id)
        for event_type in TRIGGERS:
            emitted = sandbox.trigger(event_type, meeting_id, {"brandNewField": 7})
            requested = next(e for e in emitted if e["type"] == event_type)
            assert requested["data"]["brandNewField"] == 7
    assert len(TRIGGERS) == 11


def _post_trigger(sandbox: RunningSandbox, body: object, key: str = "sandbox-key") -> httpx.Response:
    return httpx.post(
        sandbox.base_url + TRIGGER_PATH,
        content=json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
    )


TRIGGER_REFUSALS: list[tuple[str, Callable[[str], object], str, int, str]] = [
    ("no key", lambda m: {"type": "assistant.requested", "meetingId": m}, "wrong-key", 401, ""),
    ("not an object", lambda m: ["assistant.requested"], "sandbox-key", 400, "JSON object"),
    ("no type", lambda m: {"meetingId": m}, "sandbox-key", 400, '"type"'),
    ("unknown type", lambda m: {"type": "room.teleported", "meetingId": m}, "sandbox-key", 400, "unknown event type"),
    (
        "unknown meeting",
        lambda m: {"type": "assistant.requested", "meetingId": "404"},
        "sandbox-key",
        404,
        "no meeting",
    ),
    (
        "data not an object",
        lambda m: {"type": "assistant.requested", "meetingId": m, "data": 5},
        "sandbox-key",
        400,
        '"data"',
    ),
    (
        "an unknown field",
        lambda m: {"type": "assistant.requested", "meetingId": m, "when": 1},
        "sandbox-key",
        400,
        "when",
    ),
    ("nobody to leave", lambda m: {"type": "room.client.left", "meetingId": m}, "sandbox-key", 409, "nobody is"),
    (
        "a schema break",
        lambda m: {"type": "room.client.joined", "meetingId": m, "data": {"numClients": -1}},
        "sandbox-key",
        400,
        "data.numClients",
    ),
]


@pytest.mark.parametrize(
    ("body", "key", "status", "words"), [r[1:] for r in TRIGGER_REFUSALS], ids=[r[0] for r in TRIGGER_REFUSALS]
)
def test_a_trigger_the_sandbox_cannot_act_on_is_refused_and_changes_nothing(
    body: Callable[[str], object], key: str, status: int, words: str
) -> None:
    with running_sandbox() as sandbox:
        meeting_id = new_meeting(sandbox)
        refused = _post_trigger(sandbox, body(meeting_id), key)
        assert refused.status_code == status and words in str(refused.json())
        # Nothing happened: the first join is still the room's first participant.
        [joined] = sandbox.trigger("room.client.joined", meeting_id)
        assert joined["data"]["numClients"] == 1


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"webhook_urls": ("ftp://example.com/x",)}, "absolute http(s) URL"),
        ({"webhook_urls": ("/relative",)}, "absolute http(s) URL"),
        ({"webhook_secret": ""}, "non-empty"),
        ({"webhook_duplicates": 1.5}, "between 0 and 1"),
        ({"webhook_timeout_seconds": 0}, "positive"),
    ],
)
def test_bad_webhook_settings_are_refused(options: dict[str, Any], words: str) -> None:
    with pytest.raises(ValueError, match=re.escape(words)):
        SandboxConfig(**options)


def test_the_webhook_secret_stays_out_of_the_config_repr() -> None:
    config = SandboxConfig(webhook_urls=("http://127.0.0.1:9/x",), webhook_secret=SECRET)
    assert SECRET not in repr(config) and "127.0.0.1:9" in repr(config)


def test_the_webhook_secret_is_in_no_log_line_of_a_delivery(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(status=lambda event, attempt: 500 if attempt == 1 else 204)
    with caplog.at_level(logging.DEBUG), delivering(recorder) as sandbox:
        sandbox.trigger("room.client.joined", new_meeting(sandbox), {"displayName": "Ada"})
        recorder.wait_for(lambda got: len(got) >= 2, "the retried delivery")
    lines = [record.getMessage() for record in caplog.records]
    assert any("room.client.joined" in line and "attempt 2 of 3" in line for line in lines), lines
    assert SECRET not in caplog.text and all(SECRET not in line for line in lines)


def test_the_banner_shows_the_demo_secret_but_never_one_given() -> None:
    demo = banner("http://127.0.0.1:8080", SandboxConfig(webhook_urls=("http://127.0.0.1:8090/hook",)))
    assert "sandbox-webhook-secret" in demo and "http://127.0.0.1:8090/hook" in demo and TRIGGER_PATH in demo
    given = banner("http://127.0.0.1:8080", SandboxConfig(webhook_urls=("http://x.test/h",), webhook_secret=SECRET))
    assert SECRET not in given and "the --webhook-secret given" in given
    assert "Webhooks    off" in banner("http://127.0.0.1:8080", SandboxConfig())


def test_the_cli_reads_the_webhook_options() -> None:
    _, config = parse_args(
        ["--webhook-url", "http://127.0.0.1:1/a", "--webhook-url", "http://127.0.0.1:2/b", "--webhook-secret", SECRET]
        + ["--webhook-duplicates", "0.25", "--webhook-shuffle", "--webhook-timeout", "0.5"]
    )
    assert config.webhook_urls == ("http://127.0.0.1:1/a", "http://127.0.0.1:2/b")
    assert (config.webhook_secret, config.webhook_duplicates, config.webhook_shuffle) == (SECRET, 0.25, True)
    assert config.webhook_timeout_seconds == 0.5 and parse_args([])[1].webhook_timeout_seconds == 5.0
