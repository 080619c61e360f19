"""Exit codes and what reaches stderr: validation before any request (with the Python clients' messages), API
errors with their request id, connection failures, and never a credential, even with --debug."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from videoconf import SignalWire, ValidationError, Whereby
from videoconf.sandbox import serve_in_thread

from .conftest import (
    API_KEY,
    CREDENTIALS,
    PROJECT,
    SECRETS,
    TOKEN,
    Cli,
    Recorder,
    clean_environment,
    run,
    run_at,
)

ROOM_ID = "6b5a3f1e-9d2c-4e7b-8a1f-2c3d4e5f6a7b"
SW = SignalWire(project_id=PROJECT, token=TOKEN, base_url="http://127.0.0.1:9")
WB = Whereby(api_key=API_KEY, base_url="http://127.0.0.1:9/v1")

# The command line, and the same call in Python, which must fail with the same complaint, about the option (or
# positional argument) the command line names it by.
INVALID: list[tuple[list[str], Callable[[], Any]]] = [
    (["signalwire", "rooms", "create", "--name", "no spaces"], lambda: SW.rooms.create(name="no spaces")),
    (
        ["signalwire", "rooms", "create", "--name", "x", "--quality", "4k"],
        lambda: SW.rooms.create(name="x", quality="4k"),
    ),
    (
        ["signalwire", "rooms", "create", "--name", "x", "--max-members", "500"],
        lambda: SW.rooms.create(name="x", max_members=500),
    ),
    (
        ["signalwire", "rooms", "create", "--name", "x", "--max-members", "many"],
        lambda: SW.rooms.create(name="x", max_members=_untyped("many")),
    ),
    (["signalwire", "rooms", "create", "--display-name", "no name"], lambda: SW.rooms.create(name=_unset())),
    (
        # Neither an id nor a name: what `get` (which accepts both) says about it.
        ["signalwire", "rooms", "update", "not a name", "--max-members", "5"],
        lambda: SW.rooms.get("not a name"),
    ),
    (["signalwire", "rooms", "get", ".."], lambda: SW.rooms.get("..")),
    (["signalwire", "rooms", "list", "--page-size", "0"], lambda: SW.rooms.list(page_size=0).data),
    (
        ["signalwire", "rooms", "list", "--starts-after", "yesterday"],
        lambda: SW.rooms.list(starts_after="yesterday").data,
    ),
    (
        # A permission not listed is sent with a warning (the list grows); a role not listed is refused.
        ["signalwire", "room-tokens", "create", "--room-name", "r", "--join-as", "admin"],
        lambda: SW.room_tokens.create(room_name="r", join_as=_untyped("admin")),
    ),
    (["whereby", "meetings", "create", "--end-date", "tomorrow"], lambda: WB.meetings.create(end_date="tomorrow")),
    (
        ["whereby", "meetings", "create", "--end-date", "2030-01-01T00:00:00Z", "--fields", "secret"],
        lambda: WB.meetings.create(end_date="2030-01-01T00:00:00Z", fields=["secret"]),
    ),
    (["whereby", "meetings", "list", "--limit", "1000"], lambda: WB.meetings.list(limit=1000).data),
]


def _untyped(value: object) -> Any:
    """A value of the wrong type, as a command line passes text before the method checks it."""
    return value


def _unset() -> Any:
    from videoconf._generated.types import UNSET

    return UNSET


def _python_error(call: Callable[[], Any]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value


@pytest.mark.parametrize(
    "args,call", INVALID, ids=[" ".join(args[:3]) + f" #{i}" for i, (args, _) in enumerate(INVALID)]
)
def test_invalid_arguments_exit_2_with_the_python_message_and_send_nothing(
    args: list[str], call: Callable[[], Any], recorder: Recorder
) -> None:
    result = run_at(recorder.url, *args)
    assert result.code == 2, result
    error = _python_error(call)
    message = str(error)
    # The argument the message starts with (`permissions` of `permissions[0]: ...`), whichever name it uses.
    named = re.match(r"[A-Za-z_][A-Za-z0-9_]*", message)
    assert named is not None, message
    option = _cli_word(args, named.group())
    assert result.stderr == f"videoconf {' '.join(args[:3])}: {option}{message[named.end() :]}\n"
    assert recorder.requests == []


def _cli_word(args: list[str], field: str) -> str:
    """The option the command line names a field by (`--end-date` for endDate), or a path argument's metavar."""
    from videoconf._generated._commands import TREE, commands

    vendor, resource, method = (word.replace("-", "_") for word in args[:3])
    command = commands(vendor)[TREE[vendor][resource][method]]
    for argument in command["arguments"]:
        if field in (argument["name"], argument["python"]):
            python = argument["python"]
            return python.upper() if argument["where"] == "path" else "--" + python.replace("_", "-")
    raise AssertionError(f"{field} is no argument of {args[:3]}")


def test_errors_name_options_as_the_shell_spells_them(recorder: Recorder) -> None:
    result = run_at(recorder.url, "whereby", "meetings", "create", "--room-name-prefix", "x")
    assert result.code == 2 and result.stderr.startswith("videoconf whereby meetings create: --end-date: ")
    assert "endDate" not in result.stderr and "end_date" not in result.stderr


@pytest.mark.parametrize(
    "args,complaint",
    [
        (["signalwire", "rooms", "create", "--name", "x", "--meta", "{team"], "--meta: not valid JSON"),
        (["signalwire", "rooms", "create", "--json", "[1]"], "--json: expected a JSON object"),
        (
            ["signalwire", "rooms", "create", "--json", '{"name": "x", "colour": "red"}'],
            "send unknown fields with --extra-body",
        ),
        (["signalwire", "rooms", "create", "--json", "@/nonexistent/body.json"], "--json: cannot read"),
        (["whereby", "rooms", "update-logo", "r", "--image", "/nonexistent/logo.png"], "--image: cannot read"),
        (["whereby", "meetings", "list", "--extra-query", "novalue"], "--extra-query: expected NAME=VALUE"),
        (["signalwire", "rooms", "list", "--output", "yaml"], "invalid choice: 'yaml'"),
    ],
)
def test_what_cannot_become_a_call_is_a_usage_error(args: list[str], complaint: str, recorder: Recorder) -> None:
    result = run_at(recorder.url, *args)
    assert result.code == 2
    assert complaint in result.stderr
    # One short usage line of the command concerned, then the complaint: not a screen of usage.
    usage, error = result.stderr.splitlines()
    assert usage.startswith(f"usage: videoconf {' '.join(args[:3])} ") and len(usage) <= 100
    assert error.startswith(f"videoconf {' '.join(args[:3])}: ")
    assert recorder.requests == []


def test_missing_credentials_are_a_usage_error_in_the_shells_words() -> None:
    result = run("signalwire", "rooms", "list", "--base-url", "http://127.0.0.1:9")
    assert result.code == 2
    expected = "videoconf signalwire rooms list: set SIGNALWIRE_PROJECT_ID and SIGNALWIRE_API_TOKEN"
    assert result.stderr.startswith(expected)
    assert "--sandbox" in result.stderr and "project_id=" not in result.stderr
    space = run("signalwire", "rooms", "list", env=clean_environment() | CREDENTIALS)
    assert space.code == 2 and "SIGNALWIRE_SPACE" in space.stderr and "--base-url" in space.stderr
    whereby = run("whereby", "meetings", "list")
    assert whereby.code == 2 and "set WHEREBY_API_KEY" in whereby.stderr and "api_key=" not in whereby.stderr


def test_client_settings_are_named_by_their_options() -> None:
    bad_timeout = run_at("http://127.0.0.1:9", "whereby", "meetings", "list", "--timeout", "0")
    assert bad_timeout.code == 2 and bad_timeout.stderr.startswith("videoconf whereby meetings list: --timeout: ")
    plain_http = run_at("http://example.com", "whereby", "meetings", "list")
    assert plain_http.code == 2 and "https://" in plain_http.stderr


def test_a_404_exits_1_with_the_message_and_request_id(cli: Cli) -> None:
    result = cli("signalwire", "rooms", "get", ROOM_ID)
    assert result.code == 1 and result.stdout == ""
    assert result.stderr.startswith("videoconf signalwire rooms get: 404 Not Found")
    assert "rooms_get" not in result.stderr
    request_id = result.stderr.split("request id ")[1].rstrip(")\n")
    assert request_id.isalnum() and len(request_id) >= 8


def test_refused_credentials_exit_1_without_showing_them(cli: Cli) -> None:
    result = cli("whereby", "meetings", "list", WHEREBY_API_KEY="cli-wrong-key-0000")
    assert result.code == 1 and "401" in result.stderr
    assert "cli-wrong-key-0000" not in result.stdout + result.stderr


def test_a_stopped_server_exits_3() -> None:
    base_url, stop = serve_in_thread()
    stop()
    result = run_at(base_url, "signalwire", "rooms", "list", "--max-retries", "0")
    assert result.code == 3, result
    assert "connection failed" in result.stderr


@pytest.fixture
def silent_server() -> Iterator[str]:
    """Accepts connections (the kernel's backlog) and never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_a_timeout_exits_3(silent_server: str) -> None:
    result = run_at(silent_server, "whereby", "meetings", "list", "--timeout", "0.5", "--max-retries", "0")
    assert result.code == 3, result
    assert "timed out" in result.stderr


def test_debug_logs_requests_and_no_credential_anywhere(cli: Cli) -> None:
    ok = cli("signalwire", "rooms", "list", "--debug")
    assert ok.code == 0
    assert "videoconf DEBUG request GET /api/video/rooms" in ok.stderr
    assert "<redacted>" in ok.stderr
    missing = cli("whereby", "meetings", "get", "000", "--debug")
    assert missing.code == 1 and "videoconf DEBUG" in missing.stderr
    invalid = cli("signalwire", "rooms", "create", "--name", "a b", "--debug")
    assert invalid.code == 2
    # The fixture checks every output of this test for the token, the key and the Basic credentials.
    assert all(secret not in ok.stderr for secret in SECRETS)


def test_json_output_is_one_object_per_line(cli: Cli) -> None:
    for _ in range(2):
        assert (
            cli("whereby", "meetings", "create", "--end-date", "2030-03-01", "--json", '{"isLocked": true}').code == 0
        )
    listed = cli("whereby", "meetings", "list", "--output", "json")
    assert listed.code == 0
    lines = listed.lines()
    assert len(lines) == len(listed.stdout.splitlines()) >= 2
    assert all(isinstance(line, dict) and "meetingId" in line for line in lines)


def test_sandbox_option_runs_against_a_fresh_sandbox() -> None:
    # No credentials in the environment: --sandbox brings its own demo ones.
    result = run("whereby", "meetings", "create", "--end-date", "2030-01-01T00:00:00Z", "--sandbox")
    assert result.code == 0, result.stderr
    assert result.one()["endDate"] == "2030-01-01T00:00:00Z"


def test_sandbox_option_says_what_is_missing_without_the_extra() -> None:
    code = (
        "import sys\n"
        "sys.modules['uvicorn'] = None  # as if the sandbox extra were not installed\n"
        "from videoconf._cli import main\n"
        "sys.exit(main(['signalwire', 'rooms', 'list', '--sandbox']))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, env=clean_environment()
    )
    assert proc.returncode == 2
    assert "--sandbox needs the sandbox extra" in proc.stderr and "pip install 'videoconf[sandbox]'" in proc.stderr


def test_extra_body_and_extra_query_reach_the_wire(recorder: Recorder) -> None:
    query = ["--extra-query", "region=eu", "--extra-query", '{"beta": "1"}']
    listed = run_at(recorder.url, "whereby", "meetings", "list", *query)
    assert listed.code == 0, listed.stderr
    body = ["--recording-ids", "r1", "--extra-body", '{"force": true}']
    deleted = run_at(recorder.url, "whereby", "recordings", "bulk-delete", *body)
    assert deleted.code == 0, deleted.stderr
    (get, post) = recorder.requests
    assert get["method"] == "GET" and "region=eu" in get["target"] and "beta=1" in get["target"]
    assert post["method"] == "POST" and post["target"] == "/recordings/bulk-delete"
    assert b'"force":true' in post["body"].replace(b" ", b"") and b'"recordingIds"' in post["body"]
