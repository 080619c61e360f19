"""Every request value the vendors show as an example passes validation and is sent as given.

The values and their sources are data (tests/spec/vendor_examples.yaml). Each is sent through the client to a
MockTransport that records the request; the test reads the value back from what went over the wire.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote

import httpx
import pytest
import yaml

from videoconf import SignalWire, Whereby
from videoconf._generated._operations import OPERATIONS
from videoconf._request import prepare

from .support import Script, signalwire, whereby

EXAMPLES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent.parent / "spec" / "vendor_examples.yaml").read_text(encoding="utf-8")
)

# The smallest body each operation accepts, so that one example field can be sent on its own.
BASE_BODIES: dict[str, dict[str, Any]] = {
    "rooms_create": {"name": "standup"},
    "rooms_create_stream": {"url": "rtmp://live.example.com/stream-key"},
    "room_tokens_create": {"room_name": "standup"},
    "conferences_create": {"display_name": "Team Meeting"},
    "conferences_update": {"display_name": "Team Meeting v2"},
    "conferences_create_stream": {"url": "rtmp://live.example.com/key"},
    "streams_update": {"url": "rtmp://live.example.com/key"},
    "meetings_create": {"endDate": "2099-03-25T13:30:00.000Z"},
    "recordings_bulk_delete": {"recordingIds": ["a56f6ad7-37fe-4a37-9319-3174630ba57a"]},
    "transcriptions_create": {"recordingId": "a56f6ad7-37fe-4a37-9319-3174630ba57a"},
    "transcriptions_bulk_delete": {"transcriptionIds": ["b438fda0-83e2-4835-92f9-c845ee3d5ea7"]},
    "summaries_create": {"transcriptionId": "b438fda0-83e2-4835-92f9-c845ee3d5ea7"},
}
PATH_VALUES = {
    "id": "6b5a3f1e-9d2c-4e7b-8a1f-2c3d4e5f6a7b",
    "meetingId": "1234",
    "recordingId": "a56f6ad7-37fe-4a37-9319-3174630ba57a",
    "transcriptionId": "b438fda0-83e2-4835-92f9-c845ee3d5ea7",
    "summaryId": "c429ff78-9f03-49de-b427-546bcd848050",
    "roomName": "/room-prefix-793e9ec1-c686-423d-9043-9b7a10c553fd",
}
# Values for the query parameters some operations require, when the example is about another one.
REQUIRED_QUERY = PATH_VALUES | {
    "roomSessionId": "e2f29530-46ec-4cee-8b27-e565cb5bb2e9",
    "participantId": "32ba120a-a691-4e8e-aec3-a610239271de",
}


def _instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _same(sent: object, shown: object) -> bool:
    """Equal, or the same instant: the client writes date-times in one RFC 3339 form (and a date as its midnight)."""
    if sent == shown:
        return True
    if not (isinstance(sent, str) and isinstance(shown, str)):
        return False
    try:
        return _instant(sent) == _instant(shown)
    except ValueError:
        return False


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _sent_query(value: object, name: str) -> list[tuple[str, str]]:
    """The query pairs a value is expected to become (form style; objects as deepObject)."""
    if isinstance(value, dict):
        return [(f"{name}[{key}]", _text(item)) for key, item in value.items()]
    if isinstance(value, list):
        return [(name, ",".join(_text(item) for item in value))]
    return [(name, _text(value))]


def _client(vendor: str, script: Script) -> SignalWire | Whereby:
    return signalwire(script) if vendor == "signalwire" else whereby(script)


@pytest.mark.parametrize(
    "example", EXAMPLES, ids=[f"{e['operation']}.{e['name']}={json.dumps(e['value'])[:40]}" for e in EXAMPLES]
)
def test_the_client_sends_every_value_the_vendors_show(example: dict[str, Any]) -> None:
    operation, where, name, value = example["operation"], example["in"], example["name"], example["value"]
    spec = OPERATIONS[operation]
    assert spec.vendor == example["vendor"], example
    path = {key: PATH_VALUES[key] for key in spec.path_params}
    query: dict[str, Any] = {key: REQUIRED_QUERY[key] for key, param in spec.query_params.items() if param.required}
    body: dict[str, Any] | None = dict(BASE_BODIES.get(operation, {})) if spec.bodies else None
    {"path": path, "query": query}.get(where, body if body is not None else {})[name] = value

    script = Script(lambda request: httpx.Response(200, json={}))
    requester = _client(example["vendor"], script)._requester
    requester.send(prepare(spec, path=path, query=query, body=body))

    assert script.attempts == 1
    sent = script.requests[0]
    if where == "body":
        assert _same(json.loads(sent.content)[name], value)
    elif where == "query":
        pairs = parse_qsl(sent.url.query.decode(), keep_blank_values=True)
        for key, text in _sent_query(value, name):
            assert any(k == key and _same(v, text) for k, v in pairs), pairs
    else:
        assert quote(str(value), safe="") in sent.url.raw_path.decode().split("?")[0].split("/")


def test_the_examples_cover_both_vendors_and_the_documented_gaps() -> None:
    sent = {(e["operation"], e["name"], json.dumps(e["value"])) for e in EXAMPLES}
    assert len(EXAMPLES) > 150
    assert {e["vendor"] for e in EXAMPLES} == {"signalwire", "whereby"}
    assert all(e["source"].startswith(("whereby/docs ", "signalwire/docs ", "whereby/sdk ")) for e in EXAMPLES)
    for prefix in ("Customer0348-", "test-prefix-", "waiting-room-example-", "example-prefix"):
        assert ("meetings_create", "roomNamePrefix", json.dumps(prefix)) in sent
    assert ("meetings_get", "fields", json.dumps(["dialIn"])) in sent
    assert ("rooms_list", "starts_after", json.dumps("2026-01-01")) in sent
    assert ("room_tokens_create", "permissions", json.dumps(["room.stream.start"])) in sent
    assert ("meetings_create", "recording", json.dumps({"type": "none", "destination": {}})) in sent
