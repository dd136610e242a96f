"""The Condition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.number_condition import NumberCondition
from ..shapes.string_condition import StringCondition


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Condition:
    """A leaf node condition which can be used to specify a ProficiencyName,
    ProficiencyValue and ProficiencyLimit.

    Fields:

    - ``string_condition``: A leaf node condition which can be used to specify a string condition.
    - ``number_condition``: A leaf node condition which can be used to specify a numeric condition.
    """

    string_condition: StringCondition | None = None
    """A leaf node condition which can be used to specify a string condition.

    .. note::

       The currently supported values for ``FieldName`` are ``name`` and
       ``value``.
    """

    number_condition: NumberCondition | None = None
    """A leaf node condition which can be used to specify a numeric condition."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.string_condition
        if value is not None:
            path = prefix + "string_condition"
            if isinstance(value, StringCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected StringCondition, got {type(value).__name__}"
                )
        value = self.number_condition
        if value is not None:
            path = prefix + "number_condition"
            if isinstance(value, NumberCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected NumberCondition, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.string_condition is not None:
            result["StringCondition"] = self.string_condition.to_dict()
        if self.number_condition is not None:
            result["NumberCondition"] = self.number_condition.to_dict()
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Condition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Condition")
        return cls(
            string_condition=(
                None
                if (value := data.get("StringCondition")) is None
                else StringCondition.from_dict(
                    value, path=path + "StringCondition" + "."
                )
            ),
            number_condition=(
                None
                if (value := data.get("NumberCondition")) is None
                else NumberCondition.from_dict(
                    value, path=path + "NumberCondition" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.string_condition is not None:
            data["StringCondition"] = self.string_condition._to_json()
        if self.number_condition is not None:
            data["NumberCondition"] = self.number_condition._to_json()
        return data


def new_condition() -> Condition:
    """Create a :class:`Condition` with all optional fields omitted."""
    return Condition()


condition_string_condition = _rt.Lens[Condition, StringCondition | None](
    lambda s: s.string_condition,
    lambda s, v: _dc.replace(s, string_condition=v),
    "condition_string_condition",
)
"""Lens on :attr:`Condition.string_condition`."""


condition_number_condition = _rt.Lens[Condition, NumberCondition | None](
    lambda s: s.number_condition,
    lambda s, v: _dc.replace(s, number_condition=v),
    "condition_number_condition",
)
"""Lens on :attr:`Condition.number_condition`."""
