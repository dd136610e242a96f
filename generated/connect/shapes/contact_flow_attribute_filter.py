"""The ContactFlowAttributeFilter shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.contact_flow_attribute_and_condition import (
    ContactFlowAttributeAndCondition,
)
from ..shapes.contact_flow_type_condition import ContactFlowTypeCondition
from ..shapes.tag_condition import TagCondition


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactFlowAttributeFilter:
    """Filter for contact flow attributes with multiple condition types.

    Fields:

    - ``or_conditions``: A list of conditions which would be applied together with an OR condition.
    - ``and_condition``: A list of conditions which would be applied together with a AND condition.
    - ``tag_condition``: A leaf node condition which can be used to specify a tag condition, for example, ``HAVE BPO = 123``.
    - ``contact_flow_type_condition``: Contact flow type condition within attribute filter.
    """

    or_conditions: list[ContactFlowAttributeAndCondition] | None = None
    """A list of conditions which would be applied together with an OR
    condition.
    """

    and_condition: ContactFlowAttributeAndCondition | None = None
    """A list of conditions which would be applied together with a AND
    condition.
    """

    tag_condition: TagCondition | None = None
    """A leaf node condition which can be used to specify a tag condition, for
    example, ``HAVE BPO = 123``.
    """

    contact_flow_type_condition: ContactFlowTypeCondition | None = None
    """Contact flow type condition within attribute filter."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.or_conditions
        if value is not None:
            path = prefix + "or_conditions"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ContactFlowAttributeAndCondition):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ContactFlowAttributeAndCondition, got {type(v1).__name__}"
                            )
        value = self.and_condition
        if value is not None:
            path = prefix + "and_condition"
            if isinstance(value, ContactFlowAttributeAndCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ContactFlowAttributeAndCondition, got {type(value).__name__}"
                )
        value = self.tag_condition
        if value is not None:
            path = prefix + "tag_condition"
            if isinstance(value, TagCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TagCondition, got {type(value).__name__}"
                )
        value = self.contact_flow_type_condition
        if value is not None:
            path = prefix + "contact_flow_type_condition"
            if isinstance(value, ContactFlowTypeCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ContactFlowTypeCondition, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.or_conditions is not None:
            result["OrConditions"] = [v1.to_dict() for v1 in self.or_conditions]
        if self.and_condition is not None:
            result["AndCondition"] = self.and_condition.to_dict()
        if self.tag_condition is not None:
            result["TagCondition"] = self.tag_condition.to_dict()
        if self.contact_flow_type_condition is not None:
            result["ContactFlowTypeCondition"] = (
                self.contact_flow_type_condition.to_dict()
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactFlowAttributeFilter:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactFlowAttributeFilter")
        return cls(
            or_conditions=(
                None
                if (value := data.get("OrConditions")) is None
                else [
                    ContactFlowAttributeAndCondition.from_dict(
                        v1, path=path + "OrConditions" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "OrConditions")
                    )
                ]
            ),
            and_condition=(
                None
                if (value := data.get("AndCondition")) is None
                else ContactFlowAttributeAndCondition.from_dict(
                    value, path=path + "AndCondition" + "."
                )
            ),
            tag_condition=(
                None
                if (value := data.get("TagCondition")) is None
                else TagCondition.from_dict(value, path=path + "TagCondition" + ".")
            ),
            contact_flow_type_condition=(
                None
                if (value := data.get("ContactFlowTypeCondition")) is None
                else ContactFlowTypeCondition.from_dict(
                    value, path=path + "ContactFlowTypeCondition" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.or_conditions is not None:
            data["OrConditions"] = [v1._to_json() for v1 in self.or_conditions]
        if self.and_condition is not None:
            data["AndCondition"] = self.and_condition._to_json()
        if self.tag_condition is not None:
            data["TagCondition"] = self.tag_condition._to_json()
        if self.contact_flow_type_condition is not None:
            data["ContactFlowTypeCondition"] = (
                self.contact_flow_type_condition._to_json()
            )
        return data


def new_contact_flow_attribute_filter() -> ContactFlowAttributeFilter:
    """Create a :class:`ContactFlowAttributeFilter` with all optional fields omitted."""
    return ContactFlowAttributeFilter()


contact_flow_attribute_filter_or_conditions = _rt.Lens[
    ContactFlowAttributeFilter, list[ContactFlowAttributeAndCondition] | None
](
    lambda s: s.or_conditions,
    lambda s, v: _dc.replace(s, or_conditions=v),
    "contact_flow_attribute_filter_or_conditions",
)
"""Lens on :attr:`ContactFlowAttributeFilter.or_conditions`."""


contact_flow_attribute_filter_and_condition = _rt.Lens[
    ContactFlowAttributeFilter, ContactFlowAttributeAndCondition | None
](
    lambda s: s.and_condition,
    lambda s, v: _dc.replace(s, and_condition=v),
    "contact_flow_attribute_filter_and_condition",
)
"""Lens on :attr:`ContactFlowAttributeFilter.and_condition`."""


contact_flow_attribute_filter_tag_condition = _rt.Lens[
    ContactFlowAttributeFilter, TagCondition | None
](
    lambda s: s.tag_condition,
    lambda s, v: _dc.replace(s, tag_condition=v),
    "contact_flow_attribute_filter_tag_condition",
)
"""Lens on :attr:`ContactFlowAttributeFilter.tag_condition`."""


contact_flow_attribute_filter_contact_flow_type_condition = _rt.Lens[
    ContactFlowAttributeFilter, ContactFlowTypeCondition | None
](
    lambda s: s.contact_flow_type_condition,
    lambda s, v: _dc.replace(s, contact_flow_type_condition=v),
    "contact_flow_attribute_filter_contact_flow_type_condition",
)
"""Lens on :attr:`ContactFlowAttributeFilter.contact_flow_type_condition`."""
