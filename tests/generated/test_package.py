"""The wheel ships one package, `videoconf`, and no module of it that no code path imports."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

from tests.specdata import ROOT

# What a user runs rather than imports: `python -m videoconf`, `python -m videoconf.sandbox`, the console script.
ENTRY_POINTS = {"videoconf", "videoconf.__main__", "videoconf.sandbox.__main__", "videoconf._cli"}


def _modules() -> dict[str, Path]:
    found = {}
    for tree in ("overrides", "generated"):
        for path in (ROOT / tree / "videoconf").rglob("*.py"):
            parts = path.relative_to(ROOT / tree).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imported_by(name: str, path: Path) -> set[str]:
    """Every module `name` (at `path`) imports, relative imports resolved, `from x import y` counting x.y too."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}".rstrip(".")
            targets.add(base)
            targets.update(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module":
            # importlib.import_module(".x", __name__) and importlib.import_module("videoconf.x")
            # and an f-string naming a family of modules by its fixed head (`f"{__name__}_{vendor}"`): `head*`.
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                target = first.value
            elif isinstance(first, ast.JoinedStr):
                target = ""
                for part in first.values:
                    if isinstance(part, ast.Constant):
                        target += str(part.value)
                    elif (
                        isinstance(part, ast.FormattedValue)
                        and isinstance(part.value, ast.Name)
                        and part.value.id == "__name__"
                    ):
                        target += name
                    else:
                        target += "*"
                        break
            else:
                continue
            targets.add(f"{package}{target}" if target.startswith(".") else target)
    return targets


def test_the_wheel_installs_one_top_level_package() -> None:
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"]["build"]["targets"]
    assert {Path(folder).name for folder in wheel["wheel"]["packages"]} == {"videoconf"}
    assert sorted(path.name for path in (ROOT / "generated").iterdir() if path.is_dir()) == ["videoconf"]
    # The generated folder only adds subpackages: an __init__.py of its own would shadow the hand-written one.
    assert not (ROOT / "generated" / "videoconf" / "__init__.py").exists()


def test_every_shipped_module_is_imported_by_some_code_path() -> None:
    modules = _modules()
    imported = set().union(*(_imported_by(name, path) - {name} for name, path in modules.items()))
    assert "videoconf._generated.models.room" in imported, "the walk must see the resources' model imports"
    heads = tuple(target.removesuffix("*") for target in imported if target.endswith("*"))
    # Importing a module imports every package above it.
    parents = {name.rsplit(".", depth)[0] for name in imported for depth in range(1, name.count(".") + 1)}
    never = {name for name in modules if name not in imported | parents and not name.startswith(heads)}
    assert sorted(never - ENTRY_POINTS) == []
