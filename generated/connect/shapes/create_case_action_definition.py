"""The CreateCaseActionDefinition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.field_value import FieldValue


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateCaseActionDefinition:
    """The ``CreateCase`` action definition.

    Fields:

    - ``fields``: An array of objects with ``Field ID`` and ``Value`` data.
    - ``template_id``: A unique identifier of a template.
    """

    fields: list[FieldValue] | None
    """An array of objects with ``Field ID`` and ``Value`` data."""

    template_id: str | None
    """A unique identifier of a template."""

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
        value = self.template_id
        if value is None:
            errors.append(prefix + "template_id: required but missing")
        else:
            path = prefix + "template_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.fields is not None:
            result["Fields"] = [v1.to_dict() for v1 in self.fields]
        if self.template_id is not None:
            result["TemplateId"] = self.template_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateCaseActionDefinition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreateCaseActionDefinition")
        return cls(
            fields=(
                None
                if (value := data.get("Fields")) is None
                else [
                    FieldValue.from_dict(v1, path=path + "Fields" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Fields"))
                ]
            ),
            template_id=data.get("TemplateId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.fields is not None:
            data["Fields"] = [v1._to_json() for v1 in self.fields]
        if self.template_id is not None:
            data["TemplateId"] = self.template_id
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> CreateCaseActionDefinition:
        draft = _CreateCaseActionDefinitionDraft()
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
            draft.template_id = (
                None
                if (value := data.get("TemplateId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "TemplateId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _CreateCaseActionDefinitionDraft:
    """A :class:`CreateCaseActionDefinition` being decoded (see ``_rt.seal``)."""

    __slots__ = ("fields", "template_id")
    fields: list[FieldValue] | None
    template_id: str | None


def new_create_case_action_definition(
    fields: list[FieldValue],
    template_id: str,
) -> CreateCaseActionDefinition:
    """Create a :class:`CreateCaseActionDefinition` with all optional fields omitted."""
    return CreateCaseActionDefinition(
        fields=fields,
        template_id=template_id,
    )


create_case_action_definition_fields = _rt.Lens[
    CreateCaseActionDefinition, list[FieldValue] | None
](
    lambda s: s.fields,
    lambda s, v: _dc.replace(s, fields=v),
    "create_case_action_definition_fields",
)
"""Lens on :attr:`CreateCaseActionDefinition.fields`."""


create_case_action_definition_template_id = _rt.Lens[
    CreateCaseActionDefinition, str | None
](
    lambda s: s.template_id,
    lambda s, v: _dc.replace(s, template_id=v),
    "create_case_action_definition_template_id",
)
"""Lens on :attr:`CreateCaseActionDefinition.template_id`."""
