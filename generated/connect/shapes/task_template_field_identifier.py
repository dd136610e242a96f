"""The TaskTemplateFieldIdentifier shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TaskTemplateFieldIdentifier:
    """The identifier of the task template field.

    Fields:

    - ``name``: The name of the task template field.
    """

    name: str | None = None
    """The name of the task template field."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TaskTemplateFieldIdentifier:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TaskTemplateFieldIdentifier")
        return cls(
            name=data.get("Name"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.name is not None:
            data["Name"] = self.name
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> TaskTemplateFieldIdentifier:
        draft = _TaskTemplateFieldIdentifierDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _TaskTemplateFieldIdentifierDraft:
    """A :class:`TaskTemplateFieldIdentifier` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name",)
    name: str | None


def new_task_template_field_identifier() -> TaskTemplateFieldIdentifier:
    """Create a :class:`TaskTemplateFieldIdentifier` with all optional fields omitted."""
    return TaskTemplateFieldIdentifier()


task_template_field_identifier_name = _rt.Lens[TaskTemplateFieldIdentifier, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "task_template_field_identifier_name",
)
"""Lens on :attr:`TaskTemplateFieldIdentifier.name`."""
