"""How handlers declare the operation they serve and the generated models that validate its query and body."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel
from starlette.datastructures import URL

from videoconf.sandbox._state import SandboxState

__all__ = ["Call", "Handler", "Registration", "Registry", "Reply"]

Q = TypeVar("Q")
B = TypeVar("B")
Q_co = TypeVar("Q_co", covariant=True)
B_co = TypeVar("B_co", covariant=True)


@dataclass(frozen=True, slots=True)
class Call(Generic[Q_co, B_co]):
    """One validated request as a handler sees it."""

    url: URL
    path: Mapping[str, str]
    query: Q_co
    body: B_co
    state: SandboxState

    @property
    def origin(self) -> str:
        """`scheme://host:port` of this request, for the absolute URLs the vendors return."""
        return f"{self.url.scheme}://{self.url.netloc}"


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    body: object = None


Handler = Callable[[Call[Any, Any]], Reply]


@dataclass(frozen=True, slots=True)
class Registration:
    handler: Handler
    query: type[BaseModel] | None
    bodies: Mapping[str, type[BaseModel]]


@dataclass(slots=True)
class Registry:
    """operationId -> handler, filled by the `op` decorator in each vendor module."""

    vendor: str
    entries: dict[str, Registration] = field(default_factory=dict)

    def op(
        self,
        operation_id: str,
        *,
        query: type[BaseModel] | None = None,
        body: type[BaseModel] | Mapping[str, type[BaseModel]] | None = None,
    ) -> Callable[[Callable[[Call[Q, B]], Reply]], Callable[[Call[Q, B]], Reply]]:
        """Register a handler; `body` is a model for JSON, or a media type -> model mapping."""
        bodies: Mapping[str, type[BaseModel]]
        if body is None:
            bodies = {}
        elif isinstance(body, Mapping):
            bodies = dict(body)
        else:
            bodies = {"application/json": body}

        def register(handler: Callable[[Call[Q, B]], Reply]) -> Callable[[Call[Q, B]], Reply]:
            if operation_id in self.entries:
                raise ValueError(f"{operation_id} has two handlers")
            self.entries[operation_id] = Registration(handler, query, bodies)
            return handler

        return register
