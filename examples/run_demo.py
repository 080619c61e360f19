"""`make demo`: start the sandbox on a free loopback port, run the quickstart against it, stop the sandbox."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(url: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=0.5)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise SystemExit(f"the sandbox did not start at {url}")


def main() -> int:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "videoconf.sandbox", "--port", str(port), "--quiet"])
    try:
        wait_until_up(base, time.monotonic() + 20)
        env = {**os.environ, "SIGNALWIRE_BASE_URL": base, "WHEREBY_BASE_URL": f"{base}/v1"}
        for name in ("SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_API_TOKEN", "WHEREBY_API_KEY"):
            env.pop(name, None)  # the demo uses the sandbox's printed demo credentials, never real ones
        quickstart = Path(__file__).with_name("quickstart.py")
        return subprocess.run([sys.executable, str(quickstart)], env=env, check=False).returncode
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
