"""The seam between the generated resource classes and the client that sends their requests (videoconf)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar, cast

from ._parsing import Drift

if TYPE_CHECKING:
    import httpx

    from ._response import APIResponse

T = TypeVar("T")
P = TypeVar("P")
R = TypeVar("R")
Params = ParamSpec("Params")

Cast = Callable[[Any, Drift], T]
"""Turns a decoded body into the result, reporting each disagreement with the contract to the drift receiver."""


class SyncPager(Protocol[T]):
    """Iterating yields every item across pages; `data` is the current page."""

    def __iter__(self) -> Iterator[T]: ...

    @property
    def data(self) -> list[T]: ...

    def iter_pages(self) -> Iterator[SyncPager[T]]: ...

    def has_next_page(self) -> bool: ...

    def get_next_page(self) -> SyncPager[T]: ...


class AsyncPager(Protocol[T]):
    """`async for` yields every item across pages; `await pager` loads the current page into `data`."""

    def __await__(self) -> Generator[Any, None, AsyncPager[T]]: ...

    async def get_page(self) -> AsyncPager[T]: ...

    def __aiter__(self) -> AsyncIterator[T]: ...

    @property
    def data(self) -> list[T]: ...

    def iter_pages(self) -> AsyncIterator[AsyncPager[T]]: ...

    def has_next_page(self) -> bool: ...

    async def get_next_page(self) -> AsyncPager[T]: ...


class Requester(Protocol):
    """Sends one operation, named by operationId, with raw values keyed by wire name (UNSET means not given).

    The per-call options are the caller's escape hatches: headers, query parameters and body fields the contract
    does not know (merged after validation; a body key the contract declares replaces that field), and a timeout.
    """

    def request(
        self,
        operation_id: str,
        cast: Cast[T],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> T: ...

    def paginate(
        self,
        operation_id: str,
        page: Cast[P],
        items: Callable[[P], list[T]],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> SyncPager[T]: ...


class AsyncRequester(Protocol):
    """The asyncio twin of Requester; `paginate` is not a coroutine, its pager is iterated with `async for`."""

    async def request(
        self,
        operation_id: str,
        cast: Cast[T],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> T: ...

    def paginate(
        self,
        operation_id: str,
        page: Cast[P],
        items: Callable[[P], list[T]],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncPager[T]: ...


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
