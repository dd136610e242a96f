"""Deletes a workspace and removes all associated view and resource assignments."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteWorkspace:
    """Deletes a workspace and removes all associated view and resource
    assignments.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``workspace_id``: The identifier of the workspace.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    workspace_id: str
    """The identifier of the workspace."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["WorkspaceId"] = self.workspace_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteWorkspace:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteWorkspace")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            workspace_id=_rt.required(data, "WorkspaceId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteWorkspaceResponse:
    """The response of DeleteWorkspace.

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
    ) -> DeleteWorkspaceResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteWorkspaceResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteWorkspaceResponseDraft:
    """A :class:`DeleteWorkspaceResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_workspace(
    instance_id: str,
    workspace_id: str,
) -> DeleteWorkspace:
    """Create a :class:`DeleteWorkspace` with all optional fields omitted."""
    return DeleteWorkspace(
        instance_id=instance_id,
        workspace_id=workspace_id,
    )


delete_workspace_instance_id = _rt.Lens[DeleteWorkspace, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_workspace_instance_id",
)
"""Lens on :attr:`DeleteWorkspace.instance_id`."""


delete_workspace_workspace_id = _rt.Lens[DeleteWorkspace, str](
    lambda s: s.workspace_id,
    lambda s, v: _dc.replace(s, workspace_id=v),
    "delete_workspace_workspace_id",
)
"""Lens on :attr:`DeleteWorkspace.workspace_id`."""


def new_delete_workspace_response(
    http_status: int,
) -> DeleteWorkspaceResponse:
    """Create a :class:`DeleteWorkspaceResponse` with all optional fields omitted."""
    return DeleteWorkspaceResponse(
        http_status=http_status,
    )


delete_workspace_response_http_status = _rt.Lens[DeleteWorkspaceResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_workspace_response_http_status",
)
"""Lens on :attr:`DeleteWorkspaceResponse.http_status`."""


def _serialize(request: DeleteWorkspace, validate: bool = True) -> _rt.HttpRequest:
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
) -> DeleteWorkspaceResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteWorkspaceResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteWorkspaceResponse)


OPERATION: _rt.Operation[DeleteWorkspace, DeleteWorkspaceResponse] = _rt.Operation(
    "DeleteWorkspace",
    DeleteWorkspace,
    DeleteWorkspaceResponse,
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
"""The DeleteWorkspace operation: its types, errors and wire codec."""
