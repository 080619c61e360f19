"""End-to-end runs change seeded data (they delete recordings), so they get a sandbox of their own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import PROCESSING_SECONDS
from videoconf.sandbox import RunningSandbox, SandboxConfig, running_sandbox


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with running_sandbox(SandboxConfig(processing_seconds=PROCESSING_SECONDS)) as running:
        yield running
