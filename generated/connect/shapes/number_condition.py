"""The NumberCondition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_NUMBER_COMPARISON_TYPE_VALUES = frozenset(
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
class NumberCondition:
    """A leaf node condition which can be used to specify a numeric condition.

    .. note::

       The currently supported value for ``FieldName`` is ``limit``.

    Fields:

    - ``field_name``: The name of the field in the number condition.
    - ``min_value``: The minValue to be used while evaluating the number condition.
    - ``max_value``: The maxValue to be used while evaluating the number condition.
    - ``comparison_type``: The type of comparison to be made when evaluating the number condition.
    """

    field_name: str | None = None
    """The name of the field in the number condition."""

    min_value: int | None = None
    """The minValue to be used while evaluating the number condition."""

    max_value: int | None = None
    """The maxValue to be used while evaluating the number condition."""

    comparison_type: str | None = None
    """The type of comparison to be made when evaluating the number condition."""

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
            _rt.check_number(errors, path, value, True)
        value = self.max_value
        if value is not None:
            path = prefix + "max_value"
            _rt.check_number(errors, path, value, True)
        value = self.comparison_type
        if value is not None:
            path = prefix + "comparison_type"
            _rt.check_str(errors, path, value, enum=_NUMBER_COMPARISON_TYPE_VALUES)

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
    ) -> NumberCondition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "NumberCondition")
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


def new_number_condition() -> NumberCondition:
    """Create a :class:`NumberCondition` with all optional fields omitted."""
    return NumberCondition()


number_condition_field_name = _rt.Lens[NumberCondition, str | None](
    lambda s: s.field_name,
    lambda s, v: _dc.replace(s, field_name=v),
    "number_condition_field_name",
)
"""Lens on :attr:`NumberCondition.field_name`."""


number_condition_min_value = _rt.Lens[NumberCondition, int | None](
    lambda s: s.min_value,
    lambda s, v: _dc.replace(s, min_value=v),
    "number_condition_min_value",
)
"""Lens on :attr:`NumberCondition.min_value`."""


number_condition_max_value = _rt.Lens[NumberCondition, int | None](
    lambda s: s.max_value,
    lambda s, v: _dc.replace(s, max_value=v),
    "number_condition_max_value",
)
"""Lens on :attr:`NumberCondition.max_value`."""


number_condition_comparison_type = _rt.Lens[NumberCondition, str | None](
    lambda s: s.comparison_type,
    lambda s, v: _dc.replace(s, comparison_type=v),
    "number_condition_comparison_type",
)
"""Lens on :attr:`NumberCondition.comparison_type`."""
