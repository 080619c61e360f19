"""The public clients, `SignalWire`, `Whereby` and their async twins: credentials, base URLs and resources."""

from __future__ import annotations

import base64
import copy
import os
import re
import unicodedata
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

import httpx

from videoconf._generated._resources import (
    AsyncSignalWireResources,
    AsyncWherebyResources,
    SignalWireResources,
    WherebyResources,
)
from videoconf._generated._vendors import SECURITY, SERVERS

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient, TimeoutTypes
from ._credentials import Credentials
from ._drift import strict_from_env
from ._exceptions import ValidationError, VideoconfError, short_repr
from ._types import Vendor

if TYPE_CHECKING:
    from ._signature import WebhookSecret
    from .webhooks import WherebyWebhooks

__all__ = ["AsyncSignalWire", "AsyncWhereby", "SignalWire", "Whereby"]

_SPACE = re.compile(r"[A-Za-z0-9-]+", re.ASCII)

HTTPClient = TypeVar("HTTPClient", httpx.Client, httpx.AsyncClient)
"""The httpx client a client sends over: `httpx.Client` for the blocking clients, `httpx.AsyncClient` for asyncio."""


def _resource_names(cls: type) -> list[str]:
    return [name for klass in cls.__mro__ for name, value in vars(klass).items() if isinstance(value, cached_property)]


def _env(value: str | None, name: str) -> str | None:
    if value is not None:
        return value
    return os.environ.get(name) or None


def _server_url(vendor: str, **values: str) -> str:
    """The contract's first server of `vendor`, its variables filled in (a variable not given takes its default)."""
    server = SERVERS[vendor][0]
    url = server["url"]
    for name, variable in server["variables"].items():
        url = url.replace("{" + name + "}", values.get(name, variable["default"]))
    return url


def _authorization(vendor: str, credential: str) -> str:
    """The `Authorization` header value, in the HTTP scheme the contract's security scheme names."""
    return f"{SECURITY[vendor]['scheme'].capitalize()} {credential}"


def _check_secret(value: str, argument: str) -> None:
    # The value itself is never shown: it is a credential.
    if not isinstance(value, str):
        raise VideoconfError(f"{argument} must be a string")
    if any(unicodedata.category(char) == "Cc" for char in value) or value != value.strip():
        raise VideoconfError(f"{argument} must not contain control characters or surrounding whitespace")


def _signalwire_setup(
    space: str | None, project_id: str | None, token: str | None, base_url: str | None
) -> tuple[str, Credentials, str | None]:
    if base_url is None and space is None:
        # As the command line does; an argument given in code wins over the environment.
        base_url = _env(None, "SIGNALWIRE_BASE_URL")
    space = _env(space, "SIGNALWIRE_SPACE")
    project_id = _env(project_id, "SIGNALWIRE_PROJECT_ID")
    token = _env(token, "SIGNALWIRE_API_TOKEN")
    if not project_id or not token:
        raise VideoconfError(
            "SignalWire needs a project id and an API token: pass project_id= and token=, "
            "or set SIGNALWIRE_PROJECT_ID and SIGNALWIRE_API_TOKEN"
        )
    _check_secret(project_id, "project_id")
    _check_secret(token, "token")
    if ":" in project_id:
        raise VideoconfError("project_id must not contain ':' (it is the user name of HTTP Basic auth)")
    if space is not None and not _SPACE.fullmatch(space):
        raise ValidationError(
            "space",
            "pattern",
            space,
            f"space: {short_repr(space)} does not match the pattern '^[A-Za-z0-9-]+$' "
            "(pass the space name alone, e.g. 'example' for example.signalwire.com)",
        )
    if base_url is None:
        if space is None:
            raise VideoconfError(
                "SignalWire needs a space name: pass space= or set SIGNALWIRE_SPACE "
                "(or pass base_url= or set SIGNALWIRE_BASE_URL)"
            )
        base_url = _server_url("signalwire", space=space)
    basic = base64.b64encode(f"{project_id}:{token}".encode()).decode("ascii")
    return base_url, Credentials(_authorization("signalwire", basic), secrets=(basic, token)), space


def _whereby_setup(api_key: str | None, base_url: str | None) -> tuple[str, Credentials]:
    api_key = _env(api_key, "WHEREBY_API_KEY")
    if not api_key:
        raise VideoconfError("Whereby needs an API key: pass api_key= or set WHEREBY_API_KEY")
    _check_secret(api_key, "api_key")
    base_url = base_url or _env(None, "WHEREBY_BASE_URL") or _server_url("whereby")
    return base_url, Credentials(_authorization("whereby", api_key), secrets=(api_key,))


def _webhook_secret(value: str | None) -> WebhookSecret | None:
    value = _env(value, "WHEREBY_WEBHOOK_SECRET")
    if value is None:
        return None
    _check_secret(value, "webhook_secret")
    # Loaded only by programs that receive webhooks, so a client's cold start stays as it was.
    from ._signature import WebhookSecret

    return WebhookSecret(value)


class _ClientMixin:
    """Options, copies and repr shared by the four public clients."""

    _requester: SyncAPIClient | AsyncAPIClient
    _requester_type: ClassVar[type[SyncAPIClient] | type[AsyncAPIClient]]

    @property
    def base_url(self) -> str:
        return self._requester.base_url

    @property
    def max_retries(self) -> int:
        return self._requester.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._requester.timeout

    @property
    def strict(self) -> bool:
        """Whether a response that disagrees with the contract raises (strict) or is kept with a drift event."""
        return self._requester.strict

    def with_options(
        self, *, max_retries: int | None = None, timeout: TimeoutTypes | None = None, strict: bool | None = None
    ) -> Self:
        """A copy with other retry, timeout or response-mode settings; it shares this client's connection pool.

        `sw.with_options(max_retries=0, timeout=5).rooms.get(...)`, `sw.with_options(strict=True).rooms.list()`
        """
        clone = copy.copy(self)
        for name in _resource_names(type(self)):
            # Resources hold the requester they were built with: the copy builds its own.
            vars(clone).pop(name, None)
        clone._requester = self._requester.with_options(max_retries=max_retries, timeout=timeout, strict=strict)
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _connect(
        self,
        vendor: Vendor,
        url: str,
        credentials: Credentials,
        timeout: TimeoutTypes,
        max_retries: int,
        http_client: httpx.Client | httpx.AsyncClient | None,
        strict: bool | None,
    ) -> None:
        self._requester = self._requester_type(
            vendor=vendor,
            base_url=url,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            strict=strict_from_env(strict),
        )

    def _resource_requester(self) -> Any:
        # A Requester or an AsyncRequester, as the generated resources of the client's class declare.
        return self._requester

    def _raw_resource_requester(self) -> Any:
        # Answers APIResponse objects; the generated WithRawResponse classes give its methods those types.
        return self._requester.raw()


class _SyncClientMixin(_ClientMixin):
    """What the blocking clients share: their requester, `close()` and the `with` block."""

    _requester: SyncAPIClient
    _requester_type = SyncAPIClient

    def close(self) -> None:
        """Closes the connection pool (not one passed in as `http_client`)."""
        self._requester.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class _AsyncClientMixin(_ClientMixin):
    """What the asyncio clients share: their requester, `await close()` and the `async with` block."""

    _requester: AsyncAPIClient
    _requester_type = AsyncAPIClient

    async def close(self) -> None:
        """Closes the connection pool (not one passed in as `http_client`)."""
        await self._requester.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class _SignalWireClient(_ClientMixin, Generic[HTTPClient]):
    """The constructor of `SignalWire` and `AsyncSignalWire`, written once for both."""

    space: str | None
    """The space name given (or read from `SIGNALWIRE_SPACE`): `example` for example.signalwire.com; None when only
    a `base_url` was given."""

    def __init__(
        self,
        space: str | None = None,
        project_id: str | None = None,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: HTTPClient | None = None,
        strict: bool | None = None,
    ) -> None:
        url, credentials, self.space = _signalwire_setup(space, project_id, token, base_url)
        self._connect("signalwire", url, credentials, timeout, max_retries, http_client, strict)


class _WherebyClient(_ClientMixin, Generic[HTTPClient]):
    """The constructor of `Whereby` and `AsyncWhereby`, written once for both, and their `webhooks`."""

    _webhook_secret: WebhookSecret | None

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: HTTPClient | None = None,
        webhook_secret: str | None = None,
        strict: bool | None = None,
    ) -> None:
        url, credentials = _whereby_setup(api_key, base_url)
        self._webhook_secret = _webhook_secret(webhook_secret)
        self._connect("whereby", url, credentials, timeout, max_retries, http_client, strict)

    @cached_property
    def webhooks(self) -> WherebyWebhooks:
        """`wb.webhooks.unwrap(body, headers)` verifies a delivery and returns its typed event, parsed in the client's
        response mode (tolerant or strict), as openai-python's `client.webhooks` does."""
        from .webhooks import WherebyWebhooks

        return WherebyWebhooks(self._webhook_secret, strict=self.strict)


class SignalWire(_SyncClientMixin, _SignalWireClient[httpx.Client], SignalWireResources):
    """The SignalWire Video REST API.

    `SignalWire(space="example", project_id="...", token="...")`, or from the environment variables
    SIGNALWIRE_SPACE, SIGNALWIRE_PROJECT_ID and SIGNALWIRE_API_TOKEN; SIGNALWIRE_BASE_URL (a sandbox's, for one)
    stands for `base_url=` when neither it nor `space=` is passed. `http_client` is an `httpx.Client` to send over
    (its own settings apply; closing it is yours).

    Responses are parsed tolerantly: what disagrees with the contract is kept and recorded as a drift event
    (`videoconf.record_drift`, logger `videoconf.drift`). `strict=True` (or `VIDEOCONF_STRICT=1`) raises
    `APIResponseValidationError` instead.
    """


class AsyncSignalWire(_AsyncClientMixin, _SignalWireClient[httpx.AsyncClient], AsyncSignalWireResources):
    """The SignalWire Video REST API for asyncio; mirrors `SignalWire` (`await`, `async for`); `http_client` is an
    `httpx.AsyncClient`."""


class Whereby(_SyncClientMixin, _WherebyClient[httpx.Client], WherebyResources):
    """The Whereby REST API. `Whereby(api_key="...")`, or from the environment variable WHEREBY_API_KEY;
    WHEREBY_BASE_URL (a sandbox's, for one) stands for `base_url=` when it is not passed. `http_client` is an
    `httpx.Client` to send over (its own settings apply; closing it is yours).

    `webhook_secret` (or WHEREBY_WEBHOOK_SECRET) is the signing secret `wb.webhooks` verifies deliveries with.
    """


class AsyncWhereby(_AsyncClientMixin, _WherebyClient[httpx.AsyncClient], AsyncWherebyResources):
    """The Whereby REST API for asyncio; mirrors `Whereby` (`await`, `async for`; `wb.webhooks` needs no await);
    `http_client` is an `httpx.AsyncClient`."""
