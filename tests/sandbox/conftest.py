"""Fixtures: one sandbox served over real HTTP for the session, and clients whose every response is checked
against the contract (declared status code, then schemathesis' response validation)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import ContractChecker
from videoconf.sandbox import RunningSandbox


def signalwire_client(sandbox: RunningSandbox, checker: ContractChecker | None = None) -> httpx.Client:
    config = sandbox.config
    return httpx.Client(
        base_url=sandbox.signalwire_url,
        auth=(config.signalwire_project, config.signalwire_token),
        event_hooks={"response": [checker.check] if checker else []},
        timeout=10.0,
    )


def whereby_client(sandbox: RunningSandbox, checker: ContractChecker | None = None) -> httpx.Client:
    return httpx.Client(
        base_url=sandbox.whereby_url,
        headers={"Authorization": f"Bearer {sandbox.config.whereby_key}"},
        event_hooks={"response": [checker.check] if checker else []},
        timeout=10.0,
    )


@pytest.fixture(scope="session")
def sw(sandbox: RunningSandbox, checker: ContractChecker) -> Iterator[httpx.Client]:
    """SignalWire client for the session sandbox (Basic auth)."""
    with signalwire_client(sandbox, checker) as client:
        yield client


@pytest.fixture(scope="session")
def wb(sandbox: RunningSandbox, checker: ContractChecker) -> Iterator[httpx.Client]:
    """Whereby client for the session sandbox (Bearer auth, base URL ending in /v1)."""
    with whereby_client(sandbox, checker) as client:
        yield client


@pytest.fixture(scope="session")
def anonymous(sandbox: RunningSandbox, checker: ContractChecker) -> Iterator[httpx.Client]:
    """A client without credentials, for both vendors (paths from the server root)."""
    with _checked_client(checker, sandbox.base_url) as client:
        yield client


def _checked_client(checker: ContractChecker, base_url: str, **options: Any) -> httpx.Client:
    return httpx.Client(base_url=base_url, event_hooks={"response": [checker.check]}, timeout=10.0, **options)


@pytest.fixture
def checked(checker: ContractChecker) -> Iterator[Callable[..., httpx.Client]]:
    """`checked(base_url, **httpx_options)` -> a contract-checked client for any sandbox, closed after the test."""
    opened: list[httpx.Client] = []

    def open_client(base_url: str, **options: Any) -> httpx.Client:
        opened.append(_checked_client(checker, base_url, **options))
        return opened[-1]

    yield open_client
    for client in opened:
        client.close()


@pytest.fixture
def unique() -> Callable[[str], str]:
    """Fresh resource names, since every test shares the session sandbox."""
    return lambda prefix: f"{prefix}_{uuid.uuid4().hex[:12]}"


ClientFactory = Callable[..., tuple[httpx.Client, httpx.Client]]


@pytest.fixture
def clients(checker: ContractChecker) -> Iterator[ClientFactory]:
    """`clients(sandbox, checked=True)` -> (SignalWire, Whereby) clients for another sandbox, closed after the test."""
    opened: list[httpx.Client] = []

    def open_clients(other: RunningSandbox, checked: bool = True) -> tuple[httpx.Client, httpx.Client]:
        pair = (
            signalwire_client(other, checker if checked else None),
            whereby_client(other, checker if checked else None),
        )
        opened.extend(pair)
        return pair

    yield open_clients
    for client in opened:
        client.close()
