from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from videoconf._parsing import (
    STRICT,
    Drift,
    Node,
    members,
    mismatch,
    new_instance,
    parse_enum,
    unknown_fields,
)

from ..models.whereby_recording_file_format import WherebyRecordingFileFormat
from ..models.whereby_storage_authentication_type import WherebyStorageAuthenticationType
from ..models.whereby_storage_provider import WherebyStorageProvider
from ..types import UNSET, Unset

_WherebyRecordingFileFormat_members = members(WherebyRecordingFileFormat)
_WherebyStorageAuthenticationType_members = members(WherebyStorageAuthenticationType)
_WherebyStorageProvider_members = members(WherebyStorageProvider)
_MeetingRecordingDestination_known = frozenset(
    {
        "provider",
        "authenticationType",
        "bucket",
        "accessKeyId",
        "accessKeySecret",
        "region",
        "fileFormat",
        "oidcRoleArn",
    }
)


@_attrs_define
class MeetingRecordingDestination:
    """Storage for recordings. With provider `s3`, `bucket` is needed, plus `accessKeyId`, `accessKeySecret` and `region`
    for access-key authentication or `oidcRoleArn` for role-based authentication. Without a provider (an empty object)
    the organisation's storage setting applies.

        Attributes:
            provider (WherebyStorageProvider | Unset): Storage backend; `s3` uses your own S3 bucket, `whereby` uses storage
                hosted by Whereby.
            authentication_type (WherebyStorageAuthenticationType | Unset): How Whereby authenticates to your S3 bucket;
                `accessKey` with a key pair, `roleBased` by assuming an IAM role.
            bucket (str | Unset): S3 bucket name, optionally followed by a folder path (for example `my-bucket/recordings`).
            access_key_id (str | Unset): S3 access key id (access-key authentication).
            access_key_secret (str | Unset): S3 secret access key (access-key authentication).
            region (str | Unset): AWS region of the bucket; needed for S3 access-key authentication.
            file_format (WherebyRecordingFileFormat | Unset): Container format of recordings; the organisation's setting
                applies when omitted.
            oidc_role_arn (str | Unset): ARN of the IAM role to assume (role-based authentication only).
    """

    provider: WherebyStorageProvider | Unset = UNSET
    authentication_type: WherebyStorageAuthenticationType | Unset = UNSET
    bucket: str | Unset = UNSET
    access_key_id: str | Unset = UNSET
    access_key_secret: str | Unset = UNSET
    region: str | Unset = UNSET
    file_format: WherebyRecordingFileFormat | Unset = UNSET
    oidc_role_arn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire form of this object: its fields under their wire names, unknown fields included."""
        provider: Any
        if isinstance(self.provider, WherebyStorageProvider | Unset):
            provider = UNSET
            if not isinstance(self.provider, Unset):
                provider = self.provider.value
        else:
            provider = self.provider

        authentication_type: Any
        if isinstance(self.authentication_type, WherebyStorageAuthenticationType | Unset):
            authentication_type = UNSET
            if not isinstance(self.authentication_type, Unset):
                authentication_type = self.authentication_type.value
        else:
            authentication_type = self.authentication_type

        bucket = self.bucket

        access_key_id = self.access_key_id

        access_key_secret = self.access_key_secret

        region = self.region

        file_format: Any
        if isinstance(self.file_format, WherebyRecordingFileFormat | Unset):
            file_format = UNSET
            if not isinstance(self.file_format, Unset):
                file_format = self.file_format.value
        else:
            file_format = self.file_format

        oidc_role_arn = self.oidc_role_arn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if authentication_type is not UNSET:
            field_dict["authenticationType"] = authentication_type
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if access_key_id is not UNSET:
            field_dict["accessKeyId"] = access_key_id
        if access_key_secret is not UNSET:
            field_dict["accessKeySecret"] = access_key_secret
        if region is not UNSET:
            field_dict["region"] = region
        if file_format is not UNSET:
            field_dict["fileFormat"] = file_format
        if oidc_role_arn is not UNSET:
            field_dict["oidcRoleArn"] = oidc_role_arn

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _ctx: Drift = STRICT, _at: Node = None) -> Self:
        """Reads the wire form of this object (a decoded JSON object); fields the contract does not know are kept.

        `_ctx` receives each value that disagrees with the contract (by default it raises); `_at` is where this
        object sits in the body, for the messages.
        """
        _provider = src_dict.get("provider", UNSET)
        if _provider is UNSET:
            provider = UNSET
        else:
            provider = _WherebyStorageProvider_members.get(_provider) if type(_provider) is str else None
            if provider is None:
                provider = parse_enum(
                    WherebyStorageProvider,
                    _provider,
                    _ctx,
                    _at,
                    "provider",
                    "#/components/schemas/MeetingRecordingDestination/properties/provider",
                )

        _authentication_type = src_dict.get("authenticationType", UNSET)
        if _authentication_type is UNSET:
            authentication_type = UNSET
        else:
            authentication_type = (
                _WherebyStorageAuthenticationType_members.get(_authentication_type)
                if type(_authentication_type) is str
                else None
            )
            if authentication_type is None:
                authentication_type = parse_enum(
                    WherebyStorageAuthenticationType,
                    _authentication_type,
                    _ctx,
                    _at,
                    "authenticationType",
                    "#/components/schemas/MeetingRecordingDestination/properties/authenticationType",
                )

        bucket = src_dict.get("bucket", UNSET)
        if type(bucket) is not str and bucket is not UNSET:
            bucket = mismatch(
                _ctx,
                (_at, "bucket"),
                "string",
                bucket,
                "#/components/schemas/MeetingRecordingDestination/properties/bucket",
            )

        access_key_id = src_dict.get("accessKeyId", UNSET)
        if type(access_key_id) is not str and access_key_id is not UNSET:
            access_key_id = mismatch(
                _ctx,
                (_at, "accessKeyId"),
                "string",
                access_key_id,
                "#/components/schemas/MeetingRecordingDestination/properties/accessKeyId",
            )

        access_key_secret = src_dict.get("accessKeySecret", UNSET)
        if type(access_key_secret) is not str and access_key_secret is not UNSET:
            access_key_secret = mismatch(
                _ctx,
                (_at, "accessKeySecret"),
                "string",
                access_key_secret,
                "#/components/schemas/MeetingRecordingDestination/properties/accessKeySecret",
            )

        region = src_dict.get("region", UNSET)
        if type(region) is not str and region is not UNSET:
            region = mismatch(
                _ctx,
                (_at, "region"),
                "string",
                region,
                "#/components/schemas/MeetingRecordingDestination/properties/region",
            )

        _file_format = src_dict.get("fileFormat", UNSET)
        if _file_format is UNSET:
            file_format = UNSET
        else:
            file_format = _WherebyRecordingFileFormat_members.get(_file_format) if type(_file_format) is str else None
            if file_format is None:
                file_format = parse_enum(
                    WherebyRecordingFileFormat,
                    _file_format,
                    _ctx,
                    _at,
                    "fileFormat",
                    "#/components/schemas/MeetingRecordingDestination/properties/fileFormat",
                )

        oidc_role_arn = src_dict.get("oidcRoleArn", UNSET)
        if type(oidc_role_arn) is not str and oidc_role_arn is not UNSET:
            oidc_role_arn = mismatch(
                _ctx,
                (_at, "oidcRoleArn"),
                "string",
                oidc_role_arn,
                "#/components/schemas/MeetingRecordingDestination/properties/oidcRoleArn",
            )

        _instance = new_instance(cls)
        _instance.provider = provider
        _instance.authentication_type = authentication_type
        _instance.bucket = bucket
        _instance.access_key_id = access_key_id
        _instance.access_key_secret = access_key_secret
        _instance.region = region
        _instance.file_format = file_format
        _instance.oidc_role_arn = oidc_role_arn

        if not src_dict.keys() <= _MeetingRecordingDestination_known:
            d = {key: value for key, value in src_dict.items() if key not in _MeetingRecordingDestination_known}
            unknown_fields(
                _ctx, _at, d, "MeetingRecordingDestination", "#/components/schemas/MeetingRecordingDestination"
            )
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
