"""The EncryptionConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_ENCRYPTION_TYPE_VALUES = frozenset(("KMS",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EncryptionConfig:
    """The encryption configuration.

    Fields:

    - ``encryption_type``: The type of encryption.
    - ``key_id``: The full ARN of the encryption key.
    """

    encryption_type: str | None
    """The type of encryption."""

    key_id: str | None
    """The full ARN of the encryption key.

    .. note::

       Be sure to provide the full ARN of the encryption key, not just the
       ID.

       Connect Customer supports only KMS keys with the default key spec of
       `SYMMETRIC_DEFAULT
       <https://docs.aws.amazon.com/kms/latest/developerguide/asymmetric-key-specs.html#key-spec-symmetric-default>`__
       .
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.encryption_type
        if value is None:
            errors.append(prefix + "encryption_type: required but missing")
        else:
            path = prefix + "encryption_type"
            _rt.check_str(errors, path, value, enum=_ENCRYPTION_TYPE_VALUES)
        value = self.key_id
        if value is None:
            errors.append(prefix + "key_id: required but missing")
        else:
            path = prefix + "key_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=128)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.encryption_type is not None:
            result["EncryptionType"] = self.encryption_type
        if self.key_id is not None:
            result["KeyId"] = self.key_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EncryptionConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EncryptionConfig")
        return cls(
            encryption_type=data.get("EncryptionType"),
            key_id=data.get("KeyId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.encryption_type is not None:
            data["EncryptionType"] = self.encryption_type
        if self.key_id is not None:
            data["KeyId"] = self.key_id
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EncryptionConfig:
        draft = _EncryptionConfigDraft()
        try:
            draft.encryption_type = (
                None
                if (value := data.get("EncryptionType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EncryptionType")
                )
            )
            draft.key_id = (
                None
                if (value := data.get("KeyId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "KeyId"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EncryptionConfigDraft:
    """A :class:`EncryptionConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("encryption_type", "key_id")
    encryption_type: str | None
    key_id: str | None


def new_encryption_config(
    encryption_type: str,
    key_id: str,
) -> EncryptionConfig:
    """Create a :class:`EncryptionConfig` with all optional fields omitted."""
    return EncryptionConfig(
        encryption_type=encryption_type,
        key_id=key_id,
    )


encryption_config_encryption_type = _rt.Lens[EncryptionConfig, str | None](
    lambda s: s.encryption_type,
    lambda s, v: _dc.replace(s, encryption_type=v),
    "encryption_config_encryption_type",
)
"""Lens on :attr:`EncryptionConfig.encryption_type`."""


encryption_config_key_id = _rt.Lens[EncryptionConfig, str | None](
    lambda s: s.key_id,
    lambda s, v: _dc.replace(s, key_id=v),
    "encryption_config_key_id",
)
"""Lens on :attr:`EncryptionConfig.key_id`."""
