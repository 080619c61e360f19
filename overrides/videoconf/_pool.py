"""The connection pool of one client: built once on first use, however many first requests race, and built again
in a child process made by `os.fork()`."""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

__all__ = ["Pool", "detached"]

C = TypeVar("C", httpx.Client, httpx.AsyncClient)

# Pools this package built, so that a forked child can drop them; and, in a child, the parent's clients it dropped,
# kept referenced so that neither closing nor garbage collection ever touches the parent's connections.
_pools: weakref.WeakSet[Pool[Any]] = weakref.WeakSet()
_inherited: list[object] = []


class Pool(Generic[C]):
    """The connection pool, created on first use: building an httpx client loads TLS certificates, which a program
    that only constructs a client (or fails before its first request) should not pay for. Copies made by
    `with_options` share this holder, so they share the pool whenever it comes to exist.

    However many threads make their first request at once, one pool is built. A child process made by `os.fork()`
    builds its own on its first request (an httpx client passed in is the caller's to manage)."""

    __slots__ = ("__weakref__", "_factory", "_lock", "client")
    _factory: Callable[[], C]
    client: C | None

    def __init__(self, factory: Callable[[], C], client: C | None) -> None:
        self._factory = factory
        self.client = client
        self._lock = threading.Lock()
        if client is None:
            _pools.add(self)

    def get(self) -> C:
        client = self.client
        if client is None:
            with self._lock:
                client = self.client
                if client is None:
                    client = self.client = self._factory()
        return client

    def _forget_after_fork(self) -> None:
        # The lock may have been held by a thread that does not exist in the child.
        self._lock = threading.Lock()
        if self.client is not None:
            _inherited.append(self.client)
            self.client = None


def _after_fork_in_child() -> None:
    for pool in list(_pools):
        pool._forget_after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def detached(response: httpx.Response) -> httpx.Response:
    """The response with its body stream replaced by the bytes already read.

    httpx's stream refers back to its response, a cycle that only the cyclic garbage collector frees: while paging
    through a long list, every page's body would otherwise linger until a full collection.
    """
    response.stream = httpx.ByteStream(response.content)
    return response
