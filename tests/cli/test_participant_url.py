"""`videoconf whereby participant-url`: the link the Python builder gives for the same values, byte for byte, and the
same refusals in the command line's words. Runs in-process (the command sends nothing), once through the console
script."""

from __future__ import annotations

from typing import Any

import pytest

from tests.cli.conftest import run
from videoconf import participant_url
from videoconf._cli import main

ROOM = "https://example.whereby.com/standup-4b3bd908"
HOST = ROOM + "?roomKey=sekret-host-key-51"

SAME = [
    (
        ["--display-name", "Ada", "--external-id", "u-42", "--metadata", "booking-7", "--audio", "off"],
        {"display_name": "Ada", "external_id": "u-42", "metadata": "booking-7", "audio": False},
    ),
    (
        ["--minimal", "--chat", "on", "--screenshare", "off", "--groups", "Orange", "--groups", "Banana split"],
        {"minimal": True, "chat": True, "screenshare": False, "groups": ["Orange", "Banana split"]},
    ),
    (
        ["--camera-effect", "image-day", "--metadata", "ä b&c=d", "--lang", "zh-hant", "--extra", "emojiSkinTone=x y"],
        {"camera_effect": "image-day", "metadata": "ä b&c=d", "lang": "zh-hant", "extra": {"emojiSkinTone": "x y"}},
    ),
    (
        ["--room-integrations", "on", "--precall-ceremony-can-skip", "on"],
        {"room_integrations": True, "precall_ceremony_can_skip": True},
    ),
    ([], {}),
]


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["whereby", "participant-url", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("room_url", [ROOM, HOST])
@pytest.mark.parametrize(("options", "arguments"), SAME)
def test_the_command_prints_the_python_builders_link(
    capsys: pytest.CaptureFixture[str], room_url: str, options: list[str], arguments: dict[str, Any]
) -> None:
    code, out, err = _cli(capsys, room_url, *options)
    assert (code, err) == (0, "")
    assert out.encode() == (participant_url(room_url, **arguments) + "\n").encode()


def test_every_parameter_is_an_option(capsys: pytest.CaptureFixture[str]) -> None:
    from videoconf._generated._room_url import PARAMETERS

    assert main(["whereby", "participant-url", "--help"]) == 0
    help_text = capsys.readouterr().out
    for python in PARAMETERS:
        assert "--" + python.replace("_", "-") in help_text, python


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (["--display-name", "Ada $"], "--display-name: 'Ada $' does not match the pattern"),
        (["--external-id", "u" * 37], "--external-id: 'uuuuu"),
        (["--groups", "a,b"], "--groups[0]: 'a,b' does not match the pattern"),
        (["--camera-effect", "sparkles"], "--camera-effect: 'sparkles' is not one of"),
        (["--extra", "audio=on"], "--extra['audio']: `audio` is a parameter of its own"),
    ],
)
def test_a_refused_value_is_named_as_the_command_line_spells_it(
    capsys: pytest.CaptureFixture[str], options: list[str], said: str
) -> None:
    code, out, err = _cli(capsys, ROOM, *options)
    assert (code, out) == (2, "")
    assert err.startswith(f"videoconf whereby participant-url: {said}"), err


def test_usage_errors_are_short_and_suggest(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _cli(capsys, ROOM, "--audio", "on")
    assert code == 2 and "invalid choice: 'on' (choose from off)" in err
    code, _, err = _cli(capsys, ROOM, "--dispay-name", "Ada")
    assert code == 2 and "did you mean '--display-name'?" in err
    code, _, err = _cli(capsys, "https://example.whereby.com/r", "--extra", "novalue")
    assert code == 2 and "give NAME=VALUE" in err
    code, _, err = _cli(capsys, "standup", "--display-name", "Ada")
    assert code == 2 and err.startswith("videoconf whereby participant-url: ROOM_URL: not an absolute https URL")


def test_an_unlisted_language_warns_on_stderr_and_still_prints(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(capsys, ROOM, "--lang", "ko")
    assert (code, out) == (0, ROOM + "?lang=ko\n")
    assert err == (
        "videoconf whereby participant-url: warning: --lang: 'ko' is not one of the values the contract lists; "
        "written as given, as Whereby may know it\n"
    )


def test_the_console_script_prints_the_same_bytes() -> None:
    result = run("whereby", "participant-url", HOST, "--display-name", "Ada Lovelace", "--video", "off", "--minimal")
    assert result.code == 0, result.stderr
    assert result.stdout == participant_url(HOST, display_name="Ada Lovelace", video=False, minimal=True) + "\n"
