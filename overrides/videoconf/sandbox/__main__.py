"""`python -m videoconf.sandbox`: serve the sandbox and print the base URLs and credentials it accepts."""

from __future__ import annotations

import argparse
import logging
import random
import shlex
import sys
from collections.abc import Sequence

from videoconf.sandbox._app import TRIGGER_PATH
from videoconf.sandbox._config import RateLimit, SandboxConfig, parse_rate_limit
from videoconf.sandbox._server import bind, serve_forever, url_of


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must lie between 0 and 1, got {value}")
    return value


def _rate_limit(text: str) -> RateLimit:
    try:
        return parse_rate_limit(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    """The options of `python -m videoconf.sandbox`, each with its help."""
    defaults = SandboxConfig()
    parser = argparse.ArgumentParser(
        prog="python -m videoconf.sandbox",
        description="Local, in-memory SignalWire Video and Whereby API sandbox for offline development and tests.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on, 0 for any free one (default: 8080)")
    parser.add_argument(
        "--signalwire-project",
        default=defaults.signalwire_project,
        metavar="P",
        help="SignalWire project id the sandbox accepts (HTTP Basic user name; default: %(default)s)",
    )
    parser.add_argument(
        "--signalwire-token",
        default=defaults.signalwire_token,
        metavar="T",
        help="SignalWire API token the sandbox accepts (HTTP Basic password; default: %(default)s)",
    )
    parser.add_argument(
        "--whereby-key",
        default=defaults.whereby_key,
        metavar="K",
        help="Whereby API key the sandbox accepts (Bearer token; default: %(default)s)",
    )
    parser.add_argument(
        "--print-env",
        action="store_true",
        help="print the export lines for these settings and exit, for a second shell: "
        'eval "$(python -m videoconf.sandbox --print-env --port 8080)"',
    )
    parser.add_argument(
        "--rate-limit", type=_rate_limit, default=None, metavar="N/s", help="answer 429 beyond N requests a second"
    )
    parser.add_argument("--fail-rate", type=_share, default=0.0, metavar="F", help="fail this share of requests (0..1)")
    parser.add_argument(
        "--latency-ms", type=float, default=0.0, metavar="MS", help="delay every answer, like a network round trip"
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=None,
        metavar="N",
        help="seed of the sample data, the ids handed out and the faults; default: a random one, printed at start-up "
        "(pass it again to replay a run)",
    )
    parser.add_argument(
        "--seed-rooms", type=int, default=0, metavar="N", help="also seed N SignalWire rooms (for paging benchmarks)"
    )
    parser.add_argument(
        "--processing-seconds",
        type=float,
        default=defaults.processing_seconds,
        metavar="S",
        help="how long Whereby transcriptions and summaries stay in progress (default: %(default)s)",
    )
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="enforce only what the schemas express, not rules stated in prose (for schema fuzzers)",
    )
    hooks = parser.add_argument_group(
        "Whereby webhooks",
        "Events are signed and POSTed to each --webhook-url as Whereby delivers them (5 s to answer; no answer or a "
        f"5xx is retried twice). Make one happen with POST {TRIGGER_PATH} "
        '{"type": "room.client.joined", "meetingId": "...", "data": {...}} and the Whereby API key, or with '
        "videoconf.sandbox.trigger().",
    )
    hooks.add_argument(
        "--webhook-url", action="append", default=[], metavar="URL", help="deliver events here (repeatable)"
    )
    hooks.add_argument(
        "--webhook-secret",
        default=defaults.webhook_secret,
        metavar="S",
        help="signing secret of the Whereby-Signature header (default: the demo secret sandbox-webhook-secret)",
    )
    hooks.add_argument(
        "--webhook-duplicates",
        type=_share,
        default=0.0,
        metavar="F",
        help="deliver this share of events twice (0..1), as Whereby may",
    )
    hooks.add_argument(
        "--webhook-shuffle",
        action="store_true",
        help="delay each delivery by up to half a second, so events close together arrive out of order",
    )
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    return parser


def parse_args(argv: Sequence[str] | None = None) -> tuple[argparse.Namespace, SandboxConfig]:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = SandboxConfig(
            signalwire_project=args.signalwire_project,
            signalwire_token=args.signalwire_token,
            whereby_key=args.whereby_key,
            # A fresh seed per start, as a real server never hands out the same ids twice (a receiver that remembers
            # event ids across runs would drop new events); printed, so that --seed replays a run.
            seed=args.seed if args.seed is not None else random.SystemRandom().randrange(1, 2**31),
            latency_seconds=args.latency_ms / 1000,
            seed_rooms=args.seed_rooms,
            rate_limit=args.rate_limit,
            fail_rate=args.fail_rate,
            processing_seconds=args.processing_seconds,
            lenient=args.lenient,
            webhook_urls=tuple(args.webhook_url),
            webhook_secret=args.webhook_secret,
            webhook_duplicates=args.webhook_duplicates,
            webhook_shuffle=args.webhook_shuffle,
        )
    except ValueError as error:
        parser.error(str(error))
    return args, config


def _webhook_lines(config: SandboxConfig) -> list[str]:
    if not config.webhook_urls:
        return ["  Webhooks    off (pass --webhook-url URL to receive Whereby events)"]
    # The secret itself is printed only while it is the public demo one.
    secret = (
        f"the demo secret {config.webhook_secret!r}"
        if config.webhook_secret == SandboxConfig().webhook_secret
        else "the --webhook-secret given"
    )
    options = [f"duplicates {config.webhook_duplicates:g}"] if config.webhook_duplicates else []
    options += ["shuffled"] if config.webhook_shuffle else []
    lines = [f"  Webhooks    to        {url}" for url in config.webhook_urls]
    lines.append(f"              signed    with {secret}{' (' + ', '.join(options) + ')' if options else ''}")
    lines.append(f"              trigger   POST {TRIGGER_PATH} (Whereby API key), or videoconf.sandbox.trigger()")
    return lines


def export_lines(base_url: str, config: SandboxConfig) -> list[str]:
    """Shell lines that point the command line and the Python clients (which read the same variables) here."""
    signalwire = {
        "SIGNALWIRE_PROJECT_ID": config.signalwire_project,
        "SIGNALWIRE_API_TOKEN": config.signalwire_token,
        "SIGNALWIRE_BASE_URL": base_url,
    }
    whereby = {"WHEREBY_API_KEY": config.whereby_key, "WHEREBY_BASE_URL": f"{base_url}/v1"}
    return [
        "export " + " ".join(f"{name}={shlex.quote(value)}" for name, value in variables.items())
        for variables in (signalwire, whereby)
    ]


def banner(base_url: str, config: SandboxConfig) -> str:
    faults = []
    if config.rate_limit is not None:
        faults.append(f"rate limit {config.rate_limit}")
    if config.fail_rate:
        faults.append(f"fail rate {config.fail_rate:g}")
    return "\n".join(
        [
            f"videoconf sandbox listening on {base_url} (seed {config.seed}; "
            f"{'lenient' if config.lenient else 'strict'} rules; faults: {', '.join(faults) or 'off'})",
            "",
            f"  SignalWire  base URL  {base_url}        (paths /api/video/...)",
            f"              project   {config.signalwire_project}",
            f"              token     {config.signalwire_token}",
            f"  Whereby     base URL  {base_url}/v1     (paths /v1/meetings ...)",
            f"              API key   {config.whereby_key}",
            *_webhook_lines(config),
            "",
            "  from videoconf import SignalWire, Whereby",
            f"  sw = SignalWire(project_id={config.signalwire_project!r}, token={config.signalwire_token!r},"
            f" base_url={base_url!r})",
            f"  wb = Whereby(api_key={config.whereby_key!r}, base_url={base_url + '/v1'!r})",
            "",
            "  # in another shell, for `videoconf ...` and for SignalWire() / Whereby() without arguments:",
            *(f"  {line}" for line in export_lines(base_url, config)),
            "",
            f"Press Ctrl+C to stop. (--seed {config.seed} replays this run's data and ids.)",
        ]
    )


def _log_deliveries() -> None:
    # Each delivery attempt as a line beside uvicorn's request lines, so a developer sees what the receiver answered.
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s:     %(message)s"))
    deliveries = logging.getLogger("videoconf.sandbox.webhooks")
    deliveries.addHandler(handler)
    deliveries.setLevel(logging.INFO)
    deliveries.propagate = False


def main(argv: Sequence[str] | None = None) -> int:
    args, config = parse_args(argv)
    if args.print_env:
        host = f"[{args.host}]" if ":" in args.host else args.host
        print("\n".join(export_lines(f"http://{host}:{args.port}", config)))
        return 0
    if config.webhook_urls and not args.quiet:
        _log_deliveries()
    try:
        sock = bind(args.host, args.port)
    except OSError as error:
        print(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}", file=sys.stderr)
        return 1
    base_url = url_of(sock)

    def announce() -> None:
        print(banner(base_url, config), flush=True)

    serve_forever(config, sock, on_started=announce, access_log=not args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
