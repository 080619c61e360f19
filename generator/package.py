"""The one package `videoconf` as its wheel lays it out, for tools that read source without importing it (griffe).

In a checkout the package is two folders, hand-written `overrides/videoconf/` and generated `generated/videoconf/`,
joined at import time by `pkgutil.extend_path`; static readers see only the first, so they read this merged copy.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TREES = ("overrides", "generated")


def merged(dest: Path, source: Path = ROOT) -> Path:
    """Copy both trees of `source` into `dest/videoconf` (as the wheel does) and return `dest`, a search path."""
    for tree in TREES:
        shutil.copytree(
            source / tree / "videoconf",
            dest / "videoconf",
            dirs_exist_ok=True,
            ignore=shutil.ignore_patterns("__pycache__"),
        )
    return dest
