"""`--sandbox`: a fresh local sandbox for one command, with its demo credentials, stopped when the command ends."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

from .._exceptions import VideoconfError

__all__ = ["sandbox_credentials"]

log = logging.getLogger("videoconf.cli")


@contextlib.contextmanager
def sandbox_credentials(vendor: str) -> Iterator[dict[str, str]]:
    """Serves a sandbox on a free loopback port (in this process) and yields the client arguments that reach it."""
    try:
        from videoconf.sandbox import running_sandbox
    except ModuleNotFoundError as error:
        raise VideoconfError(
            f"--sandbox needs the sandbox extra ({error.name} is not installed): pip install 'videoconf[sandbox]'"
        ) from None
    # In this process rather than `python -m videoconf.sandbox`: the socket is bound before the server starts, so
    # there is no race for the port, no output to parse, and the server stops with the command however it ends.
    with running_sandbox() as sandbox:
        log.debug("sandbox serving at %s", sandbox.base_url)
        config = sandbox.config
        if vendor == "signalwire":
            yield {
                "project_id": config.signalwire_project,
                "token": config.signalwire_token,
                "base_url": sandbox.signalwire_url,
            }
        else:
            yield {"api_key": config.whereby_key, "base_url": sandbox.whereby_url}
