from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from videoconf._parsing import (
    MISSING,
    STRICT,
    Drift,
    Node,
)

from .. import types
from ..types import File

T = TypeVar("T", bound="WherebyRoomImageUpload")


@_attrs_define
class WherebyRoomImageUpload:
    """Multipart form with one image file. PNG is recommended: at least 400 px wide for logos, at least 1400 px wide and at
    most 600 kB for backgrounds.

        Attributes:
            image (File): The image file.
    """

    image: File

    def to_dict(self) -> dict[str, Any]:
        image: Any
        if isinstance(self.image, File):
            image = self.image.to_tuple()

        else:
            image = self.image

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image": image,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("image", self.image.to_tuple()))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> T:
        d = dict(src_dict)
        image = File(payload=BytesIO(d.pop("image", MISSING)))

        _instance = cls(
            image,
        )

        return _instance
