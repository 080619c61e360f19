"""Test setup for the runtime core: no real credentials or log switches leak in from the environment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _no_vendor_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests never pick up a developer's real credentials from the environment."""
    for name in (
        "SIGNALWIRE_SPACE",
        "SIGNALWIRE_PROJECT_ID",
        "SIGNALWIRE_API_TOKEN",
        "SIGNALWIRE_BASE_URL",
        "WHEREBY_API_KEY",
        "WHEREBY_BASE_URL",
        "VIDEOCONF_LOG",
    ):
        monkeypatch.delenv(name, raising=False)
    yield
