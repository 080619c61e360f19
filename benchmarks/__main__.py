"""`python -m benchmarks [--quick]`: run every figure against one sandbox and write benchmarks/RESULTS.md.

--quick is the smoke run `make test` does: small budgets, no signalwire-sdk venv, RESULTS.md left alone.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
from pathlib import Path

from benchmarks import (
    async_fanout,
    cli_start,
    cold_start,
    generation,
    pagination_memory,
    parse_page,
    per_call,
    vs_sdk,
)
from benchmarks._harness import Row, sandbox

HERE = Path(__file__).resolve().parent
SDK_VENV = HERE / ".venv-sdk"
RUNTIME_VENV = HERE / ".venv-runtime"


def sdk_python() -> Path:
    """The official SDK lives in its own venv so it can never leak into ours."""
    python = SDK_VENV / "bin" / "python"
    stamp = SDK_VENV / ".stamp"
    requirements = HERE / "requirements-sdk.txt"
    if not stamp.exists() or stamp.read_text() != requirements.read_text():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(SDK_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "-r", str(requirements)], check=True)
        stamp.write_text(requirements.read_text())
    return python


def runtime_python() -> Path:
    """A venv with only what a user installs (`pip install videoconf`: httpx and attrs), for the cold start.

    The dev venv also holds click, rich and pygments, which httpx imports for its command line when they are present,
    so cold starts measured there would charge us (and the httpx reference) for tools users do not have.
    """
    python = RUNTIME_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(RUNTIME_VENV)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--force-reinstall", str(HERE.parent)],
        check=True,
    )
    return python


def machine(python: str | None = None) -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {python or platform.python_version()}"


def table(rows: list[Row]) -> str:
    today = datetime.date.today().isoformat()
    lines = [
        "| figure | ours | reference | ratio | target | met | machine | date |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        met = "-" if row.met is None else ("yes" if row.met else "**no**")
        cells = [row.figure, row.ours, row.reference, row.ratio, row.target, met, machine(row.python), today]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smoke run with small budgets; RESULTS.md untouched")
    args = parser.parse_args(argv)
    quick: bool = args.quick
    sdk = None if quick else sdk_python()
    rooms = 4_000 if quick else 20_000
    rows: list[Row] = []
    with sandbox() as base:
        rows += per_call.run(base, quick)
        if sdk is not None:
            rows += vs_sdk.run(base, quick, sdk)
    # Loopback has no round trip to overlap: a fan-out is measured against a modelled 5 ms network latency.
    with sandbox("--latency-ms", str(async_fanout.LATENCY_MS)) as base:
        rows += async_fanout.run(base, quick)
    runtime = sys.executable if quick else str(runtime_python())
    rows += cold_start.run(runtime, quick, sdk)
    rows += cli_start.run(runtime, quick)
    rows += parse_page.run("", quick)
    if not quick:
        rows += parse_page.on_other_pythons()
    with sandbox("--seed-rooms", str(rooms)) as base:
        rows += pagination_memory.run(base, quick)
    if not quick:
        rows += generation.run("", quick)
    text = table(rows)
    print(text)
    if not quick:
        intro = (
            "# Benchmark results\n\nWritten by `make bench`. Every ratio is measured side by side in one run"
            " (interleaved rounds, median), because absolute times drift on shared machines.\n\n"
        )
        (HERE / "RESULTS.md").write_text(intro + text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
