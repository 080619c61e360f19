"""The transport core behind every resource: URLs, auth, timeouts, retries, and responses made results or errors."""

from __future__ import annotations

import copy
import importlib
import ipaddress
import json
import linecache
import logging
import random
import re
import time
import traceback
import unicodedata
from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar
from urllib.parse import urlsplit

import httpx

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ValidationError,
    VideoconfError,
    short_repr,
    status_error_class,
)
from ._logging import logger, redacted_headers, setup_logging
from ._request import PreparedRequest, prepare_request
from ._retry import retry_delay, retryable_exception, retryable_status
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

# Vendor error bodies, tried in order; the first model whose `from_dict` accepts the body wins. Whereby's
# rate-limit model also accepts a plain error body (its `data` is optional), so it is tried on 429 only.
_ERROR_MODEL_NAMES: dict[tuple[Vendor, bool], tuple[str, ...]] = {
    ("signalwire", False): ("SignalWireValidationError", "SignalWireError"),
    ("signalwire", True): ("SignalWireValidationError", "SignalWireError"),
    ("whereby", False): ("WherebyError",),
    ("whereby", True): ("WherebyRateLimitError", "WherebyError"),
}

_QUOTED_KEY = re.compile(r"""["']([^"'\s]+)["']""")
_ASSIGNED_NAME = re.compile(r"^\s*(\w+)\s*(?::[^=]*)?=")
_LOOPED_NAME = re.compile(r"^\s*for\s+\w+\s+in\s+(\w+)")
_MAX_DETAIL = 300


class Credentials:
    """The `Authorization` header value, built once; its repr never shows it."""

    __slots__ = ("_header", "_secrets")

    def __init__(self, header: str, secrets: Sequence[str]) -> None:
        if any(char in header for char in "\r\n\0"):
            raise VideoconfError("credentials must not contain line breaks or NUL characters")
        self._header = header
        # Longest first, so that a secret containing another is scrubbed whole.
        self._secrets = tuple(sorted((s for s in {header, *secrets} if s), key=len, reverse=True))

    @property
    def header(self) -> str:
        return self._header

    def scrub(self, text: str) -> str:
        """`text` with every credential replaced, for messages built from server or transport text."""
        for secret in self._secrets:
            text = text.replace(secret, "<redacted>")
        return text

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
    ) -> None:
        setup_logging()
        self.vendor = vendor
        self.base_url = check_base_url(base_url)
        self._base_path = urlsplit(self.base_url).path
        self._credentials = credentials
        self.timeout = check_timeout(timeout)
        self.max_retries = check_max_retries(max_retries)
        self._operations = operations
        # Keyed by "is this a 429"; injected parsers (tests) serve every status.
        self._error_parsers: dict[bool, Sequence[ErrorParser]] = (
            {} if error_parsers is None else {False: error_parsers, True: error_parsers}
        )
        self._random = random_value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(vendor={self.vendor!r}, base_url={self.base_url!r})"

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        # A deep copy would clone the connection pool and the secret: hand out a copy sharing both.
        return self._copy_with(max_retries=None, timeout=None)

    def _copy_with(self, *, max_retries: int | None, timeout: TimeoutTypes | None) -> Self:
        clone = copy.copy(self)
        # The copy shares the connection pool; only the original closes it.
        clone._owns_http_client = False
        if max_retries is not None:
            clone.max_retries = check_max_retries(max_retries)
        if timeout is not None:
            clone.timeout = check_timeout(timeout)
        return clone

    # ---- requests ---------------------------------------------------------------------------

    def operation(self, operation_id: str) -> OperationSpec:
        operations = self._operations
        if operations is None:
            # Loaded on first use so that importing the package stays cheap.
            operations = importlib.import_module("videoconf_api._operations").OPERATIONS
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
    ) -> PreparedRequest:
        return prepare_request(operation_id, self.operation(operation_id), path=path, query=query, body=body)

    def _headers(self) -> dict[str, str]:
        return {"Authorization": self._credentials.header, "User-Agent": USER_AGENT, "Accept": "application/json"}

    def _url(self, prepared: PreparedRequest) -> str:
        url = self.base_url + prepared.path
        return f"{url}?{prepared.raw_query}" if prepared.raw_query else url

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
            headers=self._headers(),
            timeout=self.timeout,
        )

    def link_target(self, link: str) -> tuple[str, str]:
        """The path and query of a pagination link, re-rooted on the configured base URL.

        The link's scheme and host are ignored, so credentials never go to a host the server names.
        """
        parts = urlsplit(link)
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
                prepared.path,
                attempt,
                redacted_headers(request.headers),
            )

    def _log_response(self, prepared: PreparedRequest, status: int, attempt: int, started: float) -> None:
        logger.debug(
            "response %s %s status=%d attempt=%d elapsed=%.3fs",
            prepared.method,
            prepared.path,
            status,
            attempt,
            time.monotonic() - started,
        )

    def _status_wait(self, prepared: PreparedRequest, response: httpx.Response, retries_done: int) -> float | None:
        """Seconds to wait before retrying this response, or None when it must not be retried."""
        if retries_done >= self.max_retries or not retryable_status(prepared.method, response.status_code):
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
            prepared.path,
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

    def _status_error(self, prepared: PreparedRequest, response: httpx.Response) -> APIStatusError:
        data = _decode_json(response)
        body = self._error_body(data, response)
        detail = _error_detail(data, response)
        reason = response.reason_phrase or "Error"
        message = f"{prepared.operation_id} failed: {response.status_code} {reason}"
        if detail:
            # A parenthesised note describes a body that is not an error message (an HTML page).
            separator = " " if detail.startswith("(") else ": "
            message = f"{message}{separator}{self._credentials.scrub(detail)}"
        return status_error_class(response.status_code)(message, response=response, body=body)

    def _error_body(self, data: object, response: httpx.Response) -> object:
        if data is _INVALID:
            return response.text
        if not isinstance(data, dict):
            return data
        for parse in self._load_error_parsers(response.status_code == 429):
            try:
                return parse(data)
            except (LookupError, TypeError, ValueError, AttributeError):
                continue
        return data

    def _load_error_parsers(self, rate_limited: bool) -> Sequence[ErrorParser]:
        parsers = self._error_parsers.get(rate_limited)
        if parsers is None:
            names = _ERROR_MODEL_NAMES[(self.vendor, rate_limited)]
            try:
                models = importlib.import_module("videoconf_api.models")
                parsers = tuple(getattr(models, name).from_dict for name in names)
            except (ImportError, AttributeError):
                # Without the models the raw JSON is still a useful body.
                parsers = ()
            self._error_parsers[rate_limited] = parsers
        return parsers

    def _success(self, prepared: PreparedRequest, response: httpx.Response, cast: Callable[[Any], T]) -> T:
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

    def parse(
        self,
        prepared: PreparedRequest,
        response: httpx.Response,
        cast: Callable[[Any], T],
        data: object,
        *,
        where: str = "",
    ) -> T:
        """`cast(data)`, with the errors of a malformed response turned into `APIResponseValidationError`."""
        try:
            return cast(data)
        except (LookupError, TypeError, ValueError, AttributeError) as error:
            field, model = _locate_field(error)
            if isinstance(error, KeyError) and error.args:
                field = str(error.args[0])
            path = ".".join(part for part in (where, field) if part) or None
            owner = f" of {model}" if model else ""
            if isinstance(error, KeyError) and field:
                problem = f"required field {path!r}{owner} is missing"
            elif path:
                problem = f"field {path!r}{owner} is invalid ({type(error).__name__}: {error})"
            else:
                problem = f"the response has an unexpected shape ({type(error).__name__}: {error})"
            raise APIResponseValidationError(
                f"{prepared.operation_id}: {self._credentials.scrub(problem)}",
                response=response,
                operation_id=prepared.operation_id,
                field=path,
            ) from error


class _Invalid:
    """Marks a body that is not JSON (None is a valid JSON value)."""


_INVALID = _Invalid()


C = TypeVar("C", httpx.Client, httpx.AsyncClient)


class _Pool(Generic[C]):
    """The connection pool, created on first use: building an httpx client loads TLS certificates, which a program
    that only constructs a client (or fails before its first request) should not pay for. Copies made by
    `with_options` share this holder, so they share the pool whenever it comes to exist."""

    __slots__ = ("_factory", "client")
    _factory: Callable[[], C]
    client: C | None

    def __init__(self, factory: Callable[[], C], client: C | None) -> None:
        self._factory = factory
        self.client = client

    def get(self) -> C:
        if self.client is None:
            self.client = self._factory()
        return self.client


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


def _locate_field(error: BaseException) -> tuple[str | None, str | None]:
    """The response field, and the model owning it, that a parse error happened in.

    Read from the generated `from_dict` frames in the traceback, innermost last: a quoted key on the
    failing line (`d.pop("created_at")`), or the variable being assigned, or a `_parse_<field>` helper.
    """
    field: str | None = None
    model: str | None = None
    current: str | None = None
    for frame, line_number in traceback.walk_tb(error.__traceback__):
        name = frame.f_code.co_name
        if name == "from_dict":
            owner = frame.f_locals.get("cls")
            current = owner.__name__ if isinstance(owner, type) else None
            line = linecache.getline(frame.f_code.co_filename, line_number)
            match = _QUOTED_KEY.search(line) or _ASSIGNED_NAME.search(line) or _LOOPED_NAME.search(line)
            # `d = dict(src_dict)` failing means the value itself was wrong: the caller's field names it.
            if match and match[1] not in ("d", "_instance"):
                field, model = match[1].strip("_").removesuffix("_item"), current
        elif name.startswith("_parse_") and ".from_dict.<locals>." in frame.f_code.co_qualname:
            # Only the helpers a model's from_dict defines per field; `types._parse_lenient` names no field.
            field, model = name[len("_parse_") :], current
    return field, model


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
        )
        self._owns_http_client = http_client is None
        self._pool: _Pool[httpx.Client] = _Pool(httpx.Client, http_client)
        self._sleep = sleep

    def with_options(self, *, max_retries: int | None = None, timeout: TimeoutTypes | None = None) -> Self:
        """A copy with other retry or timeout settings that shares this client's connection pool."""
        return self._copy_with(max_retries=max_retries, timeout=timeout)

    def request(
        self,
        operation_id: str,
        cast: Callable[[Any], T],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> T:
        prepared = self.prepare(operation_id, path=path, query=query, body=body)
        return self._success(prepared, self.send(prepared), cast)

    def paginate(
        self,
        operation_id: str,
        page: Callable[[Any], P],
        items: Callable[[P], list[T]],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
    ) -> SyncPage[T]:
        from ._pagination import SyncPage

        # Arguments are checked now, so a bad one raises at the call rather than at the first iteration.
        prepared = self.prepare(operation_id, path=path, query=query, body=None)
        return SyncPage(self, prepared, lambda data: items(page(data)))

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
                raise self._status_error(prepared, response)
            response.close()
            self._log_retry(prepared, f"status {response.status_code}", wait, retries_done)
            self._sleep(wait)
            retries_done += 1

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
        )
        self._owns_http_client = http_client is None
        self._pool: _Pool[httpx.AsyncClient] = _Pool(httpx.AsyncClient, http_client)
        self._sleep = sleep

    def with_options(self, *, max_retries: int | None = None, timeout: TimeoutTypes | None = None) -> Self:
        """A copy with other retry or timeout settings that shares this client's connection pool."""
        return self._copy_with(max_retries=max_retries, timeout=timeout)

    async def request(
        self,
        operation_id: str,
        cast: Callable[[Any], T],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> T:
        prepared = self.prepare(operation_id, path=path, query=query, body=body)
        return self._success(prepared, await self.send(prepared), cast)

    def paginate(
        self,
        operation_id: str,
        page: Callable[[Any], P],
        items: Callable[[P], list[T]],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
    ) -> AsyncPage[T]:
        from ._pagination import AsyncPage

        prepared = self.prepare(operation_id, path=path, query=query, body=None)
        return AsyncPage(self, prepared, lambda data: items(page(data)))

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
                raise self._status_error(prepared, response)
            await response.aclose()
            self._log_retry(prepared, f"status {response.status_code}", wait, retries_done)
            await self._sleep(wait)
            retries_done += 1

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
