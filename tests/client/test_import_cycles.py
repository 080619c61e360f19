"""No module of `videoconf` imports, through any chain, a module that imports it back: every import counts, those
under `TYPE_CHECKING` and those inside functions too, in the hand-written tree and in what the generator wrote."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.specdata import ROOT

TREES = (ROOT / "overrides", ROOT / "generated")


def modules(*trees: Path) -> dict[str, Path]:
    """Module name -> file, for every `.py` file under each tree's `videoconf/` (or the tree itself)."""
    found = {}
    for tree in trees:
        for path in sorted(tree.rglob("*.py")):
            parts = list(path.relative_to(tree).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The modules of `known` that the module imports anywhere in its body (a package's `__init__` for a name it
    holds, the submodule for a submodule); a package's own parents, imported implicitly, are left out."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([base] if base else [])])
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in known else base)
    return {module for module in found if module in known and module != name}


def cycles(known: dict[str, Path]) -> list[list[str]]:
    """The import cycles among `known`: each strongly connected group of more than one module (Tarjan)."""
    graph = {name: imports(name, path, known) for name, path in known.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(name: str) -> None:
        index[name] = low[name] = len(index)
        stack.append(name)
        for target in sorted(graph[name]):
            if target not in index:
                visit(target)
                low[name] = min(low[name], low[target])
            elif target in stack:
                low[name] = min(low[name], index[target])
        if low[name] == index[name]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == name:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return found


def test_no_module_of_videoconf_is_in_an_import_cycle() -> None:
    known = modules(*TREES)
    assert "videoconf._base_client" in known and "videoconf._generated._operations" in known
    assert cycles(known) == []


def test_a_cycle_through_a_type_checking_import_is_found(tmp_path: Path) -> None:
    package = tmp_path / "videoconf"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "_a.py").write_text("from ._b import B\n")
    (package / "_b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from videoconf._a import A\nB = 1\n"
    )
    (package / "_c.py").write_text("def late():\n    from . import _d\n")
    (package / "_d.py").write_text("from ._c import late\n")
    assert cycles(modules(tmp_path)) == [["videoconf._a", "videoconf._b"], ["videoconf._c", "videoconf._d"]]
