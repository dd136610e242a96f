"""The DateCondition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^\\d{4}-\\d{2}-\\d{2}$",
    "(?a)^\\d{4}-\\d{2}-\\d{2}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_DATE_COMPARISON_TYPE_VALUES = frozenset(
    (
        "GREATER_THAN",
        "LESS_THAN",
        "GREATER_THAN_OR_EQUAL_TO",
        "LESS_THAN_OR_EQUAL_TO",
        "EQUAL_TO",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DateCondition:
    """An object to specify the hours of operation override date condition.

    Fields:

    - ``field_name``: An object to specify the hours of operation override date field.
    - ``value``: An object to specify the hours of operation override date value.
    - ``comparison_type``: An object to specify the hours of operation override date condition ``comparisonType``.
    """

    field_name: str | None = None
    """An object to specify the hours of operation override date field."""

    value: str | None = None
    """An object to specify the hours of operation override date value."""

    comparison_type: str | None = None
    """An object to specify the hours of operation override date condition
    ``comparisonType``.
    """

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
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.comparison_type
        if value is not None:
            path = prefix + "comparison_type"
            _rt.check_str(errors, path, value, enum=_DATE_COMPARISON_TYPE_VALUES)

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
    ) -> DateCondition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DateCondition")
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


def new_date_condition() -> DateCondition:
    """Create a :class:`DateCondition` with all optional fields omitted."""
    return DateCondition()


date_condition_field_name = _rt.Lens[DateCondition, str | None](
    lambda s: s.field_name,
    lambda s, v: _dc.replace(s, field_name=v),
    "date_condition_field_name",
)
"""Lens on :attr:`DateCondition.field_name`."""


date_condition_value = _rt.Lens[DateCondition, str | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "date_condition_value",
)
"""Lens on :attr:`DateCondition.value`."""


date_condition_comparison_type = _rt.Lens[DateCondition, str | None](
    lambda s: s.comparison_type,
    lambda s, v: _dc.replace(s, comparison_type=v),
    "date_condition_comparison_type",
)
"""Lens on :attr:`DateCondition.comparison_type`."""
