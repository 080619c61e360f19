"""The quickstart: SignalWire rooms and conferences, a Whereby meeting, a handled 404 and a client-side ValidationError.

Run it against the local sandbox with `make demo`, or by hand: start `python -m videoconf.sandbox --port 8080` and run
`python examples/quickstart.py`. Point it elsewhere with SIGNALWIRE_BASE_URL / WHEREBY_BASE_URL and the usual
credential variables.
"""

from __future__ import annotations

import datetime
import os

from videoconf import NotFoundError, SignalWire, ValidationError, Whereby


def signalwire_tour(sw: SignalWire) -> None:
    print("== SignalWire Video")
    room = sw.rooms.create(
        name="quickstart-room",
        display_name="Quickstart room",
        quality="1080p",
        join_from=datetime.date(2030, 1, 1),  # a date alone means midnight UTC
    )
    print(f"created room {room.name!r} ({room.id}), quality {room.quality}, joinable from {room.join_from}")

    conference = sw.conferences.create(display_name="Quickstart conference", join_from="2030-01-01")
    print(f"created conference {conference.display_name!r}, joinable from {conference.join_from}")

    for index in range(3):
        sw.rooms.create(name=f"quickstart-extra-{index}")
    names = [r.name for r in sw.rooms.list(page_size=2)]  # three pages of two, followed automatically
    print(f"listed {len(names)} rooms across pages: {', '.join(names)}")

    updated = sw.rooms.update(room.id, display_name="Renamed room", max_members=50)
    print(f"updated room: display_name={updated.display_name!r}, max_members={updated.max_members}")

    for r in sw.rooms.list():
        sw.rooms.delete(r.id)
    sw.conferences.delete(conference.id)
    print("deleted every room and the conference")

    try:
        sw.rooms.get(room.id)
    except NotFoundError as exc:
        print(f"handled 404: {exc.status_code} {exc.body}")

    for bad in ({"name": "has spaces"}, {"name": "ok", "quality": "4k"}):
        try:
            sw.rooms.create(**bad)  # type: ignore[arg-type]
        except ValidationError as exc:
            print(f"rejected before sending: {exc}")


def whereby_tour(wb: Whereby) -> None:
    print("== Whereby")
    end = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=2)
    meeting = wb.meetings.create(end_date=end, room_mode="group", fields=["hostRoomUrl"])
    print(f"created meeting {meeting.meeting_id}: {meeting.room_url}")
    print(f"listed meetings: {[m.meeting_id for m in wb.meetings.list()]}")
    wb.meetings.delete(meeting.meeting_id)
    print(f"deleted meeting {meeting.meeting_id}")


def main() -> None:
    base = os.environ.get("SIGNALWIRE_BASE_URL", "http://127.0.0.1:8080")
    with SignalWire(
        project_id=os.environ.get("SIGNALWIRE_PROJECT_ID", "sandbox-project"),
        token=os.environ.get("SIGNALWIRE_API_TOKEN", "sandbox-token"),
        base_url=base,
    ) as sw:
        signalwire_tour(sw)
    with Whereby(
        api_key=os.environ.get("WHEREBY_API_KEY", "sandbox-key"),
        base_url=os.environ.get("WHEREBY_BASE_URL", f"{base}/v1"),
    ) as wb:
        whereby_tour(wb)


if __name__ == "__main__":
    main()
