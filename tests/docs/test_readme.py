"""The README's first steps work as written: the installation names what the package really offers, `videoconf` is
on PATH in the activated virtualenv, and the quickstart's sandbox lines run against a sandbox started as `make
sandbox` starts it, with the settings its `--print-env` gives, in Python and on the command line. Its code lines fit
the site's content column."""

from __future__ import annotations

import json
import os
import re
import shlex
import socket
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.docs.test_site import README, ROOT, SECTION

SECTIONS = dict(SECTION.findall(README))
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# What fits a code block of the site at 1280 pixels beside the navigation and the table of contents.
WIDEST_LINE = 88


def _blocks(section: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", SECTIONS[section], flags=re.DOTALL)


def test_installation_names_the_package_its_extra_and_its_command() -> None:
    text = SECTIONS["installation"]
    commands = "\n".join(_blocks("installation", "console"))
    assert f"pip install /path/to/{PYPROJECT['project']['name']}" in commands
    extras = set(re.findall(r"\[([a-z]+)\]", commands))
    assert extras == {"sandbox"} and extras <= set(PYPROJECT["project"]["optional-dependencies"])
    assert "videoconf" in PYPROJECT["project"]["scripts"]
    assert "pip wheel" in commands and "python -m build" in commands
    for said in ("make demo", "source .venv/bin/activate", ".venv/bin/videoconf"):
        assert said in text, said
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "VENV := .venv" in makefile and "pip install --quiet -e '.[dev,sandbox]'" in makefile


@pytest.mark.skipif(not (Path(sys.prefix) / "bin" / "activate").exists(), reason="not run from a virtualenv")
def test_activating_the_virtualenv_puts_videoconf_on_path() -> None:
    venv = Path(sys.prefix)
    script = f'source "{venv}/bin/activate" && command -v videoconf && videoconf --help'
    env = {key: value for key, value in os.environ.items() if key not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["PATH"] = "/usr/bin:/bin"
    proc = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env, check=False, timeout=60)
    assert proc.returncode == 0, proc.stderr
    found, _, help_text = proc.stdout.partition("\n")
    assert Path(found) == venv / "bin" / "videoconf"
    assert "usage: videoconf" in help_text


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def sandbox_env() -> Iterator[dict[str, str]]:
    """A sandbox started the way `make sandbox` starts one, and the settings the quickstart's `eval` line takes from
    `--print-env` for it."""
    port = _free_port()
    command = [sys.executable, "-m", "videoconf.sandbox", "--port", str(port)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}", timeout=0.5)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "the sandbox did not start"
                time.sleep(0.1)
        text = " ".join(SECTIONS["quickstart-sandbox"].split())
        (print_env,) = re.findall(r'eval "\$\((python -m videoconf\.sandbox --print-env --port 8080)\)"', text)
        argv = print_env.replace("8080", str(port)).split()
        printed = subprocess.run([sys.executable, *argv[1:]], capture_output=True, text=True, check=True, timeout=60)
        env: dict[str, str] = {}
        for line in printed.stdout.splitlines():
            assert line.startswith("export "), line
            for pair in shlex.split(line.removeprefix("export ")):
                name, _, value = pair.partition("=")
                env[name] = value
        yield env
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_the_quickstart_runs_against_the_sandbox_in_python(
    sandbox_env: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "make demo" in SECTIONS["quickstart-sandbox"] and "make sandbox" in SECTIONS["quickstart-sandbox"]
    for name in ("SIGNALWIRE_SPACE", "VIDEOCONF_STRICT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in sandbox_env.items():
        monkeypatch.setenv(name, value)
    (code,) = _blocks("quickstart-sandbox", "python")
    exec(compile(code, "README.md:quickstart-sandbox", "exec"), {})  # noqa: S102
    room_line, meetings_line = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"[0-9a-f-]{36} \[.*'standup'.*\]", room_line), room_line
    assert re.fullmatch(r"\[('\w+'(, )?)+\]", meetings_line), meetings_line


def test_the_quickstart_runs_against_the_sandbox_on_the_command_line(sandbox_env: dict[str, str]) -> None:
    commands = "\n".join(_blocks("quickstart-sandbox", "console"))
    (line,) = [line for line in commands.splitlines() if line.startswith("videoconf ")]
    script = Path(sys.executable).with_name("videoconf")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("SIGNALWIRE_", "WHEREBY_"))}
    env.update(sandbox_env)
    argv = [str(script), *line.split()[1:]]
    proc = subprocess.run(argv, capture_output=True, text=True, env=env, check=False, timeout=60)
    assert proc.returncode == 0, proc.stderr
    names = [json.loads(row)["name"] for row in proc.stdout.splitlines()]
    assert names, "the sandbox's rooms are listed"


@pytest.mark.parametrize(
    "section", ["installation", "quickstart-sandbox", "quickstart-signalwire", "quickstart-whereby", "quickstart-cli"]
)
def test_the_first_steps_code_fits_the_page(section: str) -> None:
    lines = [
        line for block in re.findall(r"```[a-z]*\n(.*?)```", SECTIONS[section], re.DOTALL) for line in block.split("\n")
    ]
    assert lines
    wide = [line for line in lines if len(line) > WIDEST_LINE]
    assert not wide, f"README section {section}: lines wider than {WIDEST_LINE} characters: {wide}"
