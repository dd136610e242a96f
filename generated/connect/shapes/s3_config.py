"""The S3Config shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.encryption_config import EncryptionConfig


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class S3Config:
    """Information about the Amazon Simple Storage Service (Amazon S3) storage
    type.

    Fields:

    - ``bucket_name``: The S3 bucket name.
    - ``bucket_prefix``: The S3 bucket prefix.
    - ``encryption_config``: The Amazon S3 encryption configuration.
    """

    bucket_name: str | None
    """The S3 bucket name."""

    bucket_prefix: str | None
    """The S3 bucket prefix."""

    encryption_config: EncryptionConfig | None = None
    """The Amazon S3 encryption configuration."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.bucket_name
        if value is None:
            errors.append(prefix + "bucket_name: required but missing")
        else:
            path = prefix + "bucket_name"
            _rt.check_str(errors, path, value, min_len=1, max_len=128)
        value = self.bucket_prefix
        if value is None:
            errors.append(prefix + "bucket_prefix: required but missing")
        else:
            path = prefix + "bucket_prefix"
            _rt.check_str(errors, path, value, min_len=1, max_len=128)
        value = self.encryption_config
        if value is not None:
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
        if self.bucket_name is not None:
            result["BucketName"] = self.bucket_name
        if self.bucket_prefix is not None:
            result["BucketPrefix"] = self.bucket_prefix
        if self.encryption_config is not None:
            result["EncryptionConfig"] = self.encryption_config.to_dict()
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> S3Config:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "S3Config")
        return cls(
            bucket_name=data.get("BucketName"),
            bucket_prefix=data.get("BucketPrefix"),
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
        if self.bucket_name is not None:
            data["BucketName"] = self.bucket_name
        if self.bucket_prefix is not None:
            data["BucketPrefix"] = self.bucket_prefix
        if self.encryption_config is not None:
            data["EncryptionConfig"] = self.encryption_config._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> S3Config:
        draft = _S3ConfigDraft()
        try:
            draft.bucket_name = (
                None
                if (value := data.get("BucketName")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "BucketName")
                )
            )
            draft.bucket_prefix = (
                None
                if (value := data.get("BucketPrefix")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "BucketPrefix")
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


class _S3ConfigDraft:
    """A :class:`S3Config` being decoded (see ``_rt.seal``)."""

    __slots__ = ("bucket_name", "bucket_prefix", "encryption_config")
    bucket_name: str | None
    bucket_prefix: str | None
    encryption_config: EncryptionConfig | None


def new_s3_config(
    bucket_name: str,
    bucket_prefix: str,
) -> S3Config:
    """Create a :class:`S3Config` with all optional fields omitted."""
    return S3Config(
        bucket_name=bucket_name,
        bucket_prefix=bucket_prefix,
    )


s3_config_bucket_name = _rt.Lens[S3Config, str | None](
    lambda s: s.bucket_name,
    lambda s, v: _dc.replace(s, bucket_name=v),
    "s3_config_bucket_name",
)
"""Lens on :attr:`S3Config.bucket_name`."""


s3_config_bucket_prefix = _rt.Lens[S3Config, str | None](
    lambda s: s.bucket_prefix,
    lambda s, v: _dc.replace(s, bucket_prefix=v),
    "s3_config_bucket_prefix",
)
"""Lens on :attr:`S3Config.bucket_prefix`."""


s3_config_encryption_config = _rt.Lens[S3Config, EncryptionConfig | None](
    lambda s: s.encryption_config,
    lambda s, v: _dc.replace(s, encryption_config=v),
    "s3_config_encryption_config",
)
"""Lens on :attr:`S3Config.encryption_config`."""
