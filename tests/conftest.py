"""Shared test settings: a seeded, bounded hypothesis profile so every run (and CI) explores the same examples;
one sandbox per session for the suites that cross the wire, and a checker that holds every answer to the contract."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.schemas import OpenApiSchema

import videoconf
import videoconf._generated
from tests.specdata import write_python_view
from videoconf import SignalWire, Whereby
from videoconf.sandbox import RunningSandbox, SandboxConfig, running_sandbox

# The project's own tests run strict, so any answer of the sandbox (or a scripted one) that disagrees with the contract
# fails loudly; the drift suite builds tolerant clients explicitly.
os.environ["VIDEOCONF_STRICT"] = "1"

# Short enough for a test to wait out, long enough to be seen in progress first.
PROCESSING_SECONDS = 0.5


def pytest_configure(config: pytest.Config) -> None:
    """Under `make test-pythons` the suite must exercise the installed wheel, never the source tree."""
    expected = os.environ.get("VIDEOCONF_EXPECT_INSTALLED")
    if not expected:
        return
    for module in (videoconf, videoconf._generated):
        if not Path(str(module.__file__)).is_relative_to(expected):
            raise pytest.UsageError(f"{module.__name__} was imported from {module.__file__}, not from {expected}")


settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile("dev", max_examples=200, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


class ContractChecker:
    """An httpx response hook that fails the test on any answer the contract does not allow."""

    def __init__(self, schema: OpenApiSchema) -> None:
        self.schema = schema
        self.checked: Counter[str] = Counter()

    def check(self, response: httpx.Response) -> None:
        response.read()
        # schemathesis records the request body too; multipart bodies are streams until read.
        response.request.read()
        path = response.request.url.path
        # Whereby's operations are declared relative to its own server, which ends in /v1.
        schema_path = path.removeprefix("/v1") if path.startswith("/v1/") else path
        operation = self.schema.find_operation_by_path(response.request.method, schema_path)
        assert operation is not None, f"{response.request.method} {path} is no operation of the contract"
        status = response.status_code
        assert operation.responses.find_by_status_code(status) is not None, (
            f"{operation.label} answered {status}, which the contract does not declare: {response.text[:300]}"
        )
        try:
            operation.validate_response(response)
        except (AssertionError, BaseExceptionGroup) as error:
            pytest.fail(f"{operation.label} answered {status} against the contract: {error}\n{response.text[:500]}")
        self.checked[operation.label] += 1


@pytest.fixture(scope="session")
def contract_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Python view of the contract, which the client and the sandbox implement (bare dates included)."""
    return write_python_view(tmp_path_factory.mktemp("contract"))


@pytest.fixture(scope="session")
def contract(contract_file: Path) -> OpenApiSchema:
    return schemathesis.openapi.from_path(str(contract_file))


@pytest.fixture(scope="session")
def checker(contract: OpenApiSchema) -> ContractChecker:
    return ContractChecker(contract)


@pytest.fixture(scope="session")
def sandbox() -> Iterator[RunningSandbox]:
    with running_sandbox(SandboxConfig(processing_seconds=PROCESSING_SECONDS)) as running:
        yield running


@pytest.fixture
def signalwire(sandbox: RunningSandbox, checker: ContractChecker) -> Iterator[SignalWire]:
    """The public client on the session sandbox; every answer it receives is checked against the contract."""
    http = httpx.Client(event_hooks={"response": [checker.check]})
    config = sandbox.config
    with SignalWire(
        project_id=config.signalwire_project,
        token=config.signalwire_token,
        base_url=sandbox.signalwire_url,
        http_client=http,
    ) as client:
        yield client
    http.close()


@pytest.fixture
def whereby(sandbox: RunningSandbox, checker: ContractChecker) -> Iterator[Whereby]:
    http = httpx.Client(event_hooks={"response": [checker.check]})
    with Whereby(api_key=sandbox.config.whereby_key, base_url=sandbox.whereby_url, http_client=http) as client:
        yield client
    http.close()
