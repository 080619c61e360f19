"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from collections.abc import Mapping
from uuid import UUID

import httpx

from videoconf._requester import AsyncRequester, Requester, async_raw_response, prepare, raw_response

from ..._operations import CONFERENCE_TOKENS_GET, CONFERENCE_TOKENS_RESET
from ...models.conference_token import ConferenceToken

__all__ = [
    "SignalWireConferenceTokens",
    "AsyncSignalWireConferenceTokens",
    "SignalWireConferenceTokensWithRawResponse",
    "AsyncSignalWireConferenceTokensWithRawResponse",
]


class SignalWireConferenceTokens:
    """`conference_tokens` operations (signal_wire_conference_tokens), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def get(
        self,
        id: UUID,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ConferenceToken:
        """Get a conference token

        Returns one conference token. The API token needs the Video scope.

        Operation `conference_tokens_get`: GET /api/video/conference_tokens/{id}.

        Args:
            id: Identifier (UUID) of the conference token.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            ConferenceToken: The token.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used: not JSON, or not the kind of body this
                operation returns; in strict mode, also any value the contract does not allow.
        """
        return self._requester.request(
            prepare(
                CONFERENCE_TOKENS_GET,
                path={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            ConferenceToken.from_dict,
        )

    def reset(
        self,
        id: UUID,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ConferenceToken:
        """Reset a conference token

        Replaces the token value with a new one; the old value stops working. Takes no body and succeeds
        with 200. The API token needs the Video scope.

        Operation `conference_tokens_reset`: POST /api/video/conference_tokens/{id}/reset.

        Args:
            id: Identifier (UUID) of the conference token.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            ConferenceToken: The token with its new value.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used: not JSON, or not the kind of body this
                operation returns; in strict mode, also any value the contract does not allow.
        """
        return self._requester.request(
            prepare(
                CONFERENCE_TOKENS_RESET,
                path={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            ConferenceToken.from_dict,
        )


class AsyncSignalWireConferenceTokens:
    """`conference_tokens` operations (signal_wire_conference_tokens), for asyncio."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def get(
        self,
        id: UUID,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ConferenceToken:
        """Get a conference token

        Returns one conference token. The API token needs the Video scope.

        Operation `conference_tokens_get`: GET /api/video/conference_tokens/{id}.

        Args:
            id: Identifier (UUID) of the conference token.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            ConferenceToken: The token.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used: not JSON, or not the kind of body this
                operation returns; in strict mode, also any value the contract does not allow.
        """
        return await self._requester.request(
            prepare(
                CONFERENCE_TOKENS_GET,
                path={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            ConferenceToken.from_dict,
        )

    async def reset(
        self,
        id: UUID,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ConferenceToken:
        """Reset a conference token

        Replaces the token value with a new one; the old value stops working. Takes no body and succeeds
        with 200. The API token needs the Video scope.

        Operation `conference_tokens_reset`: POST /api/video/conference_tokens/{id}/reset.

        Args:
            id: Identifier (UUID) of the conference token.
            extra_headers: Headers added to this request only, after the client's own; a header of the same name
                is replaced, except `Authorization`, which cannot be. Values with CR or LF are rejected.
            extra_query: Query parameters added to this request only, after validation; a parameter the method
                also sets is replaced.
            extra_body: Fields merged into the request body after validation, so fields the contract does not
                know yet can be sent; a key that the contract declares replaces that field's value.
            timeout: Timeout for this call only, in seconds or as an `httpx.Timeout`; it overrides the client's.

        Returns:
            ConferenceToken: The token with its new value.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used: not JSON, or not the kind of body this
                operation returns; in strict mode, also any value the contract does not allow.
        """
        return await self._requester.request(
            prepare(
                CONFERENCE_TOKENS_RESET,
                path={
                    "id": id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            ConferenceToken.from_dict,
        )


class SignalWireConferenceTokensWithRawResponse:
    """`conference_tokens` operations answering the response as received (`APIResponse`: status, headers, `parse()`)."""

    def __init__(self, requester: Requester) -> None:
        resource = SignalWireConferenceTokens(requester)
        self.get = raw_response(resource.get)
        self.reset = raw_response(resource.reset)


class AsyncSignalWireConferenceTokensWithRawResponse:
    """`conference_tokens` operations for asyncio, answering the response as received (`APIResponse`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        resource = AsyncSignalWireConferenceTokens(requester)
        self.get = async_raw_response(resource.get)
        self.reset = async_raw_response(resource.reset)
