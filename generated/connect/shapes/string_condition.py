"""The StringCondition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_STRING_COMPARISON_TYPE_VALUES = frozenset(
    (
        "STARTS_WITH",
        "CONTAINS",
        "EXACT",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StringCondition:
    """A leaf node condition which can be used to specify a string condition.

    Fields:

    - ``field_name``: The name of the field in the string condition.
    - ``value``: The value of the string.
    - ``comparison_type``: The type of comparison to be made when evaluating the string condition.
    """

    field_name: str | None = None
    """The name of the field in the string condition."""

    value: str | None = None
    """The value of the string."""

    comparison_type: str | None = None
    """The type of comparison to be made when evaluating the string condition."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.field_name
        if value is not None:
            path = prefix + "field_name"
            _rt.check_str(errors, path, value)
        value = self.value
        if value is not None:
            path = prefix + "value"
            _rt.check_str(errors, path, value)
        value = self.comparison_type
        if value is not None:
            path = prefix + "comparison_type"
            _rt.check_str(errors, path, value, enum=_STRING_COMPARISON_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.field_name is not None:
            result["FieldName"] = self.field_name
        if self.value is not None:
            result["Value"] = self.value
        if self.comparison_type is not None:
            result["ComparisonType"] = self.comparison_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StringCondition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StringCondition")
        return cls(
            field_name=data.get("FieldName"),
            value=data.get("Value"),
            comparison_type=data.get("ComparisonType"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.field_name is not None:
            data["FieldName"] = self.field_name
        if self.value is not None:
            data["Value"] = self.value
        if self.comparison_type is not None:
            data["ComparisonType"] = self.comparison_type
        return data


def new_string_condition() -> StringCondition:
    """Create a :class:`StringCondition` with all optional fields omitted."""
    return StringCondition()


string_condition_field_name = _rt.Lens[StringCondition, str | None](
    lambda s: s.field_name,
    lambda s, v: _dc.replace(s, field_name=v),
    "string_condition_field_name",
)
"""Lens on :attr:`StringCondition.field_name`."""


string_condition_value = _rt.Lens[StringCondition, str | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "string_condition_value",
)
"""Lens on :attr:`StringCondition.value`."""


string_condition_comparison_type = _rt.Lens[StringCondition, str | None](
    lambda s: s.comparison_type,
    lambda s, v: _dc.replace(s, comparison_type=v),
    "string_condition_comparison_type",
)
"""Lens on :attr:`StringCondition.comparison_type`."""
