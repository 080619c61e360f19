"""The transport core behind every resource: URLs, auth, timeouts, retries, and responses made results or errors."""

from __future__ import annotations

import copy
import functools
import importlib
import ipaddress
import json
import logging
import os
import random
import threading
import time
import unicodedata
import weakref
from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, Unpack
from urllib.parse import quote, urlsplit

import httpx

from videoconf._parsing import Drift
from videoconf._response import APIResponse

from ._drift import DriftRecorder, StrictDrift, check_kind, strict_from_env
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    RateLimitError,
    ValidationError,
    VideoconfError,
    short_repr,
    status_error_class,
)
from ._logging import REDACTED, logger, redact, redacted_headers, setup_logging
from ._request import CallOptions, PreparedRequest, apply_options, prepare_request
from ._retry import MAX_SERVER_WAIT, requested_wait, retry_delay, retryable_exception, retryable_status
from ._types import Vendor
from ._version import __version__

if TYPE_CHECKING:
    from ._pagination import AsyncPage, SyncPage
    from ._types import OperationSpec

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "Credentials",
    "ErrorParser",
    "SyncAPIClient",
    "TimeoutTypes",
]

T = TypeVar("T")
P = TypeVar("P")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"videoconf/{__version__}"

TimeoutTypes = float | httpx.Timeout

# A generated error model's `from_dict`: it raises when the body does not have the model's shape.
ErrorParser = Callable[[dict[str, Any]], object]

# A generated model's `from_dict` (or a function of the resource module): it reports every disagreement with the
# contract to the drift receiver it is given.
Cast = Callable[[Any, Drift], T]

_MAX_DETAIL = 300


class Credentials:
    """The `Authorization` header value, built once; its repr never shows it."""

    __slots__ = ("_header", "_secrets")

    def __init__(self, header: str, secrets: Sequence[str]) -> None:
        if any(char in header for char in "\r\n\0"):
            raise VideoconfError("credentials must not contain line breaks or NUL characters")
        self._header = header
        # Each secret as sent, and as it reads inside a URL (percent-encoded).
        forms = {form for secret in {header, *secrets} if secret for form in (secret, quote(secret, safe=""))}
        # Longest first, so that a secret containing another is scrubbed whole.
        self._secrets = tuple(sorted(forms, key=len, reverse=True))

    @property
    def header(self) -> str:
        return self._header

    def scrub(self, text: str) -> str:
        """`text` (server or transport text) with every credential replaced: a long one wherever it appears, a short
        one where it stands alone, so that ordinary words stay readable."""
        return redact(text, self._secrets)

    def scrub_url(self, url: str) -> str:
        """A URL (or path) with every credential replaced wherever it appears, however short."""
        for secret in self._secrets:
            url = url.replace(secret, REDACTED)
        return url

    def __repr__(self) -> str:
        return "Credentials(<redacted>)"

    def __reduce__(self) -> Any:
        # Pickling or deep-copying a client must not write the secret anywhere.
        raise TypeError("credentials cannot be pickled")


def check_base_url(base_url: str) -> str:
    """A normalised base URL (no trailing slash); refuses plain http except to loopback hosts."""
    if not isinstance(base_url, str) or any(unicodedata.category(c) == "Cc" or c.isspace() for c in base_url):
        raise VideoconfError("base_url must be a URL without spaces or control characters")
    parts = urlsplit(base_url)
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not parts.hostname:
        raise VideoconfError(f"base_url must be an http(s) URL with a host, got {short_repr(base_url)}")
    if parts.username is not None or parts.password is not None:
        # Never echo the URL here: the part before `@` may be a password.
        raise VideoconfError("base_url must not contain credentials; pass them as arguments")
    if parts.query or parts.fragment:
        raise VideoconfError(f"base_url must not have a query or fragment, got {short_repr(base_url)}")
    if scheme == "http" and not _is_loopback(parts.hostname):
        raise VideoconfError(
            f"refusing plain http:// to {parts.hostname!r}: credentials would travel unencrypted; "
            "use https:// (http:// is allowed only for loopback hosts)"
        )
    return f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    """An httpx.Timeout where every phase is bounded; a number applies to every phase."""
    if isinstance(timeout, bool) or not isinstance(timeout, int | float | httpx.Timeout):
        raise ValidationError(
            "timeout", "type", timeout, f"timeout: {short_repr(timeout)} is not a number or httpx.Timeout"
        )
    value = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(float(timeout))
    for phase in ("connect", "read", "write", "pool"):
        limit = getattr(value, phase)
        if limit is None or not limit > 0:
            raise ValidationError(
                "timeout", "bounded", timeout, f"timeout: {short_repr(timeout)} must set a positive {phase} limit"
            )
    return value


def check_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValidationError(
            "max_retries", "minimum", max_retries, f"max_retries: {short_repr(max_retries)} is not an integer >= 0"
        )
    return max_retries


class _BaseAPIClient:
    """What the sync and async clients share; only sending and sleeping differ between them."""

    vendor: Vendor
    base_url: str
    max_retries: int
    timeout: httpx.Timeout
    strict: bool
    _owns_http_client: bool

    def __init__(
        self,
        *,
        vendor: Vendor,
        base_url: str,
        credentials: Credentials,
        timeout: TimeoutTypes,
        max_retries: int,
        operations: Mapping[str, OperationSpec] | None,
        error_parsers: Sequence[ErrorParser] | None,
        random_value: Callable[[], float],
        strict: bool,
    ) -> None:
        setup_logging()
        self.vendor = vendor
        self.base_url = check_base_url(base_url)
        self._base_path = urlsplit(self.base_url).path
        self._credentials = credentials
        self.timeout = check_timeout(timeout)
        self.max_retries = check_max_retries(max_retries)
        self._operations = operations
        # Injected parsers (tests) serve every status; otherwise the table's models, loaded on first use.
        self._injected_error_parsers = error_parsers
        self._error_parsers: dict[tuple[str, ...], Sequence[ErrorParser]] = {}
        self._random = random_value
        self.strict = strict

    def __repr__(self) -> str:
        return f"{type(self).__name__}(vendor={self.vendor!r}, base_url={self.base_url!r})"

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        # A deep copy would clone the connection pool and the secret: hand out a copy sharing both.
        return self._copy_with(max_retries=None, timeout=None, strict=None)

    def _copy_with(self, *, max_retries: int | None, timeout: TimeoutTypes | None, strict: bool | None) -> Self:
        clone = copy.copy(self)
        # The copy shares the connection pool; only the original closes it.
        clone._owns_http_client = False
        if max_retries is not None:
            clone.max_retries = check_max_retries(max_retries)
        if timeout is not None:
            clone.timeout = check_timeout(timeout)
        if strict is not None:
            clone.strict = strict_from_env(strict)
        return clone

    # ---- requests ---------------------------------------------------------------------------

    def operation(self, operation_id: str) -> OperationSpec:
        """The runtime table's entry of an operation of this client's vendor; raises `VideoconfError` otherwise."""
        operations = self._operations
        if operations is None:
            # Loaded on first use so that importing the package stays cheap.
            operations = importlib.import_module("videoconf._generated._operations").OPERATIONS
            self._operations = operations
        spec = operations.get(operation_id)
        if spec is None:
            raise VideoconfError(f"unknown operation {operation_id!r}")
        if spec["vendor"] != self.vendor:
            raise VideoconfError(f"operation {operation_id!r} belongs to {spec['vendor']}, not {self.vendor}")
        return spec

    def prepare(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Mapping[str, Any] | None,
        **options: Unpack[CallOptions],
    ) -> PreparedRequest:
        """Validates the arguments of an operation and builds its request; raises `ValidationError` on a bad one."""
        prepared = prepare_request(operation_id, self.operation(operation_id), path=path, query=query, body=body)
        if not options:
            return prepared
        timeout = options.get("timeout")
        return apply_options(
            prepared,
            extra_headers=options.get("extra_headers"),
            extra_query=options.get("extra_query"),
            extra_body=options.get("extra_body"),
            timeout=None if timeout is None else check_timeout(timeout),
        )

    def _headers(self, prepared: PreparedRequest) -> dict[str, str]:
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        headers.update(prepared.headers)
        # Set last: `extra_headers` are checked not to name it, and no other path may replace the credentials.
        headers["Authorization"] = self._credentials.header
        return headers

    def _url(self, prepared: PreparedRequest) -> str:
        url = self.base_url + prepared.path
        if prepared.raw_query is None:
            return url
        query = prepared.query_string
        return f"{url}?{query}" if query else url

    def _build_request(self, http_client: httpx.Client | httpx.AsyncClient, prepared: PreparedRequest) -> httpx.Request:
        # Every part of a multipart body goes through `files` (text parts without a file name): httpx
        # encodes `data` alone as a urlencoded form, which a multipart operation must never receive.
        files: list[tuple[str, tuple[str | None, bytes | str, str | None]]] = [
            (name, (part.file_name, part.content, part.mime_type)) for name, part in prepared.files
        ]
        files += [(name, (None, text, None)) for name, text in prepared.form]
        return http_client.build_request(
            prepared.method,
            self._url(prepared),
            params=list(prepared.query) if prepared.query and not prepared.raw_query else None,
            json=prepared.json_body if prepared.has_json else None,
            files=files or None,
            headers=self._headers(prepared),
            timeout=prepared.timeout or self.timeout,
        )

    def link_target(self, link: str) -> tuple[str, str]:
        """The path and query of a pagination link, re-rooted on the configured base URL.

        The link's scheme is ignored, so credentials never go anywhere but the configured base URL; a link that names
        another host than the base URL's raises `ValueError` (that is no page of this server's list).
        """
        parts = urlsplit(link)
        host = parts.hostname
        if host is not None and host != urlsplit(self.base_url).hostname:
            raise ValueError(f"names another host ({host!r}) than the base URL's")
        path = parts.path if parts.path.startswith("/") else "/" + parts.path
        # Links may or may not repeat the base URL's own path prefix (a sandbox mounted under one).
        prefix = self._base_path
        if prefix and (path == prefix or path.startswith(prefix + "/")):
            path = path[len(prefix) :]
        return path, parts.query

    # ---- retries and logging -----------------------------------------------------------------

    def _log_request(self, request: httpx.Request, prepared: PreparedRequest, attempt: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "request %s %s attempt=%d headers=%s",
                request.method,
                self._credentials.scrub_url(prepared.path),
                attempt,
                redacted_headers(request.headers, self._credentials.scrub_url),
            )

    def _log_response(self, prepared: PreparedRequest, status: int, attempt: int, started: float) -> None:
        logger.debug(
            "response %s %s status=%d attempt=%d elapsed=%.3fs",
            prepared.method,
            self._credentials.scrub_url(prepared.path),
            status,
            attempt,
            time.monotonic() - started,
        )

    def _requested_wait(self, response: httpx.Response) -> float | None:
        """Seconds the server asked us to wait before trying again, if it said."""
        hint = _body_wait_hint(response) if response.status_code == 429 else None
        return requested_wait(response.headers, time.time(), hint)

    def _status_wait(self, prepared: PreparedRequest, response: httpx.Response, retries_done: int) -> float | None:
        """Seconds to wait before retrying this response, or None when it must not be retried."""
        if retries_done >= self.max_retries or not retryable_status(prepared.method, response.status_code):
            return None
        requested = self._requested_wait(response)
        if requested is not None and requested > MAX_SERVER_WAIT:
            # Waiting out a long pause would hang the caller: the error says at once how long the server asked for.
            return None
        hint = _body_wait_hint(response) if response.status_code == 429 else None
        return retry_delay(retries_done, response.headers, now=time.time(), random_value=self._random(), hint=hint)

    def _error_wait(self, prepared: PreparedRequest, error: Exception, retries_done: int) -> float | None:
        if retries_done >= self.max_retries or not retryable_exception(prepared.method, error):
            return None
        return retry_delay(retries_done, {}, now=time.time(), random_value=self._random())

    def _log_retry(self, prepared: PreparedRequest, reason: str, wait: float, retries_done: int) -> None:
        logger.info(
            "retrying %s %s after %s in %.2fs (retry %d of %d)",
            prepared.method,
            self._credentials.scrub_url(prepared.path),
            reason,
            wait,
            retries_done + 1,
            self.max_retries,
        )

    def _connection_error(
        self, prepared: PreparedRequest, request: httpx.Request, error: Exception, attempts: int
    ) -> APIConnectionError:
        tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(f"{prepared.operation_id}: request timed out after {tries}", request=request)
        detail = self._credentials.scrub(str(error)) or type(error).__name__
        return APIConnectionError(
            f"{prepared.operation_id}: connection failed after {tries} ({type(error).__name__}: {detail})",
            request=request,
        )

    # ---- responses -----------------------------------------------------------------------------

    def _status_error(self, prepared: PreparedRequest, response: httpx.Response, attempts: int) -> APIStatusError:
        data = _decode_json(response)
        body = self._error_body(prepared.operation_id, data, response)
        detail = _error_detail(data, response)
        reason = response.reason_phrase or "Error"
        # As the connection errors do: a message after retries says so.
        tries = f" after {attempts} attempts" if attempts > 1 else ""
        message = f"{prepared.operation_id} failed: {response.status_code} {reason}{tries}"
        if detail:
            # A parenthesised note describes a body that is not an error message (an HTML page).
            separator = " " if detail.startswith("(") else ": "
            message = f"{message}{separator}{self._credentials.scrub(detail)}"
        retry_after = self._requested_wait(response) if response.status_code in (429, 503) else None
        if retry_after is not None:
            longer = " (longer than this client waits)" if retry_after > MAX_SERVER_WAIT else ""
            message = f"{message}; retry after {_seconds(retry_after)}{longer}"
        error = status_error_class(response.status_code)(message, response=response, body=body)
        if isinstance(error, RateLimitError):
            error.retry_after = retry_after
        return error

    def _error_body(self, operation_id: str, data: object, response: httpx.Response) -> object:
        if data is _INVALID:
            return response.text
        if not isinstance(data, dict):
            return data
        for parse in self._load_error_parsers(operation_id, response.status_code):
            try:
                return parse(data)
            except (LookupError, TypeError, ValueError, AttributeError):
                continue
        return data

    def _load_error_parsers(self, operation_id: str, status: int) -> Sequence[ErrorParser]:
        """The error models to try on a body: the one the contract declares for this operation and status first, then
        the API's others (a status no operation declares, or a body of another shape); the first that accepts wins."""
        if self._injected_error_parsers is not None:
            return self._injected_error_parsers
        from videoconf._generated._vendors import ERROR_MODELS

        declared = self.operation(operation_id)["errors"].get(status)
        names = tuple(dict.fromkeys([*([declared] if declared else []), *ERROR_MODELS[self.vendor]]))
        parsers = self._error_parsers.get(names)
        if parsers is None:
            try:
                models = importlib.import_module("videoconf._generated.models")
                parsers = tuple(getattr(models, name).from_dict for name in names)
            except (ImportError, AttributeError):
                # Without the models the raw JSON is still a useful body.
                parsers = ()
            self._error_parsers[names] = parsers
        return parsers

    def _success(self, prepared: PreparedRequest, response: httpx.Response, cast: Cast[T]) -> T:
        spec = self.operation(prepared.operation_id)
        if response.status_code == 204 or (not response.content and 204 in spec.get("success", ())):
            return self.parse(prepared, response, cast, None)
        return self.parse(prepared, response, cast, self.decode_json(prepared, response))

    def decode_json(self, prepared: PreparedRequest, response: httpx.Response) -> object:
        """The decoded JSON of a 2xx response, or `APIResponseValidationError` naming the operation."""
        data = _decode_json(response)
        if data is not _INVALID:
            return data
        content_type = response.headers.get("content-type", "").split(";")[0].strip() or "no content type"
        if not response.content:
            problem = "the response body is empty"
        elif "json" not in content_type:
            problem = f"expected JSON but received {content_type}"
        else:
            problem = "the response body is not valid JSON (truncated or malformed)"
        raise APIResponseValidationError(
            f"{prepared.operation_id}: {problem}", response=response, operation_id=prepared.operation_id
        )

    def parse(self, prepared: PreparedRequest, response: httpx.Response, cast: Cast[T], data: object) -> T:
        """`cast(data)` under this client's response mode: tolerant (the default) keeps what disagrees with the
        contract and records drift events; strict raises `APIResponseValidationError` naming the path. A body of
        the wrong kind (null, an array where an object is expected) is refused in both."""
        operation_id = prepared.operation_id
        problem = check_kind(data, self.operation(operation_id).get("result"))
        if problem is not None:
            raise APIResponseValidationError(f"{operation_id}: {problem}", response=response, operation_id=operation_id)
        try:
            return cast(data, DriftRecorder(operation_id, self.strict))
        except StrictDrift as error:
            raise APIResponseValidationError(
                self._credentials.scrub(str(error)),
                response=response,
                operation_id=operation_id,
                field=error.event.path,
                drift=error.event,
            ) from None
        except (LookupError, TypeError, ValueError, AttributeError) as error:
            # Generated parsing reports instead of raising; only a hand-written cast can get here.
            detail = self._credentials.scrub(f"{type(error).__name__}: {error}")
            raise APIResponseValidationError(
                f"{operation_id}: the response could not be parsed ({detail})",
                response=response,
                operation_id=operation_id,
            ) from error


class _Invalid:
    """Marks a body that is not JSON (None is a valid JSON value)."""


_INVALID = _Invalid()


C = TypeVar("C", httpx.Client, httpx.AsyncClient)

# Pools this package built, so that a forked child can drop them; and, in a child, the parent's clients it dropped,
# kept referenced so that neither closing nor garbage collection ever touches the parent's connections.
_pools: weakref.WeakSet[_Pool[Any]] = weakref.WeakSet()
_inherited: list[object] = []


class _Pool(Generic[C]):
    """The connection pool, created on first use: building an httpx client loads TLS certificates, which a program
    that only constructs a client (or fails before its first request) should not pay for. Copies made by
    `with_options` share this holder, so they share the pool whenever it comes to exist.

    However many threads make their first request at once, one pool is built. A child process made by `os.fork()`
    builds its own on its first request (an httpx client passed in is the caller's to manage)."""

    __slots__ = ("__weakref__", "_factory", "_lock", "client")
    _factory: Callable[[], C]
    client: C | None

    def __init__(self, factory: Callable[[], C], client: C | None) -> None:
        self._factory = factory
        self.client = client
        self._lock = threading.Lock()
        if client is None:
            _pools.add(self)

    def get(self) -> C:
        client = self.client
        if client is None:
            with self._lock:
                client = self.client
                if client is None:
                    client = self.client = self._factory()
        return client

    def _forget_after_fork(self) -> None:
        # The lock may have been held by a thread that does not exist in the child.
        self._lock = threading.Lock()
        if self.client is not None:
            _inherited.append(self.client)
            self.client = None


def _after_fork_in_child() -> None:
    for pool in list(_pools):
        pool._forget_after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def _detached(response: httpx.Response) -> httpx.Response:
    """The response with its body stream replaced by the bytes already read.

    httpx's stream refers back to its response, a cycle that only the cyclic garbage collector frees: while paging
    through a long list, every page's body would otherwise linger until a full collection.
    """
    response.stream = httpx.ByteStream(response.content)
    return response


def _decode_json(response: httpx.Response) -> object:
    if not response.content:
        return _INVALID
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return _INVALID


def _seconds(value: float) -> str:
    return f"{value:.0f} s" if value >= 10 else f"{value:.3g} s"


def _body_wait_hint(response: httpx.Response) -> float | None:
    """Whereby's 429 body carries `data.msLeft`, the milliseconds until the throttle lifts."""
    data = _decode_json(response)
    inner = data.get("data") if isinstance(data, dict) else None
    left = inner.get("msLeft") if isinstance(inner, dict) else None
    if isinstance(left, int | float) and not isinstance(left, bool) and 0 <= left < float("inf"):
        return left / 1000
    return None


def _error_detail(data: object, response: httpx.Response) -> str:
    """A short human-readable reason taken from an error body."""
    if data is _INVALID:
        content_type = response.headers.get("content-type", "").split(";")[0].strip()
        if not response.content:
            return ""
        if content_type.startswith("text/plain"):
            detail = " ".join(response.text.split())
        else:
            return f"({content_type or 'untyped'} body of {len(response.content)} bytes)"
    elif isinstance(data, dict):
        parts: list[str] = []
        if isinstance(data.get("error"), str):
            parts.append(data["error"])
        errors = data.get("errors")
        if isinstance(errors, list):
            for item in errors:
                if isinstance(item, dict) and isinstance(item.get("message"), str):
                    attribute = item.get("attribute")
                    prefix = f"{attribute}: " if isinstance(attribute, str) and attribute else ""
                    parts.append(prefix + item["message"])
        detail = "; ".join(parts)
    elif isinstance(data, str):
        detail = data
    else:
        return ""
    return detail if len(detail) <= _MAX_DETAIL else detail[: _MAX_DETAIL - 3] + "..."


class SyncAPIClient(_BaseAPIClient):
    """Sends the operations of one vendor over an `httpx.Client`; implements the generated `Requester`."""

    def __init__(
        self,
        *,
        vendor: Vendor,
        base_url: str,
        credentials: Credentials,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        operations: Mapping[str, OperationSpec] | None = None,
        error_parsers: Sequence[ErrorParser] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        random_value: Callable[[], float] = random.random,
        strict: bool = False,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise VideoconfError("http_client must be an httpx.Client (use httpx.AsyncClient with the async clients)")
        super().__init__(
            vendor=vendor,
            base_url=base_url,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            operations=operations,
            error_parsers=error_parsers,
            random_value=random_value,
            strict=strict,
        )
        self._owns_http_client = http_client is None
        self._pool: _Pool[httpx.Client] = _Pool(httpx.Client, http_client)
        self._sleep = sleep

    def with_options(
        self, *, max_retries: int | None = None, timeout: TimeoutTypes | None = None, strict: bool | None = None
    ) -> Self:
        """A copy with other retry, timeout or response-mode settings that shares this client's connection pool."""
        return self._copy_with(max_retries=max_retries, timeout=timeout, strict=strict)

    def request(
        self,
        operation_id: str,
        cast: Cast[T],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> T:
        """Sends one operation (arguments keyed by wire name) with retries and returns its result, made by `cast`."""
        prepared = self.prepare(operation_id, path=path, query=query, body=body, **options)
        return self._success(prepared, self.send(prepared), cast)

    def paginate(
        self,
        operation_id: str,
        page: Cast[P],
        items: Callable[[P], list[T]],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> SyncPage[T]:
        """The first page of a list operation, sent now; `items` picks the items out of each parsed page."""
        # The first page is fetched at the call, as openai-python does: an unreachable server or a refused request
        # raises here, beside the call, not later in a loop. The following pages are fetched as iteration reaches them.
        first = self.pager(operation_id, page, items, path=path, query=query, **options)
        first._load()
        return first

    def pager(
        self,
        operation_id: str,
        page: Cast[P],
        items: Callable[[P], list[T]],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> SyncPage[T]:
        """The first page of a list operation, not yet sent; `items` picks the items out of each parsed page."""
        from ._pagination import SyncPage

        # Arguments are checked now, so a bad one raises at the call rather than at the first iteration.
        prepared = self.prepare(operation_id, path=path, query=query, body=None, **options)
        return SyncPage(self, prepared, lambda data, drift: items(page(data, drift)))

    def send(self, prepared: PreparedRequest) -> httpx.Response:
        """Sends with retries; returns a 2xx response or raises the matching `APIError`."""
        retries_done = 0
        while True:
            http = self._pool.get()
            request = self._build_request(http, prepared)
            self._log_request(request, prepared, retries_done + 1)
            started = time.monotonic()
            try:
                response = _detached(http.send(request))
            except httpx.HTTPError as error:
                wait = self._error_wait(prepared, error, retries_done)
                if wait is None:
                    raise self._connection_error(prepared, request, error, retries_done + 1) from error
                self._log_retry(prepared, type(error).__name__, wait, retries_done)
                self._sleep(wait)
                retries_done += 1
                continue
            self._log_response(prepared, response.status_code, retries_done + 1, started)
            if response.is_success:
                return response
            wait = self._status_wait(prepared, response, retries_done)
            if wait is None:
                raise self._status_error(prepared, response, retries_done + 1)
            response.close()
            self._log_retry(prepared, f"status {response.status_code}", wait, retries_done)
            self._sleep(wait)
            retries_done += 1

    def raw(self) -> RawSyncRequester:
        """The requester behind `with_raw_response`."""
        return RawSyncRequester(self)

    def close(self) -> None:
        """Closes the connection pool, unless it was passed in or belongs to the client this was copied from."""
        if self._owns_http_client:
            if self._pool.client is not None:
                self._pool.client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class RawSyncRequester:
    """Sends like `SyncAPIClient` and answers `APIResponse` objects; parsing waits for `parse()`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def request(
        self,
        operation_id: str,
        cast: Cast[T],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> APIResponse[T]:
        """Sends one operation and answers the response as received; `parse()` makes the result."""
        client = self._client
        prepared = client.prepare(operation_id, path=path, query=query, body=body, **options)
        response = client.send(prepared)
        return APIResponse(response, functools.partial(client._success, prepared, response, cast))

    def paginate(
        self,
        operation_id: str,
        page: Cast[P],
        items: Callable[[P], list[T]],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> APIResponse[SyncPage[T]]:
        """Sends the first page of a list operation and answers it as received; `parse()` gives the page."""
        pager = self._client.pager(operation_id, page, items, path=path, query=query, **options)
        response = pager.fetch()
        return APIResponse(response, functools.partial(pager.accept, response))


async def _anyio_sleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)


class AsyncAPIClient(_BaseAPIClient):
    """Sends the operations of one vendor over an `httpx.AsyncClient`; implements the generated `AsyncRequester`."""

    def __init__(
        self,
        *,
        vendor: Vendor,
        base_url: str,
        credentials: Credentials,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        operations: Mapping[str, OperationSpec] | None = None,
        error_parsers: Sequence[ErrorParser] | None = None,
        sleep: Callable[[float], Awaitable[None]] = _anyio_sleep,
        random_value: Callable[[], float] = random.random,
        strict: bool = False,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise VideoconfError("http_client must be an httpx.AsyncClient (use httpx.Client with the sync clients)")
        super().__init__(
            vendor=vendor,
            base_url=base_url,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            operations=operations,
            error_parsers=error_parsers,
            random_value=random_value,
            strict=strict,
        )
        self._owns_http_client = http_client is None
        self._pool: _Pool[httpx.AsyncClient] = _Pool(httpx.AsyncClient, http_client)
        self._sleep = sleep

    def with_options(
        self, *, max_retries: int | None = None, timeout: TimeoutTypes | None = None, strict: bool | None = None
    ) -> Self:
        """A copy with other retry, timeout or response-mode settings that shares this client's connection pool."""
        return self._copy_with(max_retries=max_retries, timeout=timeout, strict=strict)

    async def request(
        self,
        operation_id: str,
        cast: Cast[T],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> T:
        """Sends one operation (arguments keyed by wire name) with retries and returns its result, made by `cast`."""
        prepared = self.prepare(operation_id, path=path, query=query, body=body, **options)
        return self._success(prepared, await self.send(prepared), cast)

    def paginate(
        self,
        operation_id: str,
        page: Cast[P],
        items: Callable[[P], list[T]],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPage[T]:
        """The first page of a list operation, not yet sent; `items` picks the items out of each parsed page."""
        from ._pagination import AsyncPage

        prepared = self.prepare(operation_id, path=path, query=query, body=None, **options)
        return AsyncPage(self, prepared, lambda data, drift: items(page(data, drift)))

    async def send(self, prepared: PreparedRequest) -> httpx.Response:
        """Sends with retries; returns a 2xx response or raises the matching `APIError`."""
        retries_done = 0
        while True:
            http = self._pool.get()
            request = self._build_request(http, prepared)
            self._log_request(request, prepared, retries_done + 1)
            started = time.monotonic()
            try:
                response = _detached(await http.send(request))
            except httpx.HTTPError as error:
                wait = self._error_wait(prepared, error, retries_done)
                if wait is None:
                    raise self._connection_error(prepared, request, error, retries_done + 1) from error
                self._log_retry(prepared, type(error).__name__, wait, retries_done)
                await self._sleep(wait)
                retries_done += 1
                continue
            self._log_response(prepared, response.status_code, retries_done + 1, started)
            if response.is_success:
                return response
            wait = self._status_wait(prepared, response, retries_done)
            if wait is None:
                raise self._status_error(prepared, response, retries_done + 1)
            await response.aclose()
            self._log_retry(prepared, f"status {response.status_code}", wait, retries_done)
            await self._sleep(wait)
            retries_done += 1

    def raw(self) -> RawAsyncRequester:
        """The requester behind `with_raw_response`."""
        return RawAsyncRequester(self)

    async def close(self) -> None:
        """Closes the connection pool, unless it was passed in or belongs to the client this was copied from."""
        if self._owns_http_client:
            if self._pool.client is not None:
                await self._pool.client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class RawAsyncRequester:
    """Sends like `AsyncAPIClient` and answers `APIResponse` objects; a list call is a coroutine here, since it sends
    its first request at once."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def request(
        self,
        operation_id: str,
        cast: Cast[T],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> APIResponse[T]:
        """Sends one operation and answers the response as received; `parse()` makes the result."""
        client = self._client
        prepared = client.prepare(operation_id, path=path, query=query, body=body, **options)
        response = await client.send(prepared)
        return APIResponse(response, functools.partial(client._success, prepared, response, cast))

    async def paginate(
        self,
        operation_id: str,
        page: Cast[P],
        items: Callable[[P], list[T]],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> APIResponse[AsyncPage[T]]:
        """Sends the first page of a list operation and answers it as received; `parse()` gives the page."""
        pager = self._client.paginate(operation_id, page, items, path=path, query=query, **options)
        response = await pager.fetch()
        return APIResponse(response, functools.partial(pager.accept, response))
