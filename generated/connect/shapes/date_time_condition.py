"""The DateTimeCondition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z?$",
    "(?a)^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z?(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_DATE_TIME_COMPARISON_TYPE_VALUES = frozenset(
    (
        "GREATER_THAN",
        "LESS_THAN",
        "GREATER_THAN_OR_EQUAL_TO",
        "LESS_THAN_OR_EQUAL_TO",
        "EQUAL_TO",
        "RANGE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DateTimeCondition:
    """A datetime search condition for Search APIs.

    Fields:

    - ``field_name``: A name of the datetime property to be searched
    - ``min_value``: A minimum value of the property.
    - ``max_value``: A maximum value of the property.
    - ``comparison_type``: Datetime property comparison type.
    """

    field_name: str | None = None
    """A name of the datetime property to be searched"""

    min_value: str | None = None
    """A minimum value of the property."""

    max_value: str | None = None
    """A maximum value of the property."""

    comparison_type: str | None = None
    """Datetime property comparison type."""

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
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.max_value
        if value is not None:
            path = prefix + "max_value"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.comparison_type
        if value is not None:
            path = prefix + "comparison_type"
            _rt.check_str(errors, path, value, enum=_DATE_TIME_COMPARISON_TYPE_VALUES)

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
    ) -> DateTimeCondition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DateTimeCondition")
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
            data["MinValue"] = self.min_value
        if self.max_value is not None:
            data["MaxValue"] = self.max_value
        if self.comparison_type is not None:
            data["ComparisonType"] = self.comparison_type
        return data


def new_date_time_condition() -> DateTimeCondition:
    """Create a :class:`DateTimeCondition` with all optional fields omitted."""
    return DateTimeCondition()


date_time_condition_field_name = _rt.Lens[DateTimeCondition, str | None](
    lambda s: s.field_name,
    lambda s, v: _dc.replace(s, field_name=v),
    "date_time_condition_field_name",
)
"""Lens on :attr:`DateTimeCondition.field_name`."""


date_time_condition_min_value = _rt.Lens[DateTimeCondition, str | None](
    lambda s: s.min_value,
    lambda s, v: _dc.replace(s, min_value=v),
    "date_time_condition_min_value",
)
"""Lens on :attr:`DateTimeCondition.min_value`."""


date_time_condition_max_value = _rt.Lens[DateTimeCondition, str | None](
    lambda s: s.max_value,
    lambda s, v: _dc.replace(s, max_value=v),
    "date_time_condition_max_value",
)
"""Lens on :attr:`DateTimeCondition.max_value`."""


date_time_condition_comparison_type = _rt.Lens[DateTimeCondition, str | None](
    lambda s: s.comparison_type,
    lambda s, v: _dc.replace(s, comparison_type=v),
    "date_time_condition_comparison_type",
)
"""Lens on :attr:`DateTimeCondition.comparison_type`."""
