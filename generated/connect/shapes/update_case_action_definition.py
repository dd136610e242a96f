"""The UpdateCaseActionDefinition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.field_value import FieldValue


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateCaseActionDefinition:
    """The ``UpdateCase`` action definition.

    Fields:

    - ``fields``: An array of objects with ``Field ID`` and Value data.
    """

    fields: list[FieldValue] | None
    """An array of objects with ``Field ID`` and Value data."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.fields
        if value is None:
            errors.append(prefix + "fields: required but missing")
        else:
            path = prefix + "fields"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, FieldValue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected FieldValue, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.fields is not None:
            result["Fields"] = [v1.to_dict() for v1 in self.fields]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateCaseActionDefinition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateCaseActionDefinition")
        return cls(
            fields=(
                None
                if (value := data.get("Fields")) is None
                else [
                    FieldValue.from_dict(v1, path=path + "Fields" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Fields"))
                ]
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.fields is not None:
            data["Fields"] = [v1._to_json() for v1 in self.fields]
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> UpdateCaseActionDefinition:
        draft = _UpdateCaseActionDefinitionDraft()
        try:
            draft.fields = (
                None
                if (value := data.get("Fields")) is None
                else [
                    FieldValue._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Fields")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Fields")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _UpdateCaseActionDefinitionDraft:
    """A :class:`UpdateCaseActionDefinition` being decoded (see ``_rt.seal``)."""

    __slots__ = ("fields",)
    fields: list[FieldValue] | None


def new_update_case_action_definition(
    fields: list[FieldValue],
) -> UpdateCaseActionDefinition:
    """Create a :class:`UpdateCaseActionDefinition` with all optional fields omitted."""
    return UpdateCaseActionDefinition(
        fields=fields,
    )


update_case_action_definition_fields = _rt.Lens[
    UpdateCaseActionDefinition, list[FieldValue] | None
](
    lambda s: s.fields,
    lambda s, v: _dc.replace(s, fields=v),
    "update_case_action_definition_fields",
)
"""Lens on :attr:`UpdateCaseActionDefinition.fields`."""
