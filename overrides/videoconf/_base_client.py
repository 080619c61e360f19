"""The requesters behind every resource: one client's settings, and two thin drivers (blocking and asyncio) that run
the sans-IO retry loop of `_exchange` with their own I/O calls; everything else they share."""

from __future__ import annotations

import copy
import functools
import random
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, Self, TypeVar, cast

import httpx

from ._answer import Answers
from ._credentials import Credentials, check_base_url
from ._drift import strict_from_env
from ._exceptions import VideoconfError
from ._exchange import exchange
from ._logging import setup_logging
from ._pool import Pool
from ._request import DEFAULT_TIMEOUT, TimeoutTypes, check_timeout
from ._response import APIResponse
from ._retry import DEFAULT_MAX_RETRIES, check_max_retries
from ._types import Vendor

if TYPE_CHECKING:
    from ._budget import AsyncRateBudget, RateBudget
    from ._operation import Operation
    from ._pagination import AsyncPage, SyncPage
    from ._request import PreparedRequest
    from ._requester import Cast

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncAPIClient", "SyncAPIClient", "TimeoutTypes"]

T = TypeVar("T")
P = TypeVar("P")
R = TypeVar("R")


async def _anyio_sleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)


# How each driver waits between attempts, unless a test injects its own clock.
_SLEEPS: dict[type, Callable[[float], Any]] = {httpx.Client: time.sleep, httpx.AsyncClient: _anyio_sleep}


class _BaseAPIClient:
    """One vendor's settings, checked once, and what both drivers do alike; the driver's class says which httpx
    client it sends over and how it sleeps."""

    _http_type: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]
    _other_http_type: ClassVar[str]
    pool: Pool[Any]

    def __init__(
        self,
        *,
        vendor: Vendor,
        base_url: str,
        credentials: Credentials,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        sleep: Callable[[float], Any] | None = None,
        random_value: Callable[[], float] = random.random,
        strict: bool = False,
        budget: RateBudget | AsyncRateBudget | None = None,
    ) -> None:
        kind = self._http_type
        if http_client is not None and not isinstance(http_client, kind):
            raise VideoconfError(f"http_client must be an httpx.{kind.__name__} (use {self._other_http_type})")
        setup_logging()
        self.vendor = vendor
        self.base_url = check_base_url(base_url)
        self.credentials = credentials
        self.timeout = check_timeout(timeout)
        self.max_retries = check_max_retries(max_retries)
        self.random_value = random_value
        self.answers = Answers(credentials, strict)
        self.pool = Pool(kind, http_client)
        self._sleep = sleep or _SLEEPS[kind]
        self._budget = budget
        # A copy made by `with_options` shares the pool; only the original closes it, and never one passed in.
        self._owns_http_client = http_client is None

    @property
    def strict(self) -> bool:
        """Whether a response that disagrees with the contract raises (strict) or is kept with a drift event."""
        return self.answers.strict

    @property
    def budgeted(self) -> bool:
        return self._budget is not None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(vendor={self.vendor!r}, base_url={self.base_url!r})"

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        # A deep copy would clone the connection pool and the secret: hand out a copy sharing both.
        return self.with_options()

    def with_options(
        self, *, max_retries: int | None = None, timeout: TimeoutTypes | None = None, strict: bool | None = None
    ) -> Self:
        """A copy with other retry, timeout or response-mode settings that shares this client's connection pool."""
        clone = copy.copy(self)
        clone._owns_http_client = False
        if max_retries is not None:
            clone.max_retries = check_max_retries(max_retries)
        if timeout is not None:
            clone.timeout = check_timeout(timeout)
        if strict is not None:
            clone.answers = Answers(self.credentials, strict_from_env(strict))
        return clone

    def raw(self) -> RawRequester:
        """The requester behind `with_raw_response`."""
        # Either driver: the raw requester calls only what both have (`send`, `paginate`, `then`, `answers`).
        return RawRequester(cast("_Driver", self))

    def _before(self, operation: Operation) -> Any:
        assert self._budget is not None
        return self._budget.before(operation)

    def _after(self, operation: Operation, response: httpx.Response) -> Any:
        assert self._budget is not None
        return self._budget.after(operation, response)


class SyncAPIClient(_BaseAPIClient):
    """Sends the operations of one vendor over an `httpx.Client`; implements the generated `Requester`."""

    _http_type = httpx.Client
    _other_http_type = "httpx.AsyncClient with the async clients"
    pool: Pool[httpx.Client]

    def send(self, request: PreparedRequest) -> httpx.Response:
        """Sends with retries; returns a 2xx response or raises the matching `APIError`."""
        steps = exchange(self, request)
        step = next(steps)
        while not isinstance(step, httpx.Response):
            step = steps.send(getattr(self, step[0])(*step[1]))
        return step

    def request(self, request: PreparedRequest, cast: Cast[T]) -> T:
        """Sends one prepared request with retries and returns its result, made by `cast`."""
        return self.answers.result(request, self.send(request), cast)

    def paginate(self, request: PreparedRequest, page: Cast[P], items: Callable[[P], list[T]]) -> SyncPage[T]:
        """The first page of a list, not sent yet; `items` picks the items out of each parsed page."""
        # Loaded on the first list: a program that never lists does not pay for the pages at start-up.
        from ._pagination import SyncPage

        return SyncPage(self, request, lambda data, drift: items(page(data, drift)))

    def then(self, response: httpx.Response, make: Callable[[httpx.Response], R]) -> R:
        """`make(response)`: the raw requester's one step after sending, without I/O here."""
        return make(response)

    def _send(self, http: httpx.Client, request: httpx.Request) -> httpx.Response | httpx.HTTPError:
        try:
            return http.send(request)
        except httpx.HTTPError as error:
            return error

    def close(self) -> None:
        """Closes the connection pool, unless it was passed in or belongs to the client this was copied from."""
        if self._owns_http_client and self.pool.client is not None:
            self.pool.client.close()


class AsyncAPIClient(_BaseAPIClient):
    """Sends the operations of one vendor over an `httpx.AsyncClient`; implements the generated `AsyncRequester`."""

    _http_type = httpx.AsyncClient
    _other_http_type = "httpx.Client with the sync clients"
    pool: Pool[httpx.AsyncClient]

    async def send(self, request: PreparedRequest) -> httpx.Response:
        """Sends with retries; returns a 2xx response or raises the matching `APIError`."""
        steps = exchange(self, request)
        step = next(steps)
        while not isinstance(step, httpx.Response):
            step = steps.send(await getattr(self, step[0])(*step[1]))
        return step

    async def request(self, request: PreparedRequest, cast: Cast[T]) -> T:
        """Sends one prepared request with retries and returns its result, made by `cast`."""
        return self.answers.result(request, await self.send(request), cast)

    def paginate(self, request: PreparedRequest, page: Cast[P], items: Callable[[P], list[T]]) -> AsyncPage[T]:
        """The first page of a list, not sent yet; `items` picks the items out of each parsed page."""
        from ._pagination import AsyncPage

        return AsyncPage(self, request, lambda data, drift: items(page(data, drift)))

    async def then(self, response: Awaitable[httpx.Response], make: Callable[[httpx.Response], R]) -> R:
        """`make(await response)`: the raw requester's one step after sending."""
        return make(await response)

    async def _send(self, http: httpx.AsyncClient, request: httpx.Request) -> httpx.Response | httpx.HTTPError:
        try:
            return await http.send(request)
        except httpx.HTTPError as error:
            return error

    async def close(self) -> None:
        """Closes the connection pool, unless it was passed in or belongs to the client this was copied from."""
        if self._owns_http_client and self.pool.client is not None:
            await self.pool.client.aclose()


class _Driver(Protocol):
    answers: Answers

    def send(self, request: PreparedRequest) -> Any: ...

    def paginate(self, request: PreparedRequest, page: Cast[P], items: Callable[[P], list[T]]) -> Any: ...

    def then(self, response: Any, make: Callable[[httpx.Response], R]) -> Any: ...


class RawRequester:
    """Sends like its client and answers the response as received (`APIResponse`, awaited from an async client),
    with `parse()` for the result; a list's first page is sent at once, so that its response can be answered."""

    def __init__(self, client: _Driver) -> None:
        self._client = client

    def request(self, request: PreparedRequest, cast: Cast[T]) -> Any:
        result = self._client.answers.result
        return self._client.then(
            self._client.send(request),
            lambda response: APIResponse(response, functools.partial(result, request, response, cast)),
        )

    def paginate(self, request: PreparedRequest, page: Cast[P], items: Callable[[P], list[T]]) -> Any:
        pager = self._client.paginate(request, page, items)
        return self._client.then(
            pager.fetch(), lambda response: APIResponse(response, functools.partial(pager.accept, response))
        )
