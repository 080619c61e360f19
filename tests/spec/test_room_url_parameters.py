"""Whereby's room-URL parameters are data of the contract (`Meeting.x-url-parameters`), in the Whereby bundle other
SDKs generate from: a valid JSON Schema with the documented rules, tied to the meeting's URL fields."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator

from generator import room_url
from tests.specdata import load, resolved

DATA: dict[str, Any] = resolved()["components"]["schemas"]["Meeting"]["x-url-parameters"]
PROPERTIES: dict[str, Any] = DATA["schema"]["properties"]


def test_it_ties_a_valid_schema_to_the_meetings_url_fields() -> None:
    meeting = resolved()["components"]["schemas"]["Meeting"]
    assert DATA["fields"] == ["roomUrl", "hostRoomUrl", "viewerRoomUrl"]
    assert all(meeting["properties"][field]["format"] == "uri" for field in DATA["fields"])
    Draft202012Validator.check_schema(DATA["schema"])
    assert DATA["schema"]["additionalProperties"] is False
    bundled = load("generated/whereby.openapi.yaml")["components"]["schemas"]["Meeting"]["x-url-parameters"]
    assert bundled == DATA
    assert "Meeting" not in load("generated/signalwire.openapi.yaml")["components"]["schemas"]


def test_each_parameter_says_what_it_does_and_is_one_of_the_four_kinds() -> None:
    assert len(PROPERTIES) >= 45
    for name, schema in PROPERTIES.items():
        assert schema.get("description"), name
        kind = room_url._kind(schema)
        if kind == "switch":
            assert schema["type"] == "string" and set(schema["enum"]) <= {"on", "off"}, name
        elif kind == "flag":
            assert schema == {"type": "boolean", "description": schema["description"]}, name
        elif kind == "list":
            assert schema["items"]["type"] == "string", name
        else:
            assert schema["type"] == "string", name


def test_the_documented_rules_are_there() -> None:
    assert PROPERTIES["displayName"]["maxLength"] == 100 and PROPERTIES["displayName"]["pattern"] == "^[^$!<>:;]*$"
    assert PROPERTIES["externalId"]["maxLength"] == 36 and PROPERTIES["externalId"]["pattern"] == "^[A-Za-z0-9_-]+$"
    assert PROPERTIES["metadata"]["type"] == "string"
    assert len(PROPERTIES["lang"]["x-extensible-enum"]) == 18 and "zh-hant" in PROPERTIES["lang"]["x-extensible-enum"]
    assert PROPERTIES["audio"]["enum"] == PROPERTIES["video"]["enum"] == ["off"]
    assert {room_url._kind(PROPERTIES[name]) for name in ("minimal", "skipMediaPermissionPrompt")} == {"flag"}
    assert len(PROPERTIES["cameraEffect"]["enum"]) == 8
    assert PROPERTIES["avatarUrl"]["pattern"] == "^https://[^?#]+$"
    assert PROPERTIES["groups"]["maxItems"] == 20
    toggles = ("chat", "screenshare", "leaveButton", "topToolbar", "bottomToolbar", "timer", "breakout", "lowData")
    assert all(PROPERTIES[name]["enum"] == ["on", "off"] for name in (*toggles, "precallReview"))
