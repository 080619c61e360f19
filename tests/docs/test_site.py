"""The documentation site: built strictly, every public name and resource method in its reference, the guides taken
from README.md, the HTTP reference self-contained, and nothing fetched from the network when it is read."""

from __future__ import annotations

import html
import importlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import videoconf
import videoconf.types
from videoconf._generated._commands import all_commands

COMMANDS = all_commands()
ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = re.compile(r"<!-- --8<-- \[start:([a-z0-9-]+)\] -->\n(.*?)\n<!-- --8<-- \[end:\1\] -->", re.DOTALL)
SNIPPET = re.compile(r'^--8<-- "README\.md:([a-z0-9-]+)"$', re.MULTILINE)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The site `make docs` built (VIDEOCONF_SITE, as `make test` passes it), or one built here with --strict."""
    built = os.environ.get("VIDEOCONF_SITE")
    if built:
        yield ROOT / built
        return
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # Not --quiet: it hides the warnings --strict counts.
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)]
    proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    yield out


def _inventory(site: Path) -> dict[str, str]:
    """The objects mkdocstrings rendered: name -> page."""
    data = (site / "objects.inv").read_bytes()
    _, _, compressed = data.partition(b"compressed using zlib.\n")
    entries = {}
    for line in zlib.decompress(compressed).decode().splitlines():
        name, _domain, _priority, uri, *_ = line.split(" ")
        entries[name] = uri.split("#")[0]
    return entries


def _text(page: Path) -> str:
    """A built page's text, tags removed and white space collapsed."""
    raw = re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))
    return " ".join(html.unescape(raw).split())


def _first_words(markdown: str) -> str:
    """Five words of the first prose line of a README section as they read once rendered (or, in a section of code
    alone, its first long line)."""
    prose = re.sub(r"```.*?```", "", markdown, flags=re.DOTALL)
    for line in prose.splitlines():
        plain = re.sub(r"\[([^]]*)\]\([^)]*\)", r"\1", line).replace("`", "").replace("*", "").strip()
        match = re.search(r"[A-Za-z][A-Za-z,']*(?: [A-Za-z,']+){4}", plain)
        if match:
            return match.group(0)
    code = [" ".join(line.split()) for line in markdown.splitlines() if len(line.strip()) > 30]
    assert code, f"nothing to look for in {markdown[:80]!r}"
    return code[0]


def _documented_at(inventory: dict[str, str], module: object, name: str) -> str | None:
    """The reference page of a public name, documented under the name users import or where it is defined."""
    value = getattr(module, name)
    defined = f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', '')}"
    return inventory.get(f"{getattr(module, '__name__', '')}.{name}") or inventory.get(defined)


def test_every_public_name_is_in_the_python_reference(site: Path) -> None:
    inventory = _inventory(site)
    modules = [videoconf, importlib.import_module("videoconf.webhooks")]
    if importlib.util.find_spec("videoconf.types") is not None:
        modules.append(importlib.import_module("videoconf.types"))
    missing = []
    for module in modules:
        for name in module.__all__:
            page = _documented_at(inventory, module, name)
            if not (page or "").startswith("reference/"):
                missing.append(f"{module.__name__}.{name}")
    assert not missing, f"public but not in the Python API reference: {missing}"


def test_the_python_reference_is_split_into_pages_and_shows_no_private_names(site: Path) -> None:
    inventory = _inventory(site)
    pages = {page for name, page in inventory.items() if name.startswith("videoconf")}
    assert len(pages) >= 8, pages
    assert inventory["videoconf.SignalWire"] == "reference/clients.html"
    assert inventory["videoconf.NotFoundError"] == "reference/errors.html"
    assert inventory["videoconf.APIResponse"] == "reference/raw-responses.html"
    private = re.compile(r"\b_[A-Za-z]\w*Mixin\b|\bRequester\b|\b__(?!version__)\w+__\b")
    for page in sorted(pages):
        text = _text(site / page)
        assert len(text) < 120_000, f"{page} holds {len(text)} characters of text: split it"
        found = sorted(set(private.findall(text)))
        assert not found, f"{page} shows private bases or dunders: {found}"


def test_every_type_is_on_the_types_page(site: Path) -> None:
    inventory = _inventory(site)
    names = videoconf.types.__all__
    assert {"Room", "PaginationLinks", "WherebyRoomClientJoinedEvent", "SyncPage"} <= set(names)
    missing = [name for name in names if not inventory.get(f"videoconf.types.{name}", "").startswith("reference/types")]
    assert not missing, f"in videoconf.types.__all__ but not on the types page: {missing}"


def test_every_resource_method_is_in_its_vendors_reference(site: Path) -> None:
    inventory = _inventory(site)
    clients = {
        "signalwire": videoconf.SignalWire(project_id="p", token="t", base_url="http://127.0.0.1:9"),
        "whereby": videoconf.Whereby(api_key="k", base_url="http://127.0.0.1:9"),
    }
    for operation_id, command in COMMANDS.items():
        resource = type(getattr(clients[command["vendor"]], command["resource"]))
        name = f"{resource.__module__}.{resource.__name__}.{command['method']}"
        page = f"reference/{command['vendor']}/{command['resource']}.html"
        assert inventory.get(name) == page, f"{operation_id}: {name} is not documented on {page}"


def test_every_readme_guide_has_a_page_and_the_page_shows_its_text(site: Path) -> None:
    sections = dict(SECTION.findall(README))
    assert {
        "intro",
        "installation",
        "quickstart-sandbox",
        "quickstart-signalwire",
        "cli",
        "errors",
        "retries",
        "pagination",
        "async",
        "sandbox",
        "generation",
    } <= set(sections)
    included: dict[str, Path] = {}
    for page in (ROOT / "docs").rglob("*.md"):
        for name in SNIPPET.findall(page.read_text(encoding="utf-8")):
            included[name] = page
    assert set(included) == set(sections), "a README section has no page (or a page names no README section)"
    for name, page in included.items():
        html = _text((site / page.relative_to(ROOT / "docs")).with_suffix(".html"))
        prose = _first_words(sections[name])
        assert prose in html, f"{page.name} does not show README section {name!r} ({prose!r})"
    for html_page in site.rglob("*.html"):
        assert "--8&lt;--" not in html_page.read_text(encoding="utf-8"), f"{html_page}: a snippet was not included"


def test_the_http_reference_is_one_self_contained_page_of_every_operation(site: Path) -> None:
    html = (site / "http" / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=\"https?:", html), "Redoc is loaded from the network"
    missing = [operation_id for operation_id in COMMANDS if operation_id not in html]
    assert not missing, missing
    assert 'href="../http/index.html"' in (site / "reference" / "http.html").read_text(encoding="utf-8")


def test_the_sandbox_page_names_the_operations_it_serves_without_state(site: Path) -> None:
    from videoconf.sandbox._app import stateless_operations

    page = _text(site / "sandbox.html")
    assert "Operations served without state" in page
    assert all(name in page for name in stateless_operations())
    assert ("None in this version" in page) == (not stateless_operations())


def test_no_page_loads_anything_from_the_network(site: Path) -> None:
    external = re.compile(r"<(?:script|link|img)\b[^>]*\b(?:src|href)=\"(?:https?:)?//[^\"]+\"")
    for html_page in site.rglob("*.html"):
        found = external.findall(html_page.read_text(encoding="utf-8"))
        assert not found, f"{html_page.relative_to(site)} loads {found[:3]}"


def _search_words(config: dict[str, Any], text: str) -> list[str]:
    """The words the site's search makes of a text, split by its configured separator as its worker does."""
    separator = re.compile(config["separator"])
    return [word.lower() for word in separator.split(re.sub(r"<[^>]+>", " ", html.unescape(text))) if word]


@pytest.mark.parametrize(
    ("query", "guide"),
    [
        ("with_raw_response", "raw-responses.html"),
        ("record_drift", "drift.html"),
        ("get_by_name", "quickstart.html"),
        ("iter_pages", "pagination.html"),
        ("with_options", "retries.html"),
    ],
)
def test_search_finds_the_guide_of_a_method_by_its_name(site: Path, query: str, guide: str) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    words = _search_words(index["config"], query)
    assert words == [query], f"the search splits {query!r} into {words}"
    found = {
        doc["location"].split("#")[0]
        for doc in index["docs"]
        if query in _search_words(index["config"], doc["title"] + " " + doc["text"])
    }
    assert guide in found, f"searching {query!r} finds {sorted(found)}"


def test_the_raw_responses_guide_is_titled_by_its_method(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    (title,) = [doc["title"] for doc in index["docs"] if doc["location"] == "raw-responses.html"]
    assert "with_raw_response" in _search_words(index["config"], title), title


def test_the_http_reference_shows_the_package_version_and_links_back(site: Path) -> None:
    page = (site / "http" / "index.html").read_text(encoding="utf-8")
    versions = set(re.findall(r'"info":\{"title":"[^"]*","version":"([^"]+)"', page))
    assert versions == {videoconf.__version__}, versions
    assert f"({videoconf.__version__})" in _text(site / "http" / "index.html")
    assert '"disableTelemetry":true' in page, "Redoc would send telemetry when the page is read"
    for back in ("../index.html", "../quickstart.html", "../reference/python.html"):
        assert f'href="{back}"' in page, back


def test_code_blocks_wrap_and_leave_room_for_the_copy_button(site: Path) -> None:
    css = (site / "assets" / "videoconf.css").read_text(encoding="utf-8")
    rule = re.search(r"\.md-typeset pre > code \{([^}]*)\}", css)
    assert rule, css
    declarations = dict(re.findall(r"([a-z-]+):\s*([^;]+);", rule.group(1)))
    assert declarations["white-space"] == "pre-wrap"
    assert float(declarations["padding-right"].removesuffix("em")) >= 2.5  # the button: 1.5em wide, 0.5em in
    diagram = re.search(r"\.md-typeset > \.language-text pre > code \{([^}]*)\}", css)
    assert diagram and "white-space: pre;" in diagram.group(1), "a diagram must not wrap"
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if "<pre" in text and page.parent.name != "http":
            assert "assets/videoconf.css" in text, f"{page.relative_to(site)} lacks the stylesheet"


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js, as make docs does")
@pytest.mark.parametrize(
    ("query", "guide"),
    [("with_raw_response", "raw-responses.html"), ("record_drift", "drift.html"), ("iter_pages", "pagination.html")],
)
def test_the_sites_search_puts_the_guide_of_a_method_near_the_top(site: Path, query: str, guide: str) -> None:
    (worker,) = (site / "assets" / "javascripts" / "workers").glob("search.*.min.js")
    script = Path(__file__).with_name("search_worker.cjs")
    index = site / "search" / "search_index.json"
    command = ["node", str(script), str(worker), str(index), query]
    proc = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    assert proc.returncode == 0, proc.stderr
    pages = list(dict.fromkeys(line.split("#")[0] for line in proc.stdout.splitlines()))
    assert guide in pages[:3], f"searching {query!r} shows {pages[:6]}"


def test_the_site_says_which_features_are_betas(site: Path) -> None:
    # The contract's x-beta features say so in their descriptions, which both references render.
    whereby_page = " ".join(
        _text(site / "reference" / "whereby" / page) for page in ("meetings.html", "summaries.html")
    )
    assert "Closed beta: returns one page of summaries" in whereby_page
    assert "Closed beta, for selected accounts only: let participants join the meeting by telephone" in whereby_page
    http_page = (site / "http" / "index.html").read_text(encoding="utf-8")
    assert "Closed beta: sent when a host asks for a Whereby Assistant" in http_page
    assert "Closed beta, for selected accounts only: let participants join the meeting by" in http_page
