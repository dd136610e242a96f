"""Associates a view with a page in a workspace, defining what users see when they navigate to that page."""

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
class CreateWorkspacePage:
    """Associates a view with a page in a workspace, defining what users see
    when they navigate to that page.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    workspace_id: str
    """The identifier of the workspace."""

    resource_arn: str
    """The Amazon Resource Name (ARN) of the view to associate with the page."""

    page: str
    """The page identifier. Valid system pages include ``HOME`` and
    ``AGENT_EXPERIENCE``. Custom pages cannot use the ``aws:`` or
    ``connect:`` prefixes.
    """

    slug: str | None = None
    """The URL-friendly identifier for the page."""

    input_data: str | None = None
    """A JSON string containing input parameters for the view, validated
    against the view's input schema.
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
        value = self.resource_arn
        if value is None:
            errors.append(prefix + "resource_arn: required but missing")
        else:
            path = prefix + "resource_arn"
            _rt.check_str(errors, path, value)
        value = self.page
        if value is None:
            errors.append(prefix + "page: required but missing")
        else:
            path = prefix + "page"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=25, pattern=_PATTERN_1
            )
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
        result["ResourceArn"] = self.resource_arn
        result["Page"] = self.page
        if self.slug is not None:
            result["Slug"] = self.slug
        if self.input_data is not None:
            result["InputData"] = self.input_data
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> CreateWorkspacePage:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`)."""
        return cls(
            instance_id=_rt.required(data, "InstanceId"),
            workspace_id=_rt.required(data, "WorkspaceId"),
            resource_arn=_rt.required(data, "ResourceArn"),
            page=_rt.required(data, "Page"),
            slug=data.get("Slug"),
            input_data=data.get("InputData"),
        )


def new_create_workspace_page(
    instance_id: str,
    workspace_id: str,
    resource_arn: str,
    page: str,
) -> CreateWorkspacePage:
    """Create a :class:`CreateWorkspacePage` with all optional fields omitted."""
    return CreateWorkspacePage(
        instance_id=instance_id,
        workspace_id=workspace_id,
        resource_arn=resource_arn,
        page=page,
    )


create_workspace_page_instance_id: _rt.Lens[CreateWorkspacePage, str] = _rt.Lens(
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "create_workspace_page_instance_id",
)
"""Lens on :attr:`CreateWorkspacePage.instance_id`."""


create_workspace_page_workspace_id: _rt.Lens[CreateWorkspacePage, str] = _rt.Lens(
    lambda s: s.workspace_id,
    lambda s, v: _dc.replace(s, workspace_id=v),
    "create_workspace_page_workspace_id",
)
"""Lens on :attr:`CreateWorkspacePage.workspace_id`."""


create_workspace_page_resource_arn: _rt.Lens[CreateWorkspacePage, str] = _rt.Lens(
    lambda s: s.resource_arn,
    lambda s, v: _dc.replace(s, resource_arn=v),
    "create_workspace_page_resource_arn",
)
"""Lens on :attr:`CreateWorkspacePage.resource_arn`."""


create_workspace_page_page: _rt.Lens[CreateWorkspacePage, str] = _rt.Lens(
    lambda s: s.page,
    lambda s, v: _dc.replace(s, page=v),
    "create_workspace_page_page",
)
"""Lens on :attr:`CreateWorkspacePage.page`."""


create_workspace_page_slug: _rt.Lens[CreateWorkspacePage, str | None] = _rt.Lens(
    lambda s: s.slug,
    lambda s, v: _dc.replace(s, slug=v),
    "create_workspace_page_slug",
)
"""Lens on :attr:`CreateWorkspacePage.slug`."""


create_workspace_page_input_data: _rt.Lens[CreateWorkspacePage, str | None] = _rt.Lens(
    lambda s: s.input_data,
    lambda s, v: _dc.replace(s, input_data=v),
    "create_workspace_page_input_data",
)
"""Lens on :attr:`CreateWorkspacePage.input_data`."""


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateWorkspacePageResponse:
    """The response of CreateWorkspacePage."""

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
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> CreateWorkspacePageResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`)."""
        return cls(
            http_status=_rt.required(data, "ResponseMetadata")["HTTPStatusCode"],
        )


def new_create_workspace_page_response(
    http_status: int,
) -> CreateWorkspacePageResponse:
    """Create a :class:`CreateWorkspacePageResponse` with all optional fields omitted."""
    return CreateWorkspacePageResponse(
        http_status=http_status,
    )


create_workspace_page_response_http_status: _rt.Lens[
    CreateWorkspacePageResponse, int
] = _rt.Lens(
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "create_workspace_page_response_http_status",
)
"""Lens on :attr:`CreateWorkspacePageResponse.http_status`."""


def _serialize(request: CreateWorkspacePage, validate: bool = True) -> _rt.HttpRequest:
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
    path = (
        "/workspaces/"
        + _rt.quote_label(request.instance_id)
        + "/"
        + _rt.quote_label(request.workspace_id)
        + "/pages"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ResourceArn"] = request.resource_arn
    data["Page"] = request.page
    if request.slug is not None:
        data["Slug"] = request.slug
    if request.input_data is not None:
        data["InputData"] = request.input_data
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
) -> CreateWorkspacePageResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    try:
        return CreateWorkspacePageResponse(
            http_status=status,
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            str(exc), http_status=status, body=body
        ) from None


OPERATION: _rt.Operation[CreateWorkspacePage, CreateWorkspacePageResponse] = (
    _rt.Operation(
        "CreateWorkspacePage",
        CreateWorkspacePage,
        CreateWorkspacePageResponse,
        (
            _errors.InvalidRequestException,
            _errors.DuplicateResourceException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.ThrottlingException,
            _errors.AccessDeniedException,
            _errors.InvalidParameterException,
            _errors.ResourceConflictException,
            _errors.LimitExceededException,
            _errors.ServiceQuotaExceededException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The CreateWorkspacePage operation: its types, errors and wire codec."""
