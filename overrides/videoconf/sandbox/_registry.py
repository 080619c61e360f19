"""How handlers declare the operation they serve: a handler is named after its operationId and takes the call type
the generated endpoint table declares for it (its query and body models, read from the table, not restated)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from starlette.datastructures import URL

from videoconf.sandbox._state import SandboxState

__all__ = ["Call", "Handler", "Registry", "Reply"]

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
H = TypeVar("H", bound=Callable[..., Reply])


@dataclass(slots=True)
class Registry:
    """operationId -> handler, filled by the `op` decorator in each vendor module."""

    vendor: str
    entries: dict[str, Handler] = field(default_factory=dict)

    def op(self, handler: H) -> H:
        """Register a handler under its name, the operationId it serves."""
        operation_id = handler.__name__
        if operation_id in self.entries:
            raise ValueError(f"{operation_id} has two handlers")
        self.entries[operation_id] = handler
        return handler
