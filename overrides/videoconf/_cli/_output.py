"""Writes results: JSON (one object per line) for programs, a width-aware table for people, progress on stderr."""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import sys
import time
import uuid
from collections.abc import Iterable, Mapping
from typing import IO

__all__ = ["Progress", "identifying", "plain", "table", "write_json"]

_ELLIPSIS = "…"
_MIN_COLUMN = 12
_MAX_COLUMN = 48


def plain(value: object) -> object:
    """A JSON-ready form of a result: attrs models through their `to_dict()` (wire names, unknown fields kept)."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return plain(to_dict())
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def write_json(value: object, stream: IO[str]) -> None:
    stream.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _cut(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    return text[: max(width - 1, 0)] + _ELLIPSIS if width > 0 else ""


def _empty(value: object) -> bool:
    return value is None or value == {} or value == [] or value == ""


# What a user copies from a table (ids, names, links), as gh and the Stripe CLI keep them: never cut.
_IDENTIFYING = re.compile(r"^(id|name|url)$|(_id|[a-z]Id|_url|[a-z]Url|[a-z]Name|_name)$")
_LABELS = frozenset({"display_name", "displayName"})


def identifying(column: str, values: Iterable[str] = ()) -> bool:
    """Whether a column names or locates what a row is: an id, a name, a URL (by its name or by its values)."""
    if column in _LABELS:
        return False
    if _IDENTIFYING.search(column):
        return True
    filled = [value for value in values if value]
    return bool(filled) and all(value.startswith(("https://", "http://")) for value in filled)


def _rank(column: str) -> int:
    # Which identifying column gives way first when they cannot all fit whole: names, then URLs, then ids.
    lowered = column.lower()
    return 0 if lowered.endswith("id") else 1 if lowered.endswith("url") else 2


def _choose(columns: list[str], natural: list[int], floors: list[int], keep: list[bool], room: int) -> list[int]:
    """The columns shown in `room`: identifying ones whole (ids first), then the others at their floor while they
    fit; the first column always."""
    gap = 2
    chosen: list[int] = []
    used = -gap

    def fits(width: int) -> bool:
        return used + gap + width <= room

    for index in sorted((i for i in range(len(columns)) if keep[i]), key=lambda i: (_rank(columns[i]), i)):
        if fits(natural[index]) or not chosen:
            chosen.append(index)
            used += gap + natural[index]
    for index in range(len(columns)):
        if not keep[index] and (fits(floors[index]) or not chosen):
            chosen.append(index)
            used += gap + floors[index]
    return sorted(chosen)


def _widen(chosen: list[int], natural: list[int], floors: list[int], keep: list[bool], room: int) -> list[int]:
    """Widths of the chosen columns: whole for identifying ones, the rest widened in turns with the room left."""
    widths = [natural[i] if keep[i] else floors[i] for i in chosen]
    spare = room - sum(widths) - 2 * (len(chosen) - 1)
    while spare > 0 and any(widths[n] < natural[i] for n, i in enumerate(chosen)):
        for n, i in enumerate(chosen):
            if spare > 0 and widths[n] < natural[i]:
                widths[n] += 1
                spare -= 1
    return widths


def table(value: object, width: int | None = None) -> tuple[str, list[str]]:
    """The rows of a table for a list of objects, or of field/value pairs for one object; and the columns left out.

    With a `width` (a terminal's), ids, names and URLs stay whole and the other columns are shortened or left out;
    without one (output to a pipe or a file) nothing is cut or left out.
    """
    if isinstance(value, dict):
        return _pairs(value, width), []
    rows = list(value) if isinstance(value, list) else [value]
    if not all(isinstance(row, dict) for row in rows):
        return "\n".join(_cell(row) if width is None else _cut(_cell(row), width) for row in rows), []
    columns: list[str] = []
    for row in rows:
        assert isinstance(row, dict)
        columns.extend(key for key in row if key not in columns)
    # A column that no row fills says nothing in a table (JSON output keeps it).
    columns = [name for name in columns if any(not _empty(row.get(name)) for row in rows if isinstance(row, dict))]
    if not columns:
        return "", []
    cells = [[_cell(row.get(name)) for name in columns] for row in rows if isinstance(row, dict)]
    natural = [max([len(name), *(len(line[i]) for line in cells)]) for i, name in enumerate(columns)]
    if width is None:
        chosen, widths = list(range(len(columns))), natural
    else:
        keep = [identifying(name, (line[i] for line in cells)) for i, name in enumerate(columns)]
        capped = [n if keep[i] else min(n, _MAX_COLUMN) for i, n in enumerate(natural)]
        floors = [min(max(len(name), _MIN_COLUMN), capped[i]) for i, name in enumerate(columns)]
        chosen = _choose(columns, capped, floors, keep, width)
        widths = _widen(chosen, capped, floors, keep, width)
    lines = [_line([columns[i] for i in chosen], widths), _line(["-" * w for w in widths], widths)]
    lines.extend(_line([line[i] for i in chosen], widths) for line in cells)
    return "\n".join(lines), [name for i, name in enumerate(columns) if i not in chosen]


def _line(texts: Iterable[str], widths: list[int]) -> str:
    return "  ".join(_cut(text, width).ljust(width) for text, width in zip(texts, widths, strict=False)).rstrip()


def _pairs(record: dict[str, object], room: int | None) -> str:
    shown = {key: _cell(value) for key, value in record.items() if not _empty(value)}
    if not shown:
        return ""
    key_width = max(len(key) for key in shown)
    value_width = max((room or 0) - key_width - 2, _MIN_COLUMN)
    return "\n".join(
        f"{key.ljust(key_width)}  "
        f"{text if room is None or identifying(key, [text]) else _cut(text, value_width)}".rstrip()
        for key, text in shown.items()
    )


class Progress:
    """`--all` on a long list: a line on stderr once a second page is fetched (kept up to date on a terminal)."""

    def __init__(self, stream: IO[str] = sys.stderr, interval: float = 1.0) -> None:
        self._stream = stream
        self._live = stream.isatty()
        self._interval = interval
        self._last = 0.0

    def update(self, pages: int, items: int) -> None:
        if pages < 2:
            return
        now = time.monotonic()
        if self._live or now - self._last >= self._interval:
            self._write(pages, items, final=False)
            self._last = now

    def finish(self, pages: int, items: int) -> None:
        if pages >= 2:
            self._write(pages, items, final=True)

    def _write(self, pages: int, items: int, *, final: bool) -> None:
        text = f"videoconf: {items} items from {pages} pages{'' if final else '...'}"
        if self._live:
            self._stream.write("\r\x1b[K" + text + ("\n" if final else ""))
        else:
            self._stream.write(text + "\n")
        self._stream.flush()
