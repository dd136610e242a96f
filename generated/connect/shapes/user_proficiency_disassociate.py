"""The UserProficiencyDisassociate shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UserProficiencyDisassociate:
    """Information about proficiency to be disassociated from the user.

    Fields:

    - ``attribute_name``: The name of user's proficiency.
    - ``attribute_value``: The value of user's proficiency.
    """

    attribute_name: str
    """The name of user's proficiency."""

    attribute_value: str
    """The value of user's proficiency."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["AttributeName"] = self.attribute_name
        result["AttributeValue"] = self.attribute_value
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UserProficiencyDisassociate:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UserProficiencyDisassociate")
        return cls(
            attribute_name=_rt.required(data, "AttributeName", path),
            attribute_value=_rt.required(data, "AttributeValue", path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["AttributeName"] = self.attribute_name
        data["AttributeValue"] = self.attribute_value
        return data


def new_user_proficiency_disassociate(
    attribute_name: str,
    attribute_value: str,
) -> UserProficiencyDisassociate:
    """Create a :class:`UserProficiencyDisassociate` with all optional fields omitted."""
    return UserProficiencyDisassociate(
        attribute_name=attribute_name,
        attribute_value=attribute_value,
    )


user_proficiency_disassociate_attribute_name = _rt.Lens[
    UserProficiencyDisassociate, str
](
    lambda s: s.attribute_name,
    lambda s, v: _dc.replace(s, attribute_name=v),
    "user_proficiency_disassociate_attribute_name",
)
"""Lens on :attr:`UserProficiencyDisassociate.attribute_name`."""


user_proficiency_disassociate_attribute_value = _rt.Lens[
    UserProficiencyDisassociate, str
](
    lambda s: s.attribute_value,
    lambda s, v: _dc.replace(s, attribute_value=v),
    "user_proficiency_disassociate_attribute_value",
)
"""Lens on :attr:`UserProficiencyDisassociate.attribute_value`."""
