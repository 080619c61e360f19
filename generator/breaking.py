"""`python -m generator.breaking` (`make breaking`): the breaking-change gate against the last release.

It compares the per-vendor contract bundles (api-smart-diff, through generator/contract_diff.cjs) and the public
Python API of `videoconf` (griffe) with the baseline recorded in generator/baseline/<version>/,
and fails when something breaks but the version in pyproject.toml is not a new major one, or when that version has
no CHANGELOG.md entry (a release is both). While the version is 0.x, the minor number is the major one: from 0.1.z,
a breaking change needs 0.2.0, as Cargo and SemVer's 0.y rule have it.

Breaking: a removed operation, parameter, field or enum value, a narrowed type, a newly required request field, a
changed server URL, a removed or changed public Python name. A `$ref` with keywords beside it is compared as the
referenced schema with them applied (`inline_ref_siblings`), not as api-smart-diff reads it.
`--record VERSION [--source DIR]` writes the baseline of a release from a checkout of it.

A break made on purpose is listed in generator/intended-breaks.yaml (a glob of the changed name, and why); the report
shows it as `intended` with its reason. It still counts: the version rule and the CHANGELOG.md entry apply to it.
"""

from __future__ import annotations

import argparse
import fnmatch
import gzip
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import griffe
import yaml

from generator import bundles, package, refs, resolve

ROOT = Path(__file__).resolve().parent.parent
BASELINES = ROOT / "generator" / "baseline"
PACKAGES = ("videoconf",)
PYTHON_API = "python-api.json.gz"
INTENDED = ROOT / "generator" / "intended-breaks.yaml"
# Bumped on every release: a changed value is no break.
VERSION_ATTRIBUTES = {"videoconf.__version__", "videoconf._version.__version__"}


class GateError(RuntimeError):
    """The gate cannot run: no baseline, no Node tools, an unreadable version."""


@dataclass(frozen=True, order=True)
class Change:
    """One difference from the baseline, as a reader of the report needs it."""

    kind: str  # breaking, non-breaking, annotation, unclassified, deprecated
    where: str
    what: str


# --- versions and the changelog -------------------------------------------------------------------------------------


def parse_version(text: str) -> tuple[int, int, int]:
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", text.strip())
    if match is None:
        raise GateError(f"{text!r} is not a MAJOR.MINOR.PATCH version")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def major_part(version: tuple[int, int, int]) -> tuple[int, ...]:
    """What must grow for a breaking change: the major number, or the minor one while the major is 0."""
    return (0, version[1]) if version[0] == 0 else (version[0],)


def changelog_section(changelog: str, version: str) -> str | None:
    """The text of `## [version]` (or `## version`, a date may follow) up to the next `## ` heading."""
    pattern = rf"^## \[?{re.escape(version)}\]?(?:\s.*)?$"
    match = re.search(pattern, changelog, flags=re.MULTILINE)
    if match is None:
        return None
    rest = changelog[match.end() :]
    following = re.search(r"^## ", rest, flags=re.MULTILINE)
    return rest[: following.start()] if following else rest


def verdict(current: str, baseline: str, breaking: int, changelog: str) -> list[str]:
    """Why the gate fails (nothing when it passes)."""
    problems = []
    now, then = parse_version(current), parse_version(baseline)
    if now < then:
        problems.append(f"version {current} is older than the last release {baseline}")
    section = changelog_section(changelog, current)
    if section is None:
        problems.append(f"CHANGELOG.md has no `## {current}` entry (a release is a version plus its entry)")
    if breaking:
        if major_part(now) <= major_part(then):
            needed = f"{then[0]}.{then[1] + 1}.0" if then[0] == 0 else f"{then[0] + 1}.0.0"
            problems.append(
                f"{breaking} breaking change(s) since {baseline} need a new major version ({needed} or later), "
                f"but pyproject.toml says {current}"
            )
        if section is not None and not re.search(r"^### Breaking", section, flags=re.MULTILINE):
            problems.append(f"the CHANGELOG.md entry of {current} has no `### Breaking` part saying what breaks")
    return problems


# --- the contract ---------------------------------------------------------------------------------------------------


# Keywords that only describe (the one written beside a `$ref` is the one a reader of that place sees), and those
# whose meaning depends on the keywords next to them in the same schema (`additionalProperties` on `properties`,
# `unevaluated*` on every applicator, `then` on `if`...): moved into the referenced schema, they would change meaning.
_ANNOTATIONS = frozenset(
    "title summary description default examples example deprecated readOnly writeOnly $comment".split()
)
_NEIGHBOURLY = frozenset(
    "properties patternProperties additionalProperties unevaluatedProperties prefixItems items contains minContains "
    "maxContains unevaluatedItems if then else allOf anyOf oneOf not dependentSchemas $ref $dynamicRef".split()
)


def inline_ref_siblings(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of `document` where each `{$ref, ...siblings}` is the referenced schema with the siblings applied.

    In OpenAPI 3.1 (JSON Schema 2020-12) keywords beside a `$ref` apply together with the referenced schema.
    api-smart-diff inlines a bare `$ref` but turns one with siblings into `allOf: [referenced, siblings]`, so a
    `default` added beside a `$ref` reads as the referenced `type` and `enum` removed. Written out as one schema, both
    forms compare as what they mean. A sibling is applied when it is an annotation (it wins, as the nearer one) or
    an assertion the referenced schema lacks and that does not depend on its neighbours; otherwise (`enum` on both,
    `properties` beside `additionalProperties`...) the node is left as written, for the tool's own treatment. A `$ref`
    met again inside its own expansion (a recursive schema) is left as written too. Values (examples, defaults,
    enums, consts) are data and are not looked into.
    """

    def applies(key: str, referenced: dict[str, Any]) -> bool:
        if key in _ANNOTATIONS or key.startswith("x-"):
            return True
        return key not in referenced and key not in _NEIGHBOURLY

    def walk(node: Any, expanding: frozenset[str]) -> Any:
        if isinstance(node, list):
            return [walk(value, expanding) for value in node]
        if not isinstance(node, dict):
            return node
        node = {
            key: value if key in refs.DATA_KEYS or key == "enum" else walk(value, expanding)
            for key, value in node.items()
        }
        ref = node.get("$ref")
        if len(node) == 1 or not isinstance(ref, str) or not ref.startswith("#/") or ref in expanding:
            return node
        referenced = walk(refs.target(document, ref), expanding | {ref})
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        if not isinstance(referenced, dict) or not all(applies(key, referenced) for key in siblings):
            return node
        merged = {**referenced, **siblings}
        # The referenced schema may itself be a `$ref` (an alias): follow it with the siblings still applied.
        return walk(merged, expanding | {ref}) if "$ref" in merged else merged

    result: dict[str, Any] = walk(document, frozenset())
    return result


def _node_diff(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    script = ROOT / "generator" / "contract_diff.cjs"
    if not (ROOT / "node_modules" / "api-smart-diff").exists():
        raise GateError("api-smart-diff is not installed: run `make breaking` (npm ci, from package-lock.json)")
    proc = subprocess.run(
        ["node", str(script)],
        input=json.dumps({"before": before, "after": after}),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    if proc.returncode != 0:
        raise GateError(f"contract_diff.cjs failed:\n{proc.stderr[-3000:]}")
    changes: list[dict[str, Any]] = json.loads(proc.stdout)
    return changes


def _where(path: list[Any]) -> tuple[str, str]:
    """The operation (or root section) a change concerns, and the rest of its path."""
    if len(path) >= 3 and path[0] in ("paths", "webhooks"):
        head = f"{str(path[2]).upper()} {path[1]}" if path[0] == "paths" else f"webhook {path[1]} {path[2]}"
        return head, "/".join(str(part) for part in path[3:])
    return str(path[0]) if path else "#", "/".join(str(part) for part in path[1:])


def _at(document: Any, path: list[Any]) -> Any:
    """The node at an api-smart-diff path, following the `$ref`s the tool inlined on the way (None where none is)."""
    node = document
    skip = False
    for part in path:
        node = refs.deref(document, node) if isinstance(node, dict) else node
        if skip:
            skip = False
            if part == 0:
                continue
            return None
        if part == "allOf" and isinstance(node, dict) and "allOf" not in node:
            # The tool writes a `$ref` that has siblings as `allOf: [referenced, siblings]`: its part 0 is the node.
            skip = True
            continue
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            return None
    return refs.deref(document, node) if isinstance(node, dict) else node


def _opened(change: dict[str, Any], after: dict[str, Any] | None) -> bool:
    """A request enumeration made extensible: its removed value is listed under `x-extensible-enum` now, and no
    closed `enum` is left beside it, so every value a client could send before it still may."""
    if after is None or not change["path"] or change["path"][0] != "paths" or "requestBody" not in change["path"]:
        return False
    node = _at(after, change["path"][:-2])
    extensible = node.get("x-extensible-enum") if isinstance(node, dict) else None
    return isinstance(extensible, list) and "enum" not in node and change.get("before") in extensible


def _kind(change: dict[str, Any], after: dict[str, Any] | None = None) -> str:
    """api-smart-diff's class, adjusted where this project's definition of breaking differs (see the README)."""
    path, action = change["path"], change["action"]
    # A client may read any field it has seen, so a field removed from a response breaks it even when optional.
    if action == "remove" and len(path) >= 2 and path[-2] == "properties":
        return "breaking"
    # A request enumeration opened up (`enum` -> `x-extensible-enum`, every value kept) widens what may be sent.
    if action == "remove" and len(path) >= 2 and path[-2] == "enum" and _opened(change, after):
        return "non-breaking"
    # Any removed enum value: a strictly typed client may name it (a closed response enum opened up counts too).
    if action == "remove" and len(path) >= 2 and path[-2] == "enum":
        return "breaking"
    # The default server is where generated clients send their requests.
    if path and path[0] == "servers" and (action == "remove" or path[-1] == "url" or "variables" in path):
        return "breaking"
    # `additionalProperties: true` says what JSON Schema assumes when it is absent.
    if path and path[-1] == "additionalProperties" and True in (change.get("before"), change.get("after")):
        if action in ("add", "remove"):
            return "annotation"
    return str(change["type"])


def _field(rest: str) -> str:
    """`responses/200/content/application/json/schema/properties/a/anyOf/0/enum/1` -> `responses/200/properties/a`."""
    parts = rest.split("/")[:-2]
    if "schema" in parts:
        parts = parts[: parts.index("content")] + parts[parts.index("schema") + 1 :]
    return "/".join(part for index, part in enumerate(parts) if not _combinator(parts, index))


def _combinator(parts: list[str], index: int) -> bool:
    combinators = ("anyOf", "allOf", "oneOf")
    return parts[index] in combinators or (index > 0 and parts[index - 1] in combinators)


def contract_changes(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """Changes between two bundles, one per operation and description (an enum's values or a union's branches
    changed together are one change)."""
    found = set()
    inlined = inline_ref_siblings(after)
    for change in _node_diff(inline_ref_siblings(before), inlined):
        # Components are compared where operations use them, so their own entries would count everything twice.
        if change["path"][:1] == ["components"]:
            continue
        where, rest = _where(change["path"])
        what = change["description"] or f"{change['action']} {rest}"
        kind = _kind(change, inlined)
        if change["action"] == "remove" and change["path"][-2:-1] == ["enum"]:
            # One line per field, not per value: the tool describes each removed value on its own.
            opened = kind == "non-breaking"
            what = f"enum made extensible at {_field(rest)}" if opened else f"enum value(s) removed at {_field(rest)}"
        found.add(Change(kind, where, what))
    return sorted(found)


# --- the Python API -------------------------------------------------------------------------------------------------


def _load_source(source: Path) -> dict[str, griffe.Module]:
    with tempfile.TemporaryDirectory() as tmp:
        loader = griffe.GriffeLoader(search_paths=[package.merged(Path(tmp), source)])
        modules = {name: loader.load(name) for name in PACKAGES}
        loader.resolve_aliases(implicit=False, external=None)
    return {name: module for name, module in modules.items() if isinstance(module, griffe.Module)}


def _slim(node: Any) -> Any:
    # Docstrings change with every edit and break nothing; paths are kept relative to the package's parent (the
    # merged copy is read from a temporary folder).
    if isinstance(node, dict):
        slim = {key: _slim(value) for key, value in node.items() if key != "docstring"}
        if isinstance(path := slim.get("filepath"), str):
            slim["filepath"] = "videoconf/" + path.split("/videoconf/", 1)[-1]
        return slim
    if isinstance(node, list):
        return [_slim(value) for value in node]
    return node


def dump_python_api(source: Path) -> bytes:
    modules = _load_source(source)
    data = {name: _slim(json.loads(module.as_json())) for name, module in modules.items()}
    text = json.dumps(data, sort_keys=True, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), mtime=0)


def _load_dump(path: Path) -> dict[str, Any]:
    data = json.loads(gzip.decompress(path.read_bytes()))
    collection = griffe.ModulesCollection()
    modules = {}
    for name, module_json in data.items():
        module = json.loads(json.dumps(module_json), object_hook=griffe.json_decoder)
        collection.set_member(name, module)
        modules[name] = module
    return modules


def python_changes(baseline: Path, source: Path = ROOT) -> list[Change]:
    before, after = _load_dump(baseline), _load_source(source)
    found = set()
    # Every package of the release is compared, so one it shipped and this version does not is a removal.
    for name in before:
        if name not in after:
            found.add(Change("breaking", name, "package removed"))
            continue
        for breakage in griffe.find_breaking_changes(before[name], after[name]):
            if breakage.obj.path not in VERSION_ATTRIBUTES:
                found.add(_python_change(breakage))
    return sorted(found)


def _python_change(breakage: griffe.Breakage) -> Change:
    old, new = breakage.old_value, breakage.new_value
    if isinstance(old, griffe.Parameter) or isinstance(new, griffe.Parameter):
        parameter = old if isinstance(old, griffe.Parameter) else new
        return Change("breaking", f"{breakage.obj.path}({parameter.name})", breakage.kind.value)
    what = breakage.kind.value
    if isinstance(old, str | griffe.Expr) and isinstance(new, str | griffe.Expr):
        what += f": {old} -> {new}"
    return Change("breaking", breakage.obj.path, what)


# --- baselines and the report ---------------------------------------------------------------------------------------


def last_release() -> tuple[str, Path]:
    versions = [p for p in BASELINES.iterdir() if p.is_dir() and re.fullmatch(r"\d+\.\d+\.\d+", p.name)]
    if not versions:
        raise GateError(f"no release baseline under {BASELINES}: record one with --record VERSION")
    newest = max(versions, key=lambda p: parse_version(p.name))
    return newest.name, newest


def record(version: str, source: Path) -> Path:
    """Write the baseline of a release from a checkout of it (its resolved contract and its Python packages)."""
    parse_version(version)
    spec = resolve.load(source / "generated" / "openapi.yaml")
    target = BASELINES / version
    for old in BASELINES.glob("*"):
        if old.is_dir():
            shutil.rmtree(old)  # only the last release is compared against; git keeps the older ones
    target.mkdir(parents=True)
    for name, bundle in bundles.bundles(spec).items():
        header = f"# The {name.split('.', 1)[0]} bundle of release {version}, for `make breaking`. Do not edit.\n"
        resolve.dump(bundle, target / name, header)
    (target / PYTHON_API).write_bytes(dump_python_api(source))
    return target


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        version: str = tomllib.load(fh)["project"]["version"]
    return version


def intended_breaks(path: Path = INTENDED) -> dict[str, str]:
    """The breaks made on purpose since the last release: a glob of the changed name (`Change.where`) -> why."""
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise GateError(f"{path.name}: expected a mapping of name globs to reasons")
    return {str(pattern): reason for pattern, reason in data.items()}


def _intended(change: Change, intended: dict[str, str]) -> str | None:
    return next((why for pattern, why in intended.items() if fnmatch.fnmatchcase(change.where, pattern)), None)


def _report(title: str, changes: list[Change], intended: dict[str, str] | None = None) -> list[str]:
    counts = Counter(change.kind for change in changes)
    summary = ", ".join(f"{counts[kind]} {kind}" for kind in sorted(counts)) or "no breaking change"
    reasons = {change: _intended(change, intended or {}) for change in changes if change.kind == "breaking"}
    if any(reasons.values()):
        summary += f" ({sum(bool(why) for why in reasons.values())} intended)"
    lines = [f"{title}: {summary}"]
    for change, why in reasons.items():
        lines.append(
            f"  intended  {change.where}: {change.what}; {why}" if why else f"  breaking  {change.where}: {change.what}"
        )
    return lines


def gate() -> tuple[list[str], list[str]]:
    """The report's lines, and the problems that fail the gate."""
    version, baseline = last_release()
    current = project_version()
    where = baseline.relative_to(ROOT)
    lines = [f"Breaking-change gate: {current} (pyproject.toml) against the last release {version} ({where})"]
    breaking = 0
    for name in sorted(p.name for p in baseline.glob("*.openapi.yaml")):
        changes = contract_changes(resolve.load(baseline / name), resolve.load(ROOT / "generated" / name))
        breaking += sum(change.kind == "breaking" for change in changes)
        lines += _report(f"Contract {name}", changes)
    changes = python_changes(baseline / PYTHON_API)
    breaking += len(changes)
    lines += _report("Public Python API (griffe)", changes, intended_breaks())
    problems = verdict(current, version, breaking, (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    package = re.search(r'__version__ = "([^"]+)"', (ROOT / "overrides" / "videoconf" / "_version.py").read_text())
    if package is None or package.group(1) != current:
        problems.append(f"videoconf.__version__ ({package and package.group(1)}) is not pyproject.toml's {current}")
    return lines, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.breaking", description=__doc__)
    parser.add_argument("--record", metavar="VERSION", help="write the baseline of release VERSION and stop")
    parser.add_argument("--source", type=Path, default=ROOT, help="checkout of that release (default: this one)")
    args = parser.parse_args(argv)
    try:
        if args.record:
            print(f"recorded {record(args.record, args.source).relative_to(ROOT)}")
            return 0
        lines, problems = gate()
    except GateError as exc:
        print(f"breaking: {exc}", file=sys.stderr)
        return 2
    print("\n".join(lines))
    if problems:
        print("\nFAILED:\n" + "\n".join(f"  {problem}" for problem in problems), file=sys.stderr)
        return 1
    print("\nOK: every breaking change comes with a new major version and its CHANGELOG.md entry")
    return 0


if __name__ == "__main__":
    sys.exit(main())
