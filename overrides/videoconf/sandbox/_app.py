"""The Starlette application: one route per contract path, credentials and faults checked, requests validated."""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import copy
import hmac
import json
import typing
import uuid
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError as SchemaError
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from videoconf._generated._operations import OPERATIONS
from videoconf.sandbox import _events, _signalwire, _whereby
from videoconf.sandbox._config import SandboxConfig
from videoconf.sandbox._errors import (
    ApiProblem,
    NotFound,
    Vendor,
    method_not_allowed,
    problem_response,
    rate_limited,
    server_failure,
    unauthorized,
)
from videoconf.sandbox._faults import FailureInjector, RateLimiter
from videoconf.sandbox._registry import Call, Handler, Registry, Reply
from videoconf.sandbox._schemas._endpoints import ENDPOINTS
from videoconf.sandbox._seed import project_uuid, seed_state
from videoconf.sandbox._state import Ids, SandboxState, SignalWireState, WherebyState
from videoconf.sandbox._validation import BodyReader, PathReader, QueryReader
from videoconf.sandbox._webhooks import Webhooks

__all__ = ["PREFIXES", "TRIGGER_PATH", "check_registrations", "create_app", "stateless_operations"]

# SignalWire paths sit at the root of the space's host; Whereby's server URL ends in /v1.
PREFIXES: Mapping[Vendor, str] = {"signalwire": "", "whereby": "/v1"}
# What only the sandbox serves lives under a prefix of its own, which no vendor's contract uses.
SANDBOX_PREFIX = "/_sandbox"
TRIGGER_PATH = SANDBOX_PREFIX + "/webhooks/trigger"
REGISTRIES: Mapping[Vendor, Registry] = {"signalwire": _signalwire.registry, "whereby": _whereby.registry}


@dataclass(frozen=True, slots=True)
class Endpoint:
    operation_id: str
    vendor: Vendor
    handler: Handler
    path: PathReader
    query: QueryReader
    body: BodyReader
    # Answered from the contract (its example, or an instance of its schema) rather than from the sandbox's state.
    stateless: bool = False


def _contract_answer(operation_id: str) -> Handler:
    """What serves an operation no handler knows: the contract's example answer."""
    entry = ENDPOINTS[operation_id]
    status, example = entry["status"], entry["example"]

    def answer(call: Call[Any, Any]) -> Reply:
        return Reply(status, copy.deepcopy(example))

    return answer


def stateless_operations() -> list[str]:
    """The contract's operations that no handler serves: the sandbox checks their requests and answers each with
    its contract example, keeping no state."""
    return [op_id for op_id, spec in OPERATIONS.items() if op_id not in REGISTRIES[spec.vendor].entries]


def _mistyped(operation_id: str, handler: Handler) -> str | None:
    """A handler whose call is not the one the generated endpoint table declares for its operation."""
    taken = typing.get_type_hints(handler).get("call")
    if taken == ENDPOINTS[operation_id]["call"]:
        return None
    return f"{operation_id}: the handler takes {taken}, not the table's {ENDPOINTS[operation_id]['call']}"


def check_registrations() -> dict[str, Endpoint]:
    """Pair every contract operation with its handler, or with its contract answer where no handler exists, and
    with the readers of its request (the table's models); a handler that disagrees with the contract fails loudly
    at start-up."""
    endpoints: dict[str, Endpoint] = {}
    problems: list[str] = []
    for operation_id, spec in OPERATIONS.items():
        handler = REGISTRIES[spec.vendor].entries.get(operation_id)
        stateless = handler is None
        if handler is None:
            handler = _contract_answer(operation_id)
        elif (problem := _mistyped(operation_id, handler)) is not None:
            problems.append(problem)
        entry = ENDPOINTS[operation_id]
        endpoints[operation_id] = Endpoint(
            operation_id,
            spec.vendor,
            handler,
            PathReader(spec.path_params),
            QueryReader(spec.query_params, entry["query"]),
            BodyReader(spec.bodies, entry["bodies"]),
            stateless,
        )
    for vendor, registry in REGISTRIES.items():
        for operation_id in registry.entries:
            known = OPERATIONS.get(operation_id)
            if known is None or known.vendor != vendor:
                problems.append(f"{operation_id}: handled but not a {vendor} operation of the contract")
    if problems:
        raise RuntimeError("the sandbox does not match the contract:\n  " + "\n  ".join(problems))
    return endpoints


class Credentials:
    """The demo credentials, compared in constant time."""

    def __init__(self, config: SandboxConfig) -> None:
        self._basic = f"{config.signalwire_project}:{config.signalwire_token}".encode()
        self._bearer = config.whereby_key.encode()

    def accepts(self, vendor: Vendor, header: str | None) -> bool:
        if not header:
            return False
        scheme, _, value = header.strip().partition(" ")
        value = value.strip()
        if vendor == "whereby":
            return scheme.lower() == "bearer" and hmac.compare_digest(value.encode(), self._bearer)
        if scheme.lower() != "basic":
            return False
        try:
            decoded = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            return False
        return hmac.compare_digest(decoded, self._basic)


def new_state(config: SandboxConfig) -> SandboxState:
    state = SandboxState(
        signalwire=SignalWireState(project_id=project_uuid(config.signalwire_project)),
        whereby=WherebyState(),
        ids=Ids(config.seed, "ids"),
        processing_seconds=config.processing_seconds,
        clock=config.clock,
        webhooks=Webhooks(config),
        lenient=config.lenient,
    )
    seed_state(state, config.seed, config.seed_rooms)
    return state


def _trigger_request(body: bytes) -> tuple[str, str, dict[str, Any]]:
    """The event type, meeting id and data overrides of a trigger request, or ValueError saying what is wrong."""
    try:
        request = json.loads(body)
    except ValueError:
        raise ValueError('the body must be JSON: {"type": ..., "meetingId": ..., "data": {...}}') from None
    if not isinstance(request, dict):
        raise ValueError("the body must be a JSON object")
    event_type, meeting_id, data = request.get("type"), request.get("meetingId"), request.get("data", {})
    if not isinstance(event_type, str) or not isinstance(meeting_id, str):
        raise ValueError('"type" (an event type) and "meetingId" (a meeting of this sandbox) are required strings')
    if not isinstance(data, dict):
        raise ValueError('"data" must be an object of event fields')
    unknown = set(request) - {"type", "meetingId", "data"}
    if unknown:
        raise ValueError(f"unknown fields {sorted(unknown)}: only type, meetingId and data")
    return event_type, meeting_id, data


def _schema_problem(error: SchemaError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"the event would break its schema: {where}: {first['msg']}"


def _vendor_of(path: str) -> Vendor:
    return "whereby" if path == "/v1" or path.startswith("/v1/") else "signalwire"


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """A fresh sandbox (its own seeded data) serving every operation of the contract."""
    config = config or SandboxConfig()
    endpoints = check_registrations()
    state = new_state(config)
    credentials = Credentials(config)
    limiter = RateLimiter(config.rate_limit, config.clock.monotonic) if config.rate_limit is not None else None
    failures = FailureInjector(config.fail_rate, config.seed)

    async def answer(request: Request, endpoint: Endpoint) -> Response:
        vendor = endpoint.vendor
        if failures.should_fail():
            return server_failure(vendor)
        try:
            call = Call(
                url=request.url,
                path=endpoint.path.read(request.path_params),
                query=endpoint.query.read(request.query_params),
                body=await endpoint.body.read(request),
                state=state,
            )
            reply = endpoint.handler(call)
        except ApiProblem as problem:
            return problem_response(vendor, problem)
        if reply.body is None:
            return Response(status_code=reply.status)
        return JSONResponse(reply.body, reply.status)

    async def serve(request: Request, endpoint: Endpoint) -> Response:
        # Credentials first, then the rate limit, then everything else, as at the vendors' edges.
        vendor = endpoint.vendor
        if config.latency_seconds:
            await asyncio.sleep(config.latency_seconds)
        if not credentials.accepts(vendor, request.headers.get("authorization")):
            response: Response = unauthorized(vendor)
        elif limiter is None:
            response = await answer(request, endpoint)
        else:
            verdict = limiter.check(vendor)
            if verdict.allowed:
                response = await answer(request, endpoint)
                response.headers.update(verdict.headers)
            else:
                response = rate_limited(vendor, verdict.headers, verdict.ms_left)
        response.headers["X-Request-Id"] = uuid.uuid4().hex
        return response

    routes = []
    by_path: dict[str, dict[str, Endpoint]] = {}
    for operation_id, endpoint in endpoints.items():
        spec = OPERATIONS[operation_id]
        by_path.setdefault(PREFIXES[spec.vendor] + spec.path, {})[spec.method] = endpoint
    for path in sorted(by_path, key=lambda p: (p.count("{"), p)):
        methods = by_path[path]

        async def dispatch(request: Request, methods: Mapping[str, Endpoint] = methods) -> Response:
            return await serve(request, methods[request.method if request.method != "HEAD" else "GET"])

        routes.append(Route(path, dispatch, methods=list(methods)))

    async def trigger(request: Request) -> Response:
        # Sandbox-only, like the Stripe CLI's `trigger`: acts for the Whereby organisation, so it takes its API key.
        if not credentials.accepts("whereby", request.headers.get("authorization")):
            return unauthorized("whereby")
        try:
            event_type, meeting_id, data = _trigger_request(await request.body())
            events = _events.trigger(state, event_type, meeting_id, data)
        except _events.TriggerError as error:
            return JSONResponse({"error": error.message}, error.status)
        except SchemaError as error:
            return JSONResponse({"error": _schema_problem(error)}, 400)
        except ValueError as error:
            return JSONResponse({"error": str(error)}, 400)
        return JSONResponse({"events": events, "webhookUrls": len(state.webhooks.urls)}, 202)

    routes.append(Route(TRIGGER_PATH, trigger, methods=["POST"]))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        vendor = _vendor_of(request.url.path)
        if exc.status_code == 404:
            return problem_response(vendor, NotFound())
        if exc.status_code == 405:
            return method_not_allowed(vendor, (exc.headers or {}).get("Allow", ""))
        return JSONResponse({"error": exc.detail}, exc.status_code, headers=exc.headers)

    async def crash(request: Request, exc: Exception) -> Response:
        # A sandbox bug: answer like the vendors' 500; Starlette re-raises the error so that the server logs it.
        return JSONResponse({"error": "Internal Server Error"}, 500)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        # Deliveries still waiting for a slow receiver are dropped, so that stopping never hangs on one.
        await state.webhooks.aclose()

    return Starlette(routes=routes, exception_handlers={HTTPException: http_error, Exception: crash}, lifespan=lifespan)
