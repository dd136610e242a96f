"""The CaseSlaConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.field_value_union import FieldValueUnion

_PATTERN_1 = _rt.Pattern(
    "^.*[\\S]$",
    "(?a)^[^\\n\\r\\x85\\u2028\\u2029]*[\\S](?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_SLA_TYPE_VALUES = frozenset(("CaseField",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CaseSlaConfiguration:
    """The SLA configuration for Case SlaAssignmentType.

    Fields:

    - ``name``: Name of an SLA.
    - ``type``: Type of SLA for Case SlaAssignmentType.
    - ``target_sla_minutes``: Target duration in minutes within which an SLA should be completed.
    - ``field_id``: Unique identifier of a Case field.
    - ``target_field_values``: Represents a list of target field values for the fieldId specified in CaseSlaConfiguration.
    """

    name: str | None
    """Name of an SLA."""

    type: str | None
    """Type of SLA for Case SlaAssignmentType."""

    target_sla_minutes: int | None
    """Target duration in minutes within which an SLA should be completed."""

    field_id: str | None = None
    """Unique identifier of a Case field."""

    target_field_values: list[FieldValueUnion] | None = None
    """Represents a list of target field values for the fieldId specified in
    CaseSlaConfiguration. The SLA is considered met if any one of these
    target field values matches the actual field value.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=500, pattern=_PATTERN_1
            )
        value = self.type
        if value is None:
            errors.append(prefix + "type: required but missing")
        else:
            path = prefix + "type"
            _rt.check_str(errors, path, value, enum=_SLA_TYPE_VALUES)
        value = self.target_sla_minutes
        if value is None:
            errors.append(prefix + "target_sla_minutes: required but missing")
        else:
            path = prefix + "target_sla_minutes"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=1051200)
        value = self.field_id
        if value is not None:
            path = prefix + "field_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.target_field_values
        if value is not None:
            path = prefix + "target_field_values"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 1)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, FieldValueUnion):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected FieldValueUnion, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.type is not None:
            result["Type"] = self.type
        if self.target_sla_minutes is not None:
            result["TargetSlaMinutes"] = self.target_sla_minutes
        if self.field_id is not None:
            result["FieldId"] = self.field_id
        if self.target_field_values is not None:
            result["TargetFieldValues"] = [
                v1.to_dict() for v1 in self.target_field_values
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CaseSlaConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CaseSlaConfiguration")
        return cls(
            name=data.get("Name"),
            type=data.get("Type"),
            target_sla_minutes=data.get("TargetSlaMinutes"),
            field_id=data.get("FieldId"),
            target_field_values=(
                None
                if (value := data.get("TargetFieldValues")) is None
                else [
                    FieldValueUnion.from_dict(
                        v1, path=path + "TargetFieldValues" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "TargetFieldValues")
                    )
                ]
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.name is not None:
            data["Name"] = self.name
        if self.type is not None:
            data["Type"] = self.type
        if self.target_sla_minutes is not None:
            data["TargetSlaMinutes"] = self.target_sla_minutes
        if self.field_id is not None:
            data["FieldId"] = self.field_id
        if self.target_field_values is not None:
            data["TargetFieldValues"] = [
                v1._to_json() for v1 in self.target_field_values
            ]
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> CaseSlaConfiguration:
        draft = _CaseSlaConfigurationDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.type = (
                None
                if (value := data.get("Type")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Type"))
            )
            draft.target_sla_minutes = (
                None
                if (value := data.get("TargetSlaMinutes")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "TargetSlaMinutes")
                )
            )
            draft.field_id = (
                None
                if (value := data.get("FieldId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "FieldId"))
            )
            draft.target_field_values = (
                None
                if (value := data.get("TargetFieldValues")) is None
                else [
                    FieldValueUnion._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "TargetFieldValues")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "TargetFieldValues")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _CaseSlaConfigurationDraft:
    """A :class:`CaseSlaConfiguration` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "name",
        "type",
        "target_sla_minutes",
        "field_id",
        "target_field_values",
    )
    name: str | None
    type: str | None
    target_sla_minutes: int | None
    field_id: str | None
    target_field_values: list[FieldValueUnion] | None


def new_case_sla_configuration(
    name: str,
    type: str,
    target_sla_minutes: int,
) -> CaseSlaConfiguration:
    """Create a :class:`CaseSlaConfiguration` with all optional fields omitted."""
    return CaseSlaConfiguration(
        name=name,
        type=type,
        target_sla_minutes=target_sla_minutes,
    )


case_sla_configuration_name = _rt.Lens[CaseSlaConfiguration, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "case_sla_configuration_name",
)
"""Lens on :attr:`CaseSlaConfiguration.name`."""


case_sla_configuration_type = _rt.Lens[CaseSlaConfiguration, str | None](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "case_sla_configuration_type",
)
"""Lens on :attr:`CaseSlaConfiguration.type`."""


case_sla_configuration_target_sla_minutes = _rt.Lens[CaseSlaConfiguration, int | None](
    lambda s: s.target_sla_minutes,
    lambda s, v: _dc.replace(s, target_sla_minutes=v),
    "case_sla_configuration_target_sla_minutes",
)
"""Lens on :attr:`CaseSlaConfiguration.target_sla_minutes`."""


case_sla_configuration_field_id = _rt.Lens[CaseSlaConfiguration, str | None](
    lambda s: s.field_id,
    lambda s, v: _dc.replace(s, field_id=v),
    "case_sla_configuration_field_id",
)
"""Lens on :attr:`CaseSlaConfiguration.field_id`."""


case_sla_configuration_target_field_values = _rt.Lens[
    CaseSlaConfiguration, list[FieldValueUnion] | None
](
    lambda s: s.target_field_values,
    lambda s, v: _dc.replace(s, target_field_values=v),
    "case_sla_configuration_target_field_values",
)
"""Lens on :attr:`CaseSlaConfiguration.target_field_values`."""
