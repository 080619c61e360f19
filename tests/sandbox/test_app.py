"""The sandbox as a whole: every contract operation served, routing answers, determinism, helpers, CLI and speed."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import os
import subprocess
import sys
import time
import typing
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator, FormatChecker
from starlette.applications import Starlette

import videoconf.sandbox._schemas._endpoints as ep
from generator import endpoints
from tests.specdata import deref, resolved
from tests.specdata import operations as spec_operations
from videoconf._generated._operations import OPERATIONS
from videoconf.sandbox import (
    Clock,
    RateLimit,
    RunningSandbox,
    SandboxConfig,
    create_app,
    parse_rate_limit,
    running_sandbox,
    serve_in_thread,
)
from videoconf.sandbox.__main__ import banner, parse_args
from videoconf.sandbox._app import REGISTRIES, check_registrations, stateless_operations
from videoconf.sandbox._registry import Reply
from videoconf.sandbox._schemas._endpoints import ENDPOINTS

Clients = Callable[..., tuple[httpx.Client, httpx.Client]]
Checked = Callable[..., httpx.Client]


def test_every_contract_operation_is_served() -> None:
    endpoints = check_registrations()
    assert set(endpoints) == set(OPERATIONS)
    assert all(endpoints[op_id].vendor == spec.vendor for op_id, spec in OPERATIONS.items())
    assert [op_id for op_id, endpoint in endpoints.items() if endpoint.stateless] == stateless_operations()


def test_each_handler_takes_the_call_the_generated_table_declares() -> None:
    # The table serves an operation without a handler, and types the calls of those with one: the handlers restate
    # no model, and the readers of every request are built from the table's.
    compared = 0
    endpoints_ = check_registrations()
    for op_id, spec in OPERATIONS.items():
        entry = ENDPOINTS[op_id]
        assert endpoints_[op_id].query._model is entry["query"], op_id
        assert endpoints_[op_id].body._models == entry["bodies"], op_id
        handler = REGISTRIES[spec.vendor].entries.get(op_id)
        if handler is None:
            continue
        assert typing.get_type_hints(handler)["call"] == entry["call"], op_id
        compared += 1
    assert compared == len(OPERATIONS) - len(stateless_operations()) > 40


def test_a_handler_that_takes_another_operations_call_fails_at_start_up(monkeypatch: pytest.MonkeyPatch) -> None:
    def rooms_create(call: ep.RoomsListCall) -> Reply:
        raise NotImplementedError

    monkeypatch.setitem(REGISTRIES["signalwire"].entries, "rooms_create", rooms_create)
    with pytest.raises(
        RuntimeError, match=r"rooms_create: the handler takes .*RoomsGetParametersQuery.*CreateRoomRequest"
    ):
        check_registrations()


def test_an_operation_without_a_handler_is_checked_and_answered_from_the_contract(
    monkeypatch: pytest.MonkeyPatch, clients: Clients
) -> None:
    before = stateless_operations()
    monkeypatch.delitem(REGISTRIES["signalwire"].entries, "rooms_update")
    monkeypatch.delitem(REGISTRIES["whereby"].entries, "meetings_get")
    assert set(stateless_operations()) == {*before, "rooms_update", "meetings_get"}
    assert "rooms_update" in banner("http://127.0.0.1:8080", SandboxConfig()).split("Stateless", 1)[1]
    with running_sandbox() as sandbox:
        sw, wb = clients(sandbox)
        room = sw.post("/api/video/rooms", json={"name": "kept"}).json()
        refused = sw.put(f"/api/video/rooms/{room['id']}", json={"max_members": 0})
        assert refused.status_code == 422 and "max_members" in refused.text
        updated = sw.put(f"/api/video/rooms/{room['id']}", json={"display_name": "Not kept"})
        assert updated.status_code == 200 and updated.json() == ENDPOINTS["rooms_update"]["example"]
        # Nothing was kept: the stateful handlers still see the room as created.
        assert sw.get(f"/api/video/rooms/{room['id']}").json()["display_name"] == room["display_name"]
        assert wb.get("/meetings/123", params={"fields": "hostRoomUrl"}).json() == ENDPOINTS["meetings_get"]["example"]
        assert wb.get("/meetings/123", params={"fields": "nothing"}).status_code == 400


def test_an_instance_of_every_response_schema_is_valid() -> None:
    # What the sandbox answers for an operation whose response has no example.
    spec = resolved()
    checked = 0
    for _, _, op in spec_operations(spec):
        for status, response in op["responses"].items():
            content = deref(spec, response).get("content", {}).get("application/json")
            if not status.startswith("2") or content is None:
                continue
            schema = {**content["schema"], "components": spec["components"]}
            value = endpoints.instance(spec, content["schema"])
            errors = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(value))
            assert not errors, f"{op['operationId']}: {errors[0].message}"
            checked += 1
    assert checked


def test_unknown_paths_and_methods_get_vendor_answers(sandbox: RunningSandbox) -> None:
    # Not contract operations, so there is nothing to validate these answers against.
    with httpx.Client(base_url=sandbox.base_url) as plain:
        assert plain.get("/api/video/nothing").json() == {"error": "Not Found"}
        assert plain.get("/v1/nothing").json() == {"error": "Not found"}
        not_allowed = plain.delete("/v1/meetings")
        assert not_allowed.status_code == 405
        assert {"GET", "POST"} <= {method.strip() for method in not_allowed.headers["Allow"].split(",")}
        assert plain.patch("/api/video/rooms").status_code == 405


def test_every_answer_carries_a_request_id(sw: httpx.Client) -> None:
    ids = {sw.get("/api/video/logs").headers["X-Request-Id"] for _ in range(3)}
    assert len(ids) == 3


def _seeded(sandbox: RunningSandbox, clients: Clients) -> list[Any]:
    sw, wb = clients(sandbox)
    return [sw.get("/api/video/room_sessions").json()["data"], wb.get("/recordings").json()]


def test_seed_data_is_deterministic(clients: Clients) -> None:
    with running_sandbox(SandboxConfig(seed=3)) as first, running_sandbox(SandboxConfig(seed=3)) as second:
        assert _seeded(first, clients) == _seeded(second, clients)
    with running_sandbox(SandboxConfig(seed=4)) as other, running_sandbox(SandboxConfig(seed=3)) as again:
        assert _seeded(other, clients) != _seeded(again, clients)


def test_custom_credentials(clients: Clients, checked: Checked) -> None:
    config = SandboxConfig(signalwire_project="p-1", signalwire_token="t-1", whereby_key="k-1")
    with running_sandbox(config) as sandbox:
        sw, wb = clients(sandbox)
        assert sw.get("/api/video/rooms").status_code == 200
        assert wb.get("/meetings").status_code == 200
        old_key = checked(sandbox.whereby_url, headers={"Authorization": "Bearer sandbox-key"})
        assert old_key.get("/meetings").status_code == 401


def test_serve_in_thread_returns_url_and_stop(checked: Checked) -> None:
    base_url, stop = serve_in_thread()
    try:
        assert base_url.startswith("http://127.0.0.1:")
        client = checked(base_url, headers={"Authorization": "Bearer sandbox-key"})
        assert client.get("/v1/meetings").status_code == 200
    finally:
        stop()
    stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(base_url + "/v1/meetings")


def test_config_validation_and_secrets_out_of_repr() -> None:
    with pytest.raises(ValueError, match="fail rate"):
        SandboxConfig(fail_rate=1.5)
    with pytest.raises(ValueError, match="project"):
        SandboxConfig(signalwire_project="a:b")
    with pytest.raises(ValueError, match="Whereby"):
        SandboxConfig(whereby_key="two words")
    text = repr(SandboxConfig(signalwire_token="s3cret-token", whereby_key="s3cret-key"))
    assert "s3cret" not in text and "sandbox-project" in text


def test_the_clock_moves_only_ahead_and_from_real_time() -> None:
    clock = Clock()
    before = clock.time()
    clock.advance(3600)
    assert clock.time() - before >= 3600 and clock.monotonic() >= 3600
    assert clock.now() >= dt.datetime.fromtimestamp(int(before) + 3600, dt.UTC)
    for wrong in (-1.0, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="only moves ahead"):
            clock.advance(wrong)
    # Each sandbox gets a clock of its own.
    assert SandboxConfig().clock is not SandboxConfig().clock


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10/s", RateLimit(10, 1.0)),
        ("600/m", RateLimit(600, 60.0)),
        ("5", RateLimit(5, 1.0)),
        (" 7 / sec ", RateLimit(7)),
    ],
)
def test_parse_rate_limit(text: str, expected: RateLimit) -> None:
    assert parse_rate_limit(text) == expected


@pytest.mark.parametrize("text", ["", "ten/s", "10/h", "0/s", "-1/s"])
def test_parse_rate_limit_rejects_nonsense(text: str) -> None:
    with pytest.raises(ValueError):
        parse_rate_limit(text)


def test_cli_arguments_and_banner() -> None:
    args, config = parse_args(["--port", "0", "--rate-limit", "5/s", "--fail-rate", "0.1", "--seed", "9"])
    assert args.port == 0 and config.rate_limit == RateLimit(5) and config.fail_rate == 0.1 and config.seed == 9
    text = banner("http://127.0.0.1:8080", config)
    for expected in ("http://127.0.0.1:8080 ", "http://127.0.0.1:8080/v1", "sandbox-project", "sandbox-token"):
        assert expected in text
    assert "sandbox-key" in text and "rate limit 5/s" in text and "fail rate 0.1" in text
    with pytest.raises(SystemExit):
        parse_args(["--fail-rate", "2"])


def test_cli_serves_until_stopped(checked: Checked) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "videoconf.sandbox", "--port", "0", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        assert first_line.startswith("videoconf sandbox listening on http://127.0.0.1:"), first_line
        base_url = first_line.split()[4]
        response = checked(base_url, auth=("sandbox-project", "sandbox-token")).get("/api/video/rooms/sandbox_standup")
        assert response.status_code == 200 and response.json()["name"] == "sandbox_standup"
    finally:
        process.terminate()
        process.wait(timeout=10)


async def _get(app: Starlette, path: str, authorization: bytes) -> tuple[int, bytes]:
    """One request straight into the ASGI app, so that only server time is measured."""
    status, body = 0, b""

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        nonlocal status, body
        if message["type"] == "http.response.start":
            status = message["status"]
        else:
            body += message.get("body", b"")

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1"), (b"authorization", authorization)],
        "server": ("127.0.0.1", 80),
        "client": ("127.0.0.1", 50000),
    }
    await app(scope, receive, send)
    return status, body


def test_get_one_room_costs_well_under_a_millisecond_of_server_time() -> None:
    app = create_app()
    authorization = b"Basic " + base64.b64encode(b"sandbox-project:sandbox-token")

    async def measure() -> float:
        status, body = await _get(app, "/api/video/rooms/sandbox_standup", authorization)
        assert status == 200
        path = "/api/video/rooms/" + json.loads(body)["id"]
        best = float("inf")
        # The best of three rounds, so that a busy machine does not fail the test.
        for _ in range(3):
            started = time.perf_counter()
            for _ in range(300):
                assert (await _get(app, path, authorization))[0] == 200
            best = min(best, (time.perf_counter() - started) / 300)
        return best

    per_request = asyncio.run(measure())
    assert per_request < 0.001, f"{per_request * 1e6:.0f} µs per GET"


def test_every_option_has_help_and_the_seed_is_random_unless_given() -> None:
    from videoconf.sandbox.__main__ import build_parser

    parser = build_parser()
    assert all(action.help for action in parser._actions), [a.dest for a in parser._actions if not a.help]
    seeds = {parse_args(["--port", "0"])[1].seed for _ in range(4)}
    assert len(seeds) > 1
    assert parse_args(["--seed", "7"])[1].seed == 7


def _start(*args: str) -> tuple[subprocess.Popen[str], list[str]]:
    """`python -m videoconf.sandbox --port 0 ARGS` and its start-up text, up to `Press Ctrl+C`."""
    process = subprocess.Popen(
        [sys.executable, "-m", "videoconf.sandbox", "--port", "0", "--quiet", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    lines: list[str] = []
    while not lines or not lines[-1].startswith("Press Ctrl+C"):
        line = process.stdout.readline()
        assert line, f"the sandbox stopped before it was ready: {lines}"
        lines.append(line.rstrip("\n"))
    return process, lines


def _exports(lines: list[str]) -> dict[str, str]:
    import shlex

    found: dict[str, str] = {}
    for line in lines:
        if not line.strip().startswith("export "):
            continue
        words = shlex.split(line)
        if words[:1] == ["export"]:
            found.update(word.split("=", 1) for word in words[1:])  # type: ignore[misc]
    return found


def test_the_export_lines_let_the_cli_and_python_share_one_running_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    from videoconf import SignalWire, Whereby

    first, lines = _start()
    try:
        seed = int(lines[0].split("(seed ")[1].split(";")[0])
        exports = _exports(lines)
        assert set(exports) == {
            "SIGNALWIRE_PROJECT_ID",
            "SIGNALWIRE_API_TOKEN",
            "SIGNALWIRE_BASE_URL",
            "WHEREBY_API_KEY",
            "WHEREBY_BASE_URL",
        }
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SIGNALWIRE_", "WHEREBY_"))} | exports
        videoconf = Path(sys.executable).with_name("videoconf")
        created = subprocess.run(
            [str(videoconf), "signalwire", "rooms", "create", "--name", "shared_room"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert created.returncode == 0, created.stderr
        for name, value in exports.items():
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("SIGNALWIRE_SPACE", raising=False)
        with SignalWire() as sw, Whereby() as wb:
            assert str(sw.rooms.get("shared_room").id) == json.loads(created.stdout)["id"]
            seeded = [room.id for room in sw.rooms.list() if room.name != "shared_room"]
            meetings = list(wb.meetings.list())
        # Seeded Whereby meetings, so that `whereby meetings list` shows something.
        assert {meeting.room_name for meeting in meetings} == {"/sandbox-standup", "/sandbox-retro", "/sandbox-webinar"}
    finally:
        first.terminate()
        first.wait(timeout=10)
    again, replayed = _start("--seed", str(seed))
    try:
        assert f"(seed {seed};" in replayed[0]
        for name, value in _exports(replayed).items():
            monkeypatch.setenv(name, value)
        with SignalWire() as sw:
            assert [room.id for room in sw.rooms.list()] == seeded
    finally:
        again.terminate()
        again.wait(timeout=10)
