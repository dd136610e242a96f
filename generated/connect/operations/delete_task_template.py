"""Deletes the task template."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteTaskTemplate:
    """Deletes the task template.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``task_template_id``: A unique identifier for the task template.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    task_template_id: str
    """A unique identifier for the task template."""

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
        value = self.task_template_id
        if value is None:
            errors.append(prefix + "task_template_id: required but missing")
        else:
            path = prefix + "task_template_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["TaskTemplateId"] = self.task_template_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteTaskTemplate:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteTaskTemplate")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            task_template_id=_rt.required(data, "TaskTemplateId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteTaskTemplateResponse:
    """The response of DeleteTaskTemplate.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    """

    http_status: int
    """The HTTP status code of the response."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        pass

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteTaskTemplateResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteTaskTemplateResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteTaskTemplateResponseDraft:
    """A :class:`DeleteTaskTemplateResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_task_template(
    instance_id: str,
    task_template_id: str,
) -> DeleteTaskTemplate:
    """Create a :class:`DeleteTaskTemplate` with all optional fields omitted."""
    return DeleteTaskTemplate(
        instance_id=instance_id,
        task_template_id=task_template_id,
    )


delete_task_template_instance_id = _rt.Lens[DeleteTaskTemplate, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_task_template_instance_id",
)
"""Lens on :attr:`DeleteTaskTemplate.instance_id`."""


delete_task_template_task_template_id = _rt.Lens[DeleteTaskTemplate, str](
    lambda s: s.task_template_id,
    lambda s, v: _dc.replace(s, task_template_id=v),
    "delete_task_template_task_template_id",
)
"""Lens on :attr:`DeleteTaskTemplate.task_template_id`."""


def new_delete_task_template_response(
    http_status: int,
) -> DeleteTaskTemplateResponse:
    """Create a :class:`DeleteTaskTemplateResponse` with all optional fields omitted."""
    return DeleteTaskTemplateResponse(
        http_status=http_status,
    )


delete_task_template_response_http_status = _rt.Lens[DeleteTaskTemplateResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_task_template_response_http_status",
)
"""Lens on :attr:`DeleteTaskTemplateResponse.http_status`."""


def _serialize(request: DeleteTaskTemplate, validate: bool = True) -> _rt.HttpRequest:
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
    body = b""
    return _rt.HttpRequest(
        method="DELETE",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DeleteTaskTemplateResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteTaskTemplateResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteTaskTemplateResponse)


OPERATION: _rt.Operation[DeleteTaskTemplate, DeleteTaskTemplateResponse] = (
    _rt.Operation(
        "DeleteTaskTemplate",
        DeleteTaskTemplate,
        DeleteTaskTemplateResponse,
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
)
"""The DeleteTaskTemplate operation: its types, errors and wire codec."""
