"""mkdocs hooks: the reference pages written from code (per-vendor resources, webhook events), the contract's HTTP
reference rendered by Redocly, with the package's version and a way back, and the sandbox's stateless operations.

They come from generated code and the resolved contract at build time, so a new tag, operation or event needs no
page edit.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
import typing
from functools import cached_property
from pathlib import Path
from typing import Any

import attrs
import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "generated" / "openapi.yaml"
HTTP_PAGE = "http/index.html"
HTTP_TEMPLATE = Path(__file__).with_name("http.hbs")
EVENTS_PAGE = "reference/webhook-events.md"
EVENT_DATA_PAGE = "reference/webhook-event-data.md"
# What a class on a generated page leaves out: its constructor (users never build a resource; it takes the client's
# private requester) and its bases (private mixins and generated base classes).
CLASS_OPTIONS = ["      merge_init_into_class: false", "      show_bases: false"]


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


VENDORS = (("SignalWire", "SignalWire", "sw"), ("Whereby", "Whereby", "wb"))


def _methods(cls: type) -> list[str]:
    return [name for name, value in vars(cls).items() if callable(value) and not name.startswith("_")]


def _resource_pages(vendor: str, client: str, short: str) -> dict[str, str]:
    """The vendor's page (what its client holds, with links) and one page per resource: path -> Markdown."""
    folder = f"reference/{vendor.lower()}"
    index = [
        f"# {vendor} resources",
        "",
        f"`{client}` exposes each of these as an attribute (`{short} = {client}(...)`, then `{short}.rooms` and so",
        f"on); `Async{client}` has the same attributes, whose methods are coroutines (`await`) and whose lists are",
        "iterated with `async for`. Every method is generated from one operation of the contract; its docstring names",
        "it. One page per resource:",
        "",
        "| Attribute | Methods |",
        "|---|---|",
    ]
    pages = {}
    for name, cls in _resources(vendor):
        methods = ", ".join(f"`{method}`" for method in _methods(cls))
        index.append(f"| [`{short}.{name}`]({vendor.lower()}/{name}.md) | {methods} |")
        pages[f"{folder}/{name}.md"] = "\n".join(
            [
                f"# `{short}.{name}`",
                "",
                f"The `{name}` resource of [`{client}`](../clients.md) (and of `Async{client}`, whose methods are",
                "coroutines).",
                "",
                f"::: {cls.__module__}.{cls.__name__}",
                "    options:",
                "      heading_level: 2",
                "      show_root_heading: true",
                "      show_root_full_path: false",
                *CLASS_OPTIONS,
                "",
            ]
        )
    pages[f"{folder}.md"] = "\n".join([*index, ""])
    return pages


def _type_pages() -> dict[str, str]:
    """The classes of `videoconf.types`, one page per vendor: a class belongs to the vendor whose bundle has the
    schema it was made from (an inline part is named after its parent schema, so the longest name that prefixes it)."""
    import enum

    from openapi_python_client.strings import ClassName

    import videoconf.types

    owners: dict[str, set[str]] = {}
    for vendor, _client, _short in VENDORS:
        bundle = yaml.safe_load((ROOT / "generated" / f"{vendor.lower()}.openapi.yaml").read_text(encoding="utf-8"))
        for schema in bundle["components"]["schemas"]:
            owners.setdefault(str(ClassName(schema, "")), set()).add(vendor)
    pages: dict[str, list[str]] = {vendor: [] for vendor, _client, _short in VENDORS}
    for name in videoconf.types.__all__:
        value = getattr(videoconf.types, name)
        prefixes = [schema for schema in owners if name.startswith(schema)]
        vendors = owners[max(prefixes, key=len)] if prefixes else set()
        if isinstance(value, type) and len(vendors) == 1 and (attrs.has(value) or issubclass(value, enum.Enum)):
            pages[next(iter(vendors))].append(name)
    # Every model has to_dict/from_dict and the mapping methods of its unknown fields: the Types page says so once.
    methods = '      filters: ["!^_", "!^(to_dict|from_dict|to_multipart|additional_keys)$"]'
    options = ["    options:", "      summary: false", "      heading_level: 2", methods, *CLASS_OPTIONS, ""]
    out = {}
    for vendor, names in pages.items():
        lines = [
            f"# {vendor} types",
            "",
            f"The models and enums of the {vendor} API, importable from `videoconf.types`; see [Types](../types.md).",
            "",
        ]
        for name in sorted(names):
            lines += [f"::: videoconf.types.{name}", *options]
        out[f"reference/types/{vendor.lower()}.md"] = "\n".join(lines)
    return out


def _webhook_event_pages() -> dict[str, str]:
    """A page of the webhook event models and one of the models of their `data`, in the order of the contract."""
    from videoconf import webhooks

    names = [name for name in webhooks.__all__ if name.startswith("Whereby") and name.endswith("Event")]
    events = [cls for cls in (getattr(webhooks, name) for name in names) if attrs.has(cls)]
    data: dict[type, None] = {}
    for cls in events:
        data.setdefault(typing.get_type_hints(cls)["data"])
    # No summary tables: an event has few members, and the table of contents lists them already.
    options = ["    options:", "      summary: false", *CLASS_OPTIONS, ""]
    events_page = [
        "# Webhook events",
        "",
        "`webhooks.unwrap(...)` returns one of these models, chosen by the event's `type` (or `UnknownWherebyEvent`",
        "for a type this version does not know), with its `data` as one of the [event data](webhook-event-data.md)",
        "models. Both are generated from the `webhooks` section of the contract; the events are importable from",
        "`videoconf.webhooks`.",
        "",
    ]
    for cls in events:
        events_page += [f"::: videoconf.webhooks.{cls.__name__}", *options]
    data_page = [
        "# Webhook event data",
        "",
        "The `data` of each [webhook event](webhook-events.md): what happened, in which room, to whom.",
        "",
    ]
    for cls in data:
        data_page += [f"::: {cls.__module__}.{cls.__name__}", *options]
    return {EVENTS_PAGE: "\n".join(events_page), EVENT_DATA_PAGE: "\n".join(data_page)}


def _contract_with_package_version(out: Path) -> Path:
    """The resolved contract as JSON, its `info.version` the package's: the HTTP reference documents this release."""
    from videoconf import __version__

    contract = yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))
    contract["info"]["version"] = __version__
    out.write_text(json.dumps(contract), encoding="utf-8")
    return out


def _relative_routes(page: str) -> str:
    """Redoc renders its menu with root-absolute links (`href="/signalwire-rooms"`) but routes by the URL's hash when
    it runs: `#/signalwire-rooms` is the same section, and works wherever the site is served, or read from the disk."""
    return re.sub(r'href="/([A-Za-z0-9._~-]*)"', r'href="#/\1"', page)


def _http_reference() -> bytes:
    npx = shutil.which("npx")
    if npx is None or not (ROOT / "node_modules" / ".bin" / "redocly").exists():
        raise PluginError("the HTTP reference needs the pinned Node tools: run `make docs` (it runs `npm ci` first)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "index.html"
        contract = _contract_with_package_version(Path(tmp) / "openapi.json")
        # --inlineBundle embeds Redoc's script, so the page works offline instead of loading it from a CDN; the
        # template adds a bar linking back to the guides.
        proc = subprocess.run(
            [
                npx,
                "--no-install",
                "redocly",
                "build-docs",
                str(contract),
                "--inlineBundle",
                "--template",
                str(HTTP_TEMPLATE),
                "--output",
                str(out),
                "--title",
                "videoconf HTTP API",
            ],
            cwd=ROOT,
            # No telemetry, from the build (it would call the network) or from the page when it is read.
            env={**os.environ, "REDOCLY_TELEMETRY": "off"},
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0 or not out.exists():
            raise PluginError(f"redocly build-docs failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
        return _relative_routes(out.read_text(encoding="utf-8")).encode("utf-8")


def _stateless_section() -> str:
    from videoconf.sandbox._app import stateless_operations

    names = stateless_operations()
    text = (
        "Answered from the contract alone in this version: " + ", ".join(f"`{name}`" for name in names) + "."
        if names
        else "None in this version: every operation of the contract has a stateful handler."
    )
    return f"\n\n## Operations served without state\n\n{text}\n"


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """The sandbox page names the operations the sandbox answers from the contract alone, as its start-up text does."""
    return markdown + _stateless_section() if page.file.src_uri == "sandbox.md" else markdown


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for vendor, client, short in VENDORS:
        for page, content in _resource_pages(vendor, client, short).items():
            files.append(File.generated(config, page, content=content))
    for page, content in [*_webhook_event_pages().items(), *_type_pages().items()]:
        files.append(File.generated(config, page, content=content))
    files.append(File.generated(config, HTTP_PAGE, content=_http_reference()))
    return files


def _python_api_nav(config: MkDocsConfig) -> list[Any]:
    for section in config.nav or []:
        for entries in section.get("Reference", []) if isinstance(section, dict) else []:
            python_api = entries.get("Python API") if isinstance(entries, dict) else None
            if isinstance(python_api, list):
                return python_api
    raise PluginError('mkdocs.yml: the nav has no "Reference" > "Python API" section for the reference pages')


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Lists each resource page under its vendor's page in the "Python API" part of the nav."""
    python_api = _python_api_nav(config)
    for vendor, _client, short in VENDORS:
        index = f"reference/{vendor.lower()}.md"
        for position, entry in enumerate(python_api):
            if isinstance(entry, dict) and index in entry.values():
                (title,) = entry
                resources = [
                    {f"{short}.{name}": f"reference/{vendor.lower()}/{name}.md"} for name, _ in _resources(vendor)
                ]
                python_api[position] = {title: [index, *resources]}
    return config
