"""Lists task templates for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.task_template_metadata import TaskTemplateMetadata

_TASK_TEMPLATE_STATUS_VALUES = frozenset(
    (
        "ACTIVE",
        "INACTIVE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListTaskTemplates:
    """Lists task templates for the specified Connect Customer instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    - ``status``: Marks a template as ``ACTIVE`` or ``INACTIVE`` for a task to refer to it.
    - ``name``: The name of the task template.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.

    .. important::

       It is not expected that you set this because the value returned in
       the previous response is always null.
    """

    max_results: int | None = None
    """The maximum number of results to return per page.

    .. important::

       It is not expected that you set this.
    """

    status: str | None = None
    """Marks a template as ``ACTIVE`` or ``INACTIVE`` for a task to refer to
    it. Tasks can only be created from ``ACTIVE`` templates. If a template
    is marked as ``INACTIVE``, then a task that refers to this template
    cannot be created.
    """

    name: str | None = None
    """The name of the task template."""

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
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)
        value = self.status
        if value is not None:
            path = prefix + "status"
            _rt.check_str(errors, path, value, enum=_TASK_TEMPLATE_STATUS_VALUES)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.status is not None:
            result["Status"] = self.status
        if self.name is not None:
            result["Name"] = self.name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListTaskTemplates:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListTaskTemplates")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            status=data.get("Status"),
            name=data.get("Name"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListTaskTemplatesResponse:
    """The response of ListTaskTemplates.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``task_templates``: Provides details about a list of task templates belonging to an instance.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    task_templates: list[TaskTemplateMetadata] | None = None
    """Provides details about a list of task templates belonging to an
    instance.
    """

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.

    .. important::

       This is always returned as a null in the response.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.task_templates
        if value is not None:
            path = prefix + "task_templates"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, TaskTemplateMetadata):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected TaskTemplateMetadata, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.task_templates is not None:
            result["TaskTemplates"] = [v1.to_dict() for v1 in self.task_templates]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListTaskTemplatesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListTaskTemplatesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            task_templates=(
                None
                if (value := data.get("TaskTemplates")) is None
                else [
                    TaskTemplateMetadata.from_dict(
                        v1, path=path + "TaskTemplates" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "TaskTemplates")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListTaskTemplatesResponseDraft:
    """A :class:`ListTaskTemplatesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "task_templates", "next_token")
    http_status: int
    task_templates: list[TaskTemplateMetadata] | None
    next_token: str | None


def new_list_task_templates(
    instance_id: str,
) -> ListTaskTemplates:
    """Create a :class:`ListTaskTemplates` with all optional fields omitted."""
    return ListTaskTemplates(
        instance_id=instance_id,
    )


list_task_templates_instance_id = _rt.Lens[ListTaskTemplates, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_task_templates_instance_id",
)
"""Lens on :attr:`ListTaskTemplates.instance_id`."""


list_task_templates_next_token = _rt.Lens[ListTaskTemplates, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_task_templates_next_token",
)
"""Lens on :attr:`ListTaskTemplates.next_token`."""


list_task_templates_max_results = _rt.Lens[ListTaskTemplates, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_task_templates_max_results",
)
"""Lens on :attr:`ListTaskTemplates.max_results`."""


list_task_templates_status = _rt.Lens[ListTaskTemplates, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "list_task_templates_status",
)
"""Lens on :attr:`ListTaskTemplates.status`."""


list_task_templates_name = _rt.Lens[ListTaskTemplates, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "list_task_templates_name",
)
"""Lens on :attr:`ListTaskTemplates.name`."""


def new_list_task_templates_response(
    http_status: int,
) -> ListTaskTemplatesResponse:
    """Create a :class:`ListTaskTemplatesResponse` with all optional fields omitted."""
    return ListTaskTemplatesResponse(
        http_status=http_status,
    )


list_task_templates_response_http_status = _rt.Lens[ListTaskTemplatesResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_task_templates_response_http_status",
)
"""Lens on :attr:`ListTaskTemplatesResponse.http_status`."""


list_task_templates_response_task_templates = _rt.Lens[
    ListTaskTemplatesResponse, list[TaskTemplateMetadata] | None
](
    lambda s: s.task_templates,
    lambda s, v: _dc.replace(s, task_templates=v),
    "list_task_templates_response_task_templates",
)
"""Lens on :attr:`ListTaskTemplatesResponse.task_templates`."""


list_task_templates_response_next_token = _rt.Lens[
    ListTaskTemplatesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_task_templates_response_next_token",
)
"""Lens on :attr:`ListTaskTemplatesResponse.next_token`."""


def _serialize(request: ListTaskTemplates, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
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
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
    if request.status is not None:
        query.append(("status", request.status))
    if request.name is not None:
        query.append(("name", request.name))
    body = b""
    return _rt.HttpRequest(
        method="GET",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> ListTaskTemplatesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListTaskTemplatesResponseDraft()
    draft.http_status = status
    try:
        draft.task_templates = (
            None
            if (value := data.get("TaskTemplates")) is None
            else [
                TaskTemplateMetadata._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "TaskTemplates")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "TaskTemplates")
                )
                if v1 is not None
            ]
        )
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListTaskTemplatesResponse)


OPERATION: _rt.Operation[ListTaskTemplates, ListTaskTemplatesResponse] = _rt.Operation(
    "ListTaskTemplates",
    ListTaskTemplates,
    ListTaskTemplatesResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The ListTaskTemplates operation: its types, errors and wire codec."""
