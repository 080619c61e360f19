"""mkdocs hooks: the per-vendor resource reference pages, and the contract's HTTP reference rendered by Redocly.

Both come from generated code and the resolved contract at build time, so a new tag or operation needs no page edit.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from functools import cached_property
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "generated" / "openapi.yaml"
HTTP_PAGE = "http/index.html"


def _resources(vendor: str) -> list[tuple[str, type]]:
    """Each client attribute of `vendor` and the resource class it returns, in the contract's tag order."""
    from videoconf._generated import _resources

    base: type = getattr(_resources, f"{vendor}Resources")

    class Probe(base):  # type: ignore[misc]
        def _resource_requester(self) -> Any:
            return None

    probe = Probe()
    # `with_raw_response` holds the same resources again, answering `APIResponse` (its guide is raw-responses.md).
    names = [
        name for name, value in vars(base).items() if isinstance(value, cached_property) and name != "with_raw_response"
    ]
    return [(name, type(getattr(probe, name))) for name in names]


def _resource_page(vendor: str, client: str, short: str) -> str:
    lines = [
        f"# {vendor} resources",
        "",
        f"`{client}` exposes each of these as an attribute (`{short} = {client}(...)`, then `{short}.rooms` and so",
        f"on); `Async{client}` has the same attributes, whose methods are coroutines (`await`) and whose lists are",
        "iterated with `async for`. Every method is generated from one operation of the contract; its docstring names",
        "it.",
        "",
    ]
    for name, cls in _resources(vendor):
        lines += [
            f"## `{short}.{name}`",
            "",
            f"::: {cls.__module__}.{cls.__name__}",
            "    options:",
            "      heading_level: 3",
            "      show_root_heading: true",
            "      show_root_full_path: false",
            "",
        ]
    return "\n".join(lines)


def _http_reference() -> bytes:
    npx = shutil.which("npx")
    if npx is None or not (ROOT / "node_modules" / ".bin" / "redocly").exists():
        raise PluginError("the HTTP reference needs the pinned Node tools: run `make docs` (it runs `npm ci` first)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "index.html"
        # --inlineBundle embeds Redoc's script, so the page works offline instead of loading it from a CDN.
        proc = subprocess.run(
            [
                npx,
                "--no-install",
                "redocly",
                "build-docs",
                str(CONTRACT),
                "--inlineBundle",
                "--output",
                str(out),
                "--title",
                "videoconf HTTP API",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0 or not out.exists():
            raise PluginError(f"redocly build-docs failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
        return out.read_bytes()


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for vendor, client, short in (("SignalWire", "SignalWire", "sw"), ("Whereby", "Whereby", "wb")):
        page = f"reference/{vendor.lower()}.md"
        files.append(File.generated(config, page, content=_resource_page(vendor, client, short)))
    files.append(File.generated(config, HTTP_PAGE, content=_http_reference()))
    return files
