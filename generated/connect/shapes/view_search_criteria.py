"""The ViewSearchCriteria shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.string_condition import StringCondition

_VIEW_TYPE_VALUES = frozenset(
    (
        "CUSTOMER_MANAGED",
        "AWS_MANAGED",
    )
)
_VIEW_STATUS_VALUES = frozenset(
    (
        "PUBLISHED",
        "SAVED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ViewSearchCriteria:
    """Defines the search criteria for filtering views.

    Fields:

    - ``or_conditions``: A list of conditions to be met, where at least one condition must be satisfied.
    - ``and_conditions``: A list of conditions that must all be satisfied.
    - ``string_condition``: A leaf node condition which can be used to specify a string condition.
    - ``view_type_condition``: A condition that filters views by their type.
    - ``view_status_condition``: A condition that filters views by their status.
    """

    or_conditions: list[ViewSearchCriteria] | None = None
    """A list of conditions to be met, where at least one condition must be
    satisfied.
    """

    and_conditions: list[ViewSearchCriteria] | None = None
    """A list of conditions that must all be satisfied."""

    string_condition: StringCondition | None = None
    """A leaf node condition which can be used to specify a string condition."""

    view_type_condition: str | None = None
    """A condition that filters views by their type."""

    view_status_condition: str | None = None
    """A condition that filters views by their status."""

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
                        if isinstance(v1, ViewSearchCriteria):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ViewSearchCriteria, got {type(v1).__name__}"
                            )
        value = self.and_conditions
        if value is not None:
            path = prefix + "and_conditions"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ViewSearchCriteria):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ViewSearchCriteria, got {type(v1).__name__}"
                            )
        value = self.string_condition
        if value is not None:
            path = prefix + "string_condition"
            if isinstance(value, StringCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected StringCondition, got {type(value).__name__}"
                )
        value = self.view_type_condition
        if value is not None:
            path = prefix + "view_type_condition"
            _rt.check_str(errors, path, value, enum=_VIEW_TYPE_VALUES)
        value = self.view_status_condition
        if value is not None:
            path = prefix + "view_status_condition"
            _rt.check_str(errors, path, value, enum=_VIEW_STATUS_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.or_conditions is not None:
            result["OrConditions"] = [v1.to_dict() for v1 in self.or_conditions]
        if self.and_conditions is not None:
            result["AndConditions"] = [v1.to_dict() for v1 in self.and_conditions]
        if self.string_condition is not None:
            result["StringCondition"] = self.string_condition.to_dict()
        if self.view_type_condition is not None:
            result["ViewTypeCondition"] = self.view_type_condition
        if self.view_status_condition is not None:
            result["ViewStatusCondition"] = self.view_status_condition
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ViewSearchCriteria:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ViewSearchCriteria")
        return cls(
            or_conditions=(
                None
                if (value := data.get("OrConditions")) is None
                else [
                    ViewSearchCriteria.from_dict(
                        v1, path=path + "OrConditions" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "OrConditions")
                    )
                ]
            ),
            and_conditions=(
                None
                if (value := data.get("AndConditions")) is None
                else [
                    ViewSearchCriteria.from_dict(
                        v1, path=path + "AndConditions" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "AndConditions")
                    )
                ]
            ),
            string_condition=(
                None
                if (value := data.get("StringCondition")) is None
                else StringCondition.from_dict(
                    value, path=path + "StringCondition" + "."
                )
            ),
            view_type_condition=data.get("ViewTypeCondition"),
            view_status_condition=data.get("ViewStatusCondition"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.or_conditions is not None:
            data["OrConditions"] = [v1._to_json() for v1 in self.or_conditions]
        if self.and_conditions is not None:
            data["AndConditions"] = [v1._to_json() for v1 in self.and_conditions]
        if self.string_condition is not None:
            data["StringCondition"] = self.string_condition._to_json()
        if self.view_type_condition is not None:
            data["ViewTypeCondition"] = self.view_type_condition
        if self.view_status_condition is not None:
            data["ViewStatusCondition"] = self.view_status_condition
        return data


def new_view_search_criteria() -> ViewSearchCriteria:
    """Create a :class:`ViewSearchCriteria` with all optional fields omitted."""
    return ViewSearchCriteria()


view_search_criteria_or_conditions = _rt.Lens[
    ViewSearchCriteria, list[ViewSearchCriteria] | None
](
    lambda s: s.or_conditions,
    lambda s, v: _dc.replace(s, or_conditions=v),
    "view_search_criteria_or_conditions",
)
"""Lens on :attr:`ViewSearchCriteria.or_conditions`."""


view_search_criteria_and_conditions = _rt.Lens[
    ViewSearchCriteria, list[ViewSearchCriteria] | None
](
    lambda s: s.and_conditions,
    lambda s, v: _dc.replace(s, and_conditions=v),
    "view_search_criteria_and_conditions",
)
"""Lens on :attr:`ViewSearchCriteria.and_conditions`."""


view_search_criteria_string_condition = _rt.Lens[
    ViewSearchCriteria, StringCondition | None
](
    lambda s: s.string_condition,
    lambda s, v: _dc.replace(s, string_condition=v),
    "view_search_criteria_string_condition",
)
"""Lens on :attr:`ViewSearchCriteria.string_condition`."""


view_search_criteria_view_type_condition = _rt.Lens[ViewSearchCriteria, str | None](
    lambda s: s.view_type_condition,
    lambda s, v: _dc.replace(s, view_type_condition=v),
    "view_search_criteria_view_type_condition",
)
"""Lens on :attr:`ViewSearchCriteria.view_type_condition`."""


view_search_criteria_view_status_condition = _rt.Lens[ViewSearchCriteria, str | None](
    lambda s: s.view_status_condition,
    lambda s, v: _dc.replace(s, view_status_condition=v),
    "view_search_criteria_view_status_condition",
)
"""Lens on :attr:`ViewSearchCriteria.view_status_condition`."""
