"""The AgentStatusSearchCriteria shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.string_condition import StringCondition


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AgentStatusSearchCriteria:
    """The search criteria to be used to return agent statuses.

    Fields:

    - ``or_conditions``: A list of conditions which would be applied together with an ``OR`` condition.
    - ``and_conditions``: A leaf node condition which can be used to specify a string condition.
    - ``string_condition``: A leaf node condition which can be used to specify a string condition.
    """

    or_conditions: list[AgentStatusSearchCriteria] | None = None
    """A list of conditions which would be applied together with an ``OR``
    condition.
    """

    and_conditions: list[AgentStatusSearchCriteria] | None = None
    """A leaf node condition which can be used to specify a string condition.

    .. note::

       The currently supported values for ``FieldName`` are ``name``,
       ``description``, ``state``, ``type``, ``displayOrder``, and
       ``resourceID``.
    """

    string_condition: StringCondition | None = None
    """A leaf node condition which can be used to specify a string condition.

    .. note::

       The currently supported values for ``FieldName`` are ``name``,
       ``description``, ``state``, ``type``, ``displayOrder``, and
       ``resourceID``.
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
                        if isinstance(v1, AgentStatusSearchCriteria):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected AgentStatusSearchCriteria, got {type(v1).__name__}"
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
                        if isinstance(v1, AgentStatusSearchCriteria):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected AgentStatusSearchCriteria, got {type(v1).__name__}"
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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.or_conditions is not None:
            result["OrConditions"] = [v1.to_dict() for v1 in self.or_conditions]
        if self.and_conditions is not None:
            result["AndConditions"] = [v1.to_dict() for v1 in self.and_conditions]
        if self.string_condition is not None:
            result["StringCondition"] = self.string_condition.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AgentStatusSearchCriteria:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AgentStatusSearchCriteria")
        return cls(
            or_conditions=(
                None
                if (value := data.get("OrConditions")) is None
                else [
                    AgentStatusSearchCriteria.from_dict(
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
                    AgentStatusSearchCriteria.from_dict(
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
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.or_conditions is not None:
            data["OrConditions"] = [v1._to_json() for v1 in self.or_conditions]
        if self.and_conditions is not None:
            data["AndConditions"] = [v1._to_json() for v1 in self.and_conditions]
        if self.string_condition is not None:
            data["StringCondition"] = self.string_condition._to_json()
        return data


def new_agent_status_search_criteria() -> AgentStatusSearchCriteria:
    """Create a :class:`AgentStatusSearchCriteria` with all optional fields omitted."""
    return AgentStatusSearchCriteria()


agent_status_search_criteria_or_conditions = _rt.Lens[
    AgentStatusSearchCriteria, list[AgentStatusSearchCriteria] | None
](
    lambda s: s.or_conditions,
    lambda s, v: _dc.replace(s, or_conditions=v),
    "agent_status_search_criteria_or_conditions",
)
"""Lens on :attr:`AgentStatusSearchCriteria.or_conditions`."""


agent_status_search_criteria_and_conditions = _rt.Lens[
    AgentStatusSearchCriteria, list[AgentStatusSearchCriteria] | None
](
    lambda s: s.and_conditions,
    lambda s, v: _dc.replace(s, and_conditions=v),
    "agent_status_search_criteria_and_conditions",
)
"""Lens on :attr:`AgentStatusSearchCriteria.and_conditions`."""


agent_status_search_criteria_string_condition = _rt.Lens[
    AgentStatusSearchCriteria, StringCondition | None
](
    lambda s: s.string_condition,
    lambda s, v: _dc.replace(s, string_condition=v),
    "agent_status_search_criteria_string_condition",
)
"""Lens on :attr:`AgentStatusSearchCriteria.string_condition`."""
