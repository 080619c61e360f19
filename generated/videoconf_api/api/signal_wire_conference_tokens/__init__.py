"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from uuid import UUID

from ..._requester import AsyncRequester, Requester
from ...models.conference_token import ConferenceToken

__all__ = ["SignalWireConferenceTokens", "AsyncSignalWireConferenceTokens"]


class SignalWireConferenceTokens:
    """`conference_tokens` operations (signal_wire_conference_tokens), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def get(
        self,
        id: UUID,
        /,
    ) -> ConferenceToken:
        """Get a conference token

        Returns one conference token. The API token needs the Video scope.

        Operation `conference_tokens_get`: GET /api/video/conference_tokens/{id}.

        Args:
            id: Identifier (UUID) of the conference token.

        Returns:
            ConferenceToken: The token.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return self._requester.request(
            "conference_tokens_get",
            ConferenceToken.from_dict,
            path={
                "id": id,
            },
        )

    def reset(
        self,
        id: UUID,
        /,
    ) -> ConferenceToken:
        """Reset a conference token

        Replaces the token value with a new one; the old value stops working. Takes no body and succeeds
        with 200. The API token needs the Video scope.

        Operation `conference_tokens_reset`: POST /api/video/conference_tokens/{id}/reset.

        Args:
            id: Identifier (UUID) of the conference token.

        Returns:
            ConferenceToken: The token with its new value.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return self._requester.request(
            "conference_tokens_reset",
            ConferenceToken.from_dict,
            path={
                "id": id,
            },
        )


class AsyncSignalWireConferenceTokens:
    """`conference_tokens` operations (signal_wire_conference_tokens), for asyncio."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def get(
        self,
        id: UUID,
        /,
    ) -> ConferenceToken:
        """Get a conference token

        Returns one conference token. The API token needs the Video scope.

        Operation `conference_tokens_get`: GET /api/video/conference_tokens/{id}.

        Args:
            id: Identifier (UUID) of the conference token.

        Returns:
            ConferenceToken: The token.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return await self._requester.request(
            "conference_tokens_get",
            ConferenceToken.from_dict,
            path={
                "id": id,
            },
        )

    async def reset(
        self,
        id: UUID,
        /,
    ) -> ConferenceToken:
        """Reset a conference token

        Replaces the token value with a new one; the old value stops working. Takes no body and succeeds
        with 200. The API token needs the Video scope.

        Operation `conference_tokens_reset`: POST /api/video/conference_tokens/{id}/reset.

        Args:
            id: Identifier (UUID) of the conference token.

        Returns:
            ConferenceToken: The token with its new value.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return await self._requester.request(
            "conference_tokens_reset",
            ConferenceToken.from_dict,
            path={
                "id": id,
            },
        )
