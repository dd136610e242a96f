"""Retrieves details about a workspace, including its configuration and metadata."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.workspace import Workspace


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeWorkspace:
    """Retrieves details about a workspace, including its configuration and
    metadata.

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
    ) -> DescribeWorkspace:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeWorkspace")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            workspace_id=_rt.required(data, "WorkspaceId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeWorkspaceResponse:
    """The response of DescribeWorkspace.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``workspace``: Information about the workspace.
    """

    http_status: int
    """The HTTP status code of the response."""

    workspace: Workspace | None
    """Information about the workspace."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.workspace
        if value is None:
            errors.append(prefix + "workspace: required but missing")
        else:
            path = prefix + "workspace"
            if isinstance(value, Workspace):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Workspace, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.workspace is not None:
            result["Workspace"] = self.workspace.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeWorkspaceResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeWorkspaceResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            workspace=(
                None
                if (value := data.get("Workspace")) is None
                else Workspace.from_dict(value, path=path + "Workspace" + ".")
            ),
        )


class _DescribeWorkspaceResponseDraft:
    """A :class:`DescribeWorkspaceResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "workspace")
    http_status: int
    workspace: Workspace | None


def new_describe_workspace(
    instance_id: str,
    workspace_id: str,
) -> DescribeWorkspace:
    """Create a :class:`DescribeWorkspace` with all optional fields omitted."""
    return DescribeWorkspace(
        instance_id=instance_id,
        workspace_id=workspace_id,
    )


describe_workspace_instance_id = _rt.Lens[DescribeWorkspace, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_workspace_instance_id",
)
"""Lens on :attr:`DescribeWorkspace.instance_id`."""


describe_workspace_workspace_id = _rt.Lens[DescribeWorkspace, str](
    lambda s: s.workspace_id,
    lambda s, v: _dc.replace(s, workspace_id=v),
    "describe_workspace_workspace_id",
)
"""Lens on :attr:`DescribeWorkspace.workspace_id`."""


def new_describe_workspace_response(
    http_status: int,
    workspace: Workspace,
) -> DescribeWorkspaceResponse:
    """Create a :class:`DescribeWorkspaceResponse` with all optional fields omitted."""
    return DescribeWorkspaceResponse(
        http_status=http_status,
        workspace=workspace,
    )


describe_workspace_response_http_status = _rt.Lens[DescribeWorkspaceResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_workspace_response_http_status",
)
"""Lens on :attr:`DescribeWorkspaceResponse.http_status`."""


describe_workspace_response_workspace = _rt.Lens[
    DescribeWorkspaceResponse, Workspace | None
](
    lambda s: s.workspace,
    lambda s, v: _dc.replace(s, workspace=v),
    "describe_workspace_response_workspace",
)
"""Lens on :attr:`DescribeWorkspaceResponse.workspace`."""


def _serialize(request: DescribeWorkspace, validate: bool = True) -> _rt.HttpRequest:
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
        method="GET",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DescribeWorkspaceResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeWorkspaceResponseDraft()
    draft.http_status = status
    try:
        draft.workspace = (
            None
            if (value := data.get("Workspace")) is None
            else Workspace._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Workspace")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeWorkspaceResponse)


OPERATION: _rt.Operation[DescribeWorkspace, DescribeWorkspaceResponse] = _rt.Operation(
    "DescribeWorkspace",
    DescribeWorkspace,
    DescribeWorkspaceResponse,
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
"""The DescribeWorkspace operation: its types, errors and wire codec."""
