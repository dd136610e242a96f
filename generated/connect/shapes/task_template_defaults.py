"""The TaskTemplateDefaults shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.task_template_default_field_value import TaskTemplateDefaultFieldValue


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TaskTemplateDefaults:
    """Describes default values for fields on a template.

    Fields:

    - ``default_field_values``: Default value for the field.
    """

    default_field_values: list[TaskTemplateDefaultFieldValue] | None = None
    """Default value for the field."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.default_field_values
        if value is not None:
            path = prefix + "default_field_values"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, TaskTemplateDefaultFieldValue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected TaskTemplateDefaultFieldValue, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.default_field_values is not None:
            result["DefaultFieldValues"] = [
                v1.to_dict() for v1 in self.default_field_values
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TaskTemplateDefaults:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TaskTemplateDefaults")
        return cls(
            default_field_values=(
                None
                if (value := data.get("DefaultFieldValues")) is None
                else [
                    TaskTemplateDefaultFieldValue.from_dict(
                        v1, path=path + "DefaultFieldValues" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "DefaultFieldValues")
                    )
                ]
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.default_field_values is not None:
            data["DefaultFieldValues"] = [
                v1._to_json() for v1 in self.default_field_values
            ]
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> TaskTemplateDefaults:
        draft = _TaskTemplateDefaultsDraft()
        try:
            draft.default_field_values = (
                None
                if (value := data.get("DefaultFieldValues")) is None
                else [
                    TaskTemplateDefaultFieldValue._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "DefaultFieldValues")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "DefaultFieldValues")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _TaskTemplateDefaultsDraft:
    """A :class:`TaskTemplateDefaults` being decoded (see ``_rt.seal``)."""

    __slots__ = ("default_field_values",)
    default_field_values: list[TaskTemplateDefaultFieldValue] | None


def new_task_template_defaults() -> TaskTemplateDefaults:
    """Create a :class:`TaskTemplateDefaults` with all optional fields omitted."""
    return TaskTemplateDefaults()


task_template_defaults_default_field_values = _rt.Lens[
    TaskTemplateDefaults, list[TaskTemplateDefaultFieldValue] | None
](
    lambda s: s.default_field_values,
    lambda s, v: _dc.replace(s, default_field_values=v),
    "task_template_defaults_default_field_values",
)
"""Lens on :attr:`TaskTemplateDefaults.default_field_values`."""
