"""Generation: wall time of the whole pipeline (what `make generate` runs), into a temporary folder."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time

from benchmarks._harness import Row


def run(base: str, quick: bool) -> list[Row]:
    del base, quick
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "generator", "--out", tmp], check=True)
        elapsed = time.perf_counter() - start
    return [Row("generation: python -m generator", f"{elapsed:.1f} s", "-", "-", "report")]
