"""`schemathesis run` against a strict sandbox: every default check, all phases (examples, coverage, fuzzing,
stateful), per-vendor auth from schemathesis.toml, a fixed seed and a bounded budget. Zero failures allowed."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from videoconf.sandbox import RunningSandbox, SandboxConfig, running_sandbox

ROOT = Path(__file__).resolve().parents[2]
SEED = 20261121
MAX_EXAMPLES = 40
SUMMARY = re.compile(r"(\d+) generated, (?:(\d+) passed|.*?(\d+) unique failures)")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with running_sandbox(SandboxConfig()) as running:
        yield running


def schemathesis_run(contract: Path, url: str, *selection: str) -> tuple[int, str]:
    proc = subprocess.run(
        [
            str(Path(sys.executable).parent / "schemathesis"),
            "run",
            str(contract),
            "--url",
            url,
            "--seed",
            str(SEED),
            "--max-examples",
            str(MAX_EXAMPLES),
            "--checks",
            "all",
            "--no-color",
            "--workers",
            "1",
            *selection,
        ],
        cwd=ROOT,  # schemathesis.toml: per-scheme auth and the documented semantic rejections
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return proc.returncode, proc.stdout + proc.stderr


@pytest.mark.parametrize(
    ("vendor", "suffix", "selection"),
    [
        ("signalwire", "", ("--include-path-regex", "^/api/video/")),
        # Whereby's paths are relative to its own server, which the sandbox mounts at /v1.
        ("whereby", "/v1", ("--exclude-path-regex", "^/api/video/")),
    ],
)
def test_schemathesis_finds_no_failure(
    sandbox: RunningSandbox, contract_file: Path, vendor: str, suffix: str, selection: tuple[str, ...]
) -> None:
    code, output = schemathesis_run(contract_file, sandbox.base_url + suffix, *selection)
    summary = SUMMARY.search(output)
    assert summary is not None, output[-3000:]
    generated = int(summary.group(1))
    print(f"schemathesis {vendor}: {generated} cases")  # shown with -s; quoted in the closing note
    assert code == 0, output[-6000:]
    assert generated > 1000, f"{vendor}: only {generated} cases ran"
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in output, f"{vendor}: the {phase} phase did not run and pass"
