from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self

from attrs import define as _attrs_define

from videoconf._parsing import (
    MISSING,
    STRICT,
    Drift,
    Node,
    new_instance,
)

from .. import types
from ..types import File


@_attrs_define
class WherebyRoomImageUpload:
    """Multipart form with one image file. PNG is recommended: at least 400 px wide for logos, at least 1400 px wide and at
    most 600 kB for backgrounds.

        Attributes:
            image (File): The image file.
    """

    image: File

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
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
        """The parts of a `multipart/form-data` body holding this object."""
        files: types.RequestFiles = []

        files.append(("image", self.image.to_tuple()))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _read = 1
        try:
            _image_in = src_dict["image"]
        except KeyError:
            _image_in = src_dict.get("image", MISSING)
            _read = 0
        image = File(payload=BytesIO(_image_in))

        _instance = new_instance(cls)
        _instance.image = image

        return _instance
