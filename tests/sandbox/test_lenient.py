"""Lenient mode, for schema fuzzers: only what the schemas express is enforced, not the rules stated in prose."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from videoconf.sandbox import SandboxConfig, running_sandbox

Clients = Callable[..., tuple[httpx.Client, httpx.Client]]


def test_lenient_mode_skips_prose_rules_but_keeps_schema_rules(clients: Clients) -> None:
    with running_sandbox(SandboxConfig(lenient=True)) as sandbox:
        sw, wb = clients(sandbox)
        first = sw.post("/api/video/rooms", json={"name": "twice"}).json()
        second = sw.post("/api/video/rooms", json={"name": "twice"})
        assert second.status_code == 200
        # A name held twice finds the newest holder, then the older one once the newest is gone.
        assert sw.get("/api/video/rooms/twice").json()["id"] == second.json()["id"]
        assert sw.delete(f"/api/video/rooms/{second.json()['id']}").status_code == 204
        assert sw.get("/api/video/rooms/twice").json()["id"] == first["id"]

        paged = sw.get("/api/video/room_sessions", params={"page_number": 1, "page_size": 4, "page_token": "junk"})
        assert paged.status_code == 200 and len(paged.json()["data"]) == 2

        past = wb.post("/meetings", json={"endDate": "2001-01-01T00:00:00Z"})
        assert past.status_code == 201
        assert wb.get(f"/meetings/{past.json()['meetingId']}").status_code == 200
        assert wb.get("/insights/participants").status_code == 200
        assert wb.get("/meetings", params={"cursor": "junk"}).status_code == 200

        # What the schemas say still holds.
        assert sw.get("/api/video/rooms", params={"page_size": 0}).status_code == 422
        assert sw.get("/api/video/rooms", params={"starts_after": "whenever"}).status_code == 422
        assert sw.post("/api/video/rooms", json={"name": "bad name"}).status_code == 422
        assert wb.post("/meetings", json={}).status_code == 400
