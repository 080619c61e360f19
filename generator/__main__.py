"""`python -m generator [--out DIR]`: turn openapi.yaml + overrides/overlay.yaml into everything under generated/.

Steps: apply the overlay -> make response enumerations extensible -> check our conventions -> write and validate the
resolved (language-neutral) contract and its per-vendor bundles -> build the Python view in a temporary file ->
build the one model of the contract (generator/model.py) from both -> openapi-python-client (custom templates,
handed the model's docstring data) -> the operation table, vendor table (servers, security, error models), resource
classes, webhook event table and command tables for videoconf, each printed from the model ->
datamodel-code-generator for the sandbox, with its table of request models and contract answers per operation.
Any warning from a step fails the run with a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from generator import (
    bundles,
    commands,
    docs,
    endpoints,
    extensible,
    model,
    names,
    operations,
    python_view,
    resolve,
    resources,
    room_url,
    vendors,
    webhooks,
)

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


class GenerationError(RuntimeError):
    """A step failed or warned; the message says which and why."""


def _tool(name: str) -> str:
    # Pinned tools live beside the interpreter running us (the project's venv); never fall back to whatever is on PATH.
    path = BIN / name
    if not path.exists():
        raise GenerationError(f"{name} is not installed in {BIN}: run `make .venv` (pinned in pyproject.toml)")
    return str(path)


def _run(args: list[str], cwd: Path | None = None) -> str:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "PYTHONHASHSEED": "0"}
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise GenerationError(f"{Path(args[0]).name} failed ({proc.returncode}):\n{output}")
    return output


def _format(target: Path) -> None:
    config = str(ROOT / "pyproject.toml")
    _run([_tool("ruff"), "check", "--no-cache", "--config", config, "--fix-only", "--quiet", "."], cwd=target)
    # Imports in an __init__.py count as re-exports for ruff; in generated code nothing is re-exported implicitly.
    _run(
        [
            _tool("ruff"),
            "check",
            "--no-cache",
            "--config",
            config,
            "--fix-only",
            "--unsafe-fixes",
            "--select",
            "F401",
            "--quiet",
            ".",
        ],
        cwd=target,
    )
    _run([_tool("ruff"), "format", "--no-cache", "--config", config, "--quiet", "."], cwd=target)


def _drop_unused(package: Path) -> None:
    """Remove what openapi-python-client always writes but nothing of videoconf imports: a module per operation
    (the resource classes in each tag's `__init__.py` send the requests), and its own `client.py` and `errors.py`."""
    for name in ("client.py", "errors.py"):
        (package / name).unlink()
    for tag in (package / "api").iterdir():
        for module in tag.glob("*.py"):
            if module.name != "__init__.py":
                module.unlink()


def generate_client(spec_path: Path, contract: model.Contract, out: Path) -> None:
    """openapi-python-client with our templates, then the files the templates cannot add, all from one model."""
    package = out / "videoconf" / "_generated"
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "_generated"
        # Our templates plus the docstring text and the Python names computed from the contract, which they import.
        templates = Path(tmp) / "templates"
        shutil.copytree(ROOT / "overrides" / "templates", templates)
        (templates / docs.DATA_TEMPLATE).write_text(docs.render(contract), encoding="utf-8")
        (templates / names.DATA_TEMPLATE).write_text(names.render(contract.view), encoding="utf-8")
        output = _run(
            [
                _tool("openapi-python-client"),
                "generate",
                "--path",
                str(spec_path),
                "--config",
                str(ROOT / "generator" / "config.yaml"),
                "--meta",
                "none",
                "--custom-template-path",
                str(templates),
                "--output-path",
                str(target),
                "--overwrite",
                "--fail-on-warning",
            ],
            cwd=Path(tmp),
        )
        if "warning" in output.lower():
            raise GenerationError(f"openapi-python-client warned:\n{output}")
        _drop_unused(target)
        (target / "_operations.py").write_text(operations.render(contract), encoding="utf-8")
        (target / "_vendors.py").write_text(vendors.render(contract), encoding="utf-8")
        (target / "_resources.py").write_text(resources.render(contract), encoding="utf-8")
        (target / "_webhooks.py").write_text(webhooks.render(contract), encoding="utf-8")
        (target / "_room_url.py").write_text(room_url.render(contract), encoding="utf-8")
        for name, text in commands.render(contract).items():
            (target / name).write_text(text, encoding="utf-8")
        (target / "py.typed").write_text("", encoding="utf-8")
        _format(target)
        shutil.rmtree(package, ignore_errors=True)
        shutil.copytree(target, package)


def generate_schemas(spec_path: Path, contract: model.Contract, out: Path) -> None:
    """Pydantic v2 models of every schema and parameter, used by the sandbox to validate requests, and the table of
    each operation's request models and contract answer, printed from the model."""
    package = out / "videoconf" / "sandbox" / "_schemas"
    # Generate outside the repository so no pyproject.toml of ours changes how datamodel-codegen formats.
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "_schemas"
        target.mkdir()
        output = _run(
            [
                _tool("datamodel-codegen"),
                "--input",
                str(spec_path),
                "--input-file-type",
                "openapi",
                "--output",
                str(target / "__init__.py"),
                "--output-model-type",
                "pydantic_v2.BaseModel",
                "--target-python-version",
                "3.11",
                "--use-annotated",
                "--field-constraints",
                "--collapse-root-models",
                "--naming-strategy",
                "parent-prefixed",
                "--disable-timestamp",
                "--use-standard-collections",
                "--use-union-operator",
                "--set-default-enum-member",
                "--openapi-scopes",
                "schemas",
                "paths",
                "parameters",
                "--formatters",
                "ruff-format",
                "ruff-check",
            ],
            cwd=Path(tmp),
        )
        if "warning" in output.lower():
            raise GenerationError(f"datamodel-codegen warned:\n{output}")
        models = (target / "__init__.py").read_text(encoding="utf-8")
        (target / "_endpoints.py").write_text(endpoints.render(contract, models), encoding="utf-8")
        (target / "py.typed").write_text("", encoding="utf-8")
        _format(target)
        shutil.rmtree(package, ignore_errors=True)
        shutil.copytree(target, package)


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def drift(expected: Path, actual: Path) -> list[str]:
    """Files that differ, or exist on one side only, between two generated trees."""
    want, have = _files(expected), _files(actual)
    return sorted(name for name in want.keys() | have.keys() if want.get(name) != have.get(name))


BUNDLE_HEADER = "# Generated by `make generate`: {vendor}'s part of generated/openapi.yaml. Do not edit.\n"


def write_bundles(spec: dict[str, object], out: Path) -> None:
    for name, bundle in bundles.bundles(spec).items():
        resolve.validate(bundle)
        resolve.dump(bundle, out / name, BUNDLE_HEADER.format(vendor=name.split(".", 1)[0]))


def generate_all(out: Path, spec_only: bool = False) -> None:
    out.mkdir(parents=True, exist_ok=True)
    spec = resolve.write_resolved(ROOT / "openapi.yaml", ROOT / "overrides" / "overlay.yaml", out / "openapi.yaml")
    write_bundles(spec, out)
    if spec_only:
        return
    with tempfile.TemporaryDirectory() as tmp:
        # Only the Python generators read the view; it is rebuilt on every run, so nothing stale can be read.
        view = python_view.build(spec)
        view_path = resolve.dump(view, Path(tmp) / "python-view.openapi.yaml", "")
        # The one model of the contract: every renderer below prints from it.
        contract = model.build(spec, resolve.load(view_path))
        generate_client(view_path, contract, out)
        generate_schemas(view_path, contract, out)


SUBCOMMANDS = {"suggest": "generator.suggest", "upstream": "generator.upstream"}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # `suggest` and `upstream` are commands of their own; without one, the flags below generate as they always have.
    if argv and argv[0] in SUBCOMMANDS:
        command: Any = importlib.import_module(SUBCOMMANDS[argv[0]])
        return int(command.main(argv[1:]))
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description=__doc__,
        epilog="other commands: `python -m generator suggest FILE...` (drift -> overlay), "
        "`python -m generator upstream signalwire|whereby SPEC_FILE` (a vendor's spec compared with ours)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="where to write (default: generated/)")
    parser.add_argument(
        "--spec-only", action="store_true", help="only write the resolved openapi.yaml and the per-vendor bundles"
    )
    parser.add_argument(
        "--check", type=Path, metavar="DIR", help="regenerate into a temporary folder and fail if DIR differs"
    )
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="with --check: leave what the generator wrote in DIR (replaced), for the tests to reuse",
    )
    args = parser.parse_args(argv)
    try:
        if args.check is None:
            generate_all(args.out, args.spec_only)
            return 0
        with tempfile.TemporaryDirectory() as tmp:
            written = Path(tmp) if args.keep is None else args.keep
            if args.keep is not None:
                shutil.rmtree(written, ignore_errors=True)
            generate_all(written)
            changed = drift(written, args.check)
    except (GenerationError, resolve.ContractError, extensible.ExtensibleEnumError) as exc:
        print(f"generator: {exc}", file=sys.stderr)
        return 1
    if changed:
        print(
            f"{args.check} differs from what the generator writes (edited by hand, or not regenerated):",
            file=sys.stderr,
        )
        for name in changed:
            print(f"  {name}", file=sys.stderr)
        print("run `make generate` and commit the result", file=sys.stderr)
        return 1
    print(f"{args.check} matches the generator")
    return 0


if __name__ == "__main__":
    sys.exit(main())
