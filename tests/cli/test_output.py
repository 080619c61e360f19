"""Tables fit the terminal, values are cut visibly, progress shows only for lists of several pages."""

from __future__ import annotations

import datetime as dt
import enum
import io
import uuid

from videoconf._cli._output import Progress, plain, table


def test_a_list_table_fits_the_width_and_cuts_only_what_does_not_identify_a_row() -> None:
    rows = [
        {"id": str(uuid.UUID(int=n)), "name": f"room-{n}", "description": "x" * 80, "empty": None} for n in range(3)
    ]
    text, hidden = table(rows, width=60)
    lines = text.splitlines()
    assert lines[0].split() == ["id", "name", "description"]  # a column no row fills is left out
    assert hidden == []
    assert all(len(line) <= 60 for line in lines)
    assert lines[2].startswith(str(uuid.UUID(int=0)) + "  room-0 ") and lines[2].endswith("…")


def test_ids_names_and_urls_stay_whole_and_other_columns_give_way() -> None:
    rows = [
        {
            "created_at": "2024-04-01T09:00:00Z",
            "display_name": "A rather long display name " * 3,
            "id": str(uuid.UUID(int=n)),
            "hostRoomUrl": f"https://example.whereby.com/room-{n}?roomKey=" + "k" * 30,
            "room_name": f"/standup-{n}",
            "quality": "720p",
        }
        for n in range(2)
    ]
    for width in (80, 120, 200):
        text, hidden = table(rows, width=width)
        lines = text.splitlines()
        assert all(len(line) <= width for line in lines), width
        for n, line in enumerate(lines[2:]):
            # The identifying values appear whole: the column is either there in full or left out and named.
            for column in ("id", "hostRoomUrl", "room_name"):
                assert str(rows[n][column]) in line or column in hidden, (width, column, line)
        assert "id" in lines[0].split()
        assert set(hidden) | set(lines[0].split()) == set(rows[0])


def test_without_a_width_nothing_is_cut_or_left_out() -> None:
    rows = [{f"column_{n}": "value " * 20 for n in range(20)}]
    text, hidden = table(rows)
    assert hidden == [] and "…" not in text
    assert text.splitlines()[0].split() == [f"column_{n}" for n in range(20)]


def test_columns_that_cannot_fit_are_dropped_and_named() -> None:
    rows = [{f"column_{n}": "value" for n in range(20)}]
    text, hidden = table(rows, width=50)
    shown = text.splitlines()[0].split()
    assert shown[0] == "column_0" and len(shown) + len(hidden) == 20 and hidden
    assert set(shown).isdisjoint(hidden)
    assert all(len(line) <= 50 for line in text.splitlines())


def test_one_object_is_shown_as_field_value_pairs_with_urls_whole() -> None:
    url = "https://example.whereby.com/standup?roomKey=" + "k" * 60
    text, hidden = table(
        {"name": "standup", "meta": {"team": "a"}, "enabled": True, "gone": None, "hostRoomUrl": url, "x": "y" * 90},
        width=60,
    )
    assert text.splitlines()[:3] == ["name         standup", 'meta         {"team":"a"}', "enabled      true"]
    assert f"hostRoomUrl  {url}" in text.splitlines()
    assert text.splitlines()[-1].endswith("…") and len(text.splitlines()[-1]) <= 60
    assert hidden == []


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
