"""Webhook events parsed into their generated models: from the contract's examples, from drawn instances, and from
payloads the contract does not know (new event types, fields and enum values are kept)."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.generated.test_roundtrip import _normalise
from tests.specdata import deref, resolved
from tests.strategies import from_schema, inline
from videoconf import DriftEvent, WebhookPayloadError, Whereby, record_drift, webhooks
from videoconf._generated.types import Unset

SECRET = "whsec-events-0c4d"
SPEC = resolved()
WEBHOOKS: dict[str, dict[str, Any]] = {
    name: item["post"]["requestBody"]["content"]["application/json"] for name, item in SPEC["webhooks"].items()
}
EVENT_TYPES = sorted(WEBHOOKS)


def deliver(payload: Any) -> webhooks.WherebyEvent:
    body = json.dumps(payload).encode()
    return webhooks.unwrap(body, {"Whereby-Signature": webhooks.sign(body, SECRET)}, SECRET)


def test_the_generated_table_has_every_event_of_the_contract() -> None:
    assert len(EVENT_TYPES) == 11
    assert sorted(webhooks.WHEREBY_EVENT_TYPES) == EVENT_TYPES
    for name, content in WEBHOOKS.items():
        assert webhooks.WHEREBY_EVENT_TYPES[name].__name__ == content["schema"]["$ref"].rsplit("/", 1)[1]


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_the_contract_example_parses_into_its_event_class(event_type: str) -> None:
    example = WEBHOOKS[event_type]["example"]
    event = deliver(example)
    assert type(event) is webhooks.WHEREBY_EVENT_TYPES[event_type]
    assert event.type == event_type and event.id == example["id"]
    assert _normalise(event.to_dict()) == _normalise(example)


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_a_drawn_event_parses_and_keeps_fields_the_contract_does_not_know(event_type: str) -> None:
    schema = inline(deref(SPEC, WEBHOOKS[event_type]["schema"]))
    extras = st.dictionaries(st.sampled_from(["brandNew", "subdoman", "zz"]), st.integers() | st.text(max_size=5))

    @given(event=from_schema(schema), top=extras, inner=extras)
    def check(event: dict[str, Any], top: dict[str, Any], inner: dict[str, Any]) -> None:
        payload = {**top, **event, "data": {**inner, **event["data"]}}
        parsed = deliver(payload)
        assert type(parsed) is webhooks.WHEREBY_EVENT_TYPES[event_type]
        assert _normalise(parsed.to_dict()) == _normalise(payload)
        assert parsed.additional_properties == {k: v for k, v in top.items() if k not in event}
        kept = {k: v for k, v in inner.items() if k not in event["data"]}
        assert parsed.data.additional_properties == kept

    check()


def test_an_unknown_event_type_keeps_its_type_and_data(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("videoconf._drift._logged", set())  # logged once per process: as a new process sees it
    payload = {
        "id": "f" * 64,
        "apiVersion": "1.1",
        "createdAt": "2024-05-01T10:00:00.000Z",
        "type": "room.client.teleported",
        "data": {"roomName": "/standup", "destination": {"planet": "Mars"}},
        "brandNew": [1, 2],
    }
    with caplog.at_level(logging.INFO, logger="videoconf.drift"), record_drift() as events:
        event = deliver(payload)
    assert isinstance(event, webhooks.UnknownWherebyEvent)
    assert event.type == "room.client.teleported" and event.data == payload["data"]
    assert event.id == payload["id"] and event.api_version == "1.1" and event.created_at is not None
    assert event.to_dict() == payload
    # An event type Whereby added is a drift event like an unknown enum value, logged at INFO.
    assert events == [DriftEvent("whereby_webhook", "type", "unknown_enum", "WherebyEvent", "room.client.teleported")]
    assert (
        "whereby_webhook: type: unknown_enum (expected WherebyEvent, received 'room.client.teleported')" in caplog.text
    )


def test_an_unknown_event_type_with_an_odd_envelope_is_still_kept() -> None:
    event = deliver({"type": "x.y", "createdAt": "yesterday", "id": 5})
    assert isinstance(event, webhooks.UnknownWherebyEvent)
    assert (event.type, event.data, event.id, event.created_at) == ("x.y", None, None, None)


def test_unknown_enum_values_are_kept_and_sent_back() -> None:
    example = json.loads(json.dumps(WEBHOOKS["room.client.joined"]["example"]))
    example["data"]["roleName"] = "co_host"
    example["data"]["numClientsByRoleName"]["co_host"] = 1
    event = deliver(example)
    assert isinstance(event, webhooks.WherebyRoomClientJoinedEvent)
    assert event.data.role_name.is_unknown and event.data.role_name == "co_host"
    assert event.data.num_clients_by_role_name["co_host"] == 1
    assert _normalise(event.to_dict()) == _normalise(example)


def test_the_sdk_spelling_of_subdomain_is_kept_as_an_unknown_field() -> None:
    example = json.loads(json.dumps(WEBHOOKS["room.session.ended"]["example"]))
    example["data"]["subdoman"] = example["data"].pop("subdomain")
    del example["data"]["roomSessionId"], example["data"]["meetingId"]
    event = deliver(example)
    assert isinstance(event, webhooks.WherebyRoomSessionEndedEvent)
    assert isinstance(event.data.subdomain, Unset) and isinstance(event.data.room_session_id, Unset)
    assert event.data["subdoman"] == "example"


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "expected a JSON object with a string `type`"),
        (b'{"type": 7}', "expected a JSON object with a string `type`"),
    ],
)
def test_a_body_that_is_no_event_raises_a_payload_error(body: bytes, words: str) -> None:
    with pytest.raises(WebhookPayloadError, match=words):
        webhooks.unwrap(body, {"Whereby-Signature": webhooks.sign(body, SECRET)}, SECRET)


def test_a_known_event_missing_a_required_field_names_it() -> None:
    # The suite runs strict (tests/conftest.py): the event raises, naming its path.
    example = json.loads(json.dumps(WEBHOOKS["room.client.left"]["example"]))
    del example["data"]["numClients"]
    with pytest.raises(WebhookPayloadError) as caught:
        deliver(example)
    assert caught.value.event_type == "room.client.left" and caught.value.field == "data.numClients"
    assert str(caught.value) == "room.client.left: data.numClients: missing (expected integer)"


def test_a_tolerant_receiver_keeps_a_drifted_event_and_records_it() -> None:
    example = json.loads(json.dumps(WEBHOOKS["room.client.left"]["example"]))
    del example["data"]["numClients"]
    example["createdAt"] = "the other day"
    body = json.dumps(example).encode()
    headers = {"Whereby-Signature": webhooks.sign(body, SECRET)}
    with record_drift() as events:
        event = webhooks.unwrap(body, headers, SECRET, strict=False)
        event_again = Whereby(api_key="k", webhook_secret=SECRET, strict=False).webhooks.unwrap(body, headers)
    assert isinstance(event, webhooks.WherebyRoomClientLeftEvent) and isinstance(event_again, type(event))
    assert event.data.num_clients is None and event.created_at == "the other day"
    assert [(e.operation, e.path, e.kind) for e in events] == 2 * [
        ("room.client.left", "createdAt", "wrong_type"),
        ("room.client.left", "data.numClients", "missing"),
    ]
    with pytest.raises(WebhookPayloadError, match="room.client.left: createdAt: wrong_type"):
        Whereby(api_key="k", webhook_secret=SECRET, strict=True).webhooks.unwrap(body, headers)


def test_a_known_event_with_a_field_of_the_wrong_shape_names_it() -> None:
    example = json.loads(json.dumps(WEBHOOKS["recording.finished"]["example"]))
    example["createdAt"] = "the other day"
    with pytest.raises(WebhookPayloadError, match="createdAt") as caught:
        deliver(example)
    assert caught.value.field == "createdAt"


def _strict(payload: dict[str, Any]) -> webhooks.WherebyEvent:
    body = json.dumps(payload).encode()
    return webhooks.unwrap(body, {"Whereby-Signature": webhooks.sign(body, SECRET)}, SECRET, strict=True)


def test_the_webhooks_page_example_parses_in_strict_mode() -> None:
    # Whereby's webhooks page's example event (its missing comma restored): no participantId, no roomSessionId.
    example = {
        "id": "d7c4df48b85318352b47d2df45872bf9be87595af379e2a8ad8f1ad28b2a482e",
        "apiVersion": "1.0",
        "createdAt": "2021-01-21T16:29:59.681Z",
        "type": "room.client.joined",
        "data": {
            "roleName": "host",
            "displayName": "Joe Bloggs",
            "meetingId": "134",
            "roomName": "/af0b7b66-c738-4981-887a-ad416754f32d",
            "subdomain": "JoeBloggsInc",
            "numClients": 8,
            "numClientsByRoleName": {"host": 1, "visitor": 7},
            "metadata": "<custom-metadata>",
            "externalId": "<custom-id>",
        },
    }
    event = _strict(example)
    assert isinstance(event, webhooks.WherebyRoomClientJoinedEvent)
    assert isinstance(event.data.participant_id, Unset) and event.data.display_name == "Joe Bloggs"
    assert _normalise(event.to_dict()) == _normalise(example)


def test_an_assistant_joining_parses_in_strict_mode() -> None:
    # The assistant SDK's types add the role `assistant`, in `roleName` and as a key of `numClientsByRoleName`.
    example = json.loads(json.dumps(WEBHOOKS["room.client.joined"]["example"]))
    example["data"].update(roleName="assistant", numClients=3, numClientsByRoleName={"host": 1, "assistant": 2})
    event = _strict(example)
    assert isinstance(event, webhooks.WherebyRoomClientJoinedEvent)
    assert str(event.data.role_name) == "assistant" and event.data.role_name.name == "ASSISTANT"
    assert event.data.num_clients_by_role_name.to_dict() == {"host": 1, "assistant": 2}
