"""The sync and async clients mirror each other: the same public methods and properties with the same signatures on
the clients, their resources, their raw-response resources and their pages, differing only in being awaited (`async
def`, `async for`, `await page`)."""

from __future__ import annotations

import inspect
import re
from functools import cached_property
from typing import Any

import pytest

from videoconf import AsyncPage, AsyncPager, AsyncSignalWire, AsyncWhereby, SignalWire, SyncPage, SyncPager, Whereby

# The async spelling of a sync name, in member names and annotations; what the asyncio side adds on its own.
ASYNC_NAMES = {"__aiter__": "__iter__", "__aenter__": "__enter__", "__aexit__": "__exit__"}
ASYNC_ONLY = {"__await__"}
_ASYNC_WORDS = re.compile(r"\b(?:Async|Sync)(?=[A-Z])|\bAwaitable\[|\bCoroutine\[Any, Any, ")


def _annotation(text: str) -> str:
    """An annotation with its sync/async spelling removed: `AsyncPager[Room]` and `SyncPager[Room]` read `Pager[Room]`,
    `httpx.AsyncClient` reads `httpx.Client`, `AsyncIterator[...]` reads `Iterator[...]`."""
    return _ASYNC_WORDS.sub(lambda found: "" if found.group().startswith(("Async", "Sync")) else "[", text)


def _signature(member: Any) -> str:
    signature = inspect.signature(member)
    parameters = [
        f"{p.kind.name} {p.name}: {_annotation(str(p.annotation))} = {p.default!r}"
        for p in signature.parameters.values()
    ]
    return f"({', '.join(parameters)}) -> {_annotation(str(signature.return_annotation))}"


def surface(cls: type, instance: object | None = None) -> dict[str, str]:
    """The public members of a class (and the attributes an instance sets, for the raw-response resources), each
    with its normalised signature or annotation."""
    found: dict[str, str] = {}
    names = {*dir(cls), *(vars(instance) if instance is not None else ())}
    for name in sorted(names):
        if (name.startswith("_") and name not in ASYNC_NAMES and name not in {"__iter__", "__enter__", "__exit__"}) or (
            name in ASYNC_ONLY
        ):
            continue
        static = inspect.getattr_static(instance if instance is not None else cls, name, None)
        key = ASYNC_NAMES.get(name, name)
        if isinstance(static, property) and static.fget is not None:
            found[key] = "property -> " + _annotation(str(inspect.signature(static.fget).return_annotation))
        elif isinstance(static, cached_property):
            found[key] = "cached property -> " + _annotation(str(inspect.signature(static.func).return_annotation))
        elif callable(static) or isinstance(static, staticmethod | classmethod):
            found[key] = _signature(getattr(instance if instance is not None else cls, name))
        else:
            found[key] = "attribute"
    return found


def _resources(client: object) -> dict[str, object]:
    generated = next(klass for klass in type(client).__mro__ if klass.__name__.endswith("Resources"))
    return {
        name: getattr(client, name)
        for name, value in vars(generated).items()
        if isinstance(value, cached_property) and name != "with_raw_response"
    }


CLIENTS: list[tuple[Any, Any]] = [
    (SignalWire(project_id="p", token="t", space="x"), AsyncSignalWire(project_id="p", token="t", space="x")),
    (Whereby(api_key="k"), AsyncWhereby(api_key="k")),
]


def pairs() -> list[tuple[str, type, type, object | None, object | None]]:
    found: list[tuple[str, type, type, object | None, object | None]] = [
        ("pages", SyncPage, AsyncPage, None, None),
        ("pager protocols", SyncPager, AsyncPager, None, None),
    ]
    for sync, async_ in CLIENTS:
        found.append((type(sync).__name__, type(sync), type(async_), None, None))
        raws = (sync.with_raw_response, async_.with_raw_response)
        found.append((f"{type(sync).__name__}.with_raw_response", type(raws[0]), type(raws[1]), None, None))
        for name, resource in _resources(sync).items():
            twin = getattr(async_, name)
            found.append((f"{type(sync).__name__}.{name}", type(resource), type(twin), None, None))
            raw, raw_twin = getattr(sync.with_raw_response, name), getattr(async_.with_raw_response, name)
            found.append((f"{type(sync).__name__}.with_raw_response.{name}", type(raw), type(raw_twin), raw, raw_twin))
    return found


PAIRS = pairs()


@pytest.mark.parametrize(
    ("name", "sync", "async_", "sync_instance", "async_instance"), PAIRS, ids=[pair[0] for pair in PAIRS]
)
def test_the_async_twin_has_the_same_surface(
    name: str, sync: type, async_: type, sync_instance: object | None, async_instance: object | None
) -> None:
    ours, theirs = surface(sync, sync_instance), surface(async_, async_instance)
    assert ours, name
    assert ours == theirs, name


def test_every_pair_is_compared() -> None:
    names = [name for name, *_ in PAIRS]
    assert {"pages", "pager protocols", "SignalWire", "Whereby"} <= set(names)
    assert "SignalWire.rooms" in names and "Whereby.with_raw_response.meetings" in names
    assert len(names) == 2 + 2 * 2 + 2 * sum(len(_resources(sync)) for sync, _ in CLIENTS)


def test_only_awaiting_may_differ() -> None:
    class Sync:
        def get(self, key: str, /, *, timeout: float | None = None) -> SyncPager[int]:
            raise NotImplementedError

    class Async:
        async def get(self, key: str, /, *, timeout: float | None = None) -> AsyncPager[int]:
            raise NotImplementedError

    class Other:
        async def get(self, key: str, /, *, timeout: int | None = None) -> AsyncPager[int]:
            raise NotImplementedError

    assert surface(Sync) == surface(Async)
    assert surface(Sync) != surface(Other)
