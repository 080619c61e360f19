"""A vendor change lands with `make generate` alone: in a copy of the repository, one operation and one response field
are added to openapi.yaml, the generator runs once, and the client, the command line and the sandbox all serve the new
operation at once (the sandbox statelessly, from the contract), with the new field parsed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.specdata import ROOT

LOCK_PATH = "/api/video/rooms/{id}/lock"
# The copy's packages, ahead of the installed (editable) ones.
PACKAGES = ("overrides", "generated")


def _add_lock_operation(spec: dict[str, Any]) -> None:
    rooms_get = spec["paths"]["/api/video/rooms/{id}"]["get"]
    spec["paths"][LOCK_PATH] = {
        "post": {
            "operationId": "rooms_lock",
            "summary": "Lock a room",
            "description": "Stops anyone else from joining the room's running session.",
            "tags": rooms_get["tags"],
            "security": rooms_get["security"],
            "parameters": [
                {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "description": "Identifier (UUID) of the room.",
                    "schema": {"type": "string", "format": "uuid"},
                }
            ],
            # No example on purpose: the sandbox answers with an instance of the schema.
            "responses": {
                "200": {
                    "description": "The locked room.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Room"}}},
                },
                **{status: answer for status, answer in rooms_get["responses"].items() if status[0] in "45"},
            },
        }
    }
    spec["components"]["schemas"]["Room"]["properties"]["locked"] = {
        "type": "boolean",
        "description": "Whether nobody else can join the room's running session.",
        "example": True,
    }


@pytest.fixture(scope="module")
def changed_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("repository")
    ignore = shutil.ignore_patterns("__pycache__")
    for folder in ("generator", "overrides"):
        shutil.copytree(ROOT / folder, copy / folder, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    _add_lock_operation(spec)
    (copy / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "generator"], cwd=copy, capture_output=True, text=True, timeout=600, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return copy


def _run(copy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # The copy's code only: no source tree of ours on the path, and strict parsing, as the project's tests run.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SIGNALWIRE_", "WHEREBY_", "VIDEOCONF_"))}
    env |= {"PYTHONPATH": os.pathsep.join(str(copy / p) for p in PACKAGES), "VIDEOCONF_STRICT": "1"}
    return subprocess.run(
        [sys.executable, *args], cwd=copy, env=env, capture_output=True, text=True, timeout=120, check=False
    )


CLIENT_AND_SANDBOX = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    import httpx

    import videoconf, videoconf._generated, videoconf.sandbox._schemas
    from videoconf import SignalWire
    from videoconf.sandbox import running_sandbox
    from videoconf.sandbox.__main__ import banner

    copy = Path(sys.argv[1])
    for module in (videoconf, videoconf._generated, videoconf.sandbox._schemas):
        assert Path(module.__file__).is_relative_to(copy), module.__file__

    with running_sandbox() as sandbox:
        config = sandbox.config
        assert "Stateless   rooms_lock" in banner(sandbox.base_url, config)
        auth = (config.signalwire_project, config.signalwire_token)
        with SignalWire(project_id=auth[0], token=auth[1], base_url=sandbox.signalwire_url) as sw:
            room = sw.rooms.create(name="lockable")
            locked = sw.rooms.lock(room.id)
            print("locked", type(locked).__name__, locked.locked)
        url = f"{sandbox.signalwire_url}/api/video/rooms/{room.id}/lock"
        print("anonymous", httpx.post(url).status_code)
        print("with credentials", httpx.post(url, auth=auth).status_code)
    """
)


def test_the_client_and_the_sandbox_serve_the_added_operation(changed_copy: Path) -> None:
    script = changed_copy / "use_lock.py"
    script.write_text(CLIENT_AND_SANDBOX, encoding="utf-8")
    proc = _run(changed_copy, str(script), str(changed_copy))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["locked Room True", "anonymous 401", "with credentials 200"]


def test_the_command_line_runs_the_added_operation_against_its_sandbox(changed_copy: Path) -> None:
    room_id = "6b5a3f1e-9d2c-4e7b-8a1f-2c3d4e5f6a7b"
    proc = _run(changed_copy, "-m", "videoconf", "signalwire", "rooms", "lock", room_id, "--sandbox")
    assert proc.returncode == 0, proc.stderr
    [answer] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert answer["locked"] is True
    help_text = _run(changed_copy, "-m", "videoconf", "signalwire", "rooms", "--help").stdout
    assert "    lock         Lock a room" in help_text.splitlines()


def test_the_unchanged_repository_has_no_such_operation() -> None:
    # What makes the two tests above mean something: the operation and the field exist only in the copy.
    from videoconf._generated._operations import OPERATIONS
    from videoconf._generated.models import Room

    assert "rooms_lock" not in OPERATIONS and "locked" not in Room.__annotations__
