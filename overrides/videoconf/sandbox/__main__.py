"""`python -m videoconf.sandbox`: serve the sandbox and print the base URLs and credentials it accepts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from videoconf.sandbox._config import RateLimit, SandboxConfig, parse_rate_limit
from videoconf.sandbox._server import bind, serve_forever, url_of


def _fail_rate(text: str) -> float:
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


def parse_args(argv: Sequence[str] | None = None) -> tuple[argparse.Namespace, SandboxConfig]:
    defaults = SandboxConfig()
    parser = argparse.ArgumentParser(
        prog="python -m videoconf.sandbox",
        description="Local, in-memory SignalWire Video and Whereby API sandbox for offline development and tests.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on, 0 for any free one (default: 8080)")
    parser.add_argument("--signalwire-project", default=defaults.signalwire_project, metavar="P")
    parser.add_argument("--signalwire-token", default=defaults.signalwire_token, metavar="T")
    parser.add_argument("--whereby-key", default=defaults.whereby_key, metavar="K")
    parser.add_argument(
        "--rate-limit", type=_rate_limit, default=None, metavar="N/s", help="answer 429 beyond N requests a second"
    )
    parser.add_argument(
        "--fail-rate", type=_fail_rate, default=0.0, metavar="F", help="fail this share of requests (0..1)"
    )
    parser.add_argument(
        "--latency-ms", type=float, default=0.0, metavar="MS", help="delay every answer, like a network round trip"
    )
    parser.add_argument("--seed", type=int, default=defaults.seed, help="seed of the sample data and faults")
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
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    args = parser.parse_args(argv)
    try:
        config = SandboxConfig(
            signalwire_project=args.signalwire_project,
            signalwire_token=args.signalwire_token,
            whereby_key=args.whereby_key,
            seed=args.seed,
            latency_seconds=args.latency_ms / 1000,
            seed_rooms=args.seed_rooms,
            rate_limit=args.rate_limit,
            fail_rate=args.fail_rate,
            processing_seconds=args.processing_seconds,
            lenient=args.lenient,
        )
    except ValueError as error:
        parser.error(str(error))
    return args, config


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
            "",
            "  from videoconf import SignalWire, Whereby",
            f"  sw = SignalWire(project_id={config.signalwire_project!r}, token={config.signalwire_token!r},"
            f" base_url={base_url!r})",
            f"  wb = Whereby(api_key={config.whereby_key!r}, base_url={base_url + '/v1'!r})",
            "",
            "Press Ctrl+C to stop.",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    args, config = parse_args(argv)
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
