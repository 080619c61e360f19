"""mkdocs hook: mkdocstrings reads `videoconf` as its wheel lays it out, one folder (see generator/package.py).

In a checkout the package is two folders joined at import time, and griffe, which reads source, would see only the
hand-written one.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parents[2]
_copies: list[Path] = []


@event_priority(100)  # before mkdocstrings' own on_config, which may build its handlers
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # the generator package of this checkout, which mkdocs does not put on the path
    from generator import package

    copy = Path(tempfile.mkdtemp(prefix="videoconf-docs-"))
    _copies.append(copy)
    config.plugins["mkdocstrings"].config["handlers"]["python"]["paths"] = [str(package.merged(copy))]
    return config


def on_shutdown() -> None:
    for copy in _copies:
        shutil.rmtree(copy, ignore_errors=True)
