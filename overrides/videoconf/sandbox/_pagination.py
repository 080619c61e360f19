"""Paging like the vendors: SignalWire's absolute `links` with page tokens, Whereby's `cursor`."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from typing import Any

from starlette.datastructures import URL

from videoconf.sandbox._errors import Invalid, Problem

__all__ = ["decode_offset", "encode_offset", "links_page", "cursor_page"]

JSONObject = dict[str, Any]


def encode_offset(kind: str, offset: int) -> str:
    """An opaque token for the item offset at which a page starts."""
    return base64.urlsafe_b64encode(f"{kind}:{offset}".encode()).decode().rstrip("=")


def decode_offset(kind: str, token: str) -> int | None:
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    found_kind, _, number = text.partition(":")
    if found_kind != kind or not number.isdigit() or len(number) > 12:
        return None
    return int(number)


def links_page(
    url: URL,
    items: Sequence[JSONObject],
    page_number: int,
    page_size: int,
    page_token: str | None,
    *,
    lenient: bool = False,
) -> JSONObject:
    """One SignalWire page. As documented, a page after the first needs the `page_token` its link carries
    (unless lenient, when a missing or unreadable token falls back to `page_number` pages of `page_size`)."""
    decoded = decode_offset("sw", page_token) if page_token is not None else None
    if page_number == 0:
        offset = 0
    elif lenient:
        offset = decoded if decoded is not None else page_number * page_size
    elif page_token is None:
        raise Invalid(
            [Problem("page_token", "is required to fetch a page after the first", code="page_token_required")]
        )
    elif decoded is None:
        raise Invalid([Problem("page_token", "is not a token this server issued", code="page_token_is_invalid")])
    else:
        offset = decoded
    base = url.remove_query_params(["page_number", "page_token"])
    data = list(items[offset : offset + page_size])
    following = offset + page_size
    links: JSONObject = {
        "self": str(url),
        "first": str(base),
        "next": None,
        "prev": None,
    }
    if following < len(items):
        links["next"] = str(
            base.include_query_params(page_number=page_number + 1, page_token=encode_offset("sw", following))
        )
    if page_number > 0:
        previous = max(offset - page_size, 0)
        links["prev"] = (
            str(base)
            if page_number == 1 or previous == 0
            else str(base.include_query_params(page_number=page_number - 1, page_token=encode_offset("sw", previous)))
        )
    return {"links": links, "data": data}


def cursor_page(items: Sequence[JSONObject], cursor: str | None, limit: int, *, lenient: bool = False) -> JSONObject:
    """One Whereby page; `cursor` is null on the last one. Unless lenient, an unreadable cursor is rejected."""
    offset = 0
    if cursor is not None:
        decoded = decode_offset("wb", cursor)
        if decoded is None and lenient:
            decoded = 0
        if decoded is None:
            raise Invalid([Problem("cursor", "is not a cursor this server issued")])
        offset = decoded
    following = offset + limit
    return {
        "results": list(items[offset:following]),
        "cursor": encode_offset("wb", following) if following < len(items) else None,
    }
