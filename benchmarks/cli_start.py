"""Command-line start-up: `videoconf --help` and one command's --help, against `import videoconf, argparse`."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from pathlib import Path

from benchmarks._harness import Row, ms

REFERENCE = "import videoconf, argparse"
COMMANDS = (["--help"], ["signalwire", "rooms", "list", "--help"])
TARGET = 1.5


def _time(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def run(python: str, quick: bool) -> list[Row]:
    """`python` is the interpreter of a venv where videoconf is installed with its console script."""
    script = str(Path(python).with_name("videoconf"))
    # Users run with byte code cached, as pip leaves it; a developer's PYTHONDONTWRITEBYTECODE would charge the
    # command table's compilation to every start.
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    runs = [[python, "-c", REFERENCE]] + [[script, *words] for words in COMMANDS]
    for args in runs:
        _time(args, env)
    rounds = 5 if quick else 25
    times: list[list[float]] = [[] for _ in runs]
    ratios: list[list[float]] = [[] for _ in COMMANDS]
    for index in range(rounds):
        # Rotate which goes first, so a slow moment of the machine does not always land on the same one.
        order = list(range(len(runs)))
        order = order[index % len(order) :] + order[: index % len(order)]
        measured = {position: _time(runs[position], env) for position in order}
        for position, seconds in measured.items():
            times[position].append(seconds)
        for position in range(len(COMMANDS)):
            ratios[position].append(measured[position + 1] / measured[0])
    reference = statistics.median(times[0])
    rows = []
    for position, words in enumerate(COMMANDS):
        ratio = statistics.median(ratios[position])
        rows.append(
            Row(
                f"CLI start: videoconf {' '.join(words)}",
                ms(statistics.median(times[position + 1])),
                f"{ms(reference)} (python -c '{REFERENCE}')",
                f"{ratio:.2f}",
                f"<= {TARGET}x",
                ratio <= TARGET,
            )
        )
    return rows
