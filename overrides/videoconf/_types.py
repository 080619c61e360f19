"""Shapes shared by the runtime core: the operation table entries the generator emits, and timeouts."""

from __future__ import annotations

from typing import Any, Literal, TypedDict

Vendor = Literal["signalwire", "whereby"]
HTTPMethod = Literal["GET", "POST", "PUT", "DELETE"]

JSONSchema = dict[str, Any]


class QueryParamSpec(TypedDict):
    """How one query parameter is checked and written on the wire."""

    schema: JSONSchema
    required: bool
    style: Literal["form", "deepObject"]
    explode: bool


class BodySpec(TypedDict):
    """The request body of an operation."""

    media_type: Literal["application/json", "multipart/form-data"]
    schema: JSONSchema


class OperationSpec(TypedDict):
    """One entry of `videoconf_api._operations.OPERATIONS` (keyed by operationId)."""

    vendor: Vendor
    method: HTTPMethod
    path: str
    path_params: dict[str, JSONSchema]
    query_params: dict[str, QueryParamSpec]
    body: BodySpec | None
    pagination: Literal["links", "cursor"] | None
    items: Literal["data", "results"] | None
    success: list[int]
