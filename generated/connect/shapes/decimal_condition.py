"""The DecimalCondition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_DECIMAL_COMPARISON_TYPE_VALUES = frozenset(
    (
        "GREATER_OR_EQUAL",
        "GREATER",
        "LESSER_OR_EQUAL",
        "LESSER",
        "EQUAL",
        "NOT_EQUAL",
        "RANGE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DecimalCondition:
    """A decimal search condition for Search APIs.

    Fields:

    - ``field_name``: A name of the decimal property to be searched.
    - ``min_value``: A minimum value of the decimal property.
    - ``max_value``: A maximum value of the decimal property.
    - ``comparison_type``: The type of comparison to be made when evaluating the decimal condition.
    """

    field_name: str | None = None
    """A name of the decimal property to be searched."""

    min_value: float | None = None
    """A minimum value of the decimal property."""

    max_value: float | None = None
    """A maximum value of the decimal property."""

    comparison_type: str | None = None
    """The type of comparison to be made when evaluating the decimal condition."""

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
        value = self.min_value
        if value is not None:
            path = prefix + "min_value"
            _rt.check_number(errors, path, value, False)
        value = self.max_value
        if value is not None:
            path = prefix + "max_value"
            _rt.check_number(errors, path, value, False)
        value = self.comparison_type
        if value is not None:
            path = prefix + "comparison_type"
            _rt.check_str(errors, path, value, enum=_DECIMAL_COMPARISON_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.field_name is not None:
            result["FieldName"] = self.field_name
        if self.min_value is not None:
            result["MinValue"] = self.min_value
        if self.max_value is not None:
            result["MaxValue"] = self.max_value
        if self.comparison_type is not None:
            result["ComparisonType"] = self.comparison_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DecimalCondition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DecimalCondition")
        return cls(
            field_name=data.get("FieldName"),
            min_value=data.get("MinValue"),
            max_value=data.get("MaxValue"),
            comparison_type=data.get("ComparisonType"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.field_name is not None:
            data["FieldName"] = self.field_name
        if self.min_value is not None:
            data["MinValue"] = _rt.float_to_json(self.min_value)
        if self.max_value is not None:
            data["MaxValue"] = _rt.float_to_json(self.max_value)
        if self.comparison_type is not None:
            data["ComparisonType"] = self.comparison_type
        return data


def new_decimal_condition() -> DecimalCondition:
    """Create a :class:`DecimalCondition` with all optional fields omitted."""
    return DecimalCondition()


decimal_condition_field_name = _rt.Lens[DecimalCondition, str | None](
    lambda s: s.field_name,
    lambda s, v: _dc.replace(s, field_name=v),
    "decimal_condition_field_name",
)
"""Lens on :attr:`DecimalCondition.field_name`."""


decimal_condition_min_value = _rt.Lens[DecimalCondition, float | None](
    lambda s: s.min_value,
    lambda s, v: _dc.replace(s, min_value=v),
    "decimal_condition_min_value",
)
"""Lens on :attr:`DecimalCondition.min_value`."""


decimal_condition_max_value = _rt.Lens[DecimalCondition, float | None](
    lambda s: s.max_value,
    lambda s, v: _dc.replace(s, max_value=v),
    "decimal_condition_max_value",
)
"""Lens on :attr:`DecimalCondition.max_value`."""


decimal_condition_comparison_type = _rt.Lens[DecimalCondition, str | None](
    lambda s: s.comparison_type,
    lambda s, v: _dc.replace(s, comparison_type=v),
    "decimal_condition_comparison_type",
)
"""Lens on :attr:`DecimalCondition.comparison_type`."""
