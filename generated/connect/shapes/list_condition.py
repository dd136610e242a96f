"""The ListCondition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.condition import Condition

_TARGET_LIST_TYPE_VALUES = frozenset(("PROFICIENCIES",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListCondition:
    """A leaf node condition which can be used to specify a List condition to
    search users with attributes included in Lists like Proficiencies.

    Fields:

    - ``target_list_type``: The type of target list that will be used to filter the users.
    - ``conditions``: A list of Condition objects which would be applied together with an AND condition.
    """

    target_list_type: str | None = None
    """The type of target list that will be used to filter the users."""

    conditions: list[Condition] | None = None
    """A list of Condition objects which would be applied together with an AND
    condition.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.target_list_type
        if value is not None:
            path = prefix + "target_list_type"
            _rt.check_str(errors, path, value, enum=_TARGET_LIST_TYPE_VALUES)
        value = self.conditions
        if value is not None:
            path = prefix + "conditions"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Condition):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Condition, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.target_list_type is not None:
            result["TargetListType"] = self.target_list_type
        if self.conditions is not None:
            result["Conditions"] = [v1.to_dict() for v1 in self.conditions]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListCondition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListCondition")
        return cls(
            target_list_type=data.get("TargetListType"),
            conditions=(
                None
                if (value := data.get("Conditions")) is None
                else [
                    Condition.from_dict(v1, path=path + "Conditions" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Conditions")
                    )
                ]
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.target_list_type is not None:
            data["TargetListType"] = self.target_list_type
        if self.conditions is not None:
            data["Conditions"] = [v1._to_json() for v1 in self.conditions]
        return data


def new_list_condition() -> ListCondition:
    """Create a :class:`ListCondition` with all optional fields omitted."""
    return ListCondition()


list_condition_target_list_type = _rt.Lens[ListCondition, str | None](
    lambda s: s.target_list_type,
    lambda s, v: _dc.replace(s, target_list_type=v),
    "list_condition_target_list_type",
)
"""Lens on :attr:`ListCondition.target_list_type`."""


list_condition_conditions = _rt.Lens[ListCondition, list[Condition] | None](
    lambda s: s.conditions,
    lambda s, v: _dc.replace(s, conditions=v),
    "list_condition_conditions",
)
"""Lens on :attr:`ListCondition.conditions`."""
