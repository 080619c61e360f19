"""Responses: lenient about what the server adds, clear errors for what cannot be used, typed errors for 4xx/5xx.

These clients are strict (tests/conftest.py sets VIDEOCONF_STRICT=1): every disagreement raises, naming its path.
Tolerant parsing and the drift record are tested in test_drift.py."""

from __future__ import annotations

import uuid

import httpx
import pytest

from videoconf import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    VideoconfError,
)
from videoconf._generated.models import SignalWireError, SignalWireValidationError, WherebyError, WherebyRateLimitError

from .support import ROOM_ID, Script, json_response, meeting, room, signalwire, whereby

HTML_PAGE = b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"


def _invalid_response(response: httpx.Response) -> APIResponseValidationError:
    with pytest.raises(APIResponseValidationError) as caught:
        signalwire(Script(response)).rooms.get(ROOM_ID)
    assert caught.value.operation_id == "rooms_get"
    return caught.value


def test_html_instead_of_json() -> None:
    error = _invalid_response(httpx.Response(200, content=HTML_PAGE, headers={"content-type": "text/html"}))
    assert str(error) == "rooms_get: expected JSON but received text/html"
    assert isinstance(error, APIError) and not isinstance(error, APIStatusError)


def test_invalid_json() -> None:
    error = _invalid_response(httpx.Response(200, content=b"{'id': 1}", headers={"content-type": "application/json"}))
    assert str(error) == "rooms_get: the response body is not valid JSON (truncated or malformed)"


def test_truncated_body() -> None:
    body = httpx.Response(200, json=room()).content[:57]
    error = _invalid_response(httpx.Response(200, content=body, headers={"content-type": "application/json"}))
    assert str(error) == "rooms_get: the response body is not valid JSON (truncated or malformed)"


def test_empty_body_where_json_is_expected() -> None:
    error = _invalid_response(httpx.Response(200))
    assert str(error) == "rooms_get: the response body is empty"


def test_missing_required_field_names_the_operation_and_field() -> None:
    body = room()
    del body["created_at"]
    error = _invalid_response(json_response(200, body))
    assert error.field == "created_at"
    assert str(error) == "rooms_get: created_at: missing (expected date-time)"
    assert error.drift is not None and error.drift.kind == "missing"


def test_null_where_a_date_time_is_required() -> None:
    error = _invalid_response(json_response(200, room(created_at=None)))
    assert error.field == "created_at"
    assert str(error) == "rooms_get: created_at: null (expected date-time)"


def test_a_date_time_that_does_not_parse_names_its_field_not_a_local_variable() -> None:
    error = _invalid_response(json_response(200, room(created_at="yesterday")))
    assert error.field == "created_at"
    assert str(error) == "rooms_get: created_at: wrong_type (expected date-time, received string)"
    assert "yesterday" not in str(error)


def test_wrong_type_for_a_nested_object() -> None:
    error = _invalid_response(json_response(200, room(active_session=42)))
    assert error.field == "active_session"
    assert str(error) == "rooms_get: active_session: wrong_type (expected ActiveSession, received integer)"


@pytest.mark.parametrize(("content", "kind"), [(b"null", "null"), (b"[1, 2]", "array"), (b'"room"', "string")])
def test_a_body_of_the_wrong_kind_is_refused_in_both_modes(content: bytes, kind: str) -> None:
    for strict in (True, False):
        response = httpx.Response(200, content=content, headers={"content-type": "application/json"})
        with pytest.raises(APIResponseValidationError) as caught:
            signalwire(Script(response), strict=strict).rooms.get(ROOM_ID)
        assert caught.value.field is None
        assert str(caught.value) == f"rooms_get: the body is {kind}, not an object"


def test_null_list_in_a_page() -> None:
    script = Script(json_response(200, {"links": {"self": "/a", "first": "/a"}, "data": None}))
    with pytest.raises(APIResponseValidationError) as caught:
        list(signalwire(script).rooms.list())
    assert caught.value.field == "data"
    assert str(caught.value) == "rooms_list: data: null (expected array)"


def test_null_links_in_a_page() -> None:
    script = Script(json_response(200, {"links": None, "data": []}))
    with pytest.raises(APIResponseValidationError) as caught:
        _ = signalwire(script).rooms.list().data
    assert caught.value.field == "links"


def test_invalid_item_in_a_page_names_the_item_field() -> None:
    script = Script(json_response(200, {"links": {"self": "/a", "first": "/a"}, "data": [room(), room(quality=None)]}))
    with pytest.raises(APIResponseValidationError) as caught:
        list(signalwire(script).rooms.list())
    assert caught.value.field == "data[1].quality"
    assert str(caught.value) == "rooms_list: data[1].quality: null (expected VideoQuality)"


def test_unknown_enum_values_and_extra_fields_are_kept() -> None:
    body = room(quality="4k", layout="spiral", brand_new_field={"a": 1})
    result = signalwire(Script(json_response(200, body))).rooms.get(ROOM_ID)
    assert result.quality == "4k" and result.quality.is_unknown
    assert result.layout == "spiral"
    assert result["brand_new_field"] == {"a": 1}
    round_trip = result.to_dict()
    assert round_trip["quality"] == "4k" and round_trip["brand_new_field"] == {"a": 1}


def test_nulls_where_the_contract_allows_them() -> None:
    result = signalwire(Script(json_response(200, room(remove_at=None, meta=None)))).rooms.get(ROOM_ID)
    assert result.remove_at is None and result.meta is None
    assert result.created_at.tzinfo is not None


def test_no_content_returns_none() -> None:
    script = Script(httpx.Response(204))
    signalwire(script).rooms.delete(uuid.UUID(ROOM_ID))
    assert script.requests[0].method == "DELETE"


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_every_error_status_raises_its_type(status: int, error_type: type[APIStatusError]) -> None:
    script = Script(json_response(status, {"error": "nope"}))
    with pytest.raises(error_type) as caught:
        signalwire(script, max_retries=0).rooms.get(ROOM_ID)
    assert type(caught.value) is error_type
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, APIError) and isinstance(caught.value, VideoconfError)


def test_signalwire_error_body_is_parsed_into_its_model() -> None:
    script = Script(json_response(404, {"error": "Room not found"}, {"x-request-id": "req-123"}))
    with pytest.raises(NotFoundError) as caught:
        signalwire(script).rooms.get(ROOM_ID)
    assert isinstance(caught.value.body, SignalWireError)
    assert caught.value.body.error == "Room not found"
    assert caught.value.request_id == "req-123"
    assert str(caught.value) == "rooms_get failed: 404 Not Found: Room not found"


def test_signalwire_validation_body_is_parsed_into_its_model() -> None:
    item = {
        "type": "validation_error",
        "code": "invalid_parameter",
        "message": "is too long",
        "attribute": "display_name",
        "url": "https://developer.signalwire.com/rest/overview/error-codes/#invalid_parameter",
    }
    script = Script(json_response(422, {"errors": [item]}, {"request-id": "r-9"}))
    with pytest.raises(UnprocessableEntityError) as caught:
        signalwire(script).rooms.create(name="standup")
    assert isinstance(caught.value.body, SignalWireValidationError)
    assert caught.value.body.errors[0].attribute == "display_name"
    assert caught.value.request_id == "r-9"
    assert str(caught.value) == "rooms_create failed: 422 Unprocessable Entity: display_name: is too long"


def test_whereby_error_bodies() -> None:
    script = Script(
        json_response(400, {"error": "Invalid body"}),
        json_response(429, {"error": "Too many requests", "data": {"msLeft": 10}}),
    )
    client = whereby(script, max_retries=0)
    with pytest.raises(BadRequestError) as bad:
        client.meetings.get("1")
    assert type(bad.value.body) is WherebyError
    with pytest.raises(RateLimitError) as limited:
        client.meetings.get("1")
    assert isinstance(limited.value.body, WherebyRateLimitError)


def test_error_bodies_that_match_no_model_are_kept_raw() -> None:
    script = Script(
        json_response(400, {"message": "different shape"}),
        json_response(400, ["a", "list"]),
        httpx.Response(401),
        httpx.Response(403, text="Forbidden: missing Video scope"),
    )
    client = signalwire(script)
    with pytest.raises(BadRequestError) as first:
        client.rooms.get(ROOM_ID)
    assert first.value.body == {"message": "different shape"}
    with pytest.raises(BadRequestError) as second:
        client.rooms.get(ROOM_ID)
    assert second.value.body == ["a", "list"]
    with pytest.raises(AuthenticationError) as third:
        client.rooms.get(ROOM_ID)
    assert third.value.body == "" and str(third.value) == "rooms_get failed: 401 Unauthorized"
    with pytest.raises(PermissionDeniedError) as fourth:
        client.rooms.get(ROOM_ID)
    assert str(fourth.value) == "rooms_get failed: 403 Forbidden: Forbidden: missing Video scope"


def test_html_error_page() -> None:
    script = Script(httpx.Response(502, content=HTML_PAGE, headers={"content-type": "text/html; charset=utf-8"}))
    with pytest.raises(InternalServerError) as caught:
        signalwire(script).rooms.create(name="standup")
    assert str(caught.value) == f"rooms_create failed: 502 Bad Gateway (text/html body of {len(HTML_PAGE)} bytes)"
    assert caught.value.body == HTML_PAGE.decode()
    assert script.attempts == 1


def test_success_status_other_than_documented_is_accepted() -> None:
    result = whereby(Script(json_response(200, meeting()))).meetings.create(end_date="2024-05-01T11:00:00Z")
    assert result.meeting_id == "12345678"
