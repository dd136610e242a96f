"""The HierarchyGroupCondition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_HIERARCHY_GROUP_MATCH_TYPE_VALUES = frozenset(
    (
        "EXACT",
        "WITH_CHILD_GROUPS",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class HierarchyGroupCondition:
    """A leaf node condition which can be used to specify a hierarchy group
    condition.

    Fields:

    - ``value``: The value in the hierarchy group condition.
    - ``hierarchy_group_match_type``: The type of hierarchy group match.
    """

    value: str | None = None
    """The value in the hierarchy group condition."""

    hierarchy_group_match_type: str | None = None
    """The type of hierarchy group match."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.value
        if value is not None:
            path = prefix + "value"
            _rt.check_str(errors, path, value)
        value = self.hierarchy_group_match_type
        if value is not None:
            path = prefix + "hierarchy_group_match_type"
            _rt.check_str(errors, path, value, enum=_HIERARCHY_GROUP_MATCH_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.value is not None:
            result["Value"] = self.value
        if self.hierarchy_group_match_type is not None:
            result["HierarchyGroupMatchType"] = self.hierarchy_group_match_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> HierarchyGroupCondition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "HierarchyGroupCondition")
        return cls(
            value=data.get("Value"),
            hierarchy_group_match_type=data.get("HierarchyGroupMatchType"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.value is not None:
            data["Value"] = self.value
        if self.hierarchy_group_match_type is not None:
            data["HierarchyGroupMatchType"] = self.hierarchy_group_match_type
        return data


def new_hierarchy_group_condition() -> HierarchyGroupCondition:
    """Create a :class:`HierarchyGroupCondition` with all optional fields omitted."""
    return HierarchyGroupCondition()


hierarchy_group_condition_value = _rt.Lens[HierarchyGroupCondition, str | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "hierarchy_group_condition_value",
)
"""Lens on :attr:`HierarchyGroupCondition.value`."""


hierarchy_group_condition_hierarchy_group_match_type = _rt.Lens[
    HierarchyGroupCondition, str | None
](
    lambda s: s.hierarchy_group_match_type,
    lambda s, v: _dc.replace(s, hierarchy_group_match_type=v),
    "hierarchy_group_condition_hierarchy_group_match_type",
)
"""Lens on :attr:`HierarchyGroupCondition.hierarchy_group_match_type`."""
