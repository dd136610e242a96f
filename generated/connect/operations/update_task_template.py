"""Updates details about a specific task template in the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.task_template_constraints import TaskTemplateConstraints
from ..shapes.task_template_defaults import TaskTemplateDefaults
from ..shapes.task_template_field import TaskTemplateField

_TASK_TEMPLATE_STATUS_VALUES = frozenset(
    (
        "ACTIVE",
        "INACTIVE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateTaskTemplate:
    """Updates details about a specific task template in the specified Connect
    Customer instance. This operation does not support partial updates.
    Instead it does a full update of template content.

    Fields:

    - ``task_template_id``: A unique identifier for the task template.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``name``: The name of the task template.
    - ``description``: The description of the task template.
    - ``contact_flow_id``: The identifier of the flow that runs by default when a task is created by referencing this template.
    - ``self_assign_flow_id``: The ContactFlowId for the flow that will be run if this template is used to create a self-assigned task.
    - ``constraints``: Constraints that are applicable to the fields listed.
    - ``defaults``: The default values for fields when a task is created by referencing this template.
    - ``status``: Marks a template as ``ACTIVE`` or ``INACTIVE`` for a task to refer to it.
    - ``fields``: Fields that are part of the template.
    """

    task_template_id: str
    """A unique identifier for the task template."""

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    name: str | None = None
    """The name of the task template."""

    description: str | None = None
    """The description of the task template."""

    contact_flow_id: str | None = None
    """The identifier of the flow that runs by default when a task is created
    by referencing this template.
    """

    self_assign_flow_id: str | None = None
    """The ContactFlowId for the flow that will be run if this template is used
    to create a self-assigned task.
    """

    constraints: TaskTemplateConstraints | None = None
    """Constraints that are applicable to the fields listed."""

    defaults: TaskTemplateDefaults | None = None
    """The default values for fields when a task is created by referencing this
    template.
    """

    status: str | None = None
    """Marks a template as ``ACTIVE`` or ``INACTIVE`` for a task to refer to
    it. Tasks can only be created from ``ACTIVE`` templates. If a template
    is marked as ``INACTIVE``, then a task that refers to this template
    cannot be created.
    """

    fields: list[TaskTemplateField] | None = None
    """Fields that are part of the template."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.task_template_id
        if value is None:
            errors.append(prefix + "task_template_id: required but missing")
        else:
            path = prefix + "task_template_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=1, max_len=255)
        value = self.contact_flow_id
        if value is not None:
            path = prefix + "contact_flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.self_assign_flow_id
        if value is not None:
            path = prefix + "self_assign_flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.constraints
        if value is not None:
            path = prefix + "constraints"
            if isinstance(value, TaskTemplateConstraints):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TaskTemplateConstraints, got {type(value).__name__}"
                )
        value = self.defaults
        if value is not None:
            path = prefix + "defaults"
            if isinstance(value, TaskTemplateDefaults):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TaskTemplateDefaults, got {type(value).__name__}"
                )
        value = self.status
        if value is not None:
            path = prefix + "status"
            _rt.check_str(errors, path, value, enum=_TASK_TEMPLATE_STATUS_VALUES)
        value = self.fields
        if value is not None:
            path = prefix + "fields"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, TaskTemplateField):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected TaskTemplateField, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["TaskTemplateId"] = self.task_template_id
        result["InstanceId"] = self.instance_id
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        if self.contact_flow_id is not None:
            result["ContactFlowId"] = self.contact_flow_id
        if self.self_assign_flow_id is not None:
            result["SelfAssignFlowId"] = self.self_assign_flow_id
        if self.constraints is not None:
            result["Constraints"] = self.constraints.to_dict()
        if self.defaults is not None:
            result["Defaults"] = self.defaults.to_dict()
        if self.status is not None:
            result["Status"] = self.status
        if self.fields is not None:
            result["Fields"] = [v1.to_dict() for v1 in self.fields]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateTaskTemplate:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateTaskTemplate")
        return cls(
            task_template_id=_rt.required(data, "TaskTemplateId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            name=data.get("Name"),
            description=data.get("Description"),
            contact_flow_id=data.get("ContactFlowId"),
            self_assign_flow_id=data.get("SelfAssignFlowId"),
            constraints=(
                None
                if (value := data.get("Constraints")) is None
                else TaskTemplateConstraints.from_dict(
                    value, path=path + "Constraints" + "."
                )
            ),
            defaults=(
                None
                if (value := data.get("Defaults")) is None
                else TaskTemplateDefaults.from_dict(value, path=path + "Defaults" + ".")
            ),
            status=data.get("Status"),
            fields=(
                None
                if (value := data.get("Fields")) is None
                else [
                    TaskTemplateField.from_dict(
                        v1, path=path + "Fields" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Fields"))
                ]
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateTaskTemplateResponse:
    """The response of UpdateTaskTemplate.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``id``: The identifier of the task template resource.
    - ``arn``: The Amazon Resource Name (ARN) for the task template resource.
    - ``name``: The name of the task template.
    - ``description``: The description of the task template.
    - ``contact_flow_id``: The identifier of the flow that runs by default when a task is created by referencing this template.
    - ``self_assign_flow_id``: The ContactFlowId for the flow that will be run if this template is used to create a self-assigned task.
    - ``constraints``: Constraints that are applicable to the fields listed.
    - ``defaults``: The default values for fields when a task is created by referencing this template.
    - ``fields``: Fields that are part of the template.
    - ``status``: Marks a template as ``ACTIVE`` or ``INACTIVE`` for a task to refer to it.
    - ``last_modified_time``: The timestamp when the task template was last modified.
    - ``created_time``: The timestamp when the task template was created.
    """

    http_status: int
    """The HTTP status code of the response."""

    instance_id: str | None = None
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    id: str | None = None
    """The identifier of the task template resource."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) for the task template resource."""

    name: str | None = None
    """The name of the task template."""

    description: str | None = None
    """The description of the task template."""

    contact_flow_id: str | None = None
    """The identifier of the flow that runs by default when a task is created
    by referencing this template.
    """

    self_assign_flow_id: str | None = None
    """The ContactFlowId for the flow that will be run if this template is used
    to create a self-assigned task.
    """

    constraints: TaskTemplateConstraints | None = None
    """Constraints that are applicable to the fields listed."""

    defaults: TaskTemplateDefaults | None = None
    """The default values for fields when a task is created by referencing this
    template.
    """

    fields: list[TaskTemplateField] | None = None
    """Fields that are part of the template."""

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
        value = self.instance_id
        if value is not None:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
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
        value = self.contact_flow_id
        if value is not None:
            path = prefix + "contact_flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.self_assign_flow_id
        if value is not None:
            path = prefix + "self_assign_flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.constraints
        if value is not None:
            path = prefix + "constraints"
            if isinstance(value, TaskTemplateConstraints):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TaskTemplateConstraints, got {type(value).__name__}"
                )
        value = self.defaults
        if value is not None:
            path = prefix + "defaults"
            if isinstance(value, TaskTemplateDefaults):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TaskTemplateDefaults, got {type(value).__name__}"
                )
        value = self.fields
        if value is not None:
            path = prefix + "fields"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, TaskTemplateField):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected TaskTemplateField, got {type(v1).__name__}"
                            )
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
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.instance_id is not None:
            result["InstanceId"] = self.instance_id
        if self.id is not None:
            result["Id"] = self.id
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        if self.contact_flow_id is not None:
            result["ContactFlowId"] = self.contact_flow_id
        if self.self_assign_flow_id is not None:
            result["SelfAssignFlowId"] = self.self_assign_flow_id
        if self.constraints is not None:
            result["Constraints"] = self.constraints.to_dict()
        if self.defaults is not None:
            result["Defaults"] = self.defaults.to_dict()
        if self.fields is not None:
            result["Fields"] = [v1.to_dict() for v1 in self.fields]
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
    ) -> UpdateTaskTemplateResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateTaskTemplateResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            instance_id=data.get("InstanceId"),
            id=data.get("Id"),
            arn=data.get("Arn"),
            name=data.get("Name"),
            description=data.get("Description"),
            contact_flow_id=data.get("ContactFlowId"),
            self_assign_flow_id=data.get("SelfAssignFlowId"),
            constraints=(
                None
                if (value := data.get("Constraints")) is None
                else TaskTemplateConstraints.from_dict(
                    value, path=path + "Constraints" + "."
                )
            ),
            defaults=(
                None
                if (value := data.get("Defaults")) is None
                else TaskTemplateDefaults.from_dict(value, path=path + "Defaults" + ".")
            ),
            fields=(
                None
                if (value := data.get("Fields")) is None
                else [
                    TaskTemplateField.from_dict(
                        v1, path=path + "Fields" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Fields"))
                ]
            ),
            status=data.get("Status"),
            last_modified_time=data.get("LastModifiedTime"),
            created_time=data.get("CreatedTime"),
        )


class _UpdateTaskTemplateResponseDraft:
    """A :class:`UpdateTaskTemplateResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "instance_id",
        "id",
        "arn",
        "name",
        "description",
        "contact_flow_id",
        "self_assign_flow_id",
        "constraints",
        "defaults",
        "fields",
        "status",
        "last_modified_time",
        "created_time",
    )
    http_status: int
    instance_id: str | None
    id: str | None
    arn: str | None
    name: str | None
    description: str | None
    contact_flow_id: str | None
    self_assign_flow_id: str | None
    constraints: TaskTemplateConstraints | None
    defaults: TaskTemplateDefaults | None
    fields: list[TaskTemplateField] | None
    status: str | None
    last_modified_time: _dt.datetime | None
    created_time: _dt.datetime | None


def new_update_task_template(
    task_template_id: str,
    instance_id: str,
) -> UpdateTaskTemplate:
    """Create a :class:`UpdateTaskTemplate` with all optional fields omitted."""
    return UpdateTaskTemplate(
        task_template_id=task_template_id,
        instance_id=instance_id,
    )


update_task_template_task_template_id = _rt.Lens[UpdateTaskTemplate, str](
    lambda s: s.task_template_id,
    lambda s, v: _dc.replace(s, task_template_id=v),
    "update_task_template_task_template_id",
)
"""Lens on :attr:`UpdateTaskTemplate.task_template_id`."""


update_task_template_instance_id = _rt.Lens[UpdateTaskTemplate, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_task_template_instance_id",
)
"""Lens on :attr:`UpdateTaskTemplate.instance_id`."""


update_task_template_name = _rt.Lens[UpdateTaskTemplate, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_task_template_name",
)
"""Lens on :attr:`UpdateTaskTemplate.name`."""


update_task_template_description = _rt.Lens[UpdateTaskTemplate, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_task_template_description",
)
"""Lens on :attr:`UpdateTaskTemplate.description`."""


update_task_template_contact_flow_id = _rt.Lens[UpdateTaskTemplate, str | None](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "update_task_template_contact_flow_id",
)
"""Lens on :attr:`UpdateTaskTemplate.contact_flow_id`."""


update_task_template_self_assign_flow_id = _rt.Lens[UpdateTaskTemplate, str | None](
    lambda s: s.self_assign_flow_id,
    lambda s, v: _dc.replace(s, self_assign_flow_id=v),
    "update_task_template_self_assign_flow_id",
)
"""Lens on :attr:`UpdateTaskTemplate.self_assign_flow_id`."""


update_task_template_constraints = _rt.Lens[
    UpdateTaskTemplate, TaskTemplateConstraints | None
](
    lambda s: s.constraints,
    lambda s, v: _dc.replace(s, constraints=v),
    "update_task_template_constraints",
)
"""Lens on :attr:`UpdateTaskTemplate.constraints`."""


update_task_template_defaults = _rt.Lens[
    UpdateTaskTemplate, TaskTemplateDefaults | None
](
    lambda s: s.defaults,
    lambda s, v: _dc.replace(s, defaults=v),
    "update_task_template_defaults",
)
"""Lens on :attr:`UpdateTaskTemplate.defaults`."""


update_task_template_status = _rt.Lens[UpdateTaskTemplate, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "update_task_template_status",
)
"""Lens on :attr:`UpdateTaskTemplate.status`."""


update_task_template_fields = _rt.Lens[
    UpdateTaskTemplate, list[TaskTemplateField] | None
](
    lambda s: s.fields,
    lambda s, v: _dc.replace(s, fields=v),
    "update_task_template_fields",
)
"""Lens on :attr:`UpdateTaskTemplate.fields`."""


def new_update_task_template_response(
    http_status: int,
) -> UpdateTaskTemplateResponse:
    """Create a :class:`UpdateTaskTemplateResponse` with all optional fields omitted."""
    return UpdateTaskTemplateResponse(
        http_status=http_status,
    )


update_task_template_response_http_status = _rt.Lens[UpdateTaskTemplateResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_task_template_response_http_status",
)
"""Lens on :attr:`UpdateTaskTemplateResponse.http_status`."""


update_task_template_response_instance_id = _rt.Lens[
    UpdateTaskTemplateResponse, str | None
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_task_template_response_instance_id",
)
"""Lens on :attr:`UpdateTaskTemplateResponse.instance_id`."""


update_task_template_response_id = _rt.Lens[UpdateTaskTemplateResponse, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "update_task_template_response_id",
)
"""Lens on :attr:`UpdateTaskTemplateResponse.id`."""


update_task_template_response_arn = _rt.Lens[UpdateTaskTemplateResponse, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "update_task_template_response_arn",
)
"""Lens on :attr:`UpdateTaskTemplateResponse.arn`."""


update_task_template_response_name = _rt.Lens[UpdateTaskTemplateResponse, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_task_template_response_name",
)
"""Lens on :attr:`UpdateTaskTemplateResponse.name`."""


update_task_template_response_description = _rt.Lens[
    UpdateTaskTemplateResponse, str | None
](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_task_template_response_description",
)
"""Lens on :attr:`UpdateTaskTemplateResponse.description`."""


update_task_template_response_contact_flow_id = _rt.Lens[
    UpdateTaskTemplateResponse, str | None
](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "update_task_template_response_contact_flow_id",
)
"""Lens on :attr:`UpdateTaskTemplateResponse.contact_flow_id`."""


update_task_template_response_self_assign_flow_id = _rt.Lens[
    UpdateTaskTemplateResponse, str | None
](
    lambda s: s.self_assign_flow_id,
    lambda s, v: _dc.replace(s, self_assign_flow_id=v),
    "update_task_template_response_self_assign_flow_id",
)
"""Lens on :attr:`UpdateTaskTemplateResponse.self_assign_flow_id`."""


update_task_template_response_constraints = _rt.Lens[
    UpdateTaskTemplateResponse, TaskTemplateConstraints | None
](
    lambda s: s.constraints,
    lambda s, v: _dc.replace(s, constraints=v),
    "update_task_template_response_constraints",
)
"""Lens on :attr:`UpdateTaskTemplateResponse.constraints`."""


update_task_template_response_defaults = _rt.Lens[
    UpdateTaskTemplateResponse, TaskTemplateDefaults | None
](
    lambda s: s.defaults,
    lambda s, v: _dc.replace(s, defaults=v),
    "update_task_template_response_defaults",
)
"""Lens on :attr:`UpdateTaskTemplateResponse.defaults`."""


update_task_template_response_fields = _rt.Lens[
    UpdateTaskTemplateResponse, list[TaskTemplateField] | None
](
    lambda s: s.fields,
    lambda s, v: _dc.replace(s, fields=v),
    "update_task_template_response_fields",
)
"""Lens on :attr:`UpdateTaskTemplateResponse.fields`."""


update_task_template_response_status = _rt.Lens[UpdateTaskTemplateResponse, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "update_task_template_response_status",
)
"""Lens on :attr:`UpdateTaskTemplateResponse.status`."""


update_task_template_response_last_modified_time = _rt.Lens[
    UpdateTaskTemplateResponse, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "update_task_template_response_last_modified_time",
)
"""Lens on :attr:`UpdateTaskTemplateResponse.last_modified_time`."""


update_task_template_response_created_time = _rt.Lens[
    UpdateTaskTemplateResponse, _dt.datetime | None
](
    lambda s: s.created_time,
    lambda s, v: _dc.replace(s, created_time=v),
    "update_task_template_response_created_time",
)
"""Lens on :attr:`UpdateTaskTemplateResponse.created_time`."""


def _serialize(request: UpdateTaskTemplate, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.task_template_id == "":
        raise _rt.ValidationError(
            ["task_template_id: a URI label must be set and not empty"]
        )
    path = (
        "/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/task/template/"
        + _rt.quote_label(request.task_template_id, "task_template_id")
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.name is not None:
        data["Name"] = request.name
    if request.description is not None:
        data["Description"] = request.description
    if request.contact_flow_id is not None:
        data["ContactFlowId"] = request.contact_flow_id
    if request.self_assign_flow_id is not None:
        data["SelfAssignFlowId"] = request.self_assign_flow_id
    if request.constraints is not None:
        data["Constraints"] = request.constraints._to_json()
    if request.defaults is not None:
        data["Defaults"] = request.defaults._to_json()
    if request.status is not None:
        data["Status"] = request.status
    if request.fields is not None:
        data["Fields"] = [v1._to_json() for v1 in request.fields]
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="POST",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> UpdateTaskTemplateResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _UpdateTaskTemplateResponseDraft()
    draft.http_status = status
    try:
        draft.instance_id = (
            None
            if (value := data.get("InstanceId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "InstanceId"))
        )
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
            else (value if type(value) is str else _rt.expect_str(value, "Description"))
        )
        draft.contact_flow_id = (
            None
            if (value := data.get("ContactFlowId")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "ContactFlowId")
            )
        )
        draft.self_assign_flow_id = (
            None
            if (value := data.get("SelfAssignFlowId")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "SelfAssignFlowId")
            )
        )
        draft.constraints = (
            None
            if (value := data.get("Constraints")) is None
            else TaskTemplateConstraints._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Constraints")
                )
            )
        )
        draft.defaults = (
            None
            if (value := data.get("Defaults")) is None
            else TaskTemplateDefaults._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Defaults")
                )
            )
        )
        draft.fields = (
            None
            if (value := data.get("Fields")) is None
            else [
                TaskTemplateField._from_json(
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
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, UpdateTaskTemplateResponse)


OPERATION: _rt.Operation[UpdateTaskTemplate, UpdateTaskTemplateResponse] = (
    _rt.Operation(
        "UpdateTaskTemplate",
        UpdateTaskTemplate,
        UpdateTaskTemplateResponse,
        (
            _errors.PropertyValidationException,
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.ServiceQuotaExceededException,
            _errors.InternalServiceException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The UpdateTaskTemplate operation: its types, errors and wire codec."""
