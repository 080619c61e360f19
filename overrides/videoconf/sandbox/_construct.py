"""Request values made typed models without being checked again: the one request checker has judged them; this
only gives each value the Python type its generated pydantic model declares (nested models, lists, enums, dates,
UUIDs), following the model's annotations, so that handlers read typed attributes."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
import uuid
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from pydantic import AwareDatetime, BaseModel, RootModel

from videoconf._dates import is_date, is_date_time, parse_date, parse_date_time

__all__ = ["construct"]

_UNIONS = (typing.Union, types.UnionType)


def construct(model: type[BaseModel], data: Mapping[str, Any]) -> BaseModel:
    """An instance of `model` holding `data` (decoded and checked, keyed by wire name), built with
    `model_construct`: its fields set are those given, the others take their defaults."""
    fields = _fields(model)
    values = {}
    for key, value in data.items():
        found = fields.get(key)
        if found is not None:
            name, annotation = found
            values[name] = _typed(annotation, value)
        else:
            # A key the model does not declare: one the checker let through (an open object) is kept as extra.
            values[key] = value
    return model.model_construct(_fields_set=set(values) & set(model.model_fields), **values)


@cache
def _fields(model: type[BaseModel]) -> dict[str, tuple[str, Any]]:
    """Wire name -> (attribute, annotation) of a model's fields."""
    return {field.alias or name: (name, field.annotation) for name, field in model.model_fields.items()}


def _typed(annotation: Any, value: Any) -> Any:  # noqa: PLR0911 (one case per kind of annotation)
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _typed(typing.get_args(annotation)[0], value)
    if origin in _UNIONS:
        return _union(typing.get_args(annotation), value)
    if value is None:
        return None
    if origin is list and isinstance(value, list):
        (item,) = typing.get_args(annotation) or (Any,)
        return [_typed(item, element) for element in value]
    if isinstance(annotation, type):
        if issubclass(annotation, RootModel):
            return annotation.model_construct(_typed(annotation.model_fields["root"].annotation, value))
        if issubclass(annotation, BaseModel) and isinstance(value, dict):
            return construct(annotation, value)
        converter = _converter(annotation)
        if converter is not None:
            converted = converter(annotation, value)
            return value if converted is _NO else converted
    return value


class _No:
    """A value the annotation's type cannot hold (another branch of a union takes it)."""


_NO = _No()


def _enum_member(kind: type[enum.Enum], value: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return _NO


def _date_time(kind: type, value: Any) -> Any:
    return parse_date_time(value) if isinstance(value, str) and is_date_time(value) else _NO


def _date(kind: type, value: Any) -> Any:
    return parse_date(value) if isinstance(value, str) and is_date(value) else _NO


def _uuid(kind: type, value: Any) -> Any:
    try:
        return uuid.UUID(value) if isinstance(value, str) else _NO
    except ValueError:
        return _NO


_CONVERTERS: dict[Any, Callable[[Any, Any], Any]] = {
    AwareDatetime: _date_time,
    dt.datetime: _date_time,
    dt.date: _date,
    uuid.UUID: _uuid,
}


def _converter(annotation: type) -> Callable[[Any, Any], Any] | None:
    """How a text becomes a value of `annotation` (a date-time, a date, a UUID, an enum member), if it must."""
    return _CONVERTERS.get(annotation) or (_enum_member if issubclass(annotation, enum.Enum) else None)


def _fits(annotation: Any, value: Any) -> bool:
    """Whether a union's branch takes `value` as it is typed (the checker has already judged its rules)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _fits(typing.get_args(annotation)[0], value)
    if origin is typing.Literal:
        return value in typing.get_args(annotation)
    if origin is list or origin is dict:
        return isinstance(value, origin)
    if annotation is type(None):
        return value is None
    if annotation is Any:
        return True
    if not isinstance(annotation, type):
        return False
    if issubclass(annotation, RootModel):
        return _fits(annotation.model_fields["root"].annotation, value)
    if issubclass(annotation, BaseModel):
        return isinstance(value, dict)
    converter = _converter(annotation)
    if converter is not None:
        return converter(annotation, value) is not _NO
    if annotation is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, annotation)


def _union(branches: tuple[Any, ...], value: Any) -> Any:
    # The most particular reading first (a date-time, a date, a UUID, an enum member, a model), text last.
    ordered = sorted(branches, key=lambda branch: branch in (str, bytes))
    for branch in ordered:
        if _fits(branch, value):
            return _typed(branch, value)
    return value
