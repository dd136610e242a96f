"""The BooleanCondition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_BOOLEAN_COMPARISON_TYPE_VALUES = frozenset(
    (
        "IS_TRUE",
        "IS_FALSE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class BooleanCondition:
    """A boolean search condition for Search APIs.

    Fields:

    - ``field_name``: A name of the property to be searched.
    - ``comparison_type``: Boolean property comparison type.
    """

    field_name: str | None = None
    """A name of the property to be searched."""

    comparison_type: str | None = None
    """Boolean property comparison type."""

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
        value = self.comparison_type
        if value is not None:
            path = prefix + "comparison_type"
            _rt.check_str(errors, path, value, enum=_BOOLEAN_COMPARISON_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.field_name is not None:
            result["FieldName"] = self.field_name
        if self.comparison_type is not None:
            result["ComparisonType"] = self.comparison_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> BooleanCondition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "BooleanCondition")
        return cls(
            field_name=data.get("FieldName"),
            comparison_type=data.get("ComparisonType"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.field_name is not None:
            data["FieldName"] = self.field_name
        if self.comparison_type is not None:
            data["ComparisonType"] = self.comparison_type
        return data


def new_boolean_condition() -> BooleanCondition:
    """Create a :class:`BooleanCondition` with all optional fields omitted."""
    return BooleanCondition()


boolean_condition_field_name = _rt.Lens[BooleanCondition, str | None](
    lambda s: s.field_name,
    lambda s, v: _dc.replace(s, field_name=v),
    "boolean_condition_field_name",
)
"""Lens on :attr:`BooleanCondition.field_name`."""


boolean_condition_comparison_type = _rt.Lens[BooleanCondition, str | None](
    lambda s: s.comparison_type,
    lambda s, v: _dc.replace(s, comparison_type=v),
    "boolean_condition_comparison_type",
)
"""Lens on :attr:`BooleanCondition.comparison_type`."""
