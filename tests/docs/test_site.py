"""The documentation site: built strictly, every public name and resource method in its reference, the guides taken
from README.md, the HTTP reference self-contained, and nothing fetched from the network when it is read."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

import videoconf
from videoconf_api._commands import all_commands

COMMANDS = all_commands()
ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = re.compile(r"<!-- --8<-- \[start:([a-z0-9-]+)\] -->\n(.*?)\n<!-- --8<-- \[end:\1\] -->", re.DOTALL)
SNIPPET = re.compile(r'^--8<-- "README\.md:([a-z0-9-]+)"$', re.MULTILINE)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The site `make docs` built (VIDEOCONF_SITE, as `make test` passes it), or one built here with --strict."""
    built = os.environ.get("VIDEOCONF_SITE")
    if built:
        yield ROOT / built
        return
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)]
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


def test_every_public_name_is_in_the_python_reference(site: Path) -> None:
    inventory = _inventory(site)
    missing = [name for name in videoconf.__all__ if inventory.get(f"videoconf.{name}") != "reference/python.html"]
    assert not missing, f"in videoconf.__all__ but not in the Python API reference: {missing}"


def test_every_resource_method_is_in_its_vendors_reference(site: Path) -> None:
    inventory = _inventory(site)
    clients = {
        "signalwire": videoconf.SignalWire(project_id="p", token="t", base_url="http://127.0.0.1:9"),
        "whereby": videoconf.Whereby(api_key="k", base_url="http://127.0.0.1:9"),
    }
    for operation_id, command in COMMANDS.items():
        resource = type(getattr(clients[command["vendor"]], command["resource"]))
        name = f"{resource.__module__}.{resource.__name__}.{command['method']}"
        assert inventory.get(name) == f"reference/{command['vendor']}.html", f"{operation_id}: {name} is not documented"


def test_every_readme_guide_has_a_page_and_the_page_shows_its_text(site: Path) -> None:
    sections = dict(SECTION.findall(README))
    assert {
        "intro",
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


def test_no_page_loads_anything_from_the_network(site: Path) -> None:
    external = re.compile(r"<(?:script|link|img)\b[^>]*\b(?:src|href)=\"(?:https?:)?//[^\"]+\"")
    for html_page in site.rglob("*.html"):
        found = external.findall(html_page.read_text(encoding="utf-8"))
        assert not found, f"{html_page.relative_to(site)} loads {found[:3]}"


def test_the_site_says_which_features_are_betas(site: Path) -> None:
    # The contract's x-beta features say so in their descriptions, which both references render.
    whereby_page = _text(site / "reference" / "whereby.html")
    assert "Closed beta: returns one page of summaries" in whereby_page
    assert "Closed beta, for selected accounts only: let participants join the meeting by telephone" in whereby_page
    http_page = (site / "http" / "index.html").read_text(encoding="utf-8")
    assert "Closed beta: sent when a host asks for a Whereby Assistant" in http_page
    assert "Closed beta, for selected accounts only: let participants join the meeting by" in http_page
