"""Every link of the built site leads somewhere: a crawler over each HTML page of site/ follows each internal href and
src, anchors included; and every relative link of README.md resolves in the repository, as GitHub shows it."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.docs.test_site import README, ROOT
from tests.docs.test_site import site as site  # noqa: F401  (the fixture)

SKIPPED_SCHEMES = ("mailto:", "javascript:", "data:", "tel:")


class _Page(HTMLParser):
    """The ids a page defines and the links it makes (inside <script> and <style> the parser sees no tags)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.routes: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.ids.add(values["name"])
        # Redoc routes by the hash (`#/signalwire-rooms`) to the section that carries this attribute.
        if "data-section-id" in values:
            self.routes.add(values["data-section-id"])
        for name in ("href", "src"):
            if name in values:
                self.links.append(values[name])


def _parse(page: Path) -> _Page:
    parsed = _Page()
    parsed.feed(page.read_text(encoding="utf-8"))
    return parsed


def _anchor_exists(target: _Page, fragment: str) -> bool:
    if fragment in target.ids:
        return True
    route = fragment.split("?")[0]
    return route.startswith("/") and (route in target.routes or route.rsplit("/", 1)[0] in target.routes)


def broken_links(site: Path) -> list[str]:
    """`page: link` for each internal link of the site that leads nowhere, or to an anchor the target lacks."""
    pages = {page.resolve(): _parse(page) for page in site.rglob("*.html")}
    broken = []
    for page, parsed in sorted(pages.items()):
        for link in parsed.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(SKIPPED_SCHEMES):
                continue
            name = page.relative_to(site.resolve()).as_posix()
            where = f"{name}: {link}"
            base = page.parent
            if parts.path.startswith("/"):
                # Only the 404 page, which a server shows at any path, links from the root (mkdocs does so).
                if name != "404.html":
                    broken.append(f"{where} (root-absolute: wrong wherever the site is not served at the root)")
                    continue
                base = site.resolve()
            target = (base / unquote(parts.path).lstrip("/")).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(where)
            elif parts.fragment and target.suffix == ".html":
                if not _anchor_exists(pages.get(target) or _parse(target), unquote(parts.fragment)):
                    broken.append(f"{where} (no such anchor)")
    return broken


def test_every_internal_link_of_the_site_leads_somewhere(site: Path) -> None:  # noqa: F811
    broken = broken_links(site)
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken)


def test_the_crawler_finds_a_broken_link_and_a_missing_anchor(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "index.html").write_text(
        '<h2 id="here">x</h2><a href="#here">ok</a><a href="sub/page.html#there">ok</a><a href="#gone">no</a>'
        '<a href="missing.html">no</a><a href="/sub/page.html">no</a><a href="https://example.com/">external</a>',
        encoding="utf-8",
    )
    (tmp_path / "sub" / "page.html").write_text('<p id="there"></p><img src="../index.html">', encoding="utf-8")
    assert broken_links(tmp_path) == [
        "index.html: #gone (no such anchor)",
        "index.html: missing.html",
        "index.html: /sub/page.html (root-absolute: wrong wherever the site is not served at the root)",
    ]


def _github_anchor(heading: str) -> str:
    """The id GitHub gives a Markdown heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower().replace("`", ""))
    return text.replace(" ", "-")


@pytest.mark.parametrize("document", ["README.md"])
def test_every_relative_link_of_the_readme_resolves_on_github(document: str) -> None:
    anchors = {_github_anchor(h) for h in re.findall(r"^#+ (.+)$", README, flags=re.MULTILINE)}
    prose = re.sub(r"```.*?```", "", README, flags=re.DOTALL)
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", prose):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, fragment = target.partition("#")
        if path and not os.path.exists(ROOT / path):
            broken.append(target)
        elif not path and fragment not in anchors:
            broken.append(target)
    assert not broken, f"{document} links to what the repository does not have: {broken}"
