"""Each generated method carries its operation object, imported from the generated table, to the requester; nothing
on the request path looks an operation up by its id (only what serves operations by id does: sandbox, command line)."""

from __future__ import annotations

import ast
import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import videoconf._generated._operations as table
from tests.specdata import ROOT
from videoconf._operation import Operation

from .support import ROOM_ID, Script, json_response, meeting, room, signalwire, whereby

API = ROOT / "generated" / "videoconf" / "_generated" / "api"
RUNTIME = ROOT / "overrides" / "videoconf"
# What serves operations by id, and may index the table by it.
BY_ID = ("sandbox", "_cli")


def _calls(tree: ast.AST, name: str) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
            yield node


@pytest.mark.parametrize("module", sorted(API.glob("*/__init__.py")), ids=lambda path: path.parent.name)
def test_every_method_prepares_its_request_with_an_imported_operation_object(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "_operations" and node.level == 3
        for alias in node.names
    }
    calls = list(_calls(tree, "prepare"))
    assert calls and imported
    for call in calls:
        first = call.args[0]
        assert isinstance(first, ast.Name), ast.unparse(call)[:80]
        assert first.id in imported and isinstance(getattr(table, first.id), Operation), first.id
    # Every requester call hands over a prepared request, never an operation's id.
    for node in ast.walk(tree):
        calls_requester = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        if calls_requester and node.func.attr in ("request", "paginate"):  # type: ignore[attr-defined]
            first = node.args[0]  # type: ignore[attr-defined]
            assert isinstance(first, ast.Call) and isinstance(first.func, ast.Name) and first.func.id == "prepare"


def test_the_runtime_does_not_import_the_table_by_id() -> None:
    for path in sorted(RUNTIME.rglob("*.py")):
        if path.relative_to(RUNTIME).parts[0] in BY_ID:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom | ast.Import):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                assert not any(name.endswith("_operations") for name in names), path
        assert "OPERATIONS" not in path.read_text(encoding="utf-8"), path


class _NoLookup(dict[str, Any]):
    def __getitem__(self, key: str) -> Any:
        raise AssertionError(f"looked up {key!r} by id")

    def get(self, key: str, default: Any = None) -> Any:
        raise AssertionError(f"looked up {key!r} by id")


def test_calls_succeed_with_the_table_index_gone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table, "OPERATIONS", _NoLookup())
    script = Script(
        json_response(200, room()),
        json_response(200, {"links": {"self": "/x", "first": "/x"}, "data": [room()]}),
        json_response(404, {"error": "Not Found"}),
    )
    sw = signalwire(script)
    assert str(sw.rooms.get(ROOM_ID).id) == ROOM_ID
    assert len(list(sw.rooms.list())) == 1
    with pytest.raises(Exception, match="404"):
        sw.rooms.get(ROOM_ID)
    wb = whereby(Script(json_response(200, meeting())))
    assert wb.with_raw_response.meetings.get("12345678").parse().meeting_id == "12345678"


def test_each_method_carries_its_own_operation() -> None:
    seen: list[Operation] = []

    class Recorder:
        def request(self, request: Any, cast: Any) -> None:
            seen.append(request.operation)

        def paginate(self, request: Any, page: Any, items: Any) -> None:
            seen.append(request.operation)

    from videoconf._generated.api.signal_wire_rooms import SignalWireRooms

    rooms = SignalWireRooms(Recorder())  # type: ignore[arg-type]
    rooms.get(ROOM_ID)
    rooms.get_by_name("standup")
    rooms.list()
    rooms.create(name="standup")
    assert seen == [table.ROOMS_GET, table.ROOMS_GET, table.ROOMS_LIST, table.ROOMS_CREATE]
    assert all(inspect.isfunction(getattr(SignalWireRooms, name)) for name in ("get", "list", "create"))
