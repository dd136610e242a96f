"""The UserInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UserInfo:
    """The user details for the contact.

    Fields:

    - ``user_id``: The user identifier for the contact.
    """

    user_id: str | None = None
    """The user identifier for the contact."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.user_id
        if value is not None:
            path = prefix + "user_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.user_id is not None:
            result["UserId"] = self.user_id
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> UserInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UserInfo")
        return cls(
            user_id=data.get("UserId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.user_id is not None:
            data["UserId"] = self.user_id
        return data


def new_user_info() -> UserInfo:
    """Create a :class:`UserInfo` with all optional fields omitted."""
    return UserInfo()


user_info_user_id = _rt.Lens[UserInfo, str | None](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "user_info_user_id",
)
"""Lens on :attr:`UserInfo.user_id`."""
