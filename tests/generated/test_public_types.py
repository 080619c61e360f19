"""`videoconf.types`: every model, enum and webhook event class of the generated package, and the page types."""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil

import attrs
import httpx
from openapi_python_client.strings import ClassName

import videoconf
import videoconf._generated.models
import videoconf.types
from tests.specdata import python_view
from videoconf import webhooks
from videoconf.types import PaginationLinks, Room, SyncPage, WherebyRoomClientJoinedEvent


def _generated_classes() -> dict[str, type]:
    """Every attrs model and enum defined in a module of the generated models package, found by walking it."""
    found: dict[str, type] = {}
    for info in pkgutil.iter_modules(videoconf._generated.models.__path__, "videoconf._generated.models."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if inspect.isclass(value) and value.__module__ == module.__name__:
                if attrs.has(value) or issubclass(value, enum.Enum):
                    found[name] = value
    return found


def test_every_generated_model_enum_and_event_is_importable_from_videoconf_types() -> None:
    classes = _generated_classes()
    assert len(classes) > 100, "the walk found the generated models"
    missing = sorted(name for name, cls in classes.items() if getattr(videoconf.types, name, None) is not cls)
    assert not missing
    assert set(classes) <= set(videoconf.types.__all__)


def test_every_object_and_enum_schema_of_the_contract_has_its_type_there() -> None:
    # Schemas of a plain string (RoomName) or a union of models (LogEntry) become no class of their own.
    schemas = python_view()["components"]["schemas"]
    typed = [name for name, schema in schemas.items() if "enum" in schema or schema.get("type") == "object"]
    assert len(typed) > 100
    assert not sorted(name for name in typed if not hasattr(videoconf.types, ClassName(name, "")))


def test_every_webhook_event_type_and_the_unknown_event_are_there() -> None:
    for model in webhooks.WHEREBY_EVENT_TYPES.values():
        assert getattr(videoconf.types, model.__name__) is model
    assert videoconf.types.UnknownWherebyEvent is webhooks.UnknownWherebyEvent
    assert WherebyRoomClientJoinedEvent is webhooks.WherebyRoomClientJoinedEvent


def test_everything_listed_is_there() -> None:
    assert len(set(videoconf.types.__all__)) == len(videoconf.types.__all__)
    assert all(hasattr(videoconf.types, name) for name in videoconf.types.__all__)


def test_page_types_also_from_the_top_level_package_and_a_list_returns_one() -> None:
    for name in ("SyncPage", "AsyncPage", "SyncPager", "AsyncPager"):
        assert name in videoconf.__all__ and getattr(videoconf, name) is getattr(videoconf.types, name)
    empty = {"links": {"self": "https://x/a", "first": "https://x/a"}, "data": []}
    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json=empty)))
    with videoconf.SignalWire(space="example", project_id="p", token="t", http_client=http) as sw:
        page = sw.rooms.list()
        assert isinstance(page, SyncPage) and isinstance(page, videoconf.SyncPage)
    links: PaginationLinks = PaginationLinks.from_dict({"self": "https://x/a", "first": "https://x/a"})
    assert links.to_dict() == {"self": "https://x/a", "first": "https://x/a"}
    assert "Room" in videoconf.types.__all__ and Room is videoconf._generated.models.Room
