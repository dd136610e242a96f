"""The SecurityKey shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SecurityKey:
    """Configuration information of the security key.

    Fields:

    - ``association_id``: The existing association identifier that uniquely identifies the resource type and storage config for the given instance ID.
    - ``key``: The key of the security key.
    - ``creation_time``: When the security key was created.
    """

    association_id: str | None = None
    """The existing association identifier that uniquely identifies the
    resource type and storage config for the given instance ID.
    """

    key: str | None = None
    """The key of the security key."""

    creation_time: _dt.datetime | None = None
    """When the security key was created."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.association_id
        if value is not None:
            path = prefix + "association_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.key
        if value is not None:
            path = prefix + "key"
            _rt.check_str(errors, path, value, min_len=1, max_len=1024)
        value = self.creation_time
        if value is not None:
            path = prefix + "creation_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.association_id is not None:
            result["AssociationId"] = self.association_id
        if self.key is not None:
            result["Key"] = self.key
        if self.creation_time is not None:
            result["CreationTime"] = self.creation_time
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> SecurityKey:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SecurityKey")
        return cls(
            association_id=data.get("AssociationId"),
            key=data.get("Key"),
            creation_time=data.get("CreationTime"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> SecurityKey:
        draft = _SecurityKeyDraft()
        try:
            draft.association_id = (
                None
                if (value := data.get("AssociationId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AssociationId")
                )
            )
            draft.key = (
                None
                if (value := data.get("Key")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Key"))
            )
            draft.creation_time = (
                None
                if (value := data.get("CreationTime")) is None
                else _rt.parse_timestamp(value, "CreationTime")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _SecurityKeyDraft:
    """A :class:`SecurityKey` being decoded (see ``_rt.seal``)."""

    __slots__ = ("association_id", "key", "creation_time")
    association_id: str | None
    key: str | None
    creation_time: _dt.datetime | None


def new_security_key() -> SecurityKey:
    """Create a :class:`SecurityKey` with all optional fields omitted."""
    return SecurityKey()


security_key_association_id = _rt.Lens[SecurityKey, str | None](
    lambda s: s.association_id,
    lambda s, v: _dc.replace(s, association_id=v),
    "security_key_association_id",
)
"""Lens on :attr:`SecurityKey.association_id`."""


security_key_key = _rt.Lens[SecurityKey, str | None](
    lambda s: s.key,
    lambda s, v: _dc.replace(s, key=v),
    "security_key_key",
)
"""Lens on :attr:`SecurityKey.key`."""


security_key_creation_time = _rt.Lens[SecurityKey, _dt.datetime | None](
    lambda s: s.creation_time,
    lambda s, v: _dc.replace(s, creation_time=v),
    "security_key_creation_time",
)
"""Lens on :attr:`SecurityKey.creation_time`."""
