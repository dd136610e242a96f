"""The TaskTemplateMetadata shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_TASK_TEMPLATE_STATUS_VALUES = frozenset(
    (
        "ACTIVE",
        "INACTIVE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TaskTemplateMetadata:
    """Contains summary information about the task template.

    Fields:

    - ``id``: A unique identifier for the task template.
    - ``arn``: The Amazon Resource Name (ARN) of the task template.
    - ``name``: The name of the task template.
    - ``description``: The description of the task template.
    - ``status``: Marks a template as ``ACTIVE`` or ``INACTIVE`` for a task to refer to it.
    - ``last_modified_time``: The timestamp when the task template was last modified.
    - ``created_time``: The timestamp when the task template was created.
    """

    id: str | None = None
    """A unique identifier for the task template."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the task template."""

    name: str | None = None
    """The name of the task template."""

    description: str | None = None
    """The description of the task template."""

    status: str | None = None
    """Marks a template as ``ACTIVE`` or ``INACTIVE`` for a task to refer to
    it. Tasks can only be created from ``ACTIVE`` templates. If a template
    is marked as ``INACTIVE``, then a task that refers to this template
    cannot be created.
    """

    last_modified_time: _dt.datetime | None = None
    """The timestamp when the task template was last modified."""

    created_time: _dt.datetime | None = None
    """The timestamp when the task template was created."""

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
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=1, max_len=255)
        value = self.status
        if value is not None:
            path = prefix + "status"
            _rt.check_str(errors, path, value, enum=_TASK_TEMPLATE_STATUS_VALUES)
        value = self.last_modified_time
        if value is not None:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.created_time
        if value is not None:
            path = prefix + "created_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        if self.status is not None:
            result["Status"] = self.status
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.created_time is not None:
            result["CreatedTime"] = self.created_time
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TaskTemplateMetadata:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TaskTemplateMetadata")
        return cls(
            id=data.get("Id"),
            arn=data.get("Arn"),
            name=data.get("Name"),
            description=data.get("Description"),
            status=data.get("Status"),
            last_modified_time=data.get("LastModifiedTime"),
            created_time=data.get("CreatedTime"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> TaskTemplateMetadata:
        draft = _TaskTemplateMetadataDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
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
            draft.description = (
                None
                if (value := data.get("Description")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "Description")
                )
            )
            draft.status = (
                None
                if (value := data.get("Status")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Status"))
            )
            draft.last_modified_time = (
                None
                if (value := data.get("LastModifiedTime")) is None
                else _rt.parse_timestamp(value, "LastModifiedTime")
            )
            draft.created_time = (
                None
                if (value := data.get("CreatedTime")) is None
                else _rt.parse_timestamp(value, "CreatedTime")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _TaskTemplateMetadataDraft:
    """A :class:`TaskTemplateMetadata` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "id",
        "arn",
        "name",
        "description",
        "status",
        "last_modified_time",
        "created_time",
    )
    id: str | None
    arn: str | None
    name: str | None
    description: str | None
    status: str | None
    last_modified_time: _dt.datetime | None
    created_time: _dt.datetime | None


def new_task_template_metadata() -> TaskTemplateMetadata:
    """Create a :class:`TaskTemplateMetadata` with all optional fields omitted."""
    return TaskTemplateMetadata()


task_template_metadata_id = _rt.Lens[TaskTemplateMetadata, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "task_template_metadata_id",
)
"""Lens on :attr:`TaskTemplateMetadata.id`."""


task_template_metadata_arn = _rt.Lens[TaskTemplateMetadata, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "task_template_metadata_arn",
)
"""Lens on :attr:`TaskTemplateMetadata.arn`."""


task_template_metadata_name = _rt.Lens[TaskTemplateMetadata, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "task_template_metadata_name",
)
"""Lens on :attr:`TaskTemplateMetadata.name`."""


task_template_metadata_description = _rt.Lens[TaskTemplateMetadata, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "task_template_metadata_description",
)
"""Lens on :attr:`TaskTemplateMetadata.description`."""


task_template_metadata_status = _rt.Lens[TaskTemplateMetadata, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "task_template_metadata_status",
)
"""Lens on :attr:`TaskTemplateMetadata.status`."""


task_template_metadata_last_modified_time = _rt.Lens[
    TaskTemplateMetadata, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "task_template_metadata_last_modified_time",
)
"""Lens on :attr:`TaskTemplateMetadata.last_modified_time`."""


task_template_metadata_created_time = _rt.Lens[
    TaskTemplateMetadata, _dt.datetime | None
](
    lambda s: s.created_time,
    lambda s, v: _dc.replace(s, created_time=v),
    "task_template_metadata_created_time",
)
"""Lens on :attr:`TaskTemplateMetadata.created_time`."""
