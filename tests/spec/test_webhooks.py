"""The contract's webhooks: Whereby's 11 events, signed, with valid examples, and the readings chosen where the
vendor's two sources disagree."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from tests.specdata import deref, load, resolved

EVENTS = {
    "room.client.joined": "WherebyRoomClientJoinedEvent",
    "room.client.left": "WherebyRoomClientLeftEvent",
    "room.client.knocked": "WherebyRoomClientKnockedEvent",
    "room.client.knockCancelled": "WherebyRoomClientKnockCancelledEvent",
    "room.session.started": "WherebyRoomSessionStartedEvent",
    "room.session.ended": "WherebyRoomSessionEndedEvent",
    "transcription.started": "WherebyTranscriptionStartedEvent",
    "transcription.finished": "WherebyTranscriptionFinishedEvent",
    "transcription.failed": "WherebyTranscriptionFailedEvent",
    "recording.finished": "WherebyRecordingFinishedEvent",
    "assistant.requested": "WherebyAssistantRequestedEvent",
}
SCHEMAS: dict[str, Any] = resolved()["components"]["schemas"]


def _properties(name: str) -> tuple[dict[str, Any], set[str]]:
    """Properties and required names of a schema, across its `allOf` parts (a later part narrows an earlier one)."""
    return _parts(SCHEMAS[name])


def _parts(schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    properties: dict[str, Any] = {}
    required: set[str] = set()
    for part in [*schema.get("allOf", []), schema]:
        if "$ref" in part:
            sub_properties, sub_required = _parts(deref(resolved(), part))
        else:
            sub_properties, sub_required = part.get("properties", {}), set(part.get("required", []))
        properties |= sub_properties
        required |= sub_required
    return properties, required


@pytest.mark.parametrize("name", ["openapi.yaml", "generated/openapi.yaml"])
def test_every_whereby_event_is_a_signed_post(name: str) -> None:
    spec = load(name)
    assert set(spec["webhooks"]) == set(EVENTS)
    for event, item in spec["webhooks"].items():
        assert list(item) == ["post"], event
        op = item["post"]
        assert op["tags"] == ["Whereby Webhooks"] and op["security"] == []
        assert op["operationId"].startswith("webhooks_")
        [header] = [deref(spec, p) for p in op["parameters"]]
        assert (header["name"], header["in"], header["required"]) == ("Whereby-Signature", "header", True)
        content = op["requestBody"]["content"]
        assert list(content) == ["application/json"]
        assert content["application/json"]["schema"] == {"$ref": f"#/components/schemas/{EVENTS[event]}"}
        assert set(op["responses"]) == {"2XX", "4XX", "5XX"}


@pytest.mark.parametrize("event", sorted(EVENTS))
def test_each_event_has_a_valid_example_of_its_type(event: str) -> None:
    spec = resolved()
    content = spec["webhooks"][event]["post"]["requestBody"]["content"]["application/json"]
    schema = {**content["schema"], "components": spec["components"]}
    example = content["example"]
    errors = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(example))
    assert not errors, errors[0].message
    assert example["type"] == event
    wrong = {**example, "type": "room.client.teleported"}
    assert list(Draft202012Validator(schema).iter_errors(wrong)), "the event schema must fix `type`"


def test_the_envelope_and_data_parts_are_named_components() -> None:
    for name in (
        "WherebyEventEnvelope",
        "WherebyInRoomEventData",
        "WherebyClientEventData",
        "WherebyClientJoinLeaveEventData",
        "WherebyTranscriptionEventData",
        "WherebyTranscriptionFinishedEventData",
        "WherebyTranscriptionFailedEventData",
        "WherebyRecordingEventData",
    ):
        assert name in SCHEMAS
    for event in EVENTS.values():
        assert SCHEMAS[event]["allOf"][0] == {"$ref": "#/components/schemas/WherebyEventEnvelope"}
    envelope, required = _properties("WherebyEventEnvelope")
    assert required == {"id", "apiVersion", "createdAt", "type", "data"}


def test_the_readings_chosen_where_the_sources_disagree() -> None:
    in_room, in_room_required = _properties("WherebyInRoomEventData")
    # roomSessionId: on every in-room event (SDK types), optional and nullable (the webhooks page has it on some only).
    assert "roomSessionId" in in_room and "roomSessionId" not in in_room_required
    assert in_room["roomSessionId"]["type"] == ["string", "null"]
    # meetingId: optional, as the SDK types say; subdomain: the webhooks page's spelling, optional.
    assert {"meetingId", "subdomain"} <= set(in_room) and not {"meetingId", "subdomain"} & in_room_required
    assert "subdoman" not in in_room
    for name in ("WherebyClientEventData", "WherebyClientJoinLeaveEventData"):
        assert "roomSessionId" in _properties(name)[0]
    joined, joined_required = _properties("WherebyClientJoinLeaveEventData")
    # isDialIn: only on the webhooks page, so declared but optional.
    assert joined["isDialIn"]["type"] == "boolean" and "isDialIn" not in joined_required
    # visitor: listed by the webhooks page, missing from the SDK types; kept.
    assert "visitor" in SCHEMAS["WherebyRoleName"]["x-extensible-enum"]
    for name, words in (
        ("WherebyInRoomEventData", ("subdoman", "optional")),
        ("WherebyRoleName", ("visitor",)),
    ):
        text = str(SCHEMAS[name])
        assert all(word in text for word in words), name


def test_event_enums_stay_in_the_overlay_with_stable_names() -> None:
    for name in ("WherebyRoleName", "WherebyRecordingEventStatus"):
        assert "enum" not in load("openapi.yaml")["components"]["schemas"][name]
        # Payloads are received, so the neutral contract keeps these enumerations open (x-extensible-enum).
        assert len(SCHEMAS[name]["x-extensible-enum-varnames"]) == len(SCHEMAS[name]["x-extensible-enum"])
        assert "enum" not in SCHEMAS[name]
    transcription, _ = _properties("WherebyTranscriptionEventData")
    # The transcription event reuses the enums of the transcriptions operations.
    assert transcription["type"] == {"$ref": "#/components/schemas/WherebyTranscriptionType"}
    assert transcription["status"] == {"$ref": "#/components/schemas/WherebyTranscriptionState"}


def test_no_sandbox_only_path_is_in_the_contract() -> None:
    for name in ("openapi.yaml", "generated/openapi.yaml"):
        assert not [path for path in load(name)["paths"] if path.startswith("/_sandbox")]
