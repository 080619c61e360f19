"""The operation object: what the runtime needs of one operation, generated into `_generated/_operations.py` and
carried by each resource method to the requester, so that no fact of an operation is looked up by its id."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ._types import JSONSchema, Vendor

__all__ = ["Body", "ErrorModel", "ErrorText", "ErrorWait", "Operation", "Paging", "QueryParam"]


@dataclass(frozen=True, slots=True)
class QueryParam:
    schema: JSONSchema
    required: bool
    style: Literal["form", "deepObject"]
    explode: bool


@dataclass(frozen=True, slots=True)
class Body:
    """One request body the operation takes (some take a multipart upload or a JSON preset)."""

    media_type: Literal["application/json", "multipart/form-data"]
    schema: JSONSchema


@dataclass(frozen=True, slots=True)
class Paging:
    """How a list operation pages: SignalWire's `links.next` or Whereby's `cursor`, and where the items are."""

    style: Literal["links", "cursor"]
    items: str
    links_pointer: str | None = None
    """The JSON pointer of the `next` link's schema in the contract, named by drift events."""


@dataclass(frozen=True, slots=True)
class ErrorText:
    """Where an error model holds a human-readable message: the text attribute of the object (or of each object of
    the list) at `at`, prefixed by its `field` attribute (the request field it concerns) where that is given."""

    at: tuple[str, ...]
    text: str
    field: str | None = None


@dataclass(frozen=True, slots=True)
class ErrorWait:
    """Where an error model says how long to wait before trying again: a number at `at`, in units of `seconds`."""

    at: tuple[str, ...]
    seconds: float


@dataclass(frozen=True, slots=True, eq=False)
class ErrorModel:
    """An error body of the contract: the model that reads it, and where its message and its wait are (as the
    contract marks them with `x-error-message`, `x-error-field` and `x-retry-after`)."""

    name: str
    parse: Callable[[Mapping[str, Any]], object]
    """The model's `from_dict`: raises when the body does not have the model's shape."""
    texts: tuple[ErrorText, ...] = ()
    wait: ErrorWait | None = None


@dataclass(frozen=True, slots=True, eq=False)
class Operation:
    """One operation of the contract, as the request builder, the retry loop, the answers and the pages read it."""

    id: str
    vendor: Vendor
    resource: str
    method: Literal["GET", "POST", "PUT", "DELETE"]
    path: str
    path_params: Mapping[str, JSONSchema]
    query_params: Mapping[str, QueryParam]
    bodies: tuple[Body, ...]
    success: tuple[int, ...]
    result: Literal["object", "array"] | None
    """The JSON kind of every success body (one of another kind cannot be parsed at all), None when it varies."""
    errors: Mapping[int, ErrorModel]
    """Status -> the error model the contract declares for it."""
    other_errors: tuple[ErrorModel, ...]
    """The API's other error models, tried on a body the declared one does not read (or a status none declares)."""
    python_names: Mapping[str, str]
    """The resource method's argument for each parameter or body field whose wire name is spelt otherwise."""
    paging: Paging | None = None

    def __repr__(self) -> str:
        return f"<Operation {self.id}: {self.method} {self.path}>"

    def error_models(self, status: int) -> tuple[ErrorModel, ...]:
        """The models to read an error body of `status` with, the declared one first; the first that reads it wins."""
        declared = self.errors.get(status)
        if declared is None:
            return self.other_errors
        return (declared, *(model for model in self.other_errors if model is not declared))
