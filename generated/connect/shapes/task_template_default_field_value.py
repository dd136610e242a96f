"""The TaskTemplateDefaultFieldValue shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.task_template_field_identifier import TaskTemplateFieldIdentifier


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TaskTemplateDefaultFieldValue:
    """Describes a default field and its corresponding value.

    Fields:

    - ``id``: Identifier of a field.
    - ``default_value``: Default value for the field.
    """

    id: TaskTemplateFieldIdentifier | None = None
    """Identifier of a field."""

    default_value: str | None = None
    """Default value for the field."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is not None:
            path = prefix + "id"
            if isinstance(value, TaskTemplateFieldIdentifier):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TaskTemplateFieldIdentifier, got {type(value).__name__}"
                )
        value = self.default_value
        if value is not None:
            path = prefix + "default_value"
            _rt.check_str(errors, path, value, min_len=0, max_len=4096)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id.to_dict()
        if self.default_value is not None:
            result["DefaultValue"] = self.default_value
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TaskTemplateDefaultFieldValue:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TaskTemplateDefaultFieldValue")
        return cls(
            id=(
                None
                if (value := data.get("Id")) is None
                else TaskTemplateFieldIdentifier.from_dict(
                    value, path=path + "Id" + "."
                )
            ),
            default_value=data.get("DefaultValue"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.id is not None:
            data["Id"] = self.id._to_json()
        if self.default_value is not None:
            data["DefaultValue"] = self.default_value
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> TaskTemplateDefaultFieldValue:
        draft = _TaskTemplateDefaultFieldValueDraft()
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
            draft.default_value = (
                None
                if (value := data.get("DefaultValue")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DefaultValue")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _TaskTemplateDefaultFieldValueDraft:
    """A :class:`TaskTemplateDefaultFieldValue` being decoded (see ``_rt.seal``)."""

    __slots__ = ("id", "default_value")
    id: TaskTemplateFieldIdentifier | None
    default_value: str | None


def new_task_template_default_field_value() -> TaskTemplateDefaultFieldValue:
    """Create a :class:`TaskTemplateDefaultFieldValue` with all optional fields omitted."""
    return TaskTemplateDefaultFieldValue()


task_template_default_field_value_id = _rt.Lens[
    TaskTemplateDefaultFieldValue, TaskTemplateFieldIdentifier | None
](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "task_template_default_field_value_id",
)
"""Lens on :attr:`TaskTemplateDefaultFieldValue.id`."""


task_template_default_field_value_default_value = _rt.Lens[
    TaskTemplateDefaultFieldValue, str | None
](
    lambda s: s.default_value,
    lambda s, v: _dc.replace(s, default_value=v),
    "task_template_default_field_value_default_value",
)
"""Lens on :attr:`TaskTemplateDefaultFieldValue.default_value`."""
