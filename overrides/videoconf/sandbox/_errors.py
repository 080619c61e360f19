"""Rejections raised by handlers and the vendor-shaped answers (status and body) they turn into."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from starlette.responses import JSONResponse

__all__ = [
    "ApiProblem",
    "BadRequest",
    "Invalid",
    "NotFound",
    "Problem",
    "Vendor",
    "method_not_allowed",
    "problem_response",
    "rate_limited",
    "server_failure",
    "unauthorized",
]

Vendor = Literal["signalwire", "whereby"]

SIGNALWIRE_ERROR_DOCS = "https://developer.signalwire.com/rest/overview/error-codes#"


@dataclass(frozen=True, slots=True)
class Problem:
    """One rejected value: the request field it concerns (None for the whole request) and what is wrong with it."""

    attribute: str | None
    detail: str
    code: str = "invalid_parameter"

    @property
    def message(self) -> str:
        return f"{self.attribute} {self.detail}" if self.attribute else self.detail[:1].upper() + self.detail[1:]

    @property
    def quoted(self) -> str:
        """Whereby's style, which quotes the field: `"endDate" is required`."""
        return f'"{self.attribute}" {self.detail}' if self.attribute else self.message


class ApiProblem(Exception):
    """A request the sandbox refuses the way the vendor would."""


class NotFound(ApiProblem):
    """No resource answers to the identifier in the path (or query, for the few operations keyed there)."""


class BadRequest(ApiProblem):
    """The request as a whole is unreadable: malformed JSON, a wrong content type, a bad cursor."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Invalid(ApiProblem):
    """Values were read but rejected; every problem is listed."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(p.message for p in self.problems))


def _json(status: int, body: object, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body, status_code=status, headers=headers)


def problem_response(vendor: Vendor, problem: ApiProblem) -> JSONResponse:
    """SignalWire: 404 / 400 `{"error"}` / 422 `{"errors": [...]}`; Whereby: 404 / 400 `{"error"}` naming the field."""
    if isinstance(problem, NotFound):
        return _json(404, {"error": "Not Found" if vendor == "signalwire" else "Not found"})
    if isinstance(problem, Invalid):
        if vendor == "whereby":
            return _json(400, {"error": "; ".join(p.quoted for p in problem.problems)})
        items = [
            {
                "type": "validation_error",
                "code": p.code,
                "message": p.message,
                "attribute": p.attribute,
                "url": SIGNALWIRE_ERROR_DOCS + p.code,
            }
            for p in problem.problems
        ]
        return _json(422, {"errors": items})
    message = problem.message if isinstance(problem, BadRequest) else str(problem)
    return _json(400, {"error": "Bad Request" if vendor == "signalwire" else message})


def unauthorized(vendor: Vendor) -> JSONResponse:
    challenge = 'Basic realm="SignalWire"' if vendor == "signalwire" else 'Bearer realm="Whereby"'
    return _json(401, {"error": "Unauthorized"}, {"WWW-Authenticate": challenge})


def rate_limited(vendor: Vendor, headers: Mapping[str, str], ms_left: int) -> JSONResponse:
    if vendor == "signalwire":
        return _json(429, {"error": "Too Many Requests"}, headers)
    body = {"error": "Rate limit active for throttle key: organization:sandbox", "data": {"msLeft": ms_left}}
    return _json(429, body, headers)


def server_failure(vendor: Vendor) -> JSONResponse:
    """An injected failure. SignalWire declares 500; Whereby declares no 5xx at all, so 503 is the honest choice."""
    if vendor == "signalwire":
        return _json(500, {"error": "Internal Server Error"})
    return _json(503, {"error": "Service Unavailable"}, {"Retry-After": "1"})


def method_not_allowed(vendor: Vendor, allow: str) -> JSONResponse:
    body = {"error": "Method Not Allowed" if vendor == "signalwire" else "Method not allowed"}
    return _json(405, body, {"Allow": allow})
