"""Beta features are marked `x-beta` in the contract and say so wherever users read about them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from tests.specdata import load
from videoconf._generated.api.whereby_meetings import WherebyMeetings
from videoconf._generated.api.whereby_summaries import WherebySummaries
from videoconf._generated.models import CreateMeetingRequest, Meeting, MeetingLiveTranscriptionSettings

BETA_WORDS = re.compile(r"\b(closed|open) beta\b", re.I)


def _marked(node: object, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "x-beta" in node:
            yield where, node
        for key, value in node.items():
            yield from _marked(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _marked(value, f"{where}/{index}")


def test_every_beta_marker_is_true_and_its_description_names_the_beta() -> None:
    marked = dict(_marked(load("generated/openapi.yaml")))
    assert marked
    for where, node in marked.items():
        assert node["x-beta"] is True, where
        assert BETA_WORDS.search(node.get("description", "")), where


def test_the_documented_betas_are_marked() -> None:
    spec = load("generated/openapi.yaml")
    schemas = spec["components"]["schemas"]
    for path in ("/summaries", "/summaries/{summaryId}"):
        for method, operation in spec["paths"][path].items():
            if method in ("get", "post", "delete"):
                assert operation.get("x-beta") is True, (method, path)
    assert spec["webhooks"]["assistant.requested"]["post"]["x-beta"] is True
    assert schemas["CreateMeetingRequest"]["properties"]["isDialInEnabled"]["x-beta"] is True
    assert schemas["MeetingDialIn"]["x-beta"] is True
    assert schemas["MeetingRoomPreferences"]["properties"]["dialIn"]["x-beta"] is True
    assert schemas["MeetingLiveTranscriptionSettings"]["properties"]["liveCaptions"]["x-beta"] is True


def test_python_docstrings_say_which_features_are_betas() -> None:
    for method in (WherebySummaries.create, WherebySummaries.list, WherebySummaries.get, WherebySummaries.delete):
        assert BETA_WORDS.search(method.__doc__ or ""), method
    create_doc = WherebyMeetings.create.__doc__ or ""
    assert re.search(r"is_dial_in_enabled[^\n]*\n?[^\n]*Closed beta", create_doc), create_doc
    assert re.search(r"dial_in \(MeetingDialIn \| Unset\): Closed beta", Meeting.__doc__ or "")
    assert "Closed beta" in (CreateMeetingRequest.__doc__ or "")
    assert "Open beta" in (MeetingLiveTranscriptionSettings.__doc__ or "")
