"""A schema keyword is taught once, in the model: `multipleOf` added to `openapi.yaml` reaches the resource method's
docstring, the command line's help and the runtime operation table (which the client's and the sandbox's checkers
read) from that one edit. The contract itself does not say it: no vendor documents such a rule, so the edit is made
in a copy of the repository."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.specdata import ROOT

REQUESTS = ("CreateRoomRequest", "UpdateRoomRequest")


def _literal(module: Path, name: str) -> Any:
    """The value of a module-level `NAME: ... = {...}` literal, read without importing the module."""
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            assert node.value is not None
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in {module}")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("repo")
    for name in ("generator", "overrides"):
        shutil.copytree(ROOT / name, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", repo / "pyproject.toml")
    contract = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    for schema in REQUESTS:
        field = contract["components"]["schemas"][schema]["properties"]["max_members"]
        assert "multipleOf" not in field
        field["multipleOf"] = 5
    (repo / "openapi.yaml").write_text(yaml.safe_dump(contract, sort_keys=False), encoding="utf-8")
    out = repo / "out"
    subprocess.run([sys.executable, "-m", "generator", "--out", str(out)], cwd=repo, check=True, capture_output=True)
    return out / "videoconf" / "_generated"


def test_the_docstrings_state_it(generated: Path) -> None:
    text = " ".join((generated / "api" / "signal_wire_rooms" / "__init__.py").read_text(encoding="utf-8").split())
    # create and update, each sync and async
    assert text.count("max_members: Maximum number of simultaneous participants. From 1 to 300. A multiple of 5.") == 2
    assert text.count("Omit it to keep the current value. From 1 to 300. A multiple of 5.") == 2


def test_the_command_help_states_it(generated: Path) -> None:
    commands = _literal(generated / "_commands_signalwire.py", "COMMANDS")
    for operation_id in ("rooms_create", "rooms_update"):
        [argument] = [a for a in commands[operation_id]["arguments"] if a["name"] == "max_members"]
        assert argument["help"].endswith("[an integer; from 1 to 300; a multiple of 5]"), argument["help"]


def test_the_runtime_table_keeps_it(generated: Path) -> None:
    operations = _literal(generated / "_operations.py", "OPERATIONS")
    for operation_id in ("rooms_create", "rooms_update"):
        [body] = operations[operation_id]["bodies"]
        assert body["schema"]["properties"]["max_members"]["multipleOf"] == 5


def test_the_real_contract_does_not_say_it() -> None:
    assert "multipleOf" not in (ROOT / "openapi.yaml").read_text(encoding="utf-8")
