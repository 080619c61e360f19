"""What users read: every resource method's Google-style docstring, as griffe (mkdocstrings) parses it, and readable
signatures. Parametrised over every generated method, sync and async."""

from __future__ import annotations

import copy
import datetime
import enum
import importlib
import inspect
import pickle
import pkgutil
import re
import tempfile
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import griffe
import pytest

import videoconf
import videoconf._generated.api
import videoconf._generated.models as models
from generator import package
from tests.specdata import MAINTAINER_WORDS
from videoconf._generated._operations import OPERATIONS
from videoconf._generated.types import UNSET


def _load_generated() -> griffe.Module:
    # griffe reads source, so it reads the package as the wheel lays it out (both trees in one folder).
    with tempfile.TemporaryDirectory() as tmp:
        loaded = griffe.load(
            "videoconf._generated", search_paths=[package.merged(Path(tmp))], docstring_parser="google"
        )
    assert isinstance(loaded, griffe.Module)
    return loaded


PACKAGE = _load_generated()


def _resource_classes() -> list[type]:
    classes: list[type] = []
    for info in pkgutil.iter_modules(videoconf._generated.api.__path__):
        module = importlib.import_module(f"videoconf._generated.api.{info.name}")
        classes.extend(getattr(module, name) for name in module.__all__)
    return classes


METHODS: list[tuple[type, str]] = [
    (cls, name)
    for cls in _resource_classes()
    for name, _ in inspect.getmembers(cls, inspect.isfunction)
    if name[0] != "_"
]
IDS = [f"{cls.__name__}.{name}" for cls, name in METHODS]


def _sections(cls: type, name: str) -> dict[str, list[Any]]:
    function = PACKAGE[f"{cls.__module__.removeprefix('videoconf._generated.')}.{cls.__name__}.{name}"]
    assert function.docstring is not None, f"{cls.__name__}.{name} has no docstring"
    return {section.kind.value: section.value for section in function.docstring.parsed}


def _hints(cls: type, name: str) -> dict[str, Any]:
    function = getattr(cls, name)
    return typing.get_type_hints(function, vars(inspect.getmodule(function)))


def _leaves(hint: Any) -> list[Any]:
    """The types a parameter accepts, unions and Sequence[...] unpacked."""
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union) or (origin is not None and typing.get_args(hint)):
        return [leaf for arg in typing.get_args(hint) for leaf in _leaves(arg)]
    return [hint]


def test_every_resource_method_was_found() -> None:
    # One method per operation in a sync and an async class, plus get_by_name on both rooms classes.
    assert len(METHODS) == 2 * (len(OPERATIONS) + 1)


@pytest.mark.parametrize(("cls", "name"), METHODS, ids=IDS)
def test_args_section_documents_exactly_the_signature(cls: type, name: str) -> None:
    params = [p for p in inspect.signature(getattr(cls, name)).parameters if p != "self"]
    documented = [p.name for p in _sections(cls, name).get("parameters", [])]
    assert documented == params, f"Args: {documented} != signature {params}"
    for param in _sections(cls, name).get("parameters", []):
        assert len(param.description) > 10, f"{name}({param.name}): {param.description!r} says nothing"


@pytest.mark.parametrize(("cls", "name"), METHODS, ids=IDS)
def test_returns_and_raises_sections(cls: type, name: str) -> None:
    sections = _sections(cls, name)
    (returned,) = sections["returns"]
    assert returned.description
    assert str(returned.annotation) == str(inspect.signature(getattr(cls, name)).return_annotation)
    raised = [str(entry.annotation) for entry in sections["raises"]]
    assert raised == ["ValidationError", "APIStatusError", "APIConnectionError", "APIResponseValidationError"]
    for exception in raised:
        assert issubclass(getattr(videoconf, exception), videoconf.VideoconfError)


@pytest.mark.parametrize(("cls", "name"), METHODS, ids=IDS)
def test_list_methods_say_they_auto_paginate(cls: type, name: str) -> None:
    returns = str(inspect.signature(getattr(cls, name)).return_annotation)
    description = _sections(cls, name)["returns"][0].description
    paged = "Pager[" in returns
    assert ("auto-paginates" in description) == paged
    if paged:
        assert ".iter_pages()" in description and ".data" in description
        assert ("async for" in description) == cls.__name__.startswith("Async")


def _enum_args(cls: type, name: str) -> list[tuple[str, type[enum.Enum]]]:
    return [
        (param, leaf)
        for param, hint in _hints(cls, name).items()
        for leaf in _leaves(hint)
        if isinstance(leaf, type) and issubclass(leaf, enum.Enum)
    ]


ENUM_ARGS = [(cls, name) for cls, name in METHODS if _enum_args(cls, name)]


def test_enum_arguments_exist() -> None:
    assert len(ENUM_ARGS) >= 20


@pytest.mark.parametrize(("cls", "name"), ENUM_ARGS, ids=[f"{c.__name__}.{n}" for c, n in ENUM_ARGS])
def test_enum_arguments_list_or_name_their_values(cls: type, name: str) -> None:
    docs = {p.name: p.description for p in _sections(cls, name)["parameters"]}
    for param, enum_type in _enum_args(cls, name):
        text = " ".join(docs[param].split())
        values = [member.value for member in enum_type]
        listed = all(f"`{value}`" in text for value in values)
        named = f"the {len(values)} `{enum_type.__name__}` values" in text
        assert listed or named, f"{name}({param}) neither lists nor names the values of {enum_type.__name__}: {text}"


@pytest.mark.parametrize(("cls", "name"), METHODS, ids=IDS)
def test_date_time_arguments_say_a_date_alone_means_midnight_utc(cls: type, name: str) -> None:
    docs = {p.name: " ".join(p.description.split()) for p in _sections(cls, name).get("parameters", [])}
    for param, hint in _hints(cls, name).items():
        if datetime.datetime in _leaves(hint):
            assert "midnight UTC" in docs[param], f"{name}({param}): {docs[param]}"
            assert "naive" in docs[param]


def _public_callables() -> list[tuple[str, Callable[..., Any]]]:
    found: list[tuple[str, Callable[..., Any]]] = [(f"{c.__name__}.{n}", getattr(c, n)) for c, n in METHODS]
    for client in (videoconf.SignalWire, videoconf.AsyncSignalWire, videoconf.Whereby, videoconf.AsyncWhereby):
        found.append((client.__name__, client))
        found += [(f"{client.__name__}.{n}", f) for n, f in inspect.getmembers(client, inspect.isfunction)]
    for model_name in models.__all__:
        model = getattr(models, model_name)
        found.append((model_name, model))
        if hasattr(model, "from_dict"):
            found.append((f"{model_name}.from_dict", model.from_dict))
    return found


def test_no_signature_shows_an_object_address() -> None:
    shown = {name: str(inspect.signature(function)) for name, function in _public_callables()}
    assert len(shown) > 300
    assert [name for name, text in shown.items() if re.search(r"object at 0x", text)] == []
    assert "display_name: 'str | Unset' = UNSET" in shown["SignalWireRooms.create"]
    assert "= UNSET" in shown["Room"]


def test_unset_is_one_readable_sentinel() -> None:
    assert repr(UNSET) == str(UNSET) == "UNSET"
    assert not UNSET
    assert copy.copy(UNSET) is UNSET and copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert "display_name=UNSET" in repr(models.CreateRoomRequest(name="standup"))


def test_no_docstring_users_read_speaks_of_the_vendors_specs() -> None:
    objects: list[griffe.Object] = []

    def walk(obj: griffe.Object | griffe.Alias) -> None:
        # Aliases are imports; what they point to is walked where it is defined.
        if isinstance(obj, griffe.Object):
            objects.append(obj)
            for member in obj.members.values():
                walk(member)

    walk(PACKAGE)
    docstrings = {obj.path: obj.docstring.value for obj in objects if obj.docstring}
    assert len(docstrings) > 300  # every model, enum and resource method: the walk reached them
    offending = {path: MAINTAINER_WORDS.search(text) for path, text in docstrings.items()}
    assert {path: match.group() for path, match in offending.items() if match} == {}
