"""The KinesisVideoStreamConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.encryption_config import EncryptionConfig


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class KinesisVideoStreamConfig:
    """Configuration information of a Kinesis video stream.

    Fields:

    - ``prefix``: The prefix of the video stream.
    - ``retention_period_hours``: The number of hours data is retained in the stream.
    - ``encryption_config``: The encryption configuration.
    """

    prefix: str | None
    """The prefix of the video stream."""

    retention_period_hours: int | None
    """The number of hours data is retained in the stream. Kinesis Video
    Streams retains the data in a data store that is associated with the
    stream.

    The default value is 0, indicating that the stream does not persist
    data.
    """

    encryption_config: EncryptionConfig | None
    """The encryption configuration."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.prefix
        if value is None:
            errors.append(prefix + "prefix: required but missing")
        else:
            path = prefix + "prefix"
            _rt.check_str(errors, path, value, min_len=1, max_len=128)
        value = self.retention_period_hours
        if value is None:
            errors.append(prefix + "retention_period_hours: required but missing")
        else:
            path = prefix + "retention_period_hours"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=87600)
        value = self.encryption_config
        if value is None:
            errors.append(prefix + "encryption_config: required but missing")
        else:
            path = prefix + "encryption_config"
            if isinstance(value, EncryptionConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EncryptionConfig, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.prefix is not None:
            result["Prefix"] = self.prefix
        if self.retention_period_hours is not None:
            result["RetentionPeriodHours"] = self.retention_period_hours
        if self.encryption_config is not None:
            result["EncryptionConfig"] = self.encryption_config.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> KinesisVideoStreamConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "KinesisVideoStreamConfig")
        return cls(
            prefix=data.get("Prefix"),
            retention_period_hours=data.get("RetentionPeriodHours"),
            encryption_config=(
                None
                if (value := data.get("EncryptionConfig")) is None
                else EncryptionConfig.from_dict(
                    value, path=path + "EncryptionConfig" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.prefix is not None:
            data["Prefix"] = self.prefix
        if self.retention_period_hours is not None:
            data["RetentionPeriodHours"] = self.retention_period_hours
        if self.encryption_config is not None:
            data["EncryptionConfig"] = self.encryption_config._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> KinesisVideoStreamConfig:
        draft = _KinesisVideoStreamConfigDraft()
        try:
            draft.prefix = (
                None
                if (value := data.get("Prefix")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Prefix"))
            )
            draft.retention_period_hours = (
                None
                if (value := data.get("RetentionPeriodHours")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "RetentionPeriodHours")
                )
            )
            draft.encryption_config = (
                None
                if (value := data.get("EncryptionConfig")) is None
                else EncryptionConfig._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "EncryptionConfig")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _KinesisVideoStreamConfigDraft:
    """A :class:`KinesisVideoStreamConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("prefix", "retention_period_hours", "encryption_config")
    prefix: str | None
    retention_period_hours: int | None
    encryption_config: EncryptionConfig | None


def new_kinesis_video_stream_config(
    prefix: str,
    retention_period_hours: int,
    encryption_config: EncryptionConfig,
) -> KinesisVideoStreamConfig:
    """Create a :class:`KinesisVideoStreamConfig` with all optional fields omitted."""
    return KinesisVideoStreamConfig(
        prefix=prefix,
        retention_period_hours=retention_period_hours,
        encryption_config=encryption_config,
    )


kinesis_video_stream_config_prefix = _rt.Lens[KinesisVideoStreamConfig, str | None](
    lambda s: s.prefix,
    lambda s, v: _dc.replace(s, prefix=v),
    "kinesis_video_stream_config_prefix",
)
"""Lens on :attr:`KinesisVideoStreamConfig.prefix`."""


kinesis_video_stream_config_retention_period_hours = _rt.Lens[
    KinesisVideoStreamConfig, int | None
](
    lambda s: s.retention_period_hours,
    lambda s, v: _dc.replace(s, retention_period_hours=v),
    "kinesis_video_stream_config_retention_period_hours",
)
"""Lens on :attr:`KinesisVideoStreamConfig.retention_period_hours`."""


kinesis_video_stream_config_encryption_config = _rt.Lens[
    KinesisVideoStreamConfig, EncryptionConfig | None
](
    lambda s: s.encryption_config,
    lambda s, v: _dc.replace(s, encryption_config=v),
    "kinesis_video_stream_config_encryption_config",
)
"""Lens on :attr:`KinesisVideoStreamConfig.encryption_config`."""
