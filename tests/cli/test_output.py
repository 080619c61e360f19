"""Tables fit the terminal, values are cut visibly, progress shows only for lists of several pages."""

from __future__ import annotations

import datetime as dt
import enum
import io
import uuid

from videoconf._cli._output import Progress, plain, table


def test_a_list_table_fits_the_width_and_marks_what_it_cuts() -> None:
    rows = [
        {"id": str(uuid.UUID(int=n)), "name": f"room-{n}", "description": "x" * 80, "empty": None} for n in range(3)
    ]
    text, hidden = table(rows, width=60)
    lines = text.splitlines()
    assert lines[0].split() == ["id", "name", "description"]  # a column no row fills is left out
    assert hidden == 0
    assert all(len(line) <= 60 for line in lines)
    assert lines[2].endswith("…") and "room-0" in lines[2]


def test_columns_that_cannot_fit_are_dropped_and_counted() -> None:
    rows = [{f"column_{n}": "value" for n in range(20)}]
    text, hidden = table(rows, width=50)
    shown = text.splitlines()[0].split()
    assert shown[0] == "column_0" and len(shown) + hidden == 20 and hidden > 0
    assert all(len(line) <= 50 for line in text.splitlines())


def test_one_object_is_shown_as_field_value_pairs() -> None:
    text, hidden = table({"name": "standup", "meta": {"team": "a"}, "enabled": True, "gone": None}, width=40)
    assert text.splitlines() == ["name     standup", 'meta     {"team":"a"}', "enabled  true"]
    assert hidden == 0


def test_plain_gives_json_values() -> None:
    class Colour(enum.Enum):
        RED = "red"

    value = plain({"when": dt.datetime(2030, 1, 1, tzinfo=dt.UTC), "colour": Colour.RED, "ids": (uuid.UUID(int=1),)})
    assert value == {
        "when": "2030-01-01T00:00:00+00:00",
        "colour": "red",
        "ids": ["00000000-0000-0000-0000-000000000001"],
    }


def test_progress_appears_only_from_the_second_page_on() -> None:
    stream = io.StringIO()
    progress = Progress(stream, interval=0.0)
    progress.update(1, 100)
    progress.finish(1, 100)
    assert stream.getvalue() == ""
    progress.update(2, 200)
    progress.finish(3, 250)
    assert stream.getvalue().splitlines() == [
        "videoconf: 200 items from 2 pages...",
        "videoconf: 250 items from 3 pages",
    ]
