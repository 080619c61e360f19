"""The seam between the generated resource classes and the client that sends their requests (videoconf)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar, cast

from ._parsing import Drift
from ._request import prepare

if TYPE_CHECKING:
    from ._request import PreparedRequest
    from ._response import APIResponse

__all__ = [
    "AsyncPager",
    "AsyncRequester",
    "Cast",
    "Requester",
    "SyncPager",
    "async_raw_pager",
    "async_raw_response",
    "no_content",
    "prepare",
    "raw_response",
]

T = TypeVar("T")
P = TypeVar("P")
R = TypeVar("R")
Params = ParamSpec("Params")

Cast = Callable[[Any, Drift], T]
"""Turns a decoded body into the result, reporting each disagreement with the contract to the drift receiver."""


class SyncPager(Protocol[T]):
    """Iterating yields every item across pages; `data` is the current page. Nothing is sent before first use."""

    def __iter__(self) -> Iterator[T]: ...

    def get_page(self) -> SyncPager[T]:
        """Loads this page (once) and returns it."""
        ...

    @property
    def data(self) -> list[T]:
        """The items of this page only (loading it first if needed)."""
        ...

    def iter_pages(self) -> Iterator[SyncPager[T]]:
        """This page, then each following page, each fetched when it is first used."""
        ...

    def has_next_page(self) -> bool:
        """Whether another page follows this one (loading this page first if needed)."""
        ...

    def get_next_page(self) -> SyncPager[T]:
        """The following page, loaded; raises `RuntimeError` on the last page."""
        ...


class AsyncPager(Protocol[T]):
    """`async for` yields every item across pages; `await pager` loads the current page into `data`."""

    def __await__(self) -> Generator[Any, None, AsyncPager[T]]: ...

    async def get_page(self) -> AsyncPager[T]:
        """Loads this page (once) and returns it."""
        ...

    def __aiter__(self) -> AsyncIterator[T]: ...

    @property
    def data(self) -> list[T]:
        """The items of this page only (after it is loaded)."""
        ...

    def iter_pages(self) -> AsyncIterator[AsyncPager[T]]:
        """This page, then each following page, each loaded."""
        ...

    def has_next_page(self) -> bool:
        """Whether another page follows this one (after it is loaded)."""
        ...

    async def get_next_page(self) -> AsyncPager[T]:
        """The following page, loaded; raises `RuntimeError` on the last page."""
        ...


class Requester(Protocol):
    """Sends one prepared request (`videoconf._request.prepare`: the operation, its arguments checked and encoded,
    the per-call options applied) and makes its result with `cast`; a list's pages are sent when first used."""

    def request(self, request: PreparedRequest, cast: Cast[T]) -> T: ...

    def paginate(self, request: PreparedRequest, page: Cast[P], items: Callable[[P], list[T]]) -> SyncPager[T]: ...


class AsyncRequester(Protocol):
    """The asyncio twin of Requester; `paginate` is not a coroutine, its pager is iterated with `async for`."""

    async def request(self, request: PreparedRequest, cast: Cast[T]) -> T: ...

    def paginate(self, request: PreparedRequest, page: Cast[P], items: Callable[[P], list[T]]) -> AsyncPager[T]: ...


def no_content(data: object, drift: Drift) -> None:
    """The cast of operations that answer 204 with no body."""
    return None


# The `...WithRawResponse` classes hold the methods of a resource built on a requester that answers `APIResponse`
# objects (the client's raw requester): at run time these return the method unchanged; they only say so to the
# type checker, so that `sw.with_raw_response.rooms.get(...)` is an `APIResponse[Room]` with the same parameters.


def raw_response(method: Callable[Params, R]) -> Callable[Params, APIResponse[R]]:
    return cast("Callable[Params, APIResponse[R]]", method)


def async_raw_response(method: Callable[Params, Awaitable[R]]) -> Callable[Params, Awaitable[APIResponse[R]]]:
    return cast("Callable[Params, Awaitable[APIResponse[R]]]", method)


def async_raw_pager(
    method: Callable[Params, AsyncPager[T]],
) -> Callable[Params, Awaitable[APIResponse[AsyncPager[T]]]]:
    # A raw list call sends its first request at once (the plain one waits for iteration), so it is awaited.
    return cast("Callable[Params, Awaitable[APIResponse[AsyncPager[T]]]]", method)
