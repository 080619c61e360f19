"""The sandbox checks a request once, with the request checker the client uses too: each path parameter, query
parameter and body is judged by it one time, and no generated pydantic model validates it again (the models only give
the checked values their types)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pydantic import BaseModel

from videoconf._schema_check import violations as real_violations
from videoconf.sandbox import running_sandbox
from videoconf.sandbox._construct import construct
from videoconf.sandbox._schemas._endpoints import ENDPOINTS

from .conftest import signalwire_client


class Counting:
    """Stands for a pydantic model's validator and counts what it is asked to validate."""

    def __init__(self, inner: Any, calls: list[str], name: str) -> None:
        self._inner, self._calls, self._name = inner, calls, name

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("validate"):
            self._calls.append(f"{self._name}.{attribute}")
        return getattr(self._inner, attribute)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[list[object], list[str]]]:
    checked: list[object] = []
    validated: list[str] = []

    def violations(value: object, schema: Any, path: Any = ()) -> Any:
        checked.append(value)
        return real_violations(value, schema, path)

    monkeypatch.setattr("videoconf.sandbox._validation.violations", violations)
    models: set[type[BaseModel]] = set()
    for entry in ENDPOINTS.values():
        models |= {*([entry["query"]] if entry["query"] else []), *entry["bodies"].values()}
    for model in models:
        monkeypatch.setattr(
            model, "__pydantic_validator__", Counting(model.__pydantic_validator__, validated, model.__name__)
        )
    yield checked, validated


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    """A SignalWire client of a sandbox of this test's own, served in this process (its seed data already made)."""
    with running_sandbox() as sandbox, signalwire_client(sandbox) as client:
        yield client


def test_each_part_of_a_request_is_checked_once_and_never_validated_again(
    http: httpx.Client, counted: tuple[list[object], list[str]]
) -> None:
    checked, validated = counted
    created = http.post("/api/video/rooms", json={"name": "once", "max_members": 5.0, "join_from": "2024-05-01"})
    assert created.status_code == 200, created.text
    room = created.json()
    # The body, once; the handler read typed values (5.0 as the integer it means, the date as its midnight UTC).
    assert checked == [{"name": "once", "max_members": 5.0, "join_from": "2024-05-01"}]
    assert room["max_members"] == 5 and room["join_from"] == "2024-05-01T00:00:00Z"
    checked.clear()
    updated = http.put(f"/api/video/rooms/{room['id']}", json={"display_name": "Once"})
    assert updated.status_code == 200 and updated.json()["display_name"] == "Once"
    assert checked == [room["id"], {"display_name": "Once"}]
    checked.clear()
    listed = http.get("/api/video/rooms", params={"page_size": "5", "include_active_session": "true"})
    assert listed.status_code == 200 and len(listed.json()["data"]) <= 5
    assert sorted(map(str, checked)) == ["5", "True"]
    checked.clear()
    refused = http.post("/api/video/rooms", json={"name": "no spaces"})
    assert refused.status_code == 422 and "name" in refused.text and len(checked) == 1
    # Not one request model was validated by pydantic on the way.
    assert validated == []


def test_the_count_sees_a_second_check(
    http: httpx.Client, counted: tuple[list[object], list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # What the test above would see if a reader validated the model after the checker.
    checked, validated = counted

    def validating(model: type[BaseModel], data: Any) -> BaseModel:
        model.model_validate(data)
        return construct(model, data)

    monkeypatch.setattr("videoconf.sandbox._validation.construct", validating)
    http.post("/api/video/rooms", json={"name": "twice"})
    assert checked and validated == ["CreateRoomRequest.validate_python"]
