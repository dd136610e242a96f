"""The UserProficiency shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UserProficiency:
    """Information about proficiency of a user.

    Fields:

    - ``attribute_name``: The name of user's proficiency.
    - ``attribute_value``: The value of user's proficiency.
    - ``level``: The level of the proficiency.
    """

    attribute_name: str | None
    """The name of user's proficiency. You must use name of predefined
    attribute present in the Connect Customer instance.
    """

    attribute_value: str | None
    """The value of user's proficiency. You must use value of predefined
    attribute present in the Connect Customer instance.
    """

    level: float | None
    """The level of the proficiency. The valid values are 1, 2, 3, 4 and 5."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.attribute_name
        if value is None:
            errors.append(prefix + "attribute_name: required but missing")
        else:
            path = prefix + "attribute_name"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.attribute_value
        if value is None:
            errors.append(prefix + "attribute_value: required but missing")
        else:
            path = prefix + "attribute_value"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.level
        if value is None:
            errors.append(prefix + "level: required but missing")
        else:
            path = prefix + "level"
            _rt.check_number(errors, path, value, False, minimum=1, maximum=5)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.attribute_name is not None:
            result["AttributeName"] = self.attribute_name
        if self.attribute_value is not None:
            result["AttributeValue"] = self.attribute_value
        if self.level is not None:
            result["Level"] = self.level
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UserProficiency:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UserProficiency")
        return cls(
            attribute_name=data.get("AttributeName"),
            attribute_value=data.get("AttributeValue"),
            level=data.get("Level"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.attribute_name is not None:
            data["AttributeName"] = self.attribute_name
        if self.attribute_value is not None:
            data["AttributeValue"] = self.attribute_value
        if self.level is not None:
            data["Level"] = _rt.float_to_json(self.level)
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> UserProficiency:
        draft = _UserProficiencyDraft()
        try:
            draft.attribute_name = (
                None
                if (value := data.get("AttributeName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AttributeName")
                )
            )
            draft.attribute_value = (
                None
                if (value := data.get("AttributeValue")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AttributeValue")
                )
            )
            draft.level = (
                None
                if (value := data.get("Level")) is None
                else _rt.expect_float(value, "Level")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _UserProficiencyDraft:
    """A :class:`UserProficiency` being decoded (see ``_rt.seal``)."""

    __slots__ = ("attribute_name", "attribute_value", "level")
    attribute_name: str | None
    attribute_value: str | None
    level: float | None


def new_user_proficiency(
    attribute_name: str,
    attribute_value: str,
    level: float,
) -> UserProficiency:
    """Create a :class:`UserProficiency` with all optional fields omitted."""
    return UserProficiency(
        attribute_name=attribute_name,
        attribute_value=attribute_value,
        level=level,
    )


user_proficiency_attribute_name = _rt.Lens[UserProficiency, str | None](
    lambda s: s.attribute_name,
    lambda s, v: _dc.replace(s, attribute_name=v),
    "user_proficiency_attribute_name",
)
"""Lens on :attr:`UserProficiency.attribute_name`."""


user_proficiency_attribute_value = _rt.Lens[UserProficiency, str | None](
    lambda s: s.attribute_value,
    lambda s, v: _dc.replace(s, attribute_value=v),
    "user_proficiency_attribute_value",
)
"""Lens on :attr:`UserProficiency.attribute_value`."""


user_proficiency_level = _rt.Lens[UserProficiency, float | None](
    lambda s: s.level,
    lambda s, v: _dc.replace(s, level=v),
    "user_proficiency_level",
)
"""Lens on :attr:`UserProficiency.level`."""
