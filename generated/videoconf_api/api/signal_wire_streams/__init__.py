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
        """
        return await self._requester.request(
            "streams_delete",
            no_content,
            path={
                "id": id,
            },
        )
