"""The TaskTemplateConstraints shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.invisible_field_info import InvisibleFieldInfo
from ..shapes.read_only_field_info import ReadOnlyFieldInfo
from ..shapes.required_field_info import RequiredFieldInfo


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TaskTemplateConstraints:
    """Describes constraints that apply to the template fields.

    Fields:

    - ``required_fields``: Lists the fields that are required to be filled by agents.
    - ``read_only_fields``: Lists the fields that are read-only to agents, and cannot be edited.
    - ``invisible_fields``: Lists the fields that are invisible to agents.
    """

    required_fields: list[RequiredFieldInfo] | None = None
    """Lists the fields that are required to be filled by agents."""

    read_only_fields: list[ReadOnlyFieldInfo] | None = None
    """Lists the fields that are read-only to agents, and cannot be edited."""

    invisible_fields: list[InvisibleFieldInfo] | None = None
    """Lists the fields that are invisible to agents."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.required_fields
        if value is not None:
            path = prefix + "required_fields"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, RequiredFieldInfo):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RequiredFieldInfo, got {type(v1).__name__}"
                            )
        value = self.read_only_fields
        if value is not None:
            path = prefix + "read_only_fields"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ReadOnlyFieldInfo):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ReadOnlyFieldInfo, got {type(v1).__name__}"
                            )
        value = self.invisible_fields
        if value is not None:
            path = prefix + "invisible_fields"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, InvisibleFieldInfo):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected InvisibleFieldInfo, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.required_fields is not None:
            result["RequiredFields"] = [v1.to_dict() for v1 in self.required_fields]
        if self.read_only_fields is not None:
            result["ReadOnlyFields"] = [v1.to_dict() for v1 in self.read_only_fields]
        if self.invisible_fields is not None:
            result["InvisibleFields"] = [v1.to_dict() for v1 in self.invisible_fields]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TaskTemplateConstraints:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TaskTemplateConstraints")
        return cls(
            required_fields=(
                None
                if (value := data.get("RequiredFields")) is None
                else [
                    RequiredFieldInfo.from_dict(
                        v1, path=path + "RequiredFields" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "RequiredFields")
                    )
                ]
            ),
            read_only_fields=(
                None
                if (value := data.get("ReadOnlyFields")) is None
                else [
                    ReadOnlyFieldInfo.from_dict(
                        v1, path=path + "ReadOnlyFields" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "ReadOnlyFields")
                    )
                ]
            ),
            invisible_fields=(
                None
                if (value := data.get("InvisibleFields")) is None
                else [
                    InvisibleFieldInfo.from_dict(
                        v1, path=path + "InvisibleFields" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "InvisibleFields")
                    )
                ]
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.required_fields is not None:
            data["RequiredFields"] = [v1._to_json() for v1 in self.required_fields]
        if self.read_only_fields is not None:
            data["ReadOnlyFields"] = [v1._to_json() for v1 in self.read_only_fields]
        if self.invisible_fields is not None:
            data["InvisibleFields"] = [v1._to_json() for v1 in self.invisible_fields]
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> TaskTemplateConstraints:
        draft = _TaskTemplateConstraintsDraft()
        try:
            draft.required_fields = (
                None
                if (value := data.get("RequiredFields")) is None
                else [
                    RequiredFieldInfo._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "RequiredFields")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "RequiredFields")
                    )
                    if v1 is not None
                ]
            )
            draft.read_only_fields = (
                None
                if (value := data.get("ReadOnlyFields")) is None
                else [
                    ReadOnlyFieldInfo._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "ReadOnlyFields")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "ReadOnlyFields")
                    )
                    if v1 is not None
                ]
            )
            draft.invisible_fields = (
                None
                if (value := data.get("InvisibleFields")) is None
                else [
                    InvisibleFieldInfo._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "InvisibleFields")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "InvisibleFields")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _TaskTemplateConstraintsDraft:
    """A :class:`TaskTemplateConstraints` being decoded (see ``_rt.seal``)."""

    __slots__ = ("required_fields", "read_only_fields", "invisible_fields")
    required_fields: list[RequiredFieldInfo] | None
    read_only_fields: list[ReadOnlyFieldInfo] | None
    invisible_fields: list[InvisibleFieldInfo] | None


def new_task_template_constraints() -> TaskTemplateConstraints:
    """Create a :class:`TaskTemplateConstraints` with all optional fields omitted."""
    return TaskTemplateConstraints()


task_template_constraints_required_fields = _rt.Lens[
    TaskTemplateConstraints, list[RequiredFieldInfo] | None
](
    lambda s: s.required_fields,
    lambda s, v: _dc.replace(s, required_fields=v),
    "task_template_constraints_required_fields",
)
"""Lens on :attr:`TaskTemplateConstraints.required_fields`."""


task_template_constraints_read_only_fields = _rt.Lens[
    TaskTemplateConstraints, list[ReadOnlyFieldInfo] | None
](
    lambda s: s.read_only_fields,
    lambda s, v: _dc.replace(s, read_only_fields=v),
    "task_template_constraints_read_only_fields",
)
"""Lens on :attr:`TaskTemplateConstraints.read_only_fields`."""


task_template_constraints_invisible_fields = _rt.Lens[
    TaskTemplateConstraints, list[InvisibleFieldInfo] | None
](
    lambda s: s.invisible_fields,
    lambda s, v: _dc.replace(s, invisible_fields=v),
    "task_template_constraints_invisible_fields",
)
"""Lens on :attr:`TaskTemplateConstraints.invisible_fields`."""
