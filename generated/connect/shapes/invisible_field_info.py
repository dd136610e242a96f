"""The InvisibleFieldInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.task_template_field_identifier import TaskTemplateFieldIdentifier


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class InvisibleFieldInfo:
    """A field that is invisible to an agent.

    Fields:

    - ``id``: Identifier of the invisible field.
    """

    id: TaskTemplateFieldIdentifier | None = None
    """Identifier of the invisible field."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> InvisibleFieldInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "InvisibleFieldInfo")
        return cls(
            id=(
                None
                if (value := data.get("Id")) is None
                else TaskTemplateFieldIdentifier.from_dict(
                    value, path=path + "Id" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.id is not None:
            data["Id"] = self.id._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> InvisibleFieldInfo:
        draft = _InvisibleFieldInfoDraft()
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
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _InvisibleFieldInfoDraft:
    """A :class:`InvisibleFieldInfo` being decoded (see ``_rt.seal``)."""

    __slots__ = ("id",)
    id: TaskTemplateFieldIdentifier | None


def new_invisible_field_info() -> InvisibleFieldInfo:
    """Create a :class:`InvisibleFieldInfo` with all optional fields omitted."""
    return InvisibleFieldInfo()


invisible_field_info_id = _rt.Lens[
    InvisibleFieldInfo, TaskTemplateFieldIdentifier | None
](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "invisible_field_info_id",
)
"""Lens on :attr:`InvisibleFieldInfo.id`."""
