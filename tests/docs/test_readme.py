"""The README's first steps work as written: the installation names what the package really offers, `videoconf` is
on PATH in the activated virtualenv, and the quickstart's sandbox lines run against a sandbox started as `make
sandbox` starts it, in Python and on the command line. Its code lines fit the site's content column."""

from __future__ import annotations

import json
import os
import re
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
def sandbox_process() -> Iterator[str]:
    """A sandbox started the way `make sandbox` starts one; its base URL."""
    port = _free_port()
    command = [sys.executable, "-m", "videoconf.sandbox", "--port", str(port)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url, timeout=0.5)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "the sandbox did not start"
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        output, _ = proc.communicate(timeout=30)
        for credential in ("sandbox-project", "sandbox-token", "sandbox-key"):
            # The quickstart says the sandbox prints the credentials its lines use.
            assert credential in output, f"the sandbox no longer prints {credential!r}"


def test_the_quickstart_runs_against_the_sandbox_in_python(
    sandbox_process: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sandbox_process
    assert "make demo" in SECTIONS["quickstart-sandbox"] and "make sandbox" in SECTIONS["quickstart-sandbox"]
    (code,) = _blocks("quickstart-sandbox", "python")
    assert code.count("http://127.0.0.1:8080") == 2, "the quickstart's lines talk to `make sandbox` on port 8080"
    exec(compile(code.replace("http://127.0.0.1:8080", url), "README.md:quickstart-sandbox", "exec"), {})  # noqa: S102
    printed = capsys.readouterr().out.splitlines()
    room_line, meetings_line = printed
    assert re.fullmatch(r"[0-9a-f-]{36} \[.*'standup'.*\]", room_line), room_line
    assert meetings_line.startswith("[")


def test_the_quickstart_runs_against_the_sandbox_on_the_command_line(sandbox_process: str) -> None:
    url = sandbox_process
    text = " ".join(SECTIONS["quickstart-sandbox"].split())
    command = re.search(r"`(videoconf signalwire rooms list --base-url http://127\.0\.0\.1:8080)`", text)
    assert command, "the quickstart's command line"
    credentials = dict(re.findall(r"`(SIGNALWIRE_[A-Z_]+)=([a-z-]+)`", text))
    assert set(credentials) == {"SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_API_TOKEN"}
    argv = command.group(1).replace("http://127.0.0.1:8080", url).split()
    script = Path(sys.executable).with_name("videoconf")
    env = {**os.environ, **credentials}
    proc = subprocess.run([str(script), *argv[1:]], capture_output=True, text=True, env=env, check=False, timeout=60)
    assert proc.returncode == 0, proc.stderr
    names = [json.loads(line)["name"] for line in proc.stdout.splitlines()]
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
