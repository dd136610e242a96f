"""Updates the metadata of a workspace, such as its name and description."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from .. import runtime as _rt

_PATTERN_1 = _rt.Pattern(
    ".*\\\\S.*",
    "[^\\n\\r\\x85\\u2028\\u2029]*\\\\S[^\\n\\r\\x85\\u2028\\u2029]*",
)
_PATTERN_2 = _rt.Pattern(
    "^[\\\\P{C}\\r\\n\\t]*$",
    "^[\\\\P{C}\\r\\n\\t]*(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_PATTERN_3 = _rt.Pattern(
    "^[\\\\P{C}]*$",
    "^[\\\\P{C}]*(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateWorkspaceMetadata:
    """Updates the metadata of a workspace, such as its name and description."""

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    workspace_id: str
    """The identifier of the workspace."""

    name: str | None = None
    """The name of the workspace."""

    description: str | None = None
    """The description of the workspace."""

    title: str | None = None
    """The title displayed for the workspace."""

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
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(
                errors, path, value, min_len=0, max_len=500, pattern=_PATTERN_2
            )
        value = self.title
        if value is not None:
            path = prefix + "title"
            _rt.check_str(
                errors, path, value, min_len=0, max_len=127, pattern=_PATTERN_3
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["WorkspaceId"] = self.workspace_id
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        if self.title is not None:
            result["Title"] = self.title
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any]) -> UpdateWorkspaceMetadata:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`)."""
        return cls(
            instance_id=_rt.required(data, "InstanceId"),
            workspace_id=_rt.required(data, "WorkspaceId"),
            name=data.get("Name"),
            description=data.get("Description"),
            title=data.get("Title"),
        )


def new_update_workspace_metadata(
    instance_id: str,
    workspace_id: str,
) -> UpdateWorkspaceMetadata:
    """Create a :class:`UpdateWorkspaceMetadata` with all optional fields omitted."""
    return UpdateWorkspaceMetadata(
        instance_id=instance_id,
        workspace_id=workspace_id,
    )


update_workspace_metadata_instance_id: _rt.Lens[UpdateWorkspaceMetadata, str] = (
    _rt.Lens(
        lambda s: s.instance_id,
        lambda s, v: _dc.replace(s, instance_id=v),
        "update_workspace_metadata_instance_id",
    )
)
"""Lens on :attr:`UpdateWorkspaceMetadata.instance_id`."""


update_workspace_metadata_workspace_id: _rt.Lens[UpdateWorkspaceMetadata, str] = (
    _rt.Lens(
        lambda s: s.workspace_id,
        lambda s, v: _dc.replace(s, workspace_id=v),
        "update_workspace_metadata_workspace_id",
    )
)
"""Lens on :attr:`UpdateWorkspaceMetadata.workspace_id`."""


update_workspace_metadata_name: _rt.Lens[UpdateWorkspaceMetadata, str | None] = (
    _rt.Lens(
        lambda s: s.name,
        lambda s, v: _dc.replace(s, name=v),
        "update_workspace_metadata_name",
    )
)
"""Lens on :attr:`UpdateWorkspaceMetadata.name`."""


update_workspace_metadata_description: _rt.Lens[UpdateWorkspaceMetadata, str | None] = (
    _rt.Lens(
        lambda s: s.description,
        lambda s, v: _dc.replace(s, description=v),
        "update_workspace_metadata_description",
    )
)
"""Lens on :attr:`UpdateWorkspaceMetadata.description`."""


update_workspace_metadata_title: _rt.Lens[UpdateWorkspaceMetadata, str | None] = (
    _rt.Lens(
        lambda s: s.title,
        lambda s, v: _dc.replace(s, title=v),
        "update_workspace_metadata_title",
    )
)
"""Lens on :attr:`UpdateWorkspaceMetadata.title`."""


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateWorkspaceMetadataResponse:
    """The response of UpdateWorkspaceMetadata."""

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
        cls, data: _t.Mapping[str, _t.Any]
    ) -> UpdateWorkspaceMetadataResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`)."""
        return cls(
            http_status=_rt.required(data, "ResponseMetadata")["HTTPStatusCode"],
        )


def new_update_workspace_metadata_response(
    http_status: int,
) -> UpdateWorkspaceMetadataResponse:
    """Create a :class:`UpdateWorkspaceMetadataResponse` with all optional fields omitted."""
    return UpdateWorkspaceMetadataResponse(
        http_status=http_status,
    )


update_workspace_metadata_response_http_status: _rt.Lens[
    UpdateWorkspaceMetadataResponse, int
] = _rt.Lens(
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_workspace_metadata_response_http_status",
)
"""Lens on :attr:`UpdateWorkspaceMetadataResponse.http_status`."""


def _serialize(
    request: UpdateWorkspaceMetadata, validate: bool = True
) -> _rt.HttpRequest:
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
        + "/metadata"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.name is not None:
        data["Name"] = request.name
    if request.description is not None:
        data["Description"] = request.description
    if request.title is not None:
        data["Title"] = request.title
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
) -> UpdateWorkspaceMetadataResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    try:
        return UpdateWorkspaceMetadataResponse(
            http_status=status,
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            str(exc), http_status=status, body=body
        ) from None


OPERATION: _rt.Operation[UpdateWorkspaceMetadata, UpdateWorkspaceMetadataResponse] = (
    _rt.Operation(
        "UpdateWorkspaceMetadata",
        UpdateWorkspaceMetadata,
        UpdateWorkspaceMetadataResponse,
        (
            _errors.InvalidRequestException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.DuplicateResourceException,
            _errors.ThrottlingException,
            _errors.AccessDeniedException,
            _errors.InvalidParameterException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The UpdateWorkspaceMetadata operation: its types, errors and wire codec."""
