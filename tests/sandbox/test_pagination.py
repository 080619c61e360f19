"""Paging like the vendors: SignalWire's absolute links with page tokens, Whereby's cursor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from videoconf.sandbox import RunningSandbox, SandboxConfig, running_sandbox


def _fill_streams(sw: httpx.Client, unique: Callable[[str], str], count: int) -> str:
    room = sw.post("/api/video/rooms", json={"name": unique("paging")}).json()
    for number in range(count):
        created = sw.post(f"/api/video/rooms/{room['id']}/streams", json={"url": f"rtmp://example.com/live/{number}"})
        assert created.status_code == 201
    return f"/api/video/rooms/{room['id']}/streams"


def test_signalwire_links_are_absolute_and_walk_every_page(
    sw: httpx.Client, sandbox: RunningSandbox, unique: Callable[[str], str]
) -> None:
    path = _fill_streams(sw, unique, 5)
    first = sw.get(path, params={"page_size": 2}).json()
    links = first["links"]
    assert links["self"] == f"{sandbox.base_url}{path}?page_size=2"
    assert links["first"] == links["self"] and links["prev"] is None
    assert links["next"].startswith(f"{sandbox.base_url}{path}?")
    assert parse_qs(urlsplit(links["next"]).query)["page_number"] == ["1"]

    seen: list[str] = []
    page: dict[str, Any] = first
    pages = 1
    while True:
        seen += [stream["id"] for stream in page["data"]]
        if page["links"]["next"] is None:
            break
        # A client follows the link as given: absolute, with the page token.
        page = sw.get(page["links"]["next"]).json()
        pages += 1
        assert page["links"]["prev"] is not None
    assert pages == 3 and len(seen) == len(set(seen)) == 5
    assert page["links"]["next"] is None and len(page["data"]) == 1

    previous = sw.get(page["links"]["prev"]).json()
    assert [stream["id"] for stream in previous["data"]] == seen[2:4]
    assert sw.get(previous["links"]["prev"]).json()["data"] == first["data"]


def test_signalwire_page_size_bounds(sw: httpx.Client) -> None:
    for size in ("0", "1001", "-1", "ten"):
        response = sw.get("/api/video/rooms", params={"page_size": size})
        assert response.status_code == 422, size
        (error,) = response.json()["errors"]
        assert error["attribute"] == "page_size" and error["type"] == "validation_error"
    assert sw.get("/api/video/rooms", params={"page_size": "1"}).status_code == 200
    assert sw.get("/api/video/rooms", params={"page_size": "1000"}).status_code == 200
    default = sw.get("/api/video/room_sessions").json()
    assert len(default["data"]) == 6 and default["links"]["next"] is None


def test_signalwire_page_after_the_first_needs_its_token(sw: httpx.Client) -> None:
    missing = sw.get("/api/video/room_sessions", params={"page_number": 1, "page_size": 2})
    assert missing.status_code == 422
    assert missing.json()["errors"][0]["code"] == "page_token_required"
    forged = sw.get("/api/video/room_sessions", params={"page_number": 1, "page_size": 2, "page_token": "garbage"})
    assert forged.status_code == 422
    assert forged.json()["errors"][0]["attribute"] == "page_token"
    next_link = sw.get("/api/video/room_sessions", params={"page_size": 2}).json()["links"]["next"]
    assert sw.get(next_link).status_code == 200


def test_signalwire_filters_survive_in_links(sw: httpx.Client) -> None:
    page = sw.get("/api/video/room_sessions", params={"status": "completed", "page_size": 2}).json()
    assert parse_qs(urlsplit(page["links"]["next"]).query)["status"] == ["completed"]
    following = sw.get(page["links"]["next"]).json()
    assert all(session["status"] == "completed" for session in following["data"])


def test_whereby_cursor_walks_every_page_and_ends_with_null(wb: httpx.Client) -> None:
    everything = wb.get("/recordings", params={"limit": 100}).json()
    assert everything["cursor"] is None
    collected: list[str] = []
    page = wb.get("/recordings", params={"limit": 2}).json()
    while True:
        assert len(page["results"]) <= 2
        collected += [recording["recordingId"] for recording in page["results"]]
        if page["cursor"] is None:
            break
        page = wb.get("/recordings", params={"limit": 2, "cursor": page["cursor"]}).json()
    assert collected == [recording["recordingId"] for recording in everything["results"]]


def test_whereby_limit_bounds_and_bad_cursor(wb: httpx.Client) -> None:
    for limit in ("0", "101", "x"):
        response = wb.get("/meetings", params={"limit": limit})
        assert response.status_code == 400 and '"limit"' in response.json()["error"], limit
    bad = wb.get("/transcriptions", params={"cursor": "not-a-cursor"})
    assert bad.status_code == 400 and '"cursor"' in bad.json()["error"]
    # Insights pages hold 10 results unless told otherwise.
    assert len(wb.get("/insights/participants", params={"externalId": "ext-ada"}).json()["results"]) <= 10


def test_seeded_rooms_page_through_in_large_pages(clients: Callable[..., tuple[httpx.Client, httpx.Client]]) -> None:
    with running_sandbox(SandboxConfig(seed_rooms=2_500)) as sandbox:
        sw, _ = clients(sandbox)
        names: list[str] = []
        url: str | None = "/api/video/rooms?page_size=1000"
        while url is not None:
            page = sw.get(url).json()
            names += [room["name"] for room in page["data"]]
            url = page["links"]["next"]
        assert len(names) == len(set(names)) == 2_502
        assert names[-1] == "seeded_room_2500"
