"""Credentials like the vendors: Basic project:token for SignalWire, a Bearer key for Whereby, 401 otherwise."""

from __future__ import annotations

import base64

import httpx
import pytest

SIGNALWIRE = "/api/video/rooms"
WHEREBY = "/v1/meetings"


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        _basic("sandbox-project", "wrong-token"),
        _basic("other-project", "sandbox-token"),
        "Basic not-base64!",
        "Bearer sandbox-token",
        "Bearer sandbox-key",
    ],
)
def test_signalwire_rejects_missing_or_wrong_credentials(anonymous: httpx.Client, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = anonymous.get(SIGNALWIRE, headers=headers)
    assert response.status_code == 401
    assert response.json() == {"error": "Unauthorized"}
    assert response.headers["WWW-Authenticate"].startswith("Basic ")


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "Bearer wrong-key",
        "Bearer",
        "bearer  sandbox-key-2",
        _basic("sandbox-project", "sandbox-token"),
        "sandbox-key",
    ],
)
def test_whereby_rejects_missing_or_wrong_key(anonymous: httpx.Client, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = anonymous.get(WHEREBY, headers=headers)
    assert response.status_code == 401
    assert response.json() == {"error": "Unauthorized"}
    assert response.headers["WWW-Authenticate"].startswith("Bearer ")


def test_each_vendor_accepts_only_its_own_scheme(anonymous: httpx.Client) -> None:
    basic = {"Authorization": _basic("sandbox-project", "sandbox-token")}
    bearer = {"Authorization": "Bearer sandbox-key"}
    assert anonymous.get(SIGNALWIRE, headers=basic).status_code == 200
    assert anonymous.get(WHEREBY, headers=bearer).status_code == 200
    # The scheme name is case-insensitive, as HTTP says.
    assert anonymous.get(WHEREBY, headers={"Authorization": "bearer sandbox-key"}).status_code == 200
    assert anonymous.get(SIGNALWIRE, headers=bearer).status_code == 401
    assert anonymous.get(WHEREBY, headers=basic).status_code == 401


def test_credentials_are_checked_before_anything_else(anonymous: httpx.Client) -> None:
    # An unknown id or an invalid body still answers 401 when the credentials are missing.
    assert anonymous.get("/api/video/rooms/00000000-0000-4000-8000-000000000000").status_code == 401
    assert anonymous.post("/api/video/rooms", content=b"{not json").status_code == 401
    assert anonymous.delete("/v1/meetings/123").status_code == 401
