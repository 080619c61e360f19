"""mkdocs hooks: a page for each example program, and README links to repository files pointed at their pages.

The README links to `examples/webhook_receiver.py` and `CHANGELOG.md` as files of the repository, which is right on
GitHub. On the site the same text links to the page that shows that file, and mkdocs then checks the link like any
other (`validation` in mkdocs.yml turns an unresolved one into a warning, and --strict into a failed build).
"""

from __future__ import annotations

import ast
import posixpath
import xml.etree.ElementTree as etree
from pathlib import Path
from typing import Any

from markdown import Markdown  # type: ignore[import-untyped]
from markdown.extensions import Extension  # type: ignore[import-untyped]
from markdown.treeprocessors import Treeprocessor  # type: ignore[import-untyped]
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def _examples() -> list[Path]:
    return sorted(path for path in EXAMPLES.glob("*.py") if not path.name.startswith("_"))


def repository_pages() -> dict[str, str]:
    """A repository file the README links to (its path from the repository's root) -> the page that shows it."""
    pages = {"CHANGELOG.md": "changelog.md"}
    for path in _examples():
        pages[f"examples/{path.name}"] = f"examples/{path.stem}.md"
    return pages


def _example_page(path: Path) -> str:
    source = path.read_text(encoding="utf-8")
    # The docstring's first paragraph says what the program does; the rest is in the source shown below it.
    docstring = (ast.get_docstring(ast.parse(source)) or "").split("\n\n")[0]
    name = f"examples/{path.name}"
    return "\n".join(
        [
            f"# `{name}`",
            "",
            docstring,
            "",
            f"Run it from a clone of the repository: `python -m examples.{path.stem}` (after `make demo` has built",
            "`.venv`, or with videoconf installed).",
            "",
            "```python",
            f'--8<-- "{name}"',
            "```",
            "",
        ]
    )


class _RepositoryLinks(Treeprocessor):  # type: ignore[misc]
    """Rewrites `href`s that name a repository file with a page into a link to that page, relative to the page."""

    def __init__(self, md: Markdown, extension: _RepositoryLinksExtension) -> None:
        super().__init__(md)
        self.pages = repository_pages()
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        for element in root.iter("a"):
            href = element.get("href", "")
            path, hash_, fragment = href.partition("#")
            target = self.pages.get(posixpath.normpath(path)) if path and "//" not in path else None
            if target is not None:
                element.set("href", posixpath.relpath(target, self.extension.page_dir or ".") + hash_ + fragment)


class _RepositoryLinksExtension(Extension):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.page_dir = ""  # the directory of the page being rendered, set before each page

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        # Before mkdocs' own link processor (priority 0), which turns page links into .html and checks them.
        md.treeprocessors.register(_RepositoryLinks(md, self), "videoconf_repository_links", 5)


_EXTENSION = _RepositoryLinksExtension()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config.markdown_extensions.append(_EXTENSION)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path in _examples():
        files.append(File.generated(config, f"examples/{path.stem}.md", content=_example_page(path)))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs: Any) -> str:
    _EXTENSION.page_dir = posixpath.dirname(page.file.src_uri)
    return markdown
