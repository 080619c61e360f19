"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from uuid import UUID

from ..._requester import AsyncRequester, Requester, no_content
from ...models.stream import Stream

__all__ = ["SignalWireStreams", "AsyncSignalWireStreams"]


class SignalWireStreams:
    """`streams` operations (signal_wire_streams), blocking."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def get(
        self,
        id: UUID,
        /,
    ) -> Stream:
        """Get a stream

        Returns one outbound stream. The API token needs the Video scope.

        Operation `streams_get`: GET /api/video/streams/{id}.

        Args:
            id: Identifier (UUID) of the stream.

        Returns:
            Stream: The stream.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return self._requester.request(
            "streams_get",
            Stream.from_dict,
            path={
                "id": id,
            },
        )

    def update(
        self,
        id: UUID,
        /,
        *,
        url: str,
    ) -> Stream:
        """Change a stream's destination

        Points an outbound stream at a new RTMP or RTMPS address. The API token needs the Video scope.

        Operation `streams_update`: PUT /api/video/streams/{id}.

        Args:
            id: Identifier (UUID) of the stream.
            url: RTMP or RTMPS address to push the video to, including any stream key.

        Returns:
            Stream: The stream after the change.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return self._requester.request(
            "streams_update",
            Stream.from_dict,
            path={
                "id": id,
            },
            body={
                "url": url,
            },
        )

    def delete(
        self,
        id: UUID,
        /,
    ) -> None:
        """Stop a stream

        Stops and deletes an outbound stream. The API token needs the Video scope.

        Operation `streams_delete`: DELETE /api/video/streams/{id}.

        Args:
            id: Identifier (UUID) of the stream.

        Returns:
            None: The stream was stopped.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return self._requester.request(
            "streams_delete",
            no_content,
            path={
                "id": id,
            },
        )


class AsyncSignalWireStreams:
    """`streams` operations (signal_wire_streams), for asyncio."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def get(
        self,
        id: UUID,
        /,
    ) -> Stream:
        """Get a stream

        Returns one outbound stream. The API token needs the Video scope.

        Operation `streams_get`: GET /api/video/streams/{id}.

        Args:
            id: Identifier (UUID) of the stream.

        Returns:
            Stream: The stream.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return await self._requester.request(
            "streams_get",
            Stream.from_dict,
            path={
                "id": id,
            },
        )

    async def update(
        self,
        id: UUID,
        /,
        *,
        url: str,
    ) -> Stream:
        """Change a stream's destination

        Points an outbound stream at a new RTMP or RTMPS address. The API token needs the Video scope.

        Operation `streams_update`: PUT /api/video/streams/{id}.

        Args:
            id: Identifier (UUID) of the stream.
            url: RTMP or RTMPS address to push the video to, including any stream key.

        Returns:
            Stream: The stream after the change.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return await self._requester.request(
            "streams_update",
            Stream.from_dict,
            path={
                "id": id,
            },
            body={
                "url": url,
            },
        )

    async def delete(
        self,
        id: UUID,
        /,
    ) -> None:
        """Stop a stream

        Stops and deletes an outbound stream. The API token needs the Video scope.

        Operation `streams_delete`: DELETE /api/video/streams/{id}.

        Args:
            id: Identifier (UUID) of the stream.

        Returns:
            None: The stream was stopped.

        Raises:
            ValidationError: An argument breaks the contract (type, pattern, length, range or values); raised
                before anything is sent.
            APIStatusError: The server answered 4xx or 5xx (after any retries); a subclass names the status,
                such as `NotFoundError` or `RateLimitError`.
            APIConnectionError: The server could not be reached, or (`APITimeoutError`) did not answer in time.
            APIResponseValidationError: The answer cannot be used at all (not the JSON this operation returns).
        """
        return await self._requester.request(
            "streams_delete",
            no_content,
            path={
                "id": id,
            },
        )
