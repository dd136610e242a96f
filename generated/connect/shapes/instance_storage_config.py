"""The InstanceStorageConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.kinesis_firehose_config import KinesisFirehoseConfig
from ..shapes.kinesis_stream_config import KinesisStreamConfig
from ..shapes.kinesis_video_stream_config import KinesisVideoStreamConfig
from ..shapes.s3_config import S3Config

_STORAGE_TYPE_VALUES = frozenset(
    (
        "S3",
        "KINESIS_VIDEO_STREAM",
        "KINESIS_STREAM",
        "KINESIS_FIREHOSE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class InstanceStorageConfig:
    """The storage configuration for the instance.

    Fields:

    - ``storage_type``: A valid storage type.
    - ``association_id``: The existing association identifier that uniquely identifies the resource type and storage config for the given instance ID.
    - ``s3_config``: The S3 bucket configuration.
    - ``kinesis_video_stream_config``: The configuration of the Kinesis video stream.
    - ``kinesis_stream_config``: The configuration of the Kinesis data stream.
    - ``kinesis_firehose_config``: The configuration of the Kinesis Firehose delivery stream.
    """

    storage_type: str | None
    """A valid storage type."""

    association_id: str | None = None
    """The existing association identifier that uniquely identifies the
    resource type and storage config for the given instance ID.
    """

    s3_config: S3Config | None = None
    """The S3 bucket configuration."""

    kinesis_video_stream_config: KinesisVideoStreamConfig | None = None
    """The configuration of the Kinesis video stream."""

    kinesis_stream_config: KinesisStreamConfig | None = None
    """The configuration of the Kinesis data stream."""

    kinesis_firehose_config: KinesisFirehoseConfig | None = None
    """The configuration of the Kinesis Firehose delivery stream."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.storage_type
        if value is None:
            errors.append(prefix + "storage_type: required but missing")
        else:
            path = prefix + "storage_type"
            _rt.check_str(errors, path, value, enum=_STORAGE_TYPE_VALUES)
        value = self.association_id
        if value is not None:
            path = prefix + "association_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.s3_config
        if value is not None:
            path = prefix + "s3_config"
            if isinstance(value, S3Config):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected S3Config, got {type(value).__name__}")
        value = self.kinesis_video_stream_config
        if value is not None:
            path = prefix + "kinesis_video_stream_config"
            if isinstance(value, KinesisVideoStreamConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected KinesisVideoStreamConfig, got {type(value).__name__}"
                )
        value = self.kinesis_stream_config
        if value is not None:
            path = prefix + "kinesis_stream_config"
            if isinstance(value, KinesisStreamConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected KinesisStreamConfig, got {type(value).__name__}"
                )
        value = self.kinesis_firehose_config
        if value is not None:
            path = prefix + "kinesis_firehose_config"
            if isinstance(value, KinesisFirehoseConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected KinesisFirehoseConfig, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.storage_type is not None:
            result["StorageType"] = self.storage_type
        if self.association_id is not None:
            result["AssociationId"] = self.association_id
        if self.s3_config is not None:
            result["S3Config"] = self.s3_config.to_dict()
        if self.kinesis_video_stream_config is not None:
            result["KinesisVideoStreamConfig"] = (
                self.kinesis_video_stream_config.to_dict()
            )
        if self.kinesis_stream_config is not None:
            result["KinesisStreamConfig"] = self.kinesis_stream_config.to_dict()
        if self.kinesis_firehose_config is not None:
            result["KinesisFirehoseConfig"] = self.kinesis_firehose_config.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> InstanceStorageConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "InstanceStorageConfig")
        return cls(
            storage_type=data.get("StorageType"),
            association_id=data.get("AssociationId"),
            s3_config=(
                None
                if (value := data.get("S3Config")) is None
                else S3Config.from_dict(value, path=path + "S3Config" + ".")
            ),
            kinesis_video_stream_config=(
                None
                if (value := data.get("KinesisVideoStreamConfig")) is None
                else KinesisVideoStreamConfig.from_dict(
                    value, path=path + "KinesisVideoStreamConfig" + "."
                )
            ),
            kinesis_stream_config=(
                None
                if (value := data.get("KinesisStreamConfig")) is None
                else KinesisStreamConfig.from_dict(
                    value, path=path + "KinesisStreamConfig" + "."
                )
            ),
            kinesis_firehose_config=(
                None
                if (value := data.get("KinesisFirehoseConfig")) is None
                else KinesisFirehoseConfig.from_dict(
                    value, path=path + "KinesisFirehoseConfig" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.storage_type is not None:
            data["StorageType"] = self.storage_type
        if self.association_id is not None:
            data["AssociationId"] = self.association_id
        if self.s3_config is not None:
            data["S3Config"] = self.s3_config._to_json()
        if self.kinesis_video_stream_config is not None:
            data["KinesisVideoStreamConfig"] = (
                self.kinesis_video_stream_config._to_json()
            )
        if self.kinesis_stream_config is not None:
            data["KinesisStreamConfig"] = self.kinesis_stream_config._to_json()
        if self.kinesis_firehose_config is not None:
            data["KinesisFirehoseConfig"] = self.kinesis_firehose_config._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> InstanceStorageConfig:
        draft = _InstanceStorageConfigDraft()
        try:
            draft.storage_type = (
                None
                if (value := data.get("StorageType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "StorageType")
                )
            )
            draft.association_id = (
                None
                if (value := data.get("AssociationId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AssociationId")
                )
            )
            draft.s3_config = (
                None
                if (value := data.get("S3Config")) is None
                else S3Config._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "S3Config")
                    )
                )
            )
            draft.kinesis_video_stream_config = (
                None
                if (value := data.get("KinesisVideoStreamConfig")) is None
                else KinesisVideoStreamConfig._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "KinesisVideoStreamConfig")
                    )
                )
            )
            draft.kinesis_stream_config = (
                None
                if (value := data.get("KinesisStreamConfig")) is None
                else KinesisStreamConfig._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "KinesisStreamConfig")
                    )
                )
            )
            draft.kinesis_firehose_config = (
                None
                if (value := data.get("KinesisFirehoseConfig")) is None
                else KinesisFirehoseConfig._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "KinesisFirehoseConfig")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _InstanceStorageConfigDraft:
    """A :class:`InstanceStorageConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "storage_type",
        "association_id",
        "s3_config",
        "kinesis_video_stream_config",
        "kinesis_stream_config",
        "kinesis_firehose_config",
    )
    storage_type: str | None
    association_id: str | None
    s3_config: S3Config | None
    kinesis_video_stream_config: KinesisVideoStreamConfig | None
    kinesis_stream_config: KinesisStreamConfig | None
    kinesis_firehose_config: KinesisFirehoseConfig | None


def new_instance_storage_config(
    storage_type: str,
) -> InstanceStorageConfig:
    """Create a :class:`InstanceStorageConfig` with all optional fields omitted."""
    return InstanceStorageConfig(
        storage_type=storage_type,
    )


instance_storage_config_storage_type = _rt.Lens[InstanceStorageConfig, str | None](
    lambda s: s.storage_type,
    lambda s, v: _dc.replace(s, storage_type=v),
    "instance_storage_config_storage_type",
)
"""Lens on :attr:`InstanceStorageConfig.storage_type`."""


instance_storage_config_association_id = _rt.Lens[InstanceStorageConfig, str | None](
    lambda s: s.association_id,
    lambda s, v: _dc.replace(s, association_id=v),
    "instance_storage_config_association_id",
)
"""Lens on :attr:`InstanceStorageConfig.association_id`."""


instance_storage_config_s3_config = _rt.Lens[InstanceStorageConfig, S3Config | None](
    lambda s: s.s3_config,
    lambda s, v: _dc.replace(s, s3_config=v),
    "instance_storage_config_s3_config",
)
"""Lens on :attr:`InstanceStorageConfig.s3_config`."""


instance_storage_config_kinesis_video_stream_config = _rt.Lens[
    InstanceStorageConfig, KinesisVideoStreamConfig | None
](
    lambda s: s.kinesis_video_stream_config,
    lambda s, v: _dc.replace(s, kinesis_video_stream_config=v),
    "instance_storage_config_kinesis_video_stream_config",
)
"""Lens on :attr:`InstanceStorageConfig.kinesis_video_stream_config`."""


instance_storage_config_kinesis_stream_config = _rt.Lens[
    InstanceStorageConfig, KinesisStreamConfig | None
](
    lambda s: s.kinesis_stream_config,
    lambda s, v: _dc.replace(s, kinesis_stream_config=v),
    "instance_storage_config_kinesis_stream_config",
)
"""Lens on :attr:`InstanceStorageConfig.kinesis_stream_config`."""


instance_storage_config_kinesis_firehose_config = _rt.Lens[
    InstanceStorageConfig, KinesisFirehoseConfig | None
](
    lambda s: s.kinesis_firehose_config,
    lambda s, v: _dc.replace(s, kinesis_firehose_config=v),
    "instance_storage_config_kinesis_firehose_config",
)
"""Lens on :attr:`InstanceStorageConfig.kinesis_firehose_config`."""
