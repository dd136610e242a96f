"""The ControlPlaneAttributeFilter shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.common_attribute_and_condition import CommonAttributeAndCondition
from ..shapes.tag_condition import TagCondition


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ControlPlaneAttributeFilter:
    """An object that can be used to specify Tag conditions inside the
    ``SearchFilter``. This accepts an ``OR`` or ``AND`` (List of List) input
    where:

    - The top level list specifies conditions that need to be applied with
      ``OR`` operator.
    - The inner list specifies conditions that need to be applied with
      ``AND`` operator.

    Fields:

    - ``or_conditions``: A list of conditions which would be applied together with an ``OR`` condition.
    - ``and_condition``: A list of conditions which would be applied together with an ``AND`` condition.
    - ``tag_condition``: A leaf node condition which can be used to specify a tag condition, for example, ``HAVE BPO = 123``.
    """

    or_conditions: list[CommonAttributeAndCondition] | None = None
    """A list of conditions which would be applied together with an ``OR``
    condition.
    """

    and_condition: CommonAttributeAndCondition | None = None
    """A list of conditions which would be applied together with an ``AND``
    condition.
    """

    tag_condition: TagCondition | None = None
    """A leaf node condition which can be used to specify a tag condition, for
    example, ``HAVE BPO = 123``.
    """

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
                        if isinstance(v1, CommonAttributeAndCondition):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected CommonAttributeAndCondition, got {type(v1).__name__}"
                            )
        value = self.and_condition
        if value is not None:
            path = prefix + "and_condition"
            if isinstance(value, CommonAttributeAndCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected CommonAttributeAndCondition, got {type(value).__name__}"
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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.or_conditions is not None:
            result["OrConditions"] = [v1.to_dict() for v1 in self.or_conditions]
        if self.and_condition is not None:
            result["AndCondition"] = self.and_condition.to_dict()
        if self.tag_condition is not None:
            result["TagCondition"] = self.tag_condition.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ControlPlaneAttributeFilter:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ControlPlaneAttributeFilter")
        return cls(
            or_conditions=(
                None
                if (value := data.get("OrConditions")) is None
                else [
                    CommonAttributeAndCondition.from_dict(
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
                else CommonAttributeAndCondition.from_dict(
                    value, path=path + "AndCondition" + "."
                )
            ),
            tag_condition=(
                None
                if (value := data.get("TagCondition")) is None
                else TagCondition.from_dict(value, path=path + "TagCondition" + ".")
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
        return data


def new_control_plane_attribute_filter() -> ControlPlaneAttributeFilter:
    """Create a :class:`ControlPlaneAttributeFilter` with all optional fields omitted."""
    return ControlPlaneAttributeFilter()


control_plane_attribute_filter_or_conditions = _rt.Lens[
    ControlPlaneAttributeFilter, list[CommonAttributeAndCondition] | None
](
    lambda s: s.or_conditions,
    lambda s, v: _dc.replace(s, or_conditions=v),
    "control_plane_attribute_filter_or_conditions",
)
"""Lens on :attr:`ControlPlaneAttributeFilter.or_conditions`."""


control_plane_attribute_filter_and_condition = _rt.Lens[
    ControlPlaneAttributeFilter, CommonAttributeAndCondition | None
](
    lambda s: s.and_condition,
    lambda s, v: _dc.replace(s, and_condition=v),
    "control_plane_attribute_filter_and_condition",
)
"""Lens on :attr:`ControlPlaneAttributeFilter.and_condition`."""


control_plane_attribute_filter_tag_condition = _rt.Lens[
    ControlPlaneAttributeFilter, TagCondition | None
](
    lambda s: s.tag_condition,
    lambda s, v: _dc.replace(s, tag_condition=v),
    "control_plane_attribute_filter_tag_condition",
)
"""Lens on :attr:`ControlPlaneAttributeFilter.tag_condition`."""
