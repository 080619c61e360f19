"""The seam between the generated resource classes and the client that sends their requests (videoconf)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
P = TypeVar("P")


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
    """Sends one operation, named by operationId, with raw values keyed by wire name (UNSET means not given)."""

    def request(
        self,
        operation_id: str,
        cast: Callable[[Any], T],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> T: ...

    def paginate(
        self,
        operation_id: str,
        page: Callable[[Any], P],
        items: Callable[[P], list[T]],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
    ) -> SyncPager[T]: ...


class AsyncRequester(Protocol):
    """The asyncio twin of Requester; `paginate` is not a coroutine, its pager is iterated with `async for`."""

    async def request(
        self,
        operation_id: str,
        cast: Callable[[Any], T],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> T: ...

    def paginate(
        self,
        operation_id: str,
        page: Callable[[Any], P],
        items: Callable[[P], list[T]],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[T]: ...


def no_content(data: object) -> None:
    """The cast of operations that answer 204 with no body."""
    return None
