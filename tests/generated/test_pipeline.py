"""The generation pipeline: pristine upstream templates, byte-identical runs, drift detection, loud failures."""

from __future__ import annotations

import copy
import functools
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openapi_python_client
import pytest

from generator import __main__ as pipeline
from generator import resolve, resources, webhooks
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
    model = edited / "videoconf" / "_generated" / "models" / "room.py"
    model.write_text(
        model.read_text(encoding="utf-8").replace("class Room:", "class Room:  # tweaked"), encoding="utf-8"
    )
    (edited / "videoconf" / "_generated" / "stray.py").write_text("", encoding="utf-8")
    assert pipeline.drift(two_runs[0], edited) == [
        "videoconf/_generated/models/room.py",
        "videoconf/_generated/stray.py",
    ]
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "--check", str(edited)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "videoconf/_generated/models/room.py" in proc.stderr and "make generate" in proc.stderr


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


def test_every_operation_tag_of_the_contract_is_an_attribute_of_its_client() -> None:
    # The clients inherit generated resource classes: a tag added to the contract needs no hand-written code.
    spec = resolve.load(ROOT / "generated" / "openapi.yaml")
    clients = {"SignalWire ": (SignalWire, AsyncSignalWire), "Whereby ": (Whereby, AsyncWhereby)}
    assert len(resolve.operation_tags(spec)) == len(spec["tags"]) - 1  # all but the webhooks' tag
    for tag in resolve.operation_tags(spec):
        prefix = "SignalWire " if tag.startswith("SignalWire ") else "Whereby "
        for client in clients[prefix]:
            assert isinstance(getattr(client, resolve.resource_of(tag)), functools.cached_property), (client, tag)
    sw = SignalWire(project_id="p", token="t", base_url="http://127.0.0.1:9")
    assert type(sw.room_tokens).__name__ == "SignalWireRoomTokens"
    assert sw.with_options(max_retries=0).rooms is not sw.rooms  # each copy builds resources on its own requester


def test_the_webhook_tag_creates_no_resource() -> None:
    spec = resolve.load(ROOT / "generated" / "openapi.yaml")
    assert "Whereby Webhooks" in [tag["name"] for tag in spec["tags"]]
    assert "Whereby Webhooks" not in resolve.operation_tags(spec)
    assert "whereby_webhooks" not in resources.render(spec)
    assert not (ROOT / "generated" / "videoconf" / "_generated" / "api" / "whereby_webhooks").exists()
    # `wb.webhooks` is the hand-written verifier, not a generated resource.
    assert type(Whereby(api_key="k").webhooks).__name__ == "WherebyWebhooks"


def _webhook(spec: dict[str, Any], name: str = "room.client.joined") -> dict[str, Any]:
    op: dict[str, Any] = spec["webhooks"][name]["post"]
    return op


BROKEN_WEBHOOKS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    (
        "a GET",
        lambda s: s["webhooks"]["room.client.joined"].update(get=s["webhooks"]["room.client.joined"].pop("post")),
        "must be a POST",
    ),
    ("no vendor tag", lambda s: _webhook(s).update(tags=["Webhooks"]), "one tag naming its vendor"),
    ("a security scheme", lambda s: _webhook(s).update(security=[{"wherebyBearer": []}]), "security: []"),
    ("a foreign operationId", lambda s: _webhook(s).update(operationId="joined"), "start with webhooks_"),
    ("a clashing operationId", lambda s: _webhook(s).update(operationId="webhooks_room_client_left"), "must be unique"),
    ("no signature header", lambda s: _webhook(s).update(parameters=[]), "exactly one header parameter"),
    (
        "an inline body",
        lambda s: _webhook(s)["requestBody"]["content"]["application/json"].update(schema={"type": "object"}),
        "named schema",
    ),
    (
        "another event's body",
        lambda s: _webhook(s)["requestBody"]["content"]["application/json"].update(
            schema={"$ref": "#/components/schemas/WherebyRoomClientLeftEvent"}
        ),
        "const: room.client.joined",
    ),
    (
        "a tag shared with paths",
        lambda s: _webhook(s).update(tags=["Whereby Meetings"], operationId="meetings_joined"),
        "used by both",
    ),
]


@pytest.mark.parametrize(("mutate", "words"), [b[1:] for b in BROKEN_WEBHOOKS], ids=[b[0] for b in BROKEN_WEBHOOKS])
def test_a_webhook_that_breaks_the_conventions_is_an_error(
    mutate: Callable[[dict[str, Any]], None], words: str
) -> None:
    spec = copy.deepcopy(resolve.load(ROOT / "openapi.yaml"))
    resolve.check(copy.deepcopy(spec))
    mutate(spec)
    with pytest.raises(resolve.ContractError, match=re.escape(words)):
        resolve.check(spec)


def test_a_webhook_added_to_the_contract_enters_the_event_table() -> None:
    spec = copy.deepcopy(resolve.load(ROOT / "generated" / "openapi.yaml"))
    schemas = spec["components"]["schemas"]
    schemas["WherebyRoomClientWavedEvent"] = copy.deepcopy(schemas["WherebyRoomClientJoinedEvent"])
    schemas["WherebyRoomClientWavedEvent"]["allOf"][1]["properties"]["type"] = {"const": "room.client.waved"}
    op = copy.deepcopy(_webhook(spec))
    op["operationId"] = "webhooks_room_client_waved"
    op["requestBody"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/WherebyRoomClientWavedEvent"
    }
    spec["webhooks"]["room.client.waved"] = {"post": op}
    resolve.check(spec)
    table = webhooks.render(spec)
    assert "    'room.client.waved': WherebyRoomClientWavedEvent,\n" in table
    assert " | WherebyRoomClientWavedEvent\n" in table  # the last member of the union
    assert "    WherebyRoomClientWavedEvent,\n" in table  # imported from the models
