"""The templates print the plans (generator/methods.py, generator/fields.py, generator/python_client.py): each names
no variable but `plan`, and no plan holds an object of openapi-python-client's parser for a template to plan from."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest
from jinja2 import meta
from openapi_python_client import TEMPLATE_FILTERS

from generator import python_client
from tests.specdata import ROOT, plans

TEMPLATES = ROOT / "overrides" / "templates"
OURS = sorted(TEMPLATES.glob("*.jinja"))


def names_read(source: str) -> set[str]:
    """The variables a template reads that it does not define itself (its inputs)."""
    env = jinja2.Environment(extensions=["jinja2.ext.loopcontrols"])
    # The filters openapi-python-client's environment has (printing helpers: escaping, wrapping).
    env.filters.update(TEMPLATE_FILTERS)
    return meta.find_undeclared_variables(env.parse(source))


@pytest.mark.parametrize("template", OURS, ids=lambda path: path.name)
def test_a_template_reads_nothing_but_its_plan(template: Path) -> None:
    assert names_read(template.read_text(encoding="utf-8")) <= {"plan"}, template.name


def test_the_generator_renders_these_templates_and_no_other_of_its_own() -> None:
    assert {path.name for path in OURS} == set(python_client.OURS)
    assert not (TEMPLATES / "property_templates").exists()


def test_a_template_that_plans_is_caught() -> None:
    planning = "{% for p in model.required_properties %}{{ p.get_type_string() }}{% endfor %}{{ plan.cls }}"
    assert names_read(planning) == {"model", "plan"}
    assert names_read("{% set x = plan.fields %}{% for f in x %}{{ f.declaration }}{% endfor %}") == {"plan"}


def _walk(value: object, seen: set[int]) -> Iterator[object]:
    if id(value) in seen:
        return
    seen.add(id(value))
    yield value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(key, seen)
            yield from _walk(item, seen)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _walk(item, seen)
    elif dataclasses.is_dataclass(value) or hasattr(value, "__dict__"):
        for item in vars(value).values():
            yield from _walk(item, seen)


def test_no_plan_holds_a_parser_object() -> None:
    found = list(_walk(plans(), set()))
    assert len(found) > 5_000
    parser = "openapi_python_client"
    assert {type(value).__qualname__ for value in found if type(value).__module__.startswith(parser)} == set()
    # The plans are plain data: text, numbers, flags, and the plan classes that hold them.
    kinds = {type(value).__module__ for value in found}
    assert kinds <= {"builtins", "generator.fields", "generator.methods", "generator.python_client"}, kinds
