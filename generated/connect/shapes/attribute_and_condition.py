"""The AttributeAndCondition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.hierarchy_group_condition import HierarchyGroupCondition
from ..shapes.tag_condition import TagCondition


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AttributeAndCondition:
    """A list of conditions which would be applied together with an ``AND``
    condition.

    Fields:

    - ``tag_conditions``: A leaf node condition which can be used to specify a tag condition.
    - ``hierarchy_group_condition``: A leaf node condition which can be used to specify a hierarchy group condition.
    """

    tag_conditions: list[TagCondition] | None = None
    """A leaf node condition which can be used to specify a tag condition."""

    hierarchy_group_condition: HierarchyGroupCondition | None = None
    """A leaf node condition which can be used to specify a hierarchy group
    condition.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.tag_conditions
        if value is not None:
            path = prefix + "tag_conditions"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, TagCondition):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected TagCondition, got {type(v1).__name__}"
                            )
        value = self.hierarchy_group_condition
        if value is not None:
            path = prefix + "hierarchy_group_condition"
            if isinstance(value, HierarchyGroupCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HierarchyGroupCondition, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.tag_conditions is not None:
            result["TagConditions"] = [v1.to_dict() for v1 in self.tag_conditions]
        if self.hierarchy_group_condition is not None:
            result["HierarchyGroupCondition"] = self.hierarchy_group_condition.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AttributeAndCondition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AttributeAndCondition")
        return cls(
            tag_conditions=(
                None
                if (value := data.get("TagConditions")) is None
                else [
                    TagCondition.from_dict(
                        v1, path=path + "TagConditions" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "TagConditions")
                    )
                ]
            ),
            hierarchy_group_condition=(
                None
                if (value := data.get("HierarchyGroupCondition")) is None
                else HierarchyGroupCondition.from_dict(
                    value, path=path + "HierarchyGroupCondition" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.tag_conditions is not None:
            data["TagConditions"] = [v1._to_json() for v1 in self.tag_conditions]
        if self.hierarchy_group_condition is not None:
            data["HierarchyGroupCondition"] = self.hierarchy_group_condition._to_json()
        return data


def new_attribute_and_condition() -> AttributeAndCondition:
    """Create a :class:`AttributeAndCondition` with all optional fields omitted."""
    return AttributeAndCondition()


attribute_and_condition_tag_conditions = _rt.Lens[
    AttributeAndCondition, list[TagCondition] | None
](
    lambda s: s.tag_conditions,
    lambda s, v: _dc.replace(s, tag_conditions=v),
    "attribute_and_condition_tag_conditions",
)
"""Lens on :attr:`AttributeAndCondition.tag_conditions`."""


attribute_and_condition_hierarchy_group_condition = _rt.Lens[
    AttributeAndCondition, HierarchyGroupCondition | None
](
    lambda s: s.hierarchy_group_condition,
    lambda s, v: _dc.replace(s, hierarchy_group_condition=v),
    "attribute_and_condition_hierarchy_group_condition",
)
"""Lens on :attr:`AttributeAndCondition.hierarchy_group_condition`."""
