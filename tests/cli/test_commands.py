"""The command tree is the contract's: one command per operation, options named and typed like the Python methods."""

from __future__ import annotations

import inspect
import subprocess
import sys
from typing import Any

import pytest

from videoconf import SignalWire, Whereby
from videoconf._cli._parser import COMMON_OPTIONS, cli_name
from videoconf._generated._commands import TREE, all_commands
from videoconf._generated._operations import OPERATIONS

from .conftest import run

COMMANDS = all_commands()

# Per-call options every resource method takes besides the contract's arguments.
PER_CALL_OPTIONS = frozenset({"extra_headers", "extra_query", "extra_body", "timeout"})


def _normalised(text: str) -> str:
    return " ".join(text.split())


def test_every_operation_has_a_command_and_every_command_an_operation() -> None:
    from_table = {
        (spec.vendor, spec.resource, operation_id[len(spec.resource) + 1 :]): operation_id
        for operation_id, spec in OPERATIONS.items()
    }
    from_tree = {
        (vendor, resource, method): operation_id
        for vendor, resources in TREE.items()
        for resource, methods in resources.items()
        for method, operation_id in methods.items()
    }
    assert from_tree == from_table
    assert set(COMMANDS) == set(OPERATIONS)


def _client_method(operation_id: str) -> Any:
    command = COMMANDS[operation_id]
    client: Any
    if command["vendor"] == "signalwire":
        client = SignalWire(project_id="p", token="t", base_url="http://127.0.0.1:9")
    else:
        client = Whereby(api_key="k", base_url="http://127.0.0.1:9")
    return getattr(getattr(client, command["resource"]), command["method"])


@pytest.mark.parametrize("operation_id", sorted(COMMANDS))
def test_arguments_are_the_resource_methods_arguments(operation_id: str) -> None:
    parameters = inspect.signature(_client_method(operation_id)).parameters.values()
    positional = [p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_ONLY]
    keywords = {p.name: p for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY}
    arguments = COMMANDS[operation_id]["arguments"]
    assert [a["python"] for a in arguments if a["where"] == "path"] == positional
    options = {a["python"]: a for a in arguments if a["where"] != "path"}
    assert set(options) == set(keywords) - PER_CALL_OPTIONS
    for name, argument in options.items():
        required = keywords[name].default is inspect.Parameter.empty
        assert argument["required"] == required, f"{operation_id}: {name} required={required} in Python"


def test_no_contract_option_takes_the_name_of_a_common_option() -> None:
    for operation_id, command in COMMANDS.items():
        for argument in command["arguments"]:
            flag = "--" + cli_name(argument["python"])
            assert flag not in COMMON_OPTIONS, f"{operation_id}: field {argument['name']} would shadow {flag}"


def test_every_command_answers_help_with_its_options_and_enum_values() -> None:
    # Through the installed entry point, one process per command, as a person would look them up.
    checked = 0
    for vendor, resources in TREE.items():
        for resource, methods in resources.items():
            for method, operation_id in methods.items():
                words = [vendor, cli_name(resource), cli_name(method)]
                result = run(*words, "--help")
                assert result.code == 0, result.stderr
                text = _normalised(result.stdout)
                assert text.startswith(f"usage: videoconf {' '.join(words)} "), text[:200]
                command = COMMANDS[operation_id]
                assert _normalised(command["summary"]) in text
                for argument in command["arguments"]:
                    shown = argument["python"].upper() if argument["where"] == "path" else cli_name(argument["python"])
                    assert shown in text, f"{operation_id}: {shown} missing from --help"
                    if argument["choices"]:
                        values = ", ".join(str(choice) for choice in argument["choices"])
                        # `known values` where another is sent with a warning (an extensible list).
                        listed = (f"one of: {values}", f"known values: {values}")
                        missing = f"{operation_id}: {argument['name']} lists no values"
                        assert any(lead in text for lead in listed), missing
                checked += 1
    assert checked == len(OPERATIONS)


def test_help_of_an_enum_option_lists_its_values() -> None:
    result = run("signalwire", "rooms", "create", "--help")
    assert result.code == 0
    assert "--quality QUALITY Video resolution. [one of: 720p, 1080p]" in _normalised(result.stdout)


def test_levels_above_a_method_list_what_is_below() -> None:
    top = run("--help")
    assert top.code == 0 and "signalwire" in top.stdout and "whereby" in top.stdout and "exit codes" in top.stdout
    vendor = run("whereby", "--help")
    assert vendor.code == 0
    assert all(cli_name(resource) in vendor.stdout for resource in TREE["whereby"])
    assert "WHEREBY_API_KEY" in vendor.stdout
    resource = run("signalwire", "room-sessions", "--help")
    assert resource.code == 0
    assert all(cli_name(method) in resource.stdout for method in TREE["signalwire"]["room_sessions"])


def test_underscores_name_the_same_command_as_dashes() -> None:
    assert run("signalwire", "room_sessions", "list_members", "--help").code == 0


@pytest.mark.parametrize(
    "args",
    [[], ["signalwire"], ["signalwire", "rooms"], ["zoom", "rooms", "list"], ["signalwire", "rooms", "explode"]],
)
def test_an_incomplete_or_unknown_command_is_a_usage_error(args: list[str]) -> None:
    result = run(*args)
    assert result.code == 2
    assert "usage: videoconf" in result.stderr


def test_a_missing_path_argument_is_a_usage_error() -> None:
    result = run("signalwire", "rooms", "get")
    assert result.code == 2
    assert "ID" in result.stderr


def test_version() -> None:
    from videoconf import __version__

    result = run("--version")
    assert (result.code, result.stdout.strip()) == (0, f"videoconf {__version__}")


def test_help_loads_neither_httpx_nor_the_clients() -> None:
    # The start-up budget (make bench) depends on it: the parser is built from the command table alone.
    code = (
        "import sys, contextlib, io\n"
        "from videoconf._cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['signalwire', 'rooms', 'list', '--help']) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('httpx', 'attrs') or m == 'videoconf._client')\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_completion_candidates_come_from_the_command_table() -> None:
    assert run("__complete").stdout.split() == [*TREE, "--help", "--version", "--completion"]
    assert run("__complete", "whereby").stdout.split() == [cli_name(r) for r in TREE["whereby"]]
    methods = run("__complete", "signalwire", "rooms").stdout.split()
    assert methods == [cli_name(m) for m in TREE["signalwire"]["rooms"]]
    options = run("__complete", "signalwire", "rooms", "create").stdout.split()
    assert "--display-name" in options and "--json" in options and "--all" not in options
    assert run("__complete", "signalwire", "rooms", "create", "--quality").stdout.split() == ["720p", "1080p"]
    script = run("--completion", "bash")
    assert script.code == 0 and "complete -o default -F _videoconf_complete videoconf" in script.stdout
    fish = run("--completion", "fish")
    assert fish.code == 0 and "complete -c videoconf" in fish.stdout and "videoconf __complete" in fish.stdout
    # Global options before the vendor do not count as words.
    hoisted = run("__complete", "--base-url", "http://127.0.0.1:9", "-o", "json", "signalwire", "rooms")
    assert hoisted.stdout.split() == [cli_name(m) for m in TREE["signalwire"]["rooms"]]
    assert "-o" in run("__complete", "signalwire", "rooms", "list").stdout.split()


@pytest.mark.parametrize(
    "args,usage,complaint",
    [
        (["signalwire", "rooms", "lst"], "videoconf signalwire rooms METHOD", "did you mean 'list'?"),
        (["signalwire", "romos", "list"], "videoconf signalwire RESOURCE", "did you mean 'rooms'?"),
        (["signalwre", "rooms", "list"], "videoconf VENDOR", "did you mean 'signalwire'?"),
        (["signalwire", "rooms", "list", "--page-sise", "3"], "videoconf signalwire rooms list", "'--page-size'?"),
        (["signalwire", "rooms", "list", "-o", "tabel"], "videoconf signalwire rooms list", "did you mean 'table'?"),
    ],
)
def test_a_mistyped_word_gets_a_suggestion_and_the_usage_of_its_command(
    args: list[str], usage: str, complaint: str
) -> None:
    result = run(*args)
    assert result.code == 2
    first, error = result.stderr.splitlines()
    assert first.startswith(f"usage: {usage} ") and complaint in error


def test_global_options_are_accepted_before_the_vendor() -> None:
    before = run("--sandbox", "-o", "json", "--max-retries=1", "signalwire", "rooms", "list", "--page-size", "1")
    after = run("signalwire", "rooms", "list", "--page-size", "1", "--sandbox", "--output", "json")
    assert before.code == after.code == 0, before.stderr
    assert before.one()["name"] == after.one()["name"]
    unreachable = run("--base-url", "http://127.0.0.1:9", "--max-retries", "0", "whereby", "meetings", "list")
    # The base URL given before the vendor is the one used: credentials are asked for, not a space.
    assert unreachable.code == 2 and "WHEREBY_API_KEY" in unreachable.stderr
