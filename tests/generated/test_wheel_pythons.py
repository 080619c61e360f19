"""tests/pythons.py (`make test-pythons`): which Pythons it tests, and how it finds them behind pyenv's shims."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import pythons
from tests.specdata import ROOT


def test_the_classifiers_name_this_python_and_start_at_requires_python() -> None:
    versions = pythons.supported_versions()
    assert f"{sys.version_info.major}.{sys.version_info.minor}" in versions
    assert versions[0] == "3.11" and {"3.12", "3.13"} <= set(versions)


def _script(path: Path, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def test_a_shim_that_cannot_run_is_passed_over_for_pyenvs_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shim = _script(tmp_path / "shims" / "python3.99", "echo 'pyenv: python3.99: command not found' >&2; exit 127")
    wrong = _script(tmp_path / "bin" / "python3.99", "echo 3.98")
    older = _script(tmp_path / "pyenv" / "versions" / "3.99.2" / "bin" / "python3.99", "echo 3.99")
    newest = _script(tmp_path / "pyenv" / "versions" / "3.99.10" / "bin" / "python3.99", "echo 3.99")
    _script(tmp_path / "pyenv" / "versions" / "3.990.1" / "bin" / "python3.99", "echo 3.99")
    monkeypatch.setenv("PATH", f"{shim.parent}:{wrong.parent}")
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path / "pyenv"))
    assert pythons.candidates("3.99") == [shim, wrong, newest, older]
    found, passed_over = pythons.find("3.99")
    assert found == newest
    assert passed_over == [f"{shim}: pyenv: python3.99: command not found", f"{wrong}: 3.98"]


def test_no_interpreter_at_all_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path / "none"))
    assert pythons.find("3.99") == (None, [])


def test_a_run_that_would_import_the_source_tree_refuses_to_start(tmp_path: Path) -> None:
    # Here videoconf comes from overrides/ (the editable install), not from the venv make test-pythons names.
    env = {**os.environ, "VIDEOCONF_EXPECT_INSTALLED": str(tmp_path)}
    args = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--collect-only",
        "tests/client/test_async.py",
    ]
    proc = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == pytest.ExitCode.USAGE_ERROR
    assert f"videoconf was imported from {ROOT / 'overrides'}" in proc.stderr
