"""`python -m tests.verifytypes` (`make typecheck`): what editors see of the installed package, scored by pyright.

Builds the wheel, unpacks it beside the dependencies of the project's venv (never the source tree: an editable
install is an import hook pyright cannot follow), and runs the pinned `pyright --verifytypes videoconf
--ignoreexternal` (what Pylance users get). Fails unless every public symbol has a known, unambiguous type and a
docstring: a completeness score of 100%. Private subpackages are checked wherever the public API reaches them.
It also fails when a name in the `__all__` of a public module is not among the symbols pyright sees exported there
(a re-export pyright cannot follow is one an editor flags as private, and one the score silently leaves out).
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from tests.pythons import build_wheel

ROOT = Path(__file__).resolve().parent.parent
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
PACKAGE = "videoconf"


def environment(tmp: Path) -> dict[str, str]:
    """A venv whose path holds the unpacked wheel, then the project venv's installed dependencies."""
    wheel = build_wheel(tmp / "dist")
    unpacked = tmp / "wheel"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(unpacked)
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = Path(
        sysconfig.get_path("purelib", vars={"base": str(venv), "platbase": str(venv)}),
    )
    # The project's own site-packages, not its editable `.pth` (lines of a .pth file are not site directories).
    (site / "videoconf-check.pth").write_text(f"{unpacked}\n{sysconfig.get_path('purelib')}\n", encoding="utf-8")
    return {
        **os.environ,
        "VIRTUAL_ENV": str(venv),
        "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
    }


def problems(report: dict[str, Any]) -> list[str]:
    """Every symbol pyright finds fault with: an ambiguous or unknown type, a missing docstring."""
    found = []
    for symbol in report["typeCompleteness"]["symbols"]:
        for diagnostic in symbol["diagnostics"]:
            found.append(f"{symbol['name']}: {' '.join(diagnostic['message'].split())}")
    return found


def unseen(report: dict[str, Any]) -> list[str]:
    """Names in the `__all__` of a public module (as imported here) that pyright does not see exported from it."""
    score = report["typeCompleteness"]
    exported = {symbol["name"] for symbol in score["symbols"] if symbol["isExported"]}
    missing = []
    for name in (module["name"] for module in score["modules"]):
        if name.rsplit(".", 1)[-1] == "__main__":
            continue  # importing it would run the command line
        public = getattr(importlib.import_module(name), "__all__", [])
        missing += [f"{name}.{n}" for n in public if not n.startswith("__") and f"{name}.{n}" not in exported]
    return missing


def summary(report: dict[str, Any]) -> str:
    score = report["typeCompleteness"]
    exported, other = score["exportedSymbolCounts"], score["otherSymbolCounts"]
    return (
        f"pyright {report['version']} --verifytypes {PACKAGE}: completeness {score['completenessScore']:.1%}; "
        f"exported {exported['withKnownType']} known, {exported['withAmbiguousType']} ambiguous, "
        f"{exported['withUnknownType']} unknown; referenced {other['withKnownType']} known, "
        f"{other['withAmbiguousType']} ambiguous, {other['withUnknownType']} unknown; without docstring "
        f"{score['missingFunctionDocStringCount']} functions, {score['missingClassDocStringCount']} classes"
    )


def main() -> int:
    if not PYRIGHT.exists():
        print("pyright is not installed: run `make node_modules/.stamp` (pinned in package.json)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="verifytypes-") as name:
        tmp = Path(name)
        command = [str(PYRIGHT), "--verifytypes", PACKAGE, "--ignoreexternal", "--outputjson"]
        # Run outside the checkout, so that nothing of the source tree is found as a local import.
        proc = subprocess.run(command, cwd=tmp, env=environment(tmp), capture_output=True, text=True, check=False)
        try:
            report = json.loads(proc.stdout)
        except json.JSONDecodeError:
            print(f"pyright failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}", file=sys.stderr)
            return 2
    packaged = report["typeCompleteness"].get("packageRootDirectory", "")
    if not packaged.startswith(name):
        print(f"pyright checked {packaged!r}, not the built wheel", file=sys.stderr)
        return 2
    print(summary(report))
    faults = problems(report) + [f"{name}: in __all__ but not exported for pyright" for name in unseen(report)]
    if faults or report["typeCompleteness"]["completenessScore"] < 1:
        print("\n".join(["FAILED: every public symbol needs a declared type and a docstring:", *faults]))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
