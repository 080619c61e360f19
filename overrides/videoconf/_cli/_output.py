"""Writes results: JSON (one object per line) for programs, a width-aware table for people, progress on stderr."""

from __future__ import annotations

import datetime as dt
import enum
import json
import shutil
import sys
import time
import uuid
from collections.abc import Iterable, Mapping
from typing import IO

__all__ = ["Progress", "plain", "table", "write_json"]

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


def _fit(natural: list[int], floors: list[int], room: int) -> list[int]:
    """Column widths for `room`: as many columns as fit at their floor, then widened in turns towards natural width."""
    gap = 2
    count = 0
    while count < len(natural) and sum(floors[: count + 1]) + gap * count <= room:
        count += 1
    count = max(count, 1)
    widths = floors[:count]
    spare = room - sum(widths) - gap * (count - 1)
    while spare > 0 and any(widths[i] < natural[i] for i in range(count)):
        for i in range(count):
            if spare > 0 and widths[i] < natural[i]:
                widths[i] += 1
                spare -= 1
    return widths


def table(value: object, width: int | None = None) -> tuple[str, int]:
    """The rows of a table for a list of objects, or of field/value pairs for one object; and columns left out."""
    room = width or shutil.get_terminal_size((100, 24)).columns
    if isinstance(value, dict):
        return _pairs(value, room), 0
    rows = list(value) if isinstance(value, list) else [value]
    if not all(isinstance(row, dict) for row in rows):
        return "\n".join(_cut(_cell(row), room) for row in rows), 0
    columns: list[str] = []
    for row in rows:
        assert isinstance(row, dict)
        columns.extend(key for key in row if key not in columns)
    # A column that no row fills says nothing in a table (JSON output keeps it).
    columns = [name for name in columns if any(not _empty(row.get(name)) for row in rows if isinstance(row, dict))]
    if not columns:
        return "", 0
    cells = [[_cell(row.get(name)) for name in columns] for row in rows if isinstance(row, dict)]
    natural = [min(max([len(name), *(len(line[i]) for line in cells)]), _MAX_COLUMN) for i, name in enumerate(columns)]
    floors = [min(max(len(name), _MIN_COLUMN), natural[i]) for i, name in enumerate(columns)]
    widths = _fit(natural, floors, room)
    count = len(widths)
    lines = [_line(columns[:count], widths), _line(["-" * w for w in widths], widths)]
    lines.extend(_line(line[:count], widths) for line in cells)
    return "\n".join(lines), len(columns) - count


def _line(texts: Iterable[str], widths: list[int]) -> str:
    return "  ".join(_cut(text, width).ljust(width) for text, width in zip(texts, widths, strict=False)).rstrip()


def _pairs(record: dict[str, object], room: int) -> str:
    shown = {key: value for key, value in record.items() if not _empty(value)}
    if not shown:
        return ""
    key_width = min(max(len(key) for key in shown), _MAX_COLUMN)
    value_width = max(room - key_width - 2, _MIN_COLUMN)
    return "\n".join(
        f"{_cut(key, key_width).ljust(key_width)}  {_cut(_cell(value), value_width)}".rstrip()
        for key, value in shown.items()
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
