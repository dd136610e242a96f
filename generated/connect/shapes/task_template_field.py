"""The TaskTemplateField shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.task_template_field_identifier import TaskTemplateFieldIdentifier

_TASK_TEMPLATE_FIELD_TYPE_VALUES = frozenset(
    (
        "NAME",
        "DESCRIPTION",
        "SCHEDULED_TIME",
        "QUICK_CONNECT",
        "URL",
        "NUMBER",
        "TEXT",
        "TEXT_AREA",
        "DATE_TIME",
        "BOOLEAN",
        "SINGLE_SELECT",
        "EMAIL",
        "SELF_ASSIGN",
        "EXPIRY_DURATION",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TaskTemplateField:
    """Describes a single task template field.

    Fields:

    - ``id``: The unique identifier for the field.
    - ``description``: The description of the field.
    - ``type``: Indicates the type of field.
    - ``single_select_options``: A list of options for a single select field.
    """

    id: TaskTemplateFieldIdentifier | None
    """The unique identifier for the field."""

    description: str | None = None
    """The description of the field."""

    type: str | None = None
    """Indicates the type of field."""

    single_select_options: list[str] | None = None
    """A list of options for a single select field."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is None:
            errors.append(prefix + "id: required but missing")
        else:
            path = prefix + "id"
            if isinstance(value, TaskTemplateFieldIdentifier):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TaskTemplateFieldIdentifier, got {type(value).__name__}"
                )
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=1, max_len=255)
        value = self.type
        if value is not None:
            path = prefix + "type"
            _rt.check_str(errors, path, value, enum=_TASK_TEMPLATE_FIELD_TYPE_VALUES)
        value = self.single_select_options
        if value is not None:
            path = prefix + "single_select_options"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id.to_dict()
        if self.description is not None:
            result["Description"] = self.description
        if self.type is not None:
            result["Type"] = self.type
        if self.single_select_options is not None:
            result["SingleSelectOptions"] = list(self.single_select_options)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TaskTemplateField:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TaskTemplateField")
        return cls(
            id=(
                None
                if (value := data.get("Id")) is None
                else TaskTemplateFieldIdentifier.from_dict(
                    value, path=path + "Id" + "."
                )
            ),
            description=data.get("Description"),
            type=data.get("Type"),
            single_select_options=(
                None
                if (value := data.get("SingleSelectOptions")) is None
                else list(_rt.expect_sequence(value, path + "SingleSelectOptions"))
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.id is not None:
            data["Id"] = self.id._to_json()
        if self.description is not None:
            data["Description"] = self.description
        if self.type is not None:
            data["Type"] = self.type
        if self.single_select_options is not None:
            data["SingleSelectOptions"] = self.single_select_options
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> TaskTemplateField:
        draft = _TaskTemplateFieldDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else TaskTemplateFieldIdentifier._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Id")
                    )
                )
            )
            draft.description = (
                None
                if (value := data.get("Description")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "Description")
                )
            )
            draft.type = (
                None
                if (value := data.get("Type")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Type"))
            )
            draft.single_select_options = (
                None
                if (value := data.get("SingleSelectOptions")) is None
                else [
                    (
                        v1
                        if type(v1) is str
                        else _rt.expect_str(v1, "SingleSelectOptions")
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "SingleSelectOptions")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _TaskTemplateFieldDraft:
    """A :class:`TaskTemplateField` being decoded (see ``_rt.seal``)."""

    __slots__ = ("id", "description", "type", "single_select_options")
    id: TaskTemplateFieldIdentifier | None
    description: str | None
    type: str | None
    single_select_options: list[str] | None


def new_task_template_field(
    id: TaskTemplateFieldIdentifier,
) -> TaskTemplateField:
    """Create a :class:`TaskTemplateField` with all optional fields omitted."""
    return TaskTemplateField(
        id=id,
    )


task_template_field_id = _rt.Lens[
    TaskTemplateField, TaskTemplateFieldIdentifier | None
](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "task_template_field_id",
)
"""Lens on :attr:`TaskTemplateField.id`."""


task_template_field_description = _rt.Lens[TaskTemplateField, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "task_template_field_description",
)
"""Lens on :attr:`TaskTemplateField.description`."""


task_template_field_type = _rt.Lens[TaskTemplateField, str | None](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "task_template_field_type",
)
"""Lens on :attr:`TaskTemplateField.type`."""


task_template_field_single_select_options = _rt.Lens[
    TaskTemplateField, list[str] | None
](
    lambda s: s.single_select_options,
    lambda s, v: _dc.replace(s, single_select_options=v),
    "task_template_field_single_select_options",
)
"""Lens on :attr:`TaskTemplateField.single_select_options`."""
