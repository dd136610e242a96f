"""Removes the association between a workspace and one or more users or routing profiles."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.failed_batch_association_summary import FailedBatchAssociationSummary
from ..shapes.successful_batch_association_summary import (
    SuccessfulBatchAssociationSummary,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateWorkspace:
    """Removes the association between a workspace and one or more users or
    routing profiles.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``workspace_id``: The identifier of the workspace.
    - ``resource_arns``: The Amazon Resource Names (ARNs) of the resources to disassociate from the workspace.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    workspace_id: str
    """The identifier of the workspace."""

    resource_arns: list[str]
    """The Amazon Resource Names (ARNs) of the resources to disassociate from
    the workspace.
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
        value = self.workspace_id
        if value is None:
            errors.append(prefix + "workspace_id: required but missing")
        else:
            path = prefix + "workspace_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.resource_arns
        if value is None:
            errors.append(prefix + "resource_arns: required but missing")
        else:
            path = prefix + "resource_arns"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 25)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["WorkspaceId"] = self.workspace_id
        result["ResourceArns"] = list(self.resource_arns)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DisassociateWorkspace:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DisassociateWorkspace")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            workspace_id=_rt.required(data, "WorkspaceId", path),
            resource_arns=list(
                _rt.expect_sequence(
                    _rt.required(data, "ResourceArns", path), path + "ResourceArns"
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateWorkspaceResponse:
    """The response of DisassociateWorkspace.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``successful_list``: A list of resources that were successfully disassociated from the workspace.
    - ``failed_list``: A list of resources that failed to be disassociated from the workspace, including error details.
    """

    http_status: int
    """The HTTP status code of the response."""

    successful_list: list[SuccessfulBatchAssociationSummary] | None = None
    """A list of resources that were successfully disassociated from the
    workspace.
    """

    failed_list: list[FailedBatchAssociationSummary] | None = None
    """A list of resources that failed to be disassociated from the workspace,
    including error details.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.successful_list
        if value is not None:
            path = prefix + "successful_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, SuccessfulBatchAssociationSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected SuccessfulBatchAssociationSummary, got {type(v1).__name__}"
                            )
        value = self.failed_list
        if value is not None:
            path = prefix + "failed_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, FailedBatchAssociationSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected FailedBatchAssociationSummary, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.successful_list is not None:
            result["SuccessfulList"] = [v1.to_dict() for v1 in self.successful_list]
        if self.failed_list is not None:
            result["FailedList"] = [v1.to_dict() for v1 in self.failed_list]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DisassociateWorkspaceResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DisassociateWorkspaceResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            successful_list=(
                None
                if (value := data.get("SuccessfulList")) is None
                else [
                    SuccessfulBatchAssociationSummary.from_dict(
                        v1, path=path + "SuccessfulList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "SuccessfulList")
                    )
                ]
            ),
            failed_list=(
                None
                if (value := data.get("FailedList")) is None
                else [
                    FailedBatchAssociationSummary.from_dict(
                        v1, path=path + "FailedList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "FailedList")
                    )
                ]
            ),
        )


class _DisassociateWorkspaceResponseDraft:
    """A :class:`DisassociateWorkspaceResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "successful_list", "failed_list")
    http_status: int
    successful_list: list[SuccessfulBatchAssociationSummary] | None
    failed_list: list[FailedBatchAssociationSummary] | None


def new_disassociate_workspace(
    instance_id: str,
    workspace_id: str,
    resource_arns: list[str],
) -> DisassociateWorkspace:
    """Create a :class:`DisassociateWorkspace` with all optional fields omitted."""
    return DisassociateWorkspace(
        instance_id=instance_id,
        workspace_id=workspace_id,
        resource_arns=resource_arns,
    )


disassociate_workspace_instance_id = _rt.Lens[DisassociateWorkspace, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "disassociate_workspace_instance_id",
)
"""Lens on :attr:`DisassociateWorkspace.instance_id`."""


disassociate_workspace_workspace_id = _rt.Lens[DisassociateWorkspace, str](
    lambda s: s.workspace_id,
    lambda s, v: _dc.replace(s, workspace_id=v),
    "disassociate_workspace_workspace_id",
)
"""Lens on :attr:`DisassociateWorkspace.workspace_id`."""


disassociate_workspace_resource_arns = _rt.Lens[DisassociateWorkspace, list[str]](
    lambda s: s.resource_arns,
    lambda s, v: _dc.replace(s, resource_arns=v),
    "disassociate_workspace_resource_arns",
)
"""Lens on :attr:`DisassociateWorkspace.resource_arns`."""


def new_disassociate_workspace_response(
    http_status: int,
) -> DisassociateWorkspaceResponse:
    """Create a :class:`DisassociateWorkspaceResponse` with all optional fields omitted."""
    return DisassociateWorkspaceResponse(
        http_status=http_status,
    )


disassociate_workspace_response_http_status = _rt.Lens[
    DisassociateWorkspaceResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "disassociate_workspace_response_http_status",
)
"""Lens on :attr:`DisassociateWorkspaceResponse.http_status`."""


disassociate_workspace_response_successful_list = _rt.Lens[
    DisassociateWorkspaceResponse, list[SuccessfulBatchAssociationSummary] | None
](
    lambda s: s.successful_list,
    lambda s, v: _dc.replace(s, successful_list=v),
    "disassociate_workspace_response_successful_list",
)
"""Lens on :attr:`DisassociateWorkspaceResponse.successful_list`."""


disassociate_workspace_response_failed_list = _rt.Lens[
    DisassociateWorkspaceResponse, list[FailedBatchAssociationSummary] | None
](
    lambda s: s.failed_list,
    lambda s, v: _dc.replace(s, failed_list=v),
    "disassociate_workspace_response_failed_list",
)
"""Lens on :attr:`DisassociateWorkspaceResponse.failed_list`."""


def _serialize(
    request: DisassociateWorkspace, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.workspace_id == "":
        raise _rt.ValidationError(
            ["workspace_id: a URI label must be set and not empty"]
        )
    path = (
        "/workspaces/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.workspace_id, "workspace_id")
        + "/disassociate"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ResourceArns"] = request.resource_arns
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
) -> DisassociateWorkspaceResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DisassociateWorkspaceResponseDraft()
    draft.http_status = status
    try:
        draft.successful_list = (
            None
            if (value := data.get("SuccessfulList")) is None
            else [
                SuccessfulBatchAssociationSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "SuccessfulList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "SuccessfulList")
                )
                if v1 is not None
            ]
        )
        draft.failed_list = (
            None
            if (value := data.get("FailedList")) is None
            else [
                FailedBatchAssociationSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "FailedList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "FailedList")
                )
                if v1 is not None
            ]
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DisassociateWorkspaceResponse)


OPERATION: _rt.Operation[DisassociateWorkspace, DisassociateWorkspaceResponse] = (
    _rt.Operation(
        "DisassociateWorkspace",
        DisassociateWorkspace,
        DisassociateWorkspaceResponse,
        (
            _errors.InvalidRequestException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.ThrottlingException,
            _errors.AccessDeniedException,
            _errors.InvalidParameterException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The DisassociateWorkspace operation: its types, errors and wire codec."""
