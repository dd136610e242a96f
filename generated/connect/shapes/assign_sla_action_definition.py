"""The AssignSlaActionDefinition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.case_sla_configuration import CaseSlaConfiguration

_SLA_ASSIGNMENT_TYPE_VALUES = frozenset(("CASES",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssignSlaActionDefinition:
    """The AssignSla action definition.

    Fields:

    - ``sla_assignment_type``: Type of SLA assignment.
    - ``case_sla_configuration``: The SLA configuration for Case SLA Assignment.
    """

    sla_assignment_type: str | None
    """Type of SLA assignment."""

    case_sla_configuration: CaseSlaConfiguration | None = None
    """The SLA configuration for Case SLA Assignment."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.sla_assignment_type
        if value is None:
            errors.append(prefix + "sla_assignment_type: required but missing")
        else:
            path = prefix + "sla_assignment_type"
            _rt.check_str(errors, path, value, enum=_SLA_ASSIGNMENT_TYPE_VALUES)
        value = self.case_sla_configuration
        if value is not None:
            path = prefix + "case_sla_configuration"
            if isinstance(value, CaseSlaConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected CaseSlaConfiguration, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sla_assignment_type is not None:
            result["SlaAssignmentType"] = self.sla_assignment_type
        if self.case_sla_configuration is not None:
            result["CaseSlaConfiguration"] = self.case_sla_configuration.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssignSlaActionDefinition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssignSlaActionDefinition")
        return cls(
            sla_assignment_type=data.get("SlaAssignmentType"),
            case_sla_configuration=(
                None
                if (value := data.get("CaseSlaConfiguration")) is None
                else CaseSlaConfiguration.from_dict(
                    value, path=path + "CaseSlaConfiguration" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.sla_assignment_type is not None:
            data["SlaAssignmentType"] = self.sla_assignment_type
        if self.case_sla_configuration is not None:
            data["CaseSlaConfiguration"] = self.case_sla_configuration._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AssignSlaActionDefinition:
        draft = _AssignSlaActionDefinitionDraft()
        try:
            draft.sla_assignment_type = (
                None
                if (value := data.get("SlaAssignmentType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "SlaAssignmentType")
                )
            )
            draft.case_sla_configuration = (
                None
                if (value := data.get("CaseSlaConfiguration")) is None
                else CaseSlaConfiguration._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "CaseSlaConfiguration")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AssignSlaActionDefinitionDraft:
    """A :class:`AssignSlaActionDefinition` being decoded (see ``_rt.seal``)."""

    __slots__ = ("sla_assignment_type", "case_sla_configuration")
    sla_assignment_type: str | None
    case_sla_configuration: CaseSlaConfiguration | None


def new_assign_sla_action_definition(
    sla_assignment_type: str,
) -> AssignSlaActionDefinition:
    """Create a :class:`AssignSlaActionDefinition` with all optional fields omitted."""
    return AssignSlaActionDefinition(
        sla_assignment_type=sla_assignment_type,
    )


assign_sla_action_definition_sla_assignment_type = _rt.Lens[
    AssignSlaActionDefinition, str | None
](
    lambda s: s.sla_assignment_type,
    lambda s, v: _dc.replace(s, sla_assignment_type=v),
    "assign_sla_action_definition_sla_assignment_type",
)
"""Lens on :attr:`AssignSlaActionDefinition.sla_assignment_type`."""


assign_sla_action_definition_case_sla_configuration = _rt.Lens[
    AssignSlaActionDefinition, CaseSlaConfiguration | None
](
    lambda s: s.case_sla_configuration,
    lambda s, v: _dc.replace(s, case_sla_configuration=v),
    "assign_sla_action_definition_case_sla_configuration",
)
"""Lens on :attr:`AssignSlaActionDefinition.case_sla_configuration`."""
