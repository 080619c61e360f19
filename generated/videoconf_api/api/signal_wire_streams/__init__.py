"""Contains endpoint functions for accessing the API"""

from __future__ import annotations

from collections.abc import Mapping
from uuid import UUID

import httpx

from ..._requester import AsyncRequester, Requester, async_raw_response, no_content, raw_response
from ...models.stream import Stream

__all__ = [
    "SignalWireStreams",
    "AsyncSignalWireStreams",
    "SignalWireStreamsWithRawResponse",
    "AsyncSignalWireStreamsWithRawResponse",
]


class SignalWireStreams:
    """`streams` operations (signal_wire_streams), blocking."""

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
    ) -> Stream:
        """Get a stream

        Returns one outbound stream. The API token needs the Video scope.

        Operation `streams_get`: GET /api/video/streams/{id}.
        """
        return self._requester.request(
            "streams_get",
            Stream.from_dict,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        id: UUID,
        /,
        *,
        url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Stream:
        """Change a stream's destination

        Points an outbound stream at a new RTMP or RTMPS address. The API token needs the Video scope.

        Operation `streams_update`: PUT /api/video/streams/{id}.
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        id: UUID,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Stop a stream

        Stops and deletes an outbound stream. The API token needs the Video scope.

        Operation `streams_delete`: DELETE /api/video/streams/{id}.
        """
        return self._requester.request(
            "streams_delete",
            no_content,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncSignalWireStreams:
    """`streams` operations (signal_wire_streams), for asyncio."""

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
    ) -> Stream:
        """Get a stream

        Returns one outbound stream. The API token needs the Video scope.

        Operation `streams_get`: GET /api/video/streams/{id}.
        """
        return await self._requester.request(
            "streams_get",
            Stream.from_dict,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update(
        self,
        id: UUID,
        /,
        *,
        url: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Stream:
        """Change a stream's destination

        Points an outbound stream at a new RTMP or RTMPS address. The API token needs the Video scope.

        Operation `streams_update`: PUT /api/video/streams/{id}.
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        id: UUID,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Stop a stream

        Stops and deletes an outbound stream. The API token needs the Video scope.

        Operation `streams_delete`: DELETE /api/video/streams/{id}.
        """
        return await self._requester.request(
            "streams_delete",
            no_content,
            path={
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SignalWireStreamsWithRawResponse:
    """`streams` operations answering the response as received (`APIResponse`: status, headers, `parse()`)."""

    def __init__(self, requester: Requester) -> None:
        resource = SignalWireStreams(requester)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)


class AsyncSignalWireStreamsWithRawResponse:
    """`streams` operations for asyncio, answering the response as received (`APIResponse`)."""

    def __init__(self, requester: AsyncRequester) -> None:
        resource = AsyncSignalWireStreams(requester)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.delete = async_raw_response(resource.delete)
