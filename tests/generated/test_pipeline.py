"""The generation pipeline: pristine upstream templates, byte-identical runs, drift detection, loud failures."""

from __future__ import annotations

import copy
import functools
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openapi_python_client
import pytest

from generator import __main__ as pipeline
from generator import resolve
from tests.specdata import ROOT
from videoconf import AsyncSignalWire, AsyncWhereby, SignalWire, Whereby

TEMPLATES = ROOT / "overrides" / "templates"
UPSTREAM = Path(openapi_python_client.__file__).parent / "templates"


def _overrides() -> list[Path]:
    return sorted(p for p in TEMPLATES.rglob("*.jinja") if p.with_name(p.name + ".upstream").exists())


def test_every_override_sits_beside_its_pristine_upstream_copy() -> None:
    overrides = sorted(TEMPLATES.rglob("*.jinja"))
    assert overrides, "no template overrides found"
    for template in overrides:
        assert template.with_name(template.name + ".upstream").exists(), f"{template} has no pristine copy beside it"


@pytest.mark.parametrize("template", _overrides(), ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_upstream_template_is_unchanged_since_we_copied_it(template: Path) -> None:
    """Fails when an upgrade of openapi-python-client changed a template we override: review and re-apply our change."""
    pristine = template.with_name(template.name + ".upstream")
    installed = UPSTREAM / template.relative_to(TEMPLATES)
    assert installed.read_text(encoding="utf-8") == pristine.read_text(encoding="utf-8")
    assert template.read_text(encoding="utf-8") != pristine.read_text(encoding="utf-8"), (
        "an override that changes nothing"
    )


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    pipeline.generate_all(first)
    pipeline.generate_all(second)
    yield first, second


def test_two_runs_write_identical_bytes(two_runs: tuple[Path, Path]) -> None:
    first, second = two_runs
    assert len(pipeline._files(first)) > 150
    assert pipeline.drift(first, second) == []


def test_committed_generated_tree_is_what_the_generator_writes(two_runs: tuple[Path, Path]) -> None:
    assert pipeline.drift(two_runs[0], ROOT / "generated") == []


def test_check_catches_a_hand_edit(two_runs: tuple[Path, Path], tmp_path: Path) -> None:
    edited = tmp_path / "generated"
    shutil.copytree(two_runs[0], edited)
    model = edited / "videoconf_api" / "models" / "room.py"
    model.write_text(
        model.read_text(encoding="utf-8").replace("class Room:", "class Room:  # tweaked"), encoding="utf-8"
    )
    (edited / "videoconf_api" / "stray.py").write_text("", encoding="utf-8")
    assert pipeline.drift(two_runs[0], edited) == ["videoconf_api/models/room.py", "videoconf_api/stray.py"]
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "--check", str(edited)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "videoconf_api/models/room.py" in proc.stderr and "make generate" in proc.stderr


def test_a_missing_pinned_tool_fails_loudly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(pipeline, "BIN", tmp_path)
    with pytest.raises(pipeline.GenerationError, match="ruff is not installed"):
        pipeline._tool("ruff")


def test_an_overlay_target_that_matches_nothing_is_an_error() -> None:
    spec = resolve.load(ROOT / "openapi.yaml")
    overlay = resolve.load(ROOT / "overrides" / "overlay.yaml")
    overlay = {**overlay, "actions": [{"target": "$.components.schemas.NoSuchSchema", "update": {"enum": ["a"]}}]}
    with pytest.raises(resolve.ContractError, match="matches nothing"):
        resolve.apply(spec, overlay)


def test_an_operation_id_that_does_not_name_its_resource_is_an_error() -> None:
    spec = copy.deepcopy(resolve.load(ROOT / "openapi.yaml"))
    spec["paths"]["/api/video/rooms"]["post"]["operationId"] = "make_room"
    with pytest.raises(resolve.ContractError, match="must be unique and start with rooms_"):
        resolve.check(spec)


def test_every_tag_of_the_contract_is_an_attribute_of_its_client() -> None:
    # The clients inherit generated resource classes: a tag added to the contract needs no hand-written code.
    spec = resolve.load(ROOT / "generated" / "openapi.yaml")
    clients = {"SignalWire ": (SignalWire, AsyncSignalWire), "Whereby ": (Whereby, AsyncWhereby)}
    for tag in (t["name"] for t in spec["tags"]):
        prefix = "SignalWire " if tag.startswith("SignalWire ") else "Whereby "
        for client in clients[prefix]:
            assert isinstance(getattr(client, resolve.resource_of(tag)), functools.cached_property), (client, tag)
    sw = SignalWire(project_id="p", token="t", base_url="http://127.0.0.1:9")
    assert type(sw.room_tokens).__name__ == "SignalWireRoomTokens"
    assert sw.with_options(max_retries=0).rooms is not sw.rooms  # each copy builds resources on its own requester
