"""Updates the visibility setting of a workspace, controlling whether it is available to all users, assigned users only, or none."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_VISIBILITY_VALUES = frozenset(
    (
        "ALL",
        "ASSIGNED",
        "NONE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateWorkspaceVisibility:
    """Updates the visibility setting of a workspace, controlling whether it is
    available to all users, assigned users only, or none.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``workspace_id``: The identifier of the workspace.
    - ``visibility``: The visibility setting for the workspace.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    workspace_id: str
    """The identifier of the workspace."""

    visibility: str
    """The visibility setting for the workspace. Valid values are: ``ALL``
    (available to all users), ``ASSIGNED`` (available only to assigned users
    and routing profiles), and ``NONE`` (not visible to any users).
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
        value = self.visibility
        if value is None:
            errors.append(prefix + "visibility: required but missing")
        else:
            path = prefix + "visibility"
            _rt.check_str(errors, path, value, enum=_VISIBILITY_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["WorkspaceId"] = self.workspace_id
        result["Visibility"] = self.visibility
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateWorkspaceVisibility:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateWorkspaceVisibility")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            workspace_id=_rt.required(data, "WorkspaceId", path),
            visibility=_rt.required(data, "Visibility", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateWorkspaceVisibilityResponse:
    """The response of UpdateWorkspaceVisibility.

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
    ) -> UpdateWorkspaceVisibilityResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateWorkspaceVisibilityResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateWorkspaceVisibilityResponseDraft:
    """A :class:`UpdateWorkspaceVisibilityResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_workspace_visibility(
    instance_id: str,
    workspace_id: str,
    visibility: str,
) -> UpdateWorkspaceVisibility:
    """Create a :class:`UpdateWorkspaceVisibility` with all optional fields omitted."""
    return UpdateWorkspaceVisibility(
        instance_id=instance_id,
        workspace_id=workspace_id,
        visibility=visibility,
    )


update_workspace_visibility_instance_id = _rt.Lens[UpdateWorkspaceVisibility, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_workspace_visibility_instance_id",
)
"""Lens on :attr:`UpdateWorkspaceVisibility.instance_id`."""


update_workspace_visibility_workspace_id = _rt.Lens[UpdateWorkspaceVisibility, str](
    lambda s: s.workspace_id,
    lambda s, v: _dc.replace(s, workspace_id=v),
    "update_workspace_visibility_workspace_id",
)
"""Lens on :attr:`UpdateWorkspaceVisibility.workspace_id`."""


update_workspace_visibility_visibility = _rt.Lens[UpdateWorkspaceVisibility, str](
    lambda s: s.visibility,
    lambda s, v: _dc.replace(s, visibility=v),
    "update_workspace_visibility_visibility",
)
"""Lens on :attr:`UpdateWorkspaceVisibility.visibility`."""


def new_update_workspace_visibility_response(
    http_status: int,
) -> UpdateWorkspaceVisibilityResponse:
    """Create a :class:`UpdateWorkspaceVisibilityResponse` with all optional fields omitted."""
    return UpdateWorkspaceVisibilityResponse(
        http_status=http_status,
    )


update_workspace_visibility_response_http_status = _rt.Lens[
    UpdateWorkspaceVisibilityResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_workspace_visibility_response_http_status",
)
"""Lens on :attr:`UpdateWorkspaceVisibilityResponse.http_status`."""


def _serialize(
    request: UpdateWorkspaceVisibility, validate: bool = True
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
        + "/visibility"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["Visibility"] = request.visibility
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
) -> UpdateWorkspaceVisibilityResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateWorkspaceVisibilityResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateWorkspaceVisibilityResponse)


OPERATION: _rt.Operation[
    UpdateWorkspaceVisibility, UpdateWorkspaceVisibilityResponse
] = _rt.Operation(
    "UpdateWorkspaceVisibility",
    UpdateWorkspaceVisibility,
    UpdateWorkspaceVisibilityResponse,
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
"""The UpdateWorkspaceVisibility operation: its types, errors and wire codec."""
