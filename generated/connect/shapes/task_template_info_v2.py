"""The TaskTemplateInfoV2 shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TaskTemplateInfoV2:
    """Information about the task template used to create this contact.

    Fields:

    - ``arn``: The Amazon Resource Name (ARN) of the task template used to create this contact.
    - ``name``: The name of the task template used to create this contact.
    """

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the task template used to create this
    contact.
    """

    name: str | None = None
    """The name of the task template used to create this contact."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.name is not None:
            result["Name"] = self.name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TaskTemplateInfoV2:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TaskTemplateInfoV2")
        return cls(
            arn=data.get("Arn"),
            name=data.get("Name"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> TaskTemplateInfoV2:
        draft = _TaskTemplateInfoV2Draft()
        try:
            draft.arn = (
                None
                if (value := data.get("Arn")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Arn"))
            )
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _TaskTemplateInfoV2Draft:
    """A :class:`TaskTemplateInfoV2` being decoded (see ``_rt.seal``)."""

    __slots__ = ("arn", "name")
    arn: str | None
    name: str | None


def new_task_template_info_v2() -> TaskTemplateInfoV2:
    """Create a :class:`TaskTemplateInfoV2` with all optional fields omitted."""
    return TaskTemplateInfoV2()


task_template_info_v2_arn = _rt.Lens[TaskTemplateInfoV2, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "task_template_info_v2_arn",
)
"""Lens on :attr:`TaskTemplateInfoV2.arn`."""


task_template_info_v2_name = _rt.Lens[TaskTemplateInfoV2, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "task_template_info_v2_name",
)
"""Lens on :attr:`TaskTemplateInfoV2.name`."""
