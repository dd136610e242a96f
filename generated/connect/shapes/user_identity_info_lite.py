"""The UserIdentityInfoLite shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UserIdentityInfoLite:
    """The user's first name and last name.

    Fields:

    - ``first_name``: The user's first name.
    - ``last_name``: The user's last name.
    """

    first_name: str | None = None
    """The user's first name."""

    last_name: str | None = None
    """The user's last name."""

    def __repr__(self) -> str:
        fields = [
            "first_name=<sensitive>",
            "last_name=<sensitive>",
        ]
        return f"UserIdentityInfoLite({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.first_name
        if value is not None:
            path = prefix + "first_name"
            _rt.check_str(errors, path, value, min_len=0, max_len=255)
        value = self.last_name
        if value is not None:
            path = prefix + "last_name"
            _rt.check_str(errors, path, value, min_len=0, max_len=300)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.first_name is not None:
            result["FirstName"] = self.first_name
        if self.last_name is not None:
            result["LastName"] = self.last_name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UserIdentityInfoLite:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UserIdentityInfoLite")
        return cls(
            first_name=data.get("FirstName"),
            last_name=data.get("LastName"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> UserIdentityInfoLite:
        draft = _UserIdentityInfoLiteDraft()
        try:
            draft.first_name = (
                None
                if (value := data.get("FirstName")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "FirstName")
                )
            )
            draft.last_name = (
                None
                if (value := data.get("LastName")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "LastName")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _UserIdentityInfoLiteDraft:
    """A :class:`UserIdentityInfoLite` being decoded (see ``_rt.seal``)."""

    __slots__ = ("first_name", "last_name")
    first_name: str | None
    last_name: str | None


def new_user_identity_info_lite() -> UserIdentityInfoLite:
    """Create a :class:`UserIdentityInfoLite` with all optional fields omitted."""
    return UserIdentityInfoLite()


user_identity_info_lite_first_name = _rt.Lens[UserIdentityInfoLite, str | None](
    lambda s: s.first_name,
    lambda s, v: _dc.replace(s, first_name=v),
    "user_identity_info_lite_first_name",
)
"""Lens on :attr:`UserIdentityInfoLite.first_name`."""


user_identity_info_lite_last_name = _rt.Lens[UserIdentityInfoLite, str | None](
    lambda s: s.last_name,
    lambda s, v: _dc.replace(s, last_name=v),
    "user_identity_info_lite_last_name",
)
"""Lens on :attr:`UserIdentityInfoLite.last_name`."""
