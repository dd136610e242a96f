"""Updates the configuration of a page in a workspace, including the associated view and input data."""

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
_PATTERN_2 = _rt.Pattern(
    "^$|^[\\\\p{L}\\\\p{Z}\\\\p{N}\\\\-_.:=@'|]{3,}$",
    "^(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)|^[\\\\p{L}\\\\p{Z}\\\\p{N}\\\\-_.:=@'|]{3,}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateWorkspacePage:
    """Updates the configuration of a page in a workspace, including the
    associated view and input data.
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
    """The current page identifier."""

    new_page: str | None = None
    """The new page identifier, if changing the page name."""

    resource_arn: str | None = None
    """The Amazon Resource Name (ARN) of the view to associate with the page."""

    slug: str | None = None
    """The URL-friendly identifier for the page."""

    input_data: str | None = None
    """A JSON string containing input parameters for the view."""

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
        value = self.new_page
        if value is not None:
            path = prefix + "new_page"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=25, pattern=_PATTERN_1
            )
        value = self.resource_arn
        if value is not None:
            path = prefix + "resource_arn"
            _rt.check_str(errors, path, value)
        value = self.slug
        if value is not None:
            path = prefix + "slug"
            _rt.check_str(
                errors, path, value, min_len=0, max_len=63, pattern=_PATTERN_2
            )
        value = self.input_data
        if value is not None:
            path = prefix + "input_data"
            _rt.check_str(errors, path, value, min_len=0, max_len=4096)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["WorkspaceId"] = self.workspace_id
        result["Page"] = self.page
        if self.new_page is not None:
            result["NewPage"] = self.new_page
        if self.resource_arn is not None:
            result["ResourceArn"] = self.resource_arn
        if self.slug is not None:
            result["Slug"] = self.slug
        if self.input_data is not None:
            result["InputData"] = self.input_data
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> UpdateWorkspacePage:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`)."""
        return cls(
            instance_id=_rt.required(data, "InstanceId"),
            workspace_id=_rt.required(data, "WorkspaceId"),
            page=_rt.required(data, "Page"),
            new_page=data.get("NewPage"),
            resource_arn=data.get("ResourceArn"),
            slug=data.get("Slug"),
            input_data=data.get("InputData"),
        )


def new_update_workspace_page(
    instance_id: str,
    workspace_id: str,
    page: str,
) -> UpdateWorkspacePage:
    """Create a :class:`UpdateWorkspacePage` with all optional fields omitted."""
    return UpdateWorkspacePage(
        instance_id=instance_id,
        workspace_id=workspace_id,
        page=page,
    )


update_workspace_page_instance_id: _rt.Lens[UpdateWorkspacePage, str] = _rt.Lens(
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_workspace_page_instance_id",
)
"""Lens on :attr:`UpdateWorkspacePage.instance_id`."""


update_workspace_page_workspace_id: _rt.Lens[UpdateWorkspacePage, str] = _rt.Lens(
    lambda s: s.workspace_id,
    lambda s, v: _dc.replace(s, workspace_id=v),
    "update_workspace_page_workspace_id",
)
"""Lens on :attr:`UpdateWorkspacePage.workspace_id`."""


update_workspace_page_page: _rt.Lens[UpdateWorkspacePage, str] = _rt.Lens(
    lambda s: s.page,
    lambda s, v: _dc.replace(s, page=v),
    "update_workspace_page_page",
)
"""Lens on :attr:`UpdateWorkspacePage.page`."""


update_workspace_page_new_page: _rt.Lens[UpdateWorkspacePage, str | None] = _rt.Lens(
    lambda s: s.new_page,
    lambda s, v: _dc.replace(s, new_page=v),
    "update_workspace_page_new_page",
)
"""Lens on :attr:`UpdateWorkspacePage.new_page`."""


update_workspace_page_resource_arn: _rt.Lens[UpdateWorkspacePage, str | None] = (
    _rt.Lens(
        lambda s: s.resource_arn,
        lambda s, v: _dc.replace(s, resource_arn=v),
        "update_workspace_page_resource_arn",
    )
)
"""Lens on :attr:`UpdateWorkspacePage.resource_arn`."""


update_workspace_page_slug: _rt.Lens[UpdateWorkspacePage, str | None] = _rt.Lens(
    lambda s: s.slug,
    lambda s, v: _dc.replace(s, slug=v),
    "update_workspace_page_slug",
)
"""Lens on :attr:`UpdateWorkspacePage.slug`."""


update_workspace_page_input_data: _rt.Lens[UpdateWorkspacePage, str | None] = _rt.Lens(
    lambda s: s.input_data,
    lambda s, v: _dc.replace(s, input_data=v),
    "update_workspace_page_input_data",
)
"""Lens on :attr:`UpdateWorkspacePage.input_data`."""


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateWorkspacePageResponse:
    """The response of UpdateWorkspacePage."""

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
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> UpdateWorkspacePageResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`)."""
        return cls(
            http_status=_rt.required(data, "ResponseMetadata")["HTTPStatusCode"],
        )


def new_update_workspace_page_response(
    http_status: int,
) -> UpdateWorkspacePageResponse:
    """Create a :class:`UpdateWorkspacePageResponse` with all optional fields omitted."""
    return UpdateWorkspacePageResponse(
        http_status=http_status,
    )


update_workspace_page_response_http_status: _rt.Lens[
    UpdateWorkspacePageResponse, int
] = _rt.Lens(
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_workspace_page_response_http_status",
)
"""Lens on :attr:`UpdateWorkspacePageResponse.http_status`."""


def _serialize(request: UpdateWorkspacePage, validate: bool = True) -> _rt.HttpRequest:
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
    data: dict[str, _t.Any] = {}
    if request.new_page is not None:
        data["NewPage"] = request.new_page
    if request.resource_arn is not None:
        data["ResourceArn"] = request.resource_arn
    if request.slug is not None:
        data["Slug"] = request.slug
    if request.input_data is not None:
        data["InputData"] = request.input_data
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
) -> UpdateWorkspacePageResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    try:
        return UpdateWorkspacePageResponse(
            http_status=status,
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            str(exc), http_status=status, body=body
        ) from None


OPERATION: _rt.Operation[UpdateWorkspacePage, UpdateWorkspacePageResponse] = (
    _rt.Operation(
        "UpdateWorkspacePage",
        UpdateWorkspacePage,
        UpdateWorkspacePageResponse,
        (
            _errors.InvalidRequestException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.ThrottlingException,
            _errors.AccessDeniedException,
            _errors.InvalidParameterException,
            _errors.DuplicateResourceException,
            _errors.ResourceConflictException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The UpdateWorkspacePage operation: its types, errors and wire codec."""
