"""Creates a new task template in the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
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
class CreateTaskTemplate:
    """Creates a new task template in the specified Connect Customer instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``name``: The name of the task template.
    - ``fields``: Fields that are part of the template.
    - ``description``: The description of the task template.
    - ``contact_flow_id``: The identifier of the flow that runs by default when a task is created by referencing this template.
    - ``self_assign_flow_id``: The ContactFlowId for the flow that will be run if this template is used to create a self-assigned task.
    - ``constraints``: Constraints that are applicable to the fields listed.
    - ``defaults``: The default values for fields when a task is created by referencing this template.
    - ``status``: Marks a template as ``ACTIVE`` or ``INACTIVE`` for a task to refer to it.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    name: str
    """The name of the task template."""

    fields: list[TaskTemplateField]
    """Fields that are part of the template."""

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

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
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
                        if isinstance(v1, TaskTemplateField):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected TaskTemplateField, got {type(v1).__name__}"
                            )
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
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["Name"] = self.name
        result["Fields"] = [v1.to_dict() for v1 in self.fields]
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
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateTaskTemplate:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreateTaskTemplate")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            name=_rt.required(data, "Name", path),
            fields=[
                TaskTemplateField.from_dict(v1, path=path + "Fields" + f"[{i1}]" + ".")
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "Fields", path), path + "Fields"
                    )
                )
            ],
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
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateTaskTemplateResponse:
    """The response of CreateTaskTemplate.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``id``: The identifier of the task template resource.
    - ``arn``: The Amazon Resource Name (ARN) for the task template resource.
    """

    http_status: int
    """The HTTP status code of the response."""

    id: str | None
    """The identifier of the task template resource."""

    arn: str | None
    """The Amazon Resource Name (ARN) for the task template resource."""

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
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.arn
        if value is None:
            errors.append(prefix + "arn: required but missing")
        else:
            path = prefix + "arn"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.id is not None:
            result["Id"] = self.id
        if self.arn is not None:
            result["Arn"] = self.arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateTaskTemplateResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreateTaskTemplateResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            id=data.get("Id"),
            arn=data.get("Arn"),
        )


class _CreateTaskTemplateResponseDraft:
    """A :class:`CreateTaskTemplateResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "id", "arn")
    http_status: int
    id: str | None
    arn: str | None


def new_create_task_template(
    instance_id: str,
    name: str,
    fields: list[TaskTemplateField],
) -> CreateTaskTemplate:
    """Create a :class:`CreateTaskTemplate` with all optional fields omitted."""
    return CreateTaskTemplate(
        instance_id=instance_id,
        name=name,
        fields=fields,
    )


create_task_template_instance_id = _rt.Lens[CreateTaskTemplate, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "create_task_template_instance_id",
)
"""Lens on :attr:`CreateTaskTemplate.instance_id`."""


create_task_template_name = _rt.Lens[CreateTaskTemplate, str](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "create_task_template_name",
)
"""Lens on :attr:`CreateTaskTemplate.name`."""


create_task_template_fields = _rt.Lens[CreateTaskTemplate, list[TaskTemplateField]](
    lambda s: s.fields,
    lambda s, v: _dc.replace(s, fields=v),
    "create_task_template_fields",
)
"""Lens on :attr:`CreateTaskTemplate.fields`."""


create_task_template_description = _rt.Lens[CreateTaskTemplate, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "create_task_template_description",
)
"""Lens on :attr:`CreateTaskTemplate.description`."""


create_task_template_contact_flow_id = _rt.Lens[CreateTaskTemplate, str | None](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "create_task_template_contact_flow_id",
)
"""Lens on :attr:`CreateTaskTemplate.contact_flow_id`."""


create_task_template_self_assign_flow_id = _rt.Lens[CreateTaskTemplate, str | None](
    lambda s: s.self_assign_flow_id,
    lambda s, v: _dc.replace(s, self_assign_flow_id=v),
    "create_task_template_self_assign_flow_id",
)
"""Lens on :attr:`CreateTaskTemplate.self_assign_flow_id`."""


create_task_template_constraints = _rt.Lens[
    CreateTaskTemplate, TaskTemplateConstraints | None
](
    lambda s: s.constraints,
    lambda s, v: _dc.replace(s, constraints=v),
    "create_task_template_constraints",
)
"""Lens on :attr:`CreateTaskTemplate.constraints`."""


create_task_template_defaults = _rt.Lens[
    CreateTaskTemplate, TaskTemplateDefaults | None
](
    lambda s: s.defaults,
    lambda s, v: _dc.replace(s, defaults=v),
    "create_task_template_defaults",
)
"""Lens on :attr:`CreateTaskTemplate.defaults`."""


create_task_template_status = _rt.Lens[CreateTaskTemplate, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "create_task_template_status",
)
"""Lens on :attr:`CreateTaskTemplate.status`."""


create_task_template_client_token = _rt.Lens[CreateTaskTemplate, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "create_task_template_client_token",
)
"""Lens on :attr:`CreateTaskTemplate.client_token`."""


def new_create_task_template_response(
    http_status: int,
    id: str,
    arn: str,
) -> CreateTaskTemplateResponse:
    """Create a :class:`CreateTaskTemplateResponse` with all optional fields omitted."""
    return CreateTaskTemplateResponse(
        http_status=http_status,
        id=id,
        arn=arn,
    )


create_task_template_response_http_status = _rt.Lens[CreateTaskTemplateResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "create_task_template_response_http_status",
)
"""Lens on :attr:`CreateTaskTemplateResponse.http_status`."""


create_task_template_response_id = _rt.Lens[CreateTaskTemplateResponse, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "create_task_template_response_id",
)
"""Lens on :attr:`CreateTaskTemplateResponse.id`."""


create_task_template_response_arn = _rt.Lens[CreateTaskTemplateResponse, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "create_task_template_response_arn",
)
"""Lens on :attr:`CreateTaskTemplateResponse.arn`."""


def _serialize(request: CreateTaskTemplate, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = (
        "/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/task/template"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["Name"] = request.name
    data["Fields"] = [v1._to_json() for v1 in request.fields]
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
    data["ClientToken"] = idempotency_client_token
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="PUT",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> CreateTaskTemplateResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _CreateTaskTemplateResponseDraft()
    draft.http_status = status
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
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, CreateTaskTemplateResponse)


OPERATION: _rt.Operation[CreateTaskTemplate, CreateTaskTemplateResponse] = (
    _rt.Operation(
        "CreateTaskTemplate",
        CreateTaskTemplate,
        CreateTaskTemplateResponse,
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
"""The CreateTaskTemplate operation: its types, errors and wire codec."""
