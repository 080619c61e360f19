from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_fps import VideoFps
from ..types import format_datetime, parse_datetime

T = TypeVar("T", bound="Stream")


@_attrs_define
class Stream:
    """An outbound RTMP or RTMPS stream of a room or conference.

    Attributes:
        id (UUID): Identifier of the stream.
        url (None | str): RTMP or RTMPS address the video is pushed to.
        stream_type (None | str): Kind of stream, for example `rtmp`; any string may appear.
        width (int | None): Width of the streamed video in pixels.
        height (int | None): Height of the streamed video in pixels.
        fps (None | VideoFps): Frames per second of the streamed video.
        created_at (datetime.datetime): When the stream was created.
        updated_at (datetime.datetime): When the stream was last changed.
    """

    id: UUID
    url: None | str
    stream_type: None | str
    width: int | None
    height: int | None
    fps: None | VideoFps
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url: None | str
        url = self.url

        stream_type: None | str
        stream_type = self.stream_type

        width: int | None
        width = self.width

        height: int | None
        height = self.height

        fps: int | None
        if isinstance(self.fps, VideoFps):
            fps = self.fps.value
        else:
            fps = self.fps

        created_at = format_datetime(self.created_at)

        updated_at = format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "stream_type": stream_type,
                "width": width,
                "height": height,
                "fps": fps,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        url = cast(None | str, d.pop("url"))

        stream_type = cast(None | str, d.pop("stream_type"))

        width = cast(int | None, d.pop("width"))

        height = cast(int | None, d.pop("height"))

        _fps = d.pop("fps")
        fps: None | VideoFps
        if _fps is None:
            fps = _fps
        else:
            fps_type_0 = VideoFps(_fps)

            fps = fps_type_0

        created_at = parse_datetime(d.pop("created_at"), "created_at")

        updated_at = parse_datetime(d.pop("updated_at"), "updated_at")

        _instance = cls(
            id=id,
            url=url,
            stream_type=stream_type,
            width=width,
            height=height,
            fps=fps,
            created_at=created_at,
            updated_at=updated_at,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
