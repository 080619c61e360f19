"""Model round-trip properties for every object schema: JSON drawn from the resolved contract parses and comes back."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from hypothesis import given

import videoconf._generated.models as models
from tests.specdata import python_view
from tests.strategies import from_schema, inline

SPEC = python_view()  # the models are generated from the Python view
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}([Tt]\d{2}:|$)")
# Multipart bodies carry binary parts, which have no JSON form to round-trip. An `allOf` is one model too.
MODELS = sorted(
    name
    for name, s in SCHEMAS.items()
    if (s.get("type") == "object" and "properties" in s or "allOf" in s) and "binary" not in str(s)
)


def _normalise(value: Any) -> Any:
    """What parsing documents as normalisation: date-times become the same instant in UTC with `Z`, and a date alone
    (accepted by `x-date-only` fields) is midnight UTC."""
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, str) and DATE_TIME.match(value):
        try:
            parsed = datetime.datetime.fromisoformat(value.upper())
        except ValueError:
            return value
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=datetime.UTC)
        return parsed.astimezone(datetime.UTC)
    return value


def test_every_model_is_walked() -> None:
    assert len(MODELS) >= 60


@pytest.mark.parametrize("name", MODELS)
def test_model_round_trips_json_drawn_from_its_schema(name: str) -> None:
    schema = inline(SCHEMAS[name])
    cls = getattr(models, name)

    @given(from_schema(schema))
    def roundtrip(data: dict[str, Any]) -> None:
        parsed = cls.from_dict(data)
        assert _normalise(parsed.to_dict()) == _normalise(data)

    roundtrip()
