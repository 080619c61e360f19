"""An error body is read through the error models of the contract: the message and the wait come from where the
model says they are (the contract's `x-error-message`, `x-error-field` and `x-retry-after`), never from code that
knows a vendor's body."""

from __future__ import annotations

from collections.abc import Mapping
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from videoconf import RateLimitError
from videoconf._answer import ErrorBody
from videoconf._operation import ErrorModel, ErrorText, ErrorWait

from .support import Script, Sleeps, json_response, whereby


def _reading(data: Mapping[str, Any]) -> object:
    """A model of a made-up error shape: `{"problems": [{"say": ..., "on": ...}], "later": {"s": ...}}`."""
    problems = [SimpleNamespace(say=item["say"], on=item.get("on")) for item in data["problems"]]
    return SimpleNamespace(problems=problems, later=SimpleNamespace(s=data.get("later", {}).get("s")))


MARKED = ErrorModel(
    "Problems", _reading, texts=(ErrorText(("problems",), "say", "on"),), wait=ErrorWait(("later", "s"), 0.5)
)
UNMARKED = ErrorModel("Problems", _reading)
BODY = {"problems": [{"say": "too long", "on": "name"}, {"say": "try later"}], "later": {"s": 8}}


def test_the_message_and_the_wait_are_where_the_model_marks_them() -> None:
    response = httpx.Response(429, json=BODY)
    body = ErrorBody(response, (MARKED,))
    assert body.model is MARKED and body.detail(response) == "name: too long; try later"
    assert body.wait() == 4.0  # 8 units of half a second


def test_without_marks_the_same_body_says_nothing() -> None:
    response = httpx.Response(429, json=BODY)
    body = ErrorBody(response, (UNMARKED,))
    assert body.detail(response) == "" and body.wait() is None


def test_a_body_no_model_reads_is_kept_as_decoded() -> None:
    response = httpx.Response(400, json={"other": "shape"})
    body = ErrorBody(response, (MARKED,))
    assert body.model is None and body.body == {"other": "shape"} and body.detail(response) == ""


def test_whereby_waits_as_long_as_its_rate_limit_body_says() -> None:
    # `data.msLeft`, marked `x-retry-after: milliseconds` in the contract's WherebyRateLimitError.
    sleeps = Sleeps()
    script = Script(json_response(429, {"error": "slow down", "data": {"msLeft": 1500}}), json_response(429, {}))
    client = whereby(script, sleeps, max_retries=1)
    with pytest.raises(RateLimitError) as caught:
        client.meetings.get("12345678")
    assert sleeps == [1.5] and script.attempts == 2
    assert str(caught.value) == "meetings_get failed: 429 Too Many Requests after 2 attempts"
