"""Auto-paginating page objects: SignalWire's `links.next` and Whereby's `cursor`, each ending on a repeat.

A page is sent when it is first used (iterated, awaited, read), never at the call that makes it, alike for the
blocking and the asyncio clients; it reaches its requester only through the requester's public seam: `send`, `answers`
and `base_url`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeVar
from urllib.parse import unquote

import httpx

from ._credentials import link_target
from ._drift import DriftEvent, report_drift
from ._exceptions import VideoconfError
from ._parsing import Drift, describe, json_type

if TYPE_CHECKING:
    from ._answer import Answers
    from ._request import PreparedRequest

__all__ = ["AsyncPage", "SyncPage"]

T = TypeVar("T")

ItemsParser = Callable[[Any, Drift], list[T]]


class _Reader(Protocol):
    """What a page reads of its requester besides sending."""

    @property
    def answers(self) -> Answers: ...

    @property
    def base_url(self) -> str: ...


class SyncSender(_Reader, Protocol):
    def send(self, request: PreparedRequest) -> httpx.Response: ...


class AsyncSender(_Reader, Protocol):
    async def send(self, request: PreparedRequest) -> httpx.Response: ...


@dataclass(frozen=True)
class _Loaded(Generic[T]):
    items: list[T]
    next_request: PreparedRequest | None
    next_token: str | None


def _read_page(
    requester: _Reader,
    request: PreparedRequest,
    response: httpx.Response,
    parse_items: ItemsParser[T],
    seen: frozenset[str],
) -> _Loaded[T]:
    answers = requester.answers
    data = answers.decode(request, response)
    items = answers.parse(request, response, parse_items, data)
    paging = request.operation.paging
    if paging is None:
        raise VideoconfError(f"{request.operation.id} is not a paginated operation")
    envelope = data if isinstance(data, dict) else {}
    token: str | None
    if paging.style == "links":
        links = envelope.get("links")
        token = _token(answers, request, response, links.get("next") if isinstance(links, dict) else None, "links.next")
        # A next link equal to this page's own link would fetch the same page forever.
        if token is not None and isinstance(links, dict) and token == links.get("self"):
            token = None
    else:
        token = _token(answers, request, response, envelope.get("cursor"), "cursor")
    if token is None or token in seen or not items:
        # An empty page or a token seen before means the server has nothing new: stop instead of looping.
        return _Loaded(items, None, None)
    if paging.style == "links":
        next_request = _follow_link(requester, request, response, token)
    else:
        next_request = request.with_query({"cursor": token})
    return _Loaded(items, next_request, token)


def _follow_link(requester: _Reader, request: PreparedRequest, response: httpx.Response, link: str) -> PreparedRequest:
    """The request for the page a `links.next` names, on the configured host.

    A link to another path would parse another list as this one, so strict mode refuses it. Tolerant mode takes the
    link's query (the cursor) to this operation's own path and records a drift event: a live API whose links carry a
    prefix, a trailing slash or a canonical collection path still yields every page. A link that names another host,
    or that has no query to carry over, is refused in both modes.
    """
    answers = requester.answers
    try:
        path, query = link_target(requester.base_url, link)
    except ValueError as error:
        raise answers.page_error(request, response, f"links.next {error}", "links.next") from None
    if path == request.path or unquote(path) == unquote(request.path):
        return request.with_target(path, query)
    refusal = f"links.next points to {path!r}, not to this operation's path {request.path!r}"
    if answers.strict:
        raise answers.page_error(request, response, refusal, "links.next")
    if not query:
        raise answers.page_error(request, response, f"{refusal}, and has no query to follow on it", "links.next")
    operation = request.operation
    pointer = operation.paging.links_pointer if operation.paging else None
    report_drift(DriftEvent(operation.id, "links.next", "other_path", operation.path, "string", pointer=pointer))
    return request.with_target(request.path, query)


def _token(
    answers: Answers, request: PreparedRequest, response: httpx.Response, value: object, field: str
) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        # Tolerant or not, a token that is no string cannot lead to the next page: the list would end unnoticed.
        raise answers.page_error(request, response, describe(field, "wrong_type", "string", json_type(value)), field)
    return value


class _PageBase(Generic[T]):
    """What both page types share: the request of this page, how to read its items, the tokens seen so far."""

    _loaded: _Loaded[T] | None

    def __init__(
        self,
        requester: _Reader,
        request: PreparedRequest,
        parse_items: ItemsParser[T],
        seen: frozenset[str] = frozenset(),
    ) -> None:
        self._requester = requester
        self._request = request
        self._parse_items = parse_items
        # Tokens that led to this page; each page has its own set so iterating twice starts afresh.
        self._seen = seen
        self._loaded = None

    def __repr__(self) -> str:
        state = "not loaded" if self._loaded is None else f"{len(self._loaded.items)} items"
        return f"{type(self).__name__}({self._request.operation_id!r}, {state})"

    def accept(self, response: httpx.Response) -> Self:
        """Reads a response to this page's request (from `fetch`) into the page, and returns the page."""
        self._loaded = _read_page(self._requester, self._request, response, self._parse_items, self._seen)
        return self

    def _next_page(self, loaded: _Loaded[T]) -> Self:
        if loaded.next_request is None or loaded.next_token is None:
            raise RuntimeError("there is no next page; check has_next_page() first")
        return type(self)(self._requester, loaded.next_request, self._parse_items, self._seen | {loaded.next_token})


class SyncPage(_PageBase[T]):
    """One page of a list; iterating it yields every item of this and the following pages.

    Calling `list()` sends nothing: this page is fetched when it is first used (iterated, or `data`,
    `has_next_page()` or `get_page()` read), each following page when iteration reaches it.
    """

    _requester: SyncSender

    def get_page(self) -> SyncPage[T]:
        """Loads this page (once) and returns it."""
        if self._loaded is None:
            self.accept(self.fetch())
        return self

    def fetch(self) -> httpx.Response:
        """Sends this page's request; `accept` then reads the response into the page."""
        return self._requester.send(self._request)

    @property
    def data(self) -> list[T]:
        """The items of this page only (loading it first if needed)."""
        return self._state().items

    def has_next_page(self) -> bool:
        """Whether another page follows this one (loading this page first if needed)."""
        return self._state().next_request is not None

    def get_next_page(self) -> SyncPage[T]:
        """The following page, loaded; raises `RuntimeError` on the last page."""
        return self._next_page(self._state()).get_page()

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page, then each following page, each fetched when it is first used."""
        page = self
        yield page
        while page.has_next_page():
            # Not loaded yet: the page before is let go before this one is fetched, so that a long list holds one
            # page at a time.
            page = page._next_page(page._state())
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data

    def _state(self) -> _Loaded[T]:
        loaded = self.get_page()._loaded
        assert loaded is not None
        return loaded


class AsyncPage(_PageBase[T]):
    """One page of a list for the async clients; `async for` yields every item of this and the following pages.

    Calling `list()` sends nothing: this page is fetched when it is first used (`async for`, `await page` or
    `await page.get_page()`), each following page when iteration reaches it; `data` and `has_next_page()` read a
    loaded page.
    """

    _requester: AsyncSender

    async def get_page(self) -> AsyncPage[T]:
        """Loads this page (once) and returns it."""
        if self._loaded is None:
            self.accept(await self.fetch())
        return self

    async def fetch(self) -> httpx.Response:
        """Sends this page's request; `accept` then reads the response into the page."""
        return await self._requester.send(self._request)

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self.get_page().__await__()

    @property
    def data(self) -> list[T]:
        """The items of this page only (after it is loaded)."""
        return self._state().items

    def has_next_page(self) -> bool:
        """Whether another page follows this one (after it is loaded)."""
        return self._state().next_request is not None

    async def get_next_page(self) -> AsyncPage[T]:
        """The following page, loaded; raises `RuntimeError` on the last page."""
        await self.get_page()
        return await self._next_page(self._state()).get_page()

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page, then each following page, each loaded."""
        page = await self.get_page()
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item

    def _state(self) -> _Loaded[T]:
        if self._loaded is None:
            raise RuntimeError("this page is not loaded yet: `await page.get_page()` (or `await page`) first")
        return self._loaded
