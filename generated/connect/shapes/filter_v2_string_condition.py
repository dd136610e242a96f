"""The FilterV2StringCondition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_FILTER_V2_STRING_CONDITION_COMPARISON_OPERATOR_VALUES = frozenset(("NOT_EXISTS",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class FilterV2StringCondition:
    """System defined filtering condition. For example, the NOT_EXISTS
    StringCondition returns documents where the field specified by FilterKey
    does not exist in the document.

    When the NOT_EXISTS StringCondition is added to a FilterV2 object,
    FilterValues must be null or empty.

    Fields:

    - ``comparison``: The string condition.
    """

    comparison: str | None = None
    """The string condition."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.comparison
        if value is not None:
            path = prefix + "comparison"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_FILTER_V2_STRING_CONDITION_COMPARISON_OPERATOR_VALUES,
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.comparison is not None:
            result["Comparison"] = self.comparison
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> FilterV2StringCondition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "FilterV2StringCondition")
        return cls(
            comparison=data.get("Comparison"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.comparison is not None:
            data["Comparison"] = self.comparison
        return data


def new_filter_v2_string_condition() -> FilterV2StringCondition:
    """Create a :class:`FilterV2StringCondition` with all optional fields omitted."""
    return FilterV2StringCondition()


filter_v2_string_condition_comparison = _rt.Lens[FilterV2StringCondition, str | None](
    lambda s: s.comparison,
    lambda s, v: _dc.replace(s, comparison=v),
    "filter_v2_string_condition_comparison",
)
"""Lens on :attr:`FilterV2StringCondition.comparison`."""
