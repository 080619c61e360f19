"""Auto-paginating page objects: SignalWire's `links.next` and Whereby's `cursor`, each ending on a repeat."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import unquote

import httpx

from videoconf._parsing import Drift, describe, json_type

from ._drift import DriftEvent, report_drift
from ._exceptions import APIResponseValidationError, VideoconfError
from ._request import PreparedRequest

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient, _BaseAPIClient

__all__ = ["AsyncPage", "SyncPage"]

T = TypeVar("T")

ItemsParser = Callable[[Any, Drift], list[T]]


@dataclass(frozen=True)
class _Loaded(Generic[T]):
    items: list[T]
    next_request: PreparedRequest | None
    next_token: str | None


def _read_page(
    client: _BaseAPIClient,
    prepared: PreparedRequest,
    response: httpx.Response,
    parse_items: ItemsParser[T],
    seen: frozenset[str],
) -> _Loaded[T]:
    data = client.decode_json(prepared, response)
    items = client.parse(prepared, response, parse_items, data)
    style = client.operation(prepared.operation_id).get("pagination")
    envelope = data if isinstance(data, dict) else {}
    token: str | None
    if style == "links":
        links = envelope.get("links")
        token = _token(prepared, response, links.get("next") if isinstance(links, dict) else None, "links.next")
        # A next link equal to this page's own link would fetch the same page forever.
        if token is not None and isinstance(links, dict) and token == links.get("self"):
            token = None
    elif style == "cursor":
        token = _token(prepared, response, envelope.get("cursor"), "cursor")
    else:
        raise VideoconfError(f"{prepared.operation_id} is not a paginated operation")
    if token is None or token in seen or not items:
        # An empty page or a token seen before means the server has nothing new: stop instead of looping.
        return _Loaded(items, None, None)
    if style == "links":
        next_request = _follow_link(client, prepared, response, token)
    else:
        next_request = prepared.with_query({"cursor": token})
    return _Loaded(items, next_request, token)


def _follow_link(
    client: _BaseAPIClient, prepared: PreparedRequest, response: httpx.Response, link: str
) -> PreparedRequest:
    """The request for the page a `links.next` names, on the configured host.

    A link to another path would parse another list as this one, so strict mode refuses it. Tolerant mode takes the
    link's query (the cursor) to this operation's own path and records a drift event: a live API whose links carry a
    prefix, a trailing slash or a canonical collection path still yields every page. A link that names another host,
    or that has no query to carry over, is refused in both modes.
    """
    operation_id = prepared.operation_id
    try:
        path, query = client.link_target(link)
    except ValueError as error:
        raise _link_error(prepared, response, f"links.next {error}") from None
    if path == prepared.path or unquote(path) == unquote(prepared.path):
        return prepared.with_target(path, query)
    refusal = f"links.next points to {path!r}, not to this operation's path {prepared.path!r}"
    if client.strict:
        raise _link_error(prepared, response, refusal)
    if not query:
        raise _link_error(prepared, response, f"{refusal}, and has no query to follow on it")
    report_drift(
        DriftEvent(
            operation_id,
            "links.next",
            "other_path",
            str(client.operation(operation_id)["path"]),
            "string",
            pointer=client.operation(operation_id).get("links_pointer"),
        )
    )
    return prepared.with_target(prepared.path, query)


def _link_error(prepared: PreparedRequest, response: httpx.Response, problem: str) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"{prepared.operation_id}: {problem}",
        response=response,
        operation_id=prepared.operation_id,
        field="links.next",
    )


def _token(prepared: PreparedRequest, response: httpx.Response, value: object, field: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        # Tolerant or not, a token that is no string cannot lead to the next page: the list would end unnoticed.
        raise APIResponseValidationError(
            f"{prepared.operation_id}: {describe(field, 'wrong_type', 'string', json_type(value))}",
            response=response,
            operation_id=prepared.operation_id,
            field=field,
        )
    return value


class _PageBase(Generic[T]):
    """What both page types share: the request of this page, how to read its items, the tokens seen so far."""

    _loaded: _Loaded[T] | None

    def __init__(
        self,
        request: PreparedRequest,
        parse_items: ItemsParser[T],
        seen: frozenset[str],
    ) -> None:
        self._request = request
        self._parse_items = parse_items
        # Tokens that led to this page; each page has its own set so iterating twice starts afresh.
        self._seen = seen
        self._loaded = None

    def __repr__(self) -> str:
        state = "not loaded" if self._loaded is None else f"{len(self._loaded.items)} items"
        return f"{type(self).__name__}({self._request.operation_id!r}, {state})"

    def _require_loaded(self) -> _Loaded[T]:
        if self._loaded is None:
            raise RuntimeError("this page is not loaded yet: `await page.get_page()` (or `await page`) first")
        return self._loaded

    def _next_seen(self, loaded: _Loaded[T]) -> frozenset[str]:
        assert loaded.next_token is not None
        return self._seen | {loaded.next_token}


class SyncPage(_PageBase[T]):
    """One page of a list; iterating it yields every item of this and the following pages.

    The client fetches the first page when `list()` is called; the following ones as iteration reaches them.
    """

    def __init__(
        self,
        client: SyncAPIClient,
        request: PreparedRequest,
        parse_items: ItemsParser[T],
        seen: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(request, parse_items, seen)
        self._client = client

    def _load(self) -> _Loaded[T]:
        if self._loaded is None:
            self.accept(self.fetch())
        assert self._loaded is not None
        return self._loaded

    def fetch(self) -> httpx.Response:
        """Sends this page's request; `accept` then reads the response into the page."""
        return self._client.send(self._request)

    def accept(self, response: httpx.Response) -> SyncPage[T]:
        """Reads a response to this page's request (from `fetch`) into the page, and returns the page."""
        self._loaded = _read_page(self._client, self._request, response, self._parse_items, self._seen)
        return self

    @property
    def data(self) -> list[T]:
        """The items of this page only."""
        return self._load().items

    def has_next_page(self) -> bool:
        """Whether another page follows this one (fetching this page first if needed)."""
        return self._load().next_request is not None

    def get_next_page(self) -> SyncPage[T]:
        """The following page, not yet fetched; raises `RuntimeError` on the last page."""
        loaded = self._load()
        if loaded.next_request is None:
            raise RuntimeError("there is no next page; check has_next_page() first")
        return SyncPage(self._client, loaded.next_request, self._parse_items, self._next_seen(loaded))

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page, then each following page."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageBase[T]):
    """One page of a list for the async clients; `async for` yields every item across pages.

    `await page` (or `await page.get_page()`) loads it; then `data` and `has_next_page()` can be read.
    """

    def __init__(
        self,
        client: AsyncAPIClient,
        request: PreparedRequest,
        parse_items: ItemsParser[T],
        seen: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(request, parse_items, seen)
        self._client = client

    async def get_page(self) -> AsyncPage[T]:
        """Loads this page (once) and returns it."""
        if self._loaded is None:
            self.accept(await self.fetch())
        return self

    async def fetch(self) -> httpx.Response:
        """Sends this page's request; `accept` then reads the response into the page."""
        return await self._client.send(self._request)

    def accept(self, response: httpx.Response) -> AsyncPage[T]:
        """Reads a response to this page's request (from `fetch`) into the page, and returns the page."""
        self._loaded = _read_page(self._client, self._request, response, self._parse_items, self._seen)
        return self

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self.get_page().__await__()

    @property
    def data(self) -> list[T]:
        """The items of this page only (after it is loaded)."""
        return self._require_loaded().items

    def has_next_page(self) -> bool:
        """Whether another page follows this one (after it is loaded)."""
        return self._require_loaded().next_request is not None

    async def get_next_page(self) -> AsyncPage[T]:
        """The following page, loaded; raises `RuntimeError` on the last page."""
        await self.get_page()
        loaded = self._require_loaded()
        if loaded.next_request is None:
            raise RuntimeError("there is no next page; check has_next_page() first")
        return await AsyncPage(self._client, loaded.next_request, self._parse_items, self._next_seen(loaded))

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page, then each following page, each loaded."""
        page = await self.get_page()
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item
