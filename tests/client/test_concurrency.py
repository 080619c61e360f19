"""One client shared by many threads builds one connection pool; a forked child builds its own and never uses the
parent's. Real threads, a real `os.fork()`, the session sandbox."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import threading
import time
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from videoconf import AsyncSignalWire, SignalWire
from videoconf._pool import _inherited
from videoconf.sandbox import RunningSandbox

THREADS = 32


def _client(sandbox: RunningSandbox) -> SignalWire:
    config = sandbox.config
    return SignalWire(
        project_id=config.signalwire_project, token=config.signalwire_token, base_url=sandbox.signalwire_url
    )


def _counting(factory: Callable[[], httpx.Client], built: list[httpx.Client]) -> Callable[[], httpx.Client]:
    def build() -> httpx.Client:
        # Building a pool takes a while (TLS certificates): every racing thread would get here without the lock.
        time.sleep(0.05)
        client = factory()
        built.append(client)
        return client

    return build


def test_threads_racing_on_the_first_request_share_one_pool(sandbox: RunningSandbox) -> None:
    with _client(sandbox) as client:
        room = client.with_options(max_retries=0)
        built: list[httpx.Client] = []
        pool = client._requester.pool
        pool._factory = _counting(pool._factory, built)
        barrier = threading.Barrier(THREADS)
        results: list[object] = []
        errors: list[BaseException] = []

        def first_call() -> None:
            try:
                barrier.wait(timeout=30)
                results.append(room.rooms.list(page_size=1).data)
            except BaseException as error:  # noqa: BLE001 - reported below
                errors.append(error)

        threads = [threading.Thread(target=first_call) for _ in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not errors, errors[:3]
        assert len(results) == THREADS
        assert len(built) == 1 and pool.client is built[0]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork() is POSIX only")
def test_a_forked_child_builds_its_own_pool_and_never_uses_the_parents(sandbox: RunningSandbox) -> None:
    config = sandbox.config
    with _client(sandbox) as client:
        created = client.rooms.create(name=f"fork-{os.getpid()}")
        parent_pool = client._requester.pool.client
        assert parent_pool is not None
        # Every request the parent's pool sends is noted with the process that sent it.
        senders: list[int] = []
        transport = parent_pool._transport
        original = transport.handle_request

        def noting(request: httpx.Request) -> httpx.Response:
            senders.append(os.getpid())
            return original(request)

        transport.handle_request = noting  # type: ignore[method-assign]
        async_client = AsyncSignalWire(
            project_id=config.signalwire_project, token=config.signalwire_token, base_url=sandbox.signalwire_url
        )
        # The async pool is built here, under an event loop that is gone once it returns: the child cannot use it.
        asyncio.run(async_client.rooms.get(created.id))
        assert async_client._requester.pool.client is not None

        read, write = os.pipe()
        with warnings.catch_warnings():
            # Python 3.12+ warns that this process has threads (the sandbox serves in one): the child uses none of them.
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child, reports through the pipe
            report: dict[str, Any] = {}
            try:
                report["name"] = client.rooms.get(created.id).name
                report["async_name"] = asyncio.run(async_client.rooms.get(created.id)).name
                child_pool = client._requester.pool.client
                report["new_pool"] = child_pool is not None and child_pool is not parent_pool
                report["parent_kept_open"] = parent_pool in _inherited and not parent_pool.is_closed
                report["parent_pool_used"] = os.getpid() in senders
                client.close()  # closes the child's pool only
                report["parent_still_open"] = not parent_pool.is_closed
            except BaseException as error:  # noqa: BLE001 - reported to the parent
                report["error"] = repr(error)
            os.write(write, json.dumps(report).encode())
            os._exit(0)
        os.close(write)
        with os.fdopen(read, "rb") as pipe:
            report = json.loads(pipe.read() or b"{}")
        os.waitpid(pid, 0)
        assert report == {
            "name": created.name,
            "async_name": created.name,
            "new_pool": True,
            "parent_kept_open": True,
            "parent_pool_used": False,
            "parent_still_open": True,
        }, report
        # The parent goes on with the same pool, on connections the child never touched.
        before = len(senders)
        assert client.rooms.get(created.id).id == created.id
        assert client._requester.pool.client is parent_pool and len(senders) == before + 1
        assert set(senders) == {os.getpid()}


def test_fork_handling_is_registered_once_per_process() -> None:
    # The hook walks a weak set: clients that are gone cost nothing, and nothing keeps them alive.
    from videoconf._pool import _pools

    before = len(_pools)
    client = SignalWire(space="x", project_id="p", token="t")
    assert len(_pools) == before + 1
    del client
    if sys.implementation.name == "cpython":
        assert len(_pools) == before
