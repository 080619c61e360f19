"""Create, get, update, list every page, delete: each vendor through the command line, against the sandbox."""

from __future__ import annotations

import json
import re
from pathlib import Path

from .conftest import Cli


def test_signalwire_room_round_trip(cli: Cli, tmp_path: Path) -> None:
    body = tmp_path / "room.json"
    body.write_text(json.dumps({"name": "cli_standup", "display_name": "from the file", "max_members": 10}))
    # Options win over the same field in --json.
    created = cli(
        "signalwire",
        "rooms",
        "create",
        "--json",
        f"@{body}",
        "--display-name",
        "CLI stand-up",
        "--quality",
        "1080p",
        "--record-on-start",
        "--meta",
        '{"team": "cli"}',
        "--join-from",
        "2030-01-01",
    )
    assert created.code == 0, created.stderr
    room = created.one()
    assert (room["name"], room["display_name"], room["max_members"]) == ("cli_standup", "CLI stand-up", 10)
    assert (room["quality"], room["record_on_start"], room["meta"]) == ("1080p", True, {"team": "cli"})
    assert room["join_from"] == "2030-01-01T00:00:00Z"

    fetched = cli("signalwire", "rooms", "get", room["id"])
    assert fetched.code == 0 and fetched.one() == room
    by_name = cli("signalwire", "rooms", "get", "cli_standup")
    assert by_name.code == 0 and by_name.one()["id"] == room["id"]

    updated = cli("signalwire", "rooms", "update", room["id"], "--max-members", "50", "--no-record-on-start")
    assert updated.code == 0, updated.stderr
    assert (updated.one()["max_members"], updated.one()["record_on_start"]) == (50, False)

    # With the sandbox's sample rooms, pages of two make several pages.
    first_page = cli("signalwire", "rooms", "list", "--page-size", "2")
    assert first_page.code == 0 and len(first_page.lines()) == 2
    assert "--all" in first_page.stderr  # says there is more
    every = cli("signalwire", "rooms", "list", "--page-size", "2", "--all")
    assert every.code == 0, every.stderr
    names = [listed["name"] for listed in every.lines()]
    assert "cli_standup" in names and len(names) >= 3
    assert len(names) == len(set(names))
    assert f"{len(names)} items from {(len(names) + 1) // 2} pages" in every.stderr

    deleted = cli("signalwire", "rooms", "delete", room["id"])
    assert (deleted.code, deleted.stdout, deleted.stderr) == (0, "", f"deleted room {room['id']}\n")
    gone = cli("signalwire", "rooms", "get", room["id"])
    assert gone.code == 1
    assert "404" in gone.stderr and "request id " in gone.stderr


def test_update_and_delete_take_a_name_as_get_does_and_say_what_they_did(cli: Cli) -> None:
    room = cli("signalwire", "rooms", "create", "--name", "cli_by_name").one()
    updated = cli("signalwire", "rooms", "update", "cli_by_name", "--max-members", "7")
    assert updated.code == 0, updated.stderr
    assert (updated.one()["id"], updated.one()["max_members"]) == (room["id"], 7)
    assert updated.stderr == f"updated room cli_by_name ({room['id']})\n"
    by_id = cli("signalwire", "rooms", "update", room["id"], "--max-members", "8")
    assert by_id.stderr == f"updated room cli_by_name ({room['id']})\n"
    deleted = cli("signalwire", "rooms", "delete", "cli_by_name")
    assert (deleted.code, deleted.stdout) == (0, "")
    assert deleted.stderr == f"deleted room cli_by_name ({room['id']})\n"
    again = cli("signalwire", "rooms", "delete", "cli_by_name")
    assert again.code == 1 and again.stderr.startswith("videoconf signalwire rooms delete: 404 Not Found")
    assert cli("signalwire", "rooms", "get", room["id"]).code == 1


def test_whereby_meeting_round_trip(cli: Cli, tmp_path: Path) -> None:
    created = cli(
        "whereby",
        "meetings",
        "create",
        "--end-date",
        "2030-01-01T00:00:00Z",
        "--fields",
        "hostRoomUrl",
        "--room-mode",
        "group",
    )
    assert created.code == 0, created.stderr
    meeting = created.one()
    assert meeting["endDate"] == "2030-01-01T00:00:00Z" and meeting["hostRoomUrl"]

    fetched = cli("whereby", "meetings", "get", meeting["meetingId"], "--fields", "hostRoomUrl")
    assert fetched.code == 0 and fetched.one()["hostRoomUrl"] == meeting["hostRoomUrl"]

    room = meeting["roomName"].lstrip("/")
    themed = cli("whereby", "rooms", "update-theme-tokens", room, "--tokens", '{"colors": {"primary": "#112233"}}')
    assert (themed.code, themed.stdout) == (0, ""), themed.stderr
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    uploaded = cli("whereby", "rooms", "update-logo", room, "--image", str(logo))
    assert uploaded.code == 0, uploaded.stderr

    assert cli("whereby", "meetings", "create", "--end-date", "2030-01-02").code == 0
    every = cli("whereby", "meetings", "list", "--limit", "1", "--all")
    assert every.code == 0, every.stderr
    ids = [listed["meetingId"] for listed in every.lines()]
    assert meeting["meetingId"] in ids and len(ids) >= 2
    assert f"{len(ids)} items from" in every.stderr

    deleted = cli("whereby", "meetings", "delete", meeting["meetingId"])
    assert (deleted.code, deleted.stdout, deleted.stderr) == (0, "", f"deleted meeting {meeting['meetingId']}\n")
    gone = cli("whereby", "meetings", "get", meeting["meetingId"])
    assert gone.code == 1 and "404" in gone.stderr and "request id " in gone.stderr


def test_table_output_for_a_list_and_for_one_object(cli: Cli) -> None:
    created = cli("signalwire", "rooms", "create", "--name", "cli_table_with_a_long_name", "--display-name", "A table")
    room_id = created.one()["id"]
    listed = cli.on_terminal("signalwire", "rooms", "list", columns=80)
    assert listed.code == 0, listed.stderr
    header, rule, *rows = listed.stdout.splitlines()
    assert header.split()[:2] == ["id", "name"] and set(rule) <= {"-", " "}
    # What a user copies from a list, the id and the name, is whole even on an 80-column terminal.
    assert any(row.startswith(f"{room_id}  cli_table_with_a_long_name ") for row in rows), listed.stdout
    assert all(len(line) <= 80 for line in listed.stdout.splitlines())
    assert re.search(r"^videoconf: \d+ more columns \(.*\); -o json shows them all$", listed.stderr, re.MULTILINE)
    # A table written to a pipe cuts nothing and leaves nothing out.
    piped = cli("signalwire", "rooms", "list", "--output", "table")
    assert "…" not in piped.stdout and "created_at" in piped.stdout.splitlines()[0] and not piped.stderr
    one = cli("signalwire", "rooms", "get", room_id, "--output", "table")
    assert re.search(r"^display_name +A table$", one.stdout, re.MULTILINE), one.stdout


def test_whereby_meetings_table_keeps_ids_and_names_whole_on_80_columns(cli: Cli) -> None:
    created = cli("whereby", "meetings", "create", "--end-date", "2031-01-01T00:00:00Z", "--room-name-prefix", "tbl")
    meeting = created.one()
    listed = cli.on_terminal("whereby", "meetings", "list", "--all", columns=80)
    assert listed.code == 0, listed.stderr
    row = next(line for line in listed.stdout.splitlines() if line.startswith(meeting["meetingId"] + " "))
    assert meeting["roomName"] in row.split()
    assert all(len(line) <= 80 for line in listed.stdout.splitlines())
