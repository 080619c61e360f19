"""A schema keyword is taught once, in the model: `multipleOf` added to `openapi.yaml` reaches the resource method's
docstring, the command line's help, the runtime operation table, the client's validation and the sandbox's from that
one edit and one generation. The contract itself does not say it: no vendor documents such a rule, so the edit is made
in a copy of the repository, and the copy's package (its hand-written tree and what it generated) runs in a
subprocess against its own sandbox."""

from __future__ import annotations

import ast
import json
import os
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


def _body_schemas(module: Path, name: str) -> list[Any]:
    """The schemas of the bodies of the operation object `NAME = Operation(..., bodies=(Body(media, {...}),))`, read
    without importing the module."""
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            assert isinstance(node.value, ast.Call)
            [bodies] = [keyword.value for keyword in node.value.keywords if keyword.arg == "bodies"]
            assert isinstance(bodies, ast.Tuple)
            return [ast.literal_eval(body.args[1]) for body in bodies.elts if isinstance(body, ast.Call)]
    raise AssertionError(f"{name} not found in {module}")


def test_the_runtime_table_keeps_it(generated: Path) -> None:
    for constant in ("ROOMS_CREATE", "ROOMS_UPDATE"):
        [schema] = _body_schemas(generated / "_operations.py", constant)
        assert schema["properties"]["max_members"]["multipleOf"] == 5


# Run by the copy's package: the client refuses 7 before sending and sends 10, for create and update; the copy's
# sandbox, sent 7 past the client, refuses it. Prints what happened as JSON.
SCRIPT = """
import json
import sys

import httpx

import videoconf
from videoconf import SignalWire, ValidationError
from videoconf.sandbox import SandboxConfig, running_sandbox

report = {"path": list(videoconf.__path__), "refused": {}, "sent": {}, "accepted": {}, "raw": {}}
sent = []


def refuse(name, call):
    try:
        call()
    except ValidationError as error:
        report["refused"][name] = [error.field, error.rule, error.value, str(error)]
    report["sent"][name] = len(sent)


with running_sandbox(SandboxConfig()) as sandbox, httpx.Client(event_hooks={"request": [sent.append]}) as http:
    config = sandbox.config
    auth = (config.signalwire_project, config.signalwire_token)
    with SignalWire(
        project_id=auth[0], token=auth[1], base_url=sandbox.signalwire_url, http_client=http
    ) as sw:
        refuse("create 7", lambda: sw.rooms.create(name="sevens", max_members=7))
        room = sw.rooms.create(name="fives", max_members=10)
        report["accepted"]["create 10"] = [room.max_members, len(sent)]
        refuse("update 7", lambda: sw.rooms.update(room.id, max_members=7))
        room = sw.rooms.update(room.id, max_members=15)
        report["accepted"]["update 15"] = [room.max_members, len(sent)]
    rooms = sandbox.signalwire_url + "/api/video/rooms"
    for value in (7, 10):
        raw = http.post(rooms, json={"name": f"raw{value}", "max_members": value}, auth=auth)
        report["raw"][f"post {value}"] = [raw.status_code, raw.json()]
    raw = http.put(f"{rooms}/{room.id}", json={"max_members": 7}, auth=auth)
    report["raw"]["put 7"] = [raw.status_code, raw.json()]

report["modules"] = sorted(
    module.__file__
    for name, module in list(sys.modules.items())
    if name.split(".")[0] == "videoconf" and getattr(module, "__file__", None)
)
print(json.dumps(report))
"""


@pytest.fixture(scope="module")
def ran(generated: Path) -> dict[str, Any]:
    """What the copy's package did, run with the copy's hand-written tree first and its generated output second."""
    out = generated.parents[1]
    repo = out.parent
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("SIGNALWIRE_", "WHEREBY_", "VIDEOCONF_")) and name != "PYTHONPATH"
    }
    env["PYTHONPATH"] = os.pathsep.join([str(repo / "overrides"), str(out)])
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=repo, env=env, capture_output=True, text=True, check=False, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    report: dict[str, Any] = json.loads(proc.stdout)
    report["repo"] = str(repo)
    return report


def test_the_copy_is_what_ran(ran: dict[str, Any]) -> None:
    # The installed (editable) package is on sys.path too; it must not shadow the copy's trees.
    repo = Path(ran["repo"])
    assert ran["path"][:2] == [str(repo / "overrides" / "videoconf"), str(repo / "out" / "videoconf")]
    modules = [Path(file) for file in ran["modules"]]
    assert all(file.is_relative_to(repo) for file in modules), [str(f) for f in modules if not f.is_relative_to(repo)]
    generated = repo / "out" / "videoconf"
    assert generated / "_generated" / "_operations.py" in modules
    assert generated / "sandbox" / "_schemas" / "_endpoints.py" in modules


def test_the_client_refuses_it_before_sending(ran: dict[str, Any]) -> None:
    for call in ("create 7", "update 7"):
        assert ran["refused"][call] == ["max_members", "multipleOf", 7, "max_members: 7 is not a multiple of 5"]
    assert ran["sent"] == {"create 7": 0, "update 7": 1}  # the one request before `update 7` is `create 10`


def test_the_client_sends_a_multiple(ran: dict[str, Any]) -> None:
    assert ran["accepted"] == {"create 10": [10, 1], "update 15": [15, 2]}


def test_the_sandbox_refuses_it(ran: dict[str, Any]) -> None:
    for call in ("post 7", "put 7"):
        status, body = ran["raw"][call]
        assert status == 422, body
        [error] = body["errors"]
        assert error["attribute"] == "max_members", error
        assert "multiple of 5" in error["message"], error
    status, body = ran["raw"]["post 10"]
    assert status in (200, 201), body
    assert body["max_members"] == 10


def test_the_real_contract_does_not_say_it() -> None:
    assert "multipleOf" not in (ROOT / "openapi.yaml").read_text(encoding="utf-8")
