"""The seam for a rate budget (shared between processes through a store): asked before each attempt, told of each
answer. The clients have none by default; the retry loop calls one where it is given (see `_exchange`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import httpx

    from ._operation import Operation

__all__ = ["AsyncRateBudget", "RateBudget"]


class RateBudget(Protocol):
    """A blocking client's budget; its calls may do network I/O (a Redis store).

    `before` is called before every attempt, retries included, and answers the seconds to wait before sending (0 to
    send now); the attempt is the caller's once it returns. The client waits at most `MAX_SERVER_WAIT` (60 s): a
    budget that would have it wait longer raises `RateLimitError` instead. `after` is called with every answer, 2xx
    or not, whose `X-RateLimit-Limit`, `-Remaining` and `-Reset` headers it may read (`RateLimit.from_headers`)."""

    def before(self, operation: Operation) -> float: ...

    def after(self, operation: Operation, response: httpx.Response) -> None: ...


class AsyncRateBudget(Protocol):
    """An asyncio client's budget: `RateBudget`, its calls awaited."""

    async def before(self, operation: Operation) -> float: ...

    async def after(self, operation: Operation, response: httpx.Response) -> None: ...
