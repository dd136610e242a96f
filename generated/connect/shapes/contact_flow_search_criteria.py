"""The ContactFlowSearchCriteria shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.string_condition import StringCondition

_CONTACT_FLOW_TYPE_VALUES = frozenset(
    (
        "CONTACT_FLOW",
        "CUSTOMER_QUEUE",
        "CUSTOMER_HOLD",
        "CUSTOMER_WHISPER",
        "AGENT_HOLD",
        "AGENT_WHISPER",
        "OUTBOUND_WHISPER",
        "AGENT_TRANSFER",
        "QUEUE_TRANSFER",
        "CAMPAIGN",
    )
)
_CONTACT_FLOW_STATE_VALUES = frozenset(
    (
        "ACTIVE",
        "ARCHIVED",
    )
)
_CONTACT_FLOW_STATUS_VALUES = frozenset(
    (
        "PUBLISHED",
        "SAVED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactFlowSearchCriteria:
    """The search criteria to be used to return flows.

    Fields:

    - ``or_conditions``: A list of conditions which would be applied together with an ``OR`` condition.
    - ``and_conditions``: A list of conditions which would be applied together with an ``AND`` condition.
    - ``string_condition``: A leaf node condition which can be used to specify a string condition.
    - ``type_condition``: The type of flow.
    - ``state_condition``: The state of the flow.
    - ``status_condition``: The status of the flow.
    """

    or_conditions: list[ContactFlowSearchCriteria] | None = None
    """A list of conditions which would be applied together with an ``OR``
    condition.
    """

    and_conditions: list[ContactFlowSearchCriteria] | None = None
    """A list of conditions which would be applied together with an ``AND``
    condition.
    """

    string_condition: StringCondition | None = None
    """A leaf node condition which can be used to specify a string condition."""

    type_condition: str | None = None
    """The type of flow."""

    state_condition: str | None = None
    """The state of the flow."""

    status_condition: str | None = None
    """The status of the flow."""

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
                        if isinstance(v1, ContactFlowSearchCriteria):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ContactFlowSearchCriteria, got {type(v1).__name__}"
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
                        if isinstance(v1, ContactFlowSearchCriteria):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ContactFlowSearchCriteria, got {type(v1).__name__}"
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
        value = self.type_condition
        if value is not None:
            path = prefix + "type_condition"
            _rt.check_str(errors, path, value, enum=_CONTACT_FLOW_TYPE_VALUES)
        value = self.state_condition
        if value is not None:
            path = prefix + "state_condition"
            _rt.check_str(errors, path, value, enum=_CONTACT_FLOW_STATE_VALUES)
        value = self.status_condition
        if value is not None:
            path = prefix + "status_condition"
            _rt.check_str(errors, path, value, enum=_CONTACT_FLOW_STATUS_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.or_conditions is not None:
            result["OrConditions"] = [v1.to_dict() for v1 in self.or_conditions]
        if self.and_conditions is not None:
            result["AndConditions"] = [v1.to_dict() for v1 in self.and_conditions]
        if self.string_condition is not None:
            result["StringCondition"] = self.string_condition.to_dict()
        if self.type_condition is not None:
            result["TypeCondition"] = self.type_condition
        if self.state_condition is not None:
            result["StateCondition"] = self.state_condition
        if self.status_condition is not None:
            result["StatusCondition"] = self.status_condition
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactFlowSearchCriteria:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactFlowSearchCriteria")
        return cls(
            or_conditions=(
                None
                if (value := data.get("OrConditions")) is None
                else [
                    ContactFlowSearchCriteria.from_dict(
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
                    ContactFlowSearchCriteria.from_dict(
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
            type_condition=data.get("TypeCondition"),
            state_condition=data.get("StateCondition"),
            status_condition=data.get("StatusCondition"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.or_conditions is not None:
            data["OrConditions"] = [v1._to_json() for v1 in self.or_conditions]
        if self.and_conditions is not None:
            data["AndConditions"] = [v1._to_json() for v1 in self.and_conditions]
        if self.string_condition is not None:
            data["StringCondition"] = self.string_condition._to_json()
        if self.type_condition is not None:
            data["TypeCondition"] = self.type_condition
        if self.state_condition is not None:
            data["StateCondition"] = self.state_condition
        if self.status_condition is not None:
            data["StatusCondition"] = self.status_condition
        return data


def new_contact_flow_search_criteria() -> ContactFlowSearchCriteria:
    """Create a :class:`ContactFlowSearchCriteria` with all optional fields omitted."""
    return ContactFlowSearchCriteria()


contact_flow_search_criteria_or_conditions = _rt.Lens[
    ContactFlowSearchCriteria, list[ContactFlowSearchCriteria] | None
](
    lambda s: s.or_conditions,
    lambda s, v: _dc.replace(s, or_conditions=v),
    "contact_flow_search_criteria_or_conditions",
)
"""Lens on :attr:`ContactFlowSearchCriteria.or_conditions`."""


contact_flow_search_criteria_and_conditions = _rt.Lens[
    ContactFlowSearchCriteria, list[ContactFlowSearchCriteria] | None
](
    lambda s: s.and_conditions,
    lambda s, v: _dc.replace(s, and_conditions=v),
    "contact_flow_search_criteria_and_conditions",
)
"""Lens on :attr:`ContactFlowSearchCriteria.and_conditions`."""


contact_flow_search_criteria_string_condition = _rt.Lens[
    ContactFlowSearchCriteria, StringCondition | None
](
    lambda s: s.string_condition,
    lambda s, v: _dc.replace(s, string_condition=v),
    "contact_flow_search_criteria_string_condition",
)
"""Lens on :attr:`ContactFlowSearchCriteria.string_condition`."""


contact_flow_search_criteria_type_condition = _rt.Lens[
    ContactFlowSearchCriteria, str | None
](
    lambda s: s.type_condition,
    lambda s, v: _dc.replace(s, type_condition=v),
    "contact_flow_search_criteria_type_condition",
)
"""Lens on :attr:`ContactFlowSearchCriteria.type_condition`."""


contact_flow_search_criteria_state_condition = _rt.Lens[
    ContactFlowSearchCriteria, str | None
](
    lambda s: s.state_condition,
    lambda s, v: _dc.replace(s, state_condition=v),
    "contact_flow_search_criteria_state_condition",
)
"""Lens on :attr:`ContactFlowSearchCriteria.state_condition`."""


contact_flow_search_criteria_status_condition = _rt.Lens[
    ContactFlowSearchCriteria, str | None
](
    lambda s: s.status_condition,
    lambda s, v: _dc.replace(s, status_condition=v),
    "contact_flow_search_criteria_status_condition",
)
"""Lens on :attr:`ContactFlowSearchCriteria.status_condition`."""
