"""One run of the generator for every test that needs a fresh one: `make test` hands over what `make check` wrote
(VIDEOCONF_GENERATED); run alone, the suite generates once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import __main__ as pipeline


@pytest.fixture(scope="session")
def generated_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tree the generator wrote from the current sources (the make target ran it just before the tests)."""
    kept = os.environ.get("VIDEOCONF_GENERATED")
    if kept and (Path(kept) / "openapi.yaml").is_file():
        return Path(kept)
    out = tmp_path_factory.mktemp("generated")
    pipeline.generate_all(out)
    return out
