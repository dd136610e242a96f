"""Removes the association between a view and a page in a workspace."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from .. import runtime as _rt

_PATTERN_1 = _rt.Pattern(
    "^(?!\\\\.$)(?!\\\\.\\\\.$)[\\\\p{L}\\\\p{Z}\\\\p{N}\\\\-_.:=@'|]+$",
    "^(?!\\\\[^\\n\\r\\x85\\u2028\\u2029](?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z))(?!\\\\[^\\n\\r\\x85\\u2028\\u2029]\\\\[^\\n\\r\\x85\\u2028\\u2029](?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z))[\\\\p{L}\\\\p{Z}\\\\p{N}\\\\-_.:=@'|]+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteWorkspacePage:
    """Removes the association between a view and a page in a workspace. The
    page will display the default view after deletion.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    workspace_id: str
    """The identifier of the workspace."""

    page: str
    """The page identifier."""

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
        value = self.page
        if value is None:
            errors.append(prefix + "page: required but missing")
        else:
            path = prefix + "page"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=25, pattern=_PATTERN_1
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["WorkspaceId"] = self.workspace_id
        result["Page"] = self.page
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> DeleteWorkspacePage:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`)."""
        return cls(
            instance_id=_rt.required(data, "InstanceId"),
            workspace_id=_rt.required(data, "WorkspaceId"),
            page=_rt.required(data, "Page"),
        )


def new_delete_workspace_page(
    instance_id: str,
    workspace_id: str,
    page: str,
) -> DeleteWorkspacePage:
    """Create a :class:`DeleteWorkspacePage` with all optional fields omitted."""
    return DeleteWorkspacePage(
        instance_id=instance_id,
        workspace_id=workspace_id,
        page=page,
    )


delete_workspace_page_instance_id: _rt.Lens[DeleteWorkspacePage, str] = _rt.Lens(
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_workspace_page_instance_id",
)
"""Lens on :attr:`DeleteWorkspacePage.instance_id`."""


delete_workspace_page_workspace_id: _rt.Lens[DeleteWorkspacePage, str] = _rt.Lens(
    lambda s: s.workspace_id,
    lambda s, v: _dc.replace(s, workspace_id=v),
    "delete_workspace_page_workspace_id",
)
"""Lens on :attr:`DeleteWorkspacePage.workspace_id`."""


delete_workspace_page_page: _rt.Lens[DeleteWorkspacePage, str] = _rt.Lens(
    lambda s: s.page,
    lambda s, v: _dc.replace(s, page=v),
    "delete_workspace_page_page",
)
"""Lens on :attr:`DeleteWorkspacePage.page`."""


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteWorkspacePageResponse:
    """The response of DeleteWorkspacePage."""

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
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> DeleteWorkspacePageResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`)."""
        return cls(
            http_status=_rt.required(data, "ResponseMetadata")["HTTPStatusCode"],
        )


def new_delete_workspace_page_response(
    http_status: int,
) -> DeleteWorkspacePageResponse:
    """Create a :class:`DeleteWorkspacePageResponse` with all optional fields omitted."""
    return DeleteWorkspacePageResponse(
        http_status=http_status,
    )


delete_workspace_page_response_http_status: _rt.Lens[
    DeleteWorkspacePageResponse, int
] = _rt.Lens(
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_workspace_page_response_http_status",
)
"""Lens on :attr:`DeleteWorkspacePageResponse.http_status`."""


def _serialize(request: DeleteWorkspacePage, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id is None or request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.workspace_id is None or request.workspace_id == "":
        raise _rt.ValidationError(
            ["workspace_id: a URI label must be set and not empty"]
        )
    if request.page is None or request.page == "":
        raise _rt.ValidationError(["page: a URI label must be set and not empty"])
    path = (
        "/workspaces/"
        + _rt.quote_label(request.instance_id)
        + "/"
        + _rt.quote_label(request.workspace_id)
        + "/pages/"
        + _rt.quote_label(request.page)
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
) -> DeleteWorkspacePageResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    try:
        return DeleteWorkspacePageResponse(
            http_status=status,
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            str(exc), http_status=status, body=body
        ) from None


OPERATION: _rt.Operation[DeleteWorkspacePage, DeleteWorkspacePageResponse] = (
    _rt.Operation(
        "DeleteWorkspacePage",
        DeleteWorkspacePage,
        DeleteWorkspacePageResponse,
        (
            _errors.InvalidRequestException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.ThrottlingException,
            _errors.AccessDeniedException,
            _errors.InvalidParameterException,
            _errors.ResourceConflictException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The DeleteWorkspacePage operation: its types, errors and wire codec."""
