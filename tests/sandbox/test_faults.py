"""Fault modes for testing clients: the rate limit (429 with its headers) and randomly failing requests."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from schemathesis.specs.openapi.schemas import OpenApiSchema

from videoconf.sandbox import RateLimit, SandboxConfig, running_sandbox

Clients = Callable[..., tuple[httpx.Client, httpx.Client]]


def test_rate_limit_answers_429_with_headers_per_vendor(clients: Clients) -> None:
    with running_sandbox(SandboxConfig(rate_limit=RateLimit(3, 60.0))) as sandbox:
        sw, wb = clients(sandbox)
        remaining = [sw.get("/api/video/rooms").headers["X-RateLimit-Remaining"] for _ in range(3)]
        assert remaining == ["2", "1", "0"]
        limited = sw.get("/api/video/rooms")
        assert limited.status_code == 429
        assert limited.json() == {"error": "Too Many Requests"}
        assert limited.headers["X-RateLimit-Limit"] == "3" and limited.headers["X-RateLimit-Remaining"] == "0"
        retry_after = int(limited.headers["Retry-After"])
        assert 1 <= retry_after <= 60 and int(limited.headers["X-RateLimit-Reset"]) == retry_after

        # Each vendor has its own budget, as each throttles its own account.
        for _ in range(3):
            assert wb.get("/meetings").status_code == 200
        throttled = wb.post("/meetings", json={"endDate": "2099-01-01T00:00:00Z"})
        assert throttled.status_code == 429
        body = throttled.json()
        assert body["error"].startswith("Rate limit active") and 0 < body["data"]["msLeft"] <= 60_000
        assert "Retry-After" in throttled.headers


def test_rate_limit_window_resets(clients: Clients) -> None:
    with running_sandbox(SandboxConfig(rate_limit=RateLimit(2, 60.0))) as sandbox:
        sw, _ = clients(sandbox)
        assert [sw.get("/api/video/logs").status_code for _ in range(3)] == [200, 200, 429]
        sandbox.config.clock.advance(59.0)
        assert sw.get("/api/video/logs").status_code == 429
        sandbox.config.clock.advance(1.0)
        assert [sw.get("/api/video/logs").status_code for _ in range(3)] == [200, 200, 429]


def test_fail_rate_one_fails_every_request(
    clients: Clients, contract: OpenApiSchema, checked: Callable[..., httpx.Client]
) -> None:
    with running_sandbox(SandboxConfig(fail_rate=1.0)) as sandbox:
        sw, _ = clients(sandbox)
        failed = sw.get("/api/video/rooms")
        assert failed.status_code == 500 and failed.json() == {"error": "Internal Server Error"}
        # Whereby declares no 5xx anywhere, so its injected failure (503) is outside the contract by design.
        operation = contract.find_operation_by_path("GET", "/meetings")
        assert operation is not None and operation.responses.find_by_status_code(503) is None
        _, unchecked_wb = clients(sandbox, checked=False)
        unavailable = unchecked_wb.get("/meetings")
        assert unavailable.status_code == 503 and unavailable.json() == {"error": "Service Unavailable"}
        assert unavailable.headers["Retry-After"] == "1"
        # Credentials are still checked first.
        assert checked(sandbox.base_url).get("/api/video/rooms").status_code == 401


def test_fail_rate_is_seeded(clients: Clients) -> None:
    def statuses(seed: int) -> list[int]:
        with running_sandbox(SandboxConfig(fail_rate=0.5, seed=seed)) as sandbox:
            sw, _ = clients(sandbox)
            return [sw.get("/api/video/room_sessions").status_code for _ in range(24)]

    first = statuses(7)
    assert set(first) == {200, 500}
    assert statuses(7) == first
    assert statuses(8) != first


def test_faults_are_off_by_default(sw: httpx.Client) -> None:
    responses = [sw.get("/api/video/conferences") for _ in range(30)]
    assert {response.status_code for response in responses} == {200}
    assert "X-RateLimit-Limit" not in responses[0].headers


@pytest.mark.parametrize("latency", [-0.1, float("inf"), float("nan")])
def test_latency_must_be_a_finite_non_negative_delay(latency: float) -> None:
    with pytest.raises(ValueError, match="latency"):
        SandboxConfig(latency_seconds=latency)
