from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from videoconf._parsing import (
    MISSING,
    STRICT,
    UTC,
    Drift,
    Node,
    fromisoformat,
    members,
    mismatch,
    new_instance,
    parse_datetime,
    parse_enum,
    parse_uuid,
    unknown_fields,
    uuid_text,
)

from ..models.video_fps import VideoFps
from ..types import format_datetime

_VideoFps_members = members(VideoFps)
_Stream_known = frozenset(
    {
        "id",
        "url",
        "stream_type",
        "width",
        "height",
        "fps",
        "created_at",
        "updated_at",
    }
)


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
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        id: Any
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

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

        created_at: Any
        if isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at)
        else:
            created_at = self.created_at

        updated_at: Any
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = format_datetime(self.updated_at)
        else:
            updated_at = self.updated_at

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
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 8
        try:
            _id_in = src_dict["id"]
            _url_in = src_dict["url"]
            _stream_type_in = src_dict["stream_type"]
            _width_in = src_dict["width"]
            _height_in = src_dict["height"]
            _fps_in = src_dict["fps"]
            _created_at_in = src_dict["created_at"]
            _updated_at_in = src_dict["updated_at"]
        except KeyError:
            _id_in = src_dict.get("id", MISSING)
            _url_in = src_dict.get("url", MISSING)
            _stream_type_in = src_dict.get("stream_type", MISSING)
            _width_in = src_dict.get("width", MISSING)
            _height_in = src_dict.get("height", MISSING)
            _fps_in = src_dict.get("fps", MISSING)
            _created_at_in = src_dict.get("created_at", MISSING)
            _updated_at_in = src_dict.get("updated_at", MISSING)
            _read = 0
        id = _id_in
        if type(id) is str:
            try:
                id = uuid_text(id)
            except ValueError:
                id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/Stream/properties/id")
        else:
            id = parse_uuid(id, _ctx, _at, "id", "#/components/schemas/Stream/properties/id")

        url = _url_in
        if type(url) is not str and url is not None:
            url = mismatch(_ctx, (_at, "url"), "string", url, "#/components/schemas/Stream/properties/url")

        stream_type = _stream_type_in
        if type(stream_type) is not str and stream_type is not None:
            stream_type = mismatch(
                _ctx, (_at, "stream_type"), "string", stream_type, "#/components/schemas/Stream/properties/stream_type"
            )

        width = _width_in
        if type(width) is not int and width is not None:
            width = mismatch(_ctx, (_at, "width"), "integer", width, "#/components/schemas/Stream/properties/width")

        height = _height_in
        if type(height) is not int and height is not None:
            height = mismatch(_ctx, (_at, "height"), "integer", height, "#/components/schemas/Stream/properties/height")

        _fps = _fps_in
        fps = _VideoFps_members.get(_fps) if type(_fps) is int else None
        if fps is None and _fps is not None:
            fps = parse_enum(VideoFps, _fps, _ctx, _at, "fps", "#/components/schemas/Stream/properties/fps")

        created_at = _created_at_in
        if type(created_at) is str:
            try:
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(
                    created_at, _ctx, _at, "created_at", "#/components/schemas/Stream/properties/created_at"
                )
            else:
                if created_at.tzinfo is None:
                    created_at = created_at.replace(tzinfo=UTC)
        else:
            created_at = parse_datetime(
                created_at, _ctx, _at, "created_at", "#/components/schemas/Stream/properties/created_at"
            )

        updated_at = _updated_at_in
        if type(updated_at) is str:
            try:
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(
                    updated_at, _ctx, _at, "updated_at", "#/components/schemas/Stream/properties/updated_at"
                )
            else:
                if updated_at.tzinfo is None:
                    updated_at = updated_at.replace(tzinfo=UTC)
        else:
            updated_at = parse_datetime(
                updated_at, _ctx, _at, "updated_at", "#/components/schemas/Stream/properties/updated_at"
            )

        _instance = new_instance(cls)
        _instance.id = id
        _instance.url = url
        _instance.stream_type = stream_type
        _instance.width = width
        _instance.height = height
        _instance.fps = fps
        _instance.created_at = created_at
        _instance.updated_at = updated_at

        if len(src_dict) > _read and not src_dict.keys() <= _Stream_known:
            d = {key: value for key, value in src_dict.items() if key not in _Stream_known}
            unknown_fields(_ctx, _at, d, "Stream", "#/components/schemas/Stream")
            _instance.additional_properties = d
        else:
            _instance.additional_properties = {}
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
