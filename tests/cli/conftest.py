"""The command line runs as users run it: its installed entry point in a subprocess, against a sandbox of its own
whose credentials are distinctive enough to be searched for in every output."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from videoconf.sandbox import RunningSandbox, SandboxConfig, running_sandbox

VIDEOCONF = Path(sys.executable).with_name("videoconf")
PROJECT = "cli-project-4e1d"
TOKEN = "cli-token-sekret-91b2f7"
API_KEY = "cli-key-sekret-5c8d0a"
SECRETS = (TOKEN, API_KEY, base64.b64encode(f"{PROJECT}:{TOKEN}".encode()).decode())


@dataclass(frozen=True)
class Result:
    code: int
    stdout: str
    stderr: str

    def lines(self) -> list[Any]:
        """Standard output as JSON Lines; fails the test if any line is not JSON."""
        return [json.loads(line) for line in self.stdout.splitlines()]

    def one(self) -> Any:
        lines = self.lines()
        assert len(lines) == 1, self.stdout
        return lines[0]


def clean_environment() -> dict[str, str]:
    """This process's environment without any credentials, base URLs or log switches a developer may have set."""
    prefixes = ("SIGNALWIRE_", "WHEREBY_", "VIDEOCONF_")
    env = {name: value for name, value in os.environ.items() if not name.startswith(prefixes)}
    env["COLUMNS"] = "100"
    return env


def run(*args: str, env: Mapping[str, str] | None = None, stdin: str | None = None, timeout: float = 60) -> Result:
    """`videoconf ARGS...` through the installed console script."""
    assert VIDEOCONF.exists(), f"{VIDEOCONF} is missing: the package is not installed with its console script"
    proc = subprocess.run(
        [str(VIDEOCONF), *args],
        env=dict(env if env is not None else clean_environment()),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


def run_on_terminal(*args: str, env: Mapping[str, str], columns: int = 80, timeout: float = 60) -> Result:
    """`videoconf ARGS...` with standard output on a pseudo-terminal `columns` wide (stderr still a pipe)."""
    import fcntl
    import pty
    import struct
    import termios

    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    environment = {name: value for name, value in env.items() if name != "COLUMNS"}
    with subprocess.Popen(
        [str(VIDEOCONF), *args],
        env=environment,
        stdin=subprocess.DEVNULL,
        stdout=terminal,
        stderr=subprocess.PIPE,
    ) as proc:
        os.close(terminal)
        chunks: list[bytes] = []
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(controller)
        assert proc.stderr is not None
        stderr = proc.stderr.read().decode()
        code = proc.wait(timeout)
    stdout = b"".join(chunks).decode().replace("\r\n", "\n")
    return Result(code, stdout, stderr)


CREDENTIALS = {"SIGNALWIRE_PROJECT_ID": PROJECT, "SIGNALWIRE_API_TOKEN": TOKEN, "WHEREBY_API_KEY": API_KEY}


def run_at(base_url: str, *args: str) -> Result:
    """`videoconf ARGS --base-url BASE_URL`, with both vendors' test credentials in the environment."""
    return run(*args, "--base-url", base_url, env=clean_environment() | CREDENTIALS)


class Cli:
    """Runs `videoconf` with the sandbox's credentials and base URLs in its environment."""

    def __init__(self, sandbox: RunningSandbox) -> None:
        self.sandbox = sandbox
        self.env = (
            clean_environment()
            | CREDENTIALS
            | {"SIGNALWIRE_BASE_URL": sandbox.signalwire_url, "WHEREBY_BASE_URL": sandbox.whereby_url}
        )
        self.outputs: list[str] = []

    def __call__(self, *args: str, stdin: str | None = None, **env: str) -> Result:
        result = run(*args, env=self.env | env, stdin=stdin)
        self.outputs += [result.stdout, result.stderr]
        return result

    def on_terminal(self, *args: str, columns: int = 80) -> Result:
        """`videoconf ARGS...` writing to a terminal `columns` wide."""
        result = run_on_terminal(*args, env=self.env, columns=columns)
        self.outputs += [result.stdout, result.stderr]
        return result


@pytest.fixture(scope="module")
def cli_sandbox() -> Iterator[RunningSandbox]:
    config = SandboxConfig(signalwire_project=PROJECT, signalwire_token=TOKEN, whereby_key=API_KEY)
    with running_sandbox(config) as running:
        yield running


@pytest.fixture
def cli(cli_sandbox: RunningSandbox) -> Iterator[Cli]:
    runner = Cli(cli_sandbox)
    yield runner
    # Whatever a test ran, no credential may have reached any output.
    for text in runner.outputs:
        for secret in SECRETS:
            assert secret not in text, f"a credential leaked into the command line's output: {text!r}"


class Recorder:
    """A loopback HTTP server that records every request and answers an empty Whereby page (or 204 to a delete)."""

    def __init__(self) -> None:
        import http.server
        import threading

        self.requests: list[dict[str, Any]] = []
        recorder = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                recorder.requests.append({"method": self.command, "target": self.path, "body": body})
                if "bulk-delete" in self.path or self.command == "DELETE":
                    self.send_response(204)
                    self.send_header("content-length", "0")
                    self.end_headers()
                    return
                payload = b'{"results": [], "cursor": null}'
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = _answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    server = Recorder()
    yield server
    server.close()
