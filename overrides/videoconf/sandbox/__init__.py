"""A local, stateful, in-memory server implementing both vendors' APIs from the contract (the `sandbox` extra).
Run it with `python -m videoconf.sandbox --port 8080`, or in tests with `running_sandbox()` / `serve_in_thread()`.
It delivers Whereby webhooks to `--webhook-url`s; `trigger()` makes any event happen in a meeting's room."""

from __future__ import annotations

from pkgutil import extend_path

# The generated request models (`videoconf.sandbox._schemas`) live in generated/ in a checkout (see videoconf/__init__).
__path__ = extend_path(__path__, __name__)

try:
    import pydantic  # noqa: F401
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
except ModuleNotFoundError as error:  # pragma: no cover - depends on what is installed
    raise ModuleNotFoundError(
        f"videoconf.sandbox needs the optional sandbox dependencies ({error.name} is missing): "
        "pip install 'videoconf[sandbox]'",
        name=error.name,
    ) from error

from videoconf.sandbox._app import TRIGGER_PATH, create_app
from videoconf.sandbox._config import RateLimit, SandboxConfig, parse_rate_limit
from videoconf.sandbox._events import TRIGGERS, TriggerError
from videoconf.sandbox._server import RunningSandbox, running_sandbox, serve_app_in_thread, serve_in_thread, trigger

__all__ = [
    "TRIGGERS",
    "TRIGGER_PATH",
    "RateLimit",
    "RunningSandbox",
    "SandboxConfig",
    "TriggerError",
    "create_app",
    "parse_rate_limit",
    "running_sandbox",
    "serve_app_in_thread",
    "serve_in_thread",
    "trigger",
]
