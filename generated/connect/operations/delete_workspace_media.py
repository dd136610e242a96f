"""Deletes a media asset (such as a logo) from a workspace."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_MEDIA_TYPE_VALUES = frozenset(
    (
        "IMAGE_LOGO_LIGHT_FAVICON",
        "IMAGE_LOGO_DARK_FAVICON",
        "IMAGE_LOGO_LIGHT_HORIZONTAL",
        "IMAGE_LOGO_DARK_HORIZONTAL",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteWorkspaceMedia:
    """Deletes a media asset (such as a logo) from a workspace.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``workspace_id``: The identifier of the workspace.
    - ``media_type``: The type of media to delete.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    workspace_id: str
    """The identifier of the workspace."""

    media_type: str
    """The type of media to delete. Valid values are: ``IMAGE_LOGO_FAVICON``
    and ``IMAGE_LOGO_HORIZONTAL``.
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
        value = self.media_type
        if value is None:
            errors.append(prefix + "media_type: required but missing")
        else:
            path = prefix + "media_type"
            _rt.check_str(errors, path, value, enum=_MEDIA_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["WorkspaceId"] = self.workspace_id
        result["MediaType"] = self.media_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteWorkspaceMedia:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteWorkspaceMedia")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            workspace_id=_rt.required(data, "WorkspaceId", path),
            media_type=_rt.required(data, "MediaType", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteWorkspaceMediaResponse:
    """The response of DeleteWorkspaceMedia.

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
    ) -> DeleteWorkspaceMediaResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteWorkspaceMediaResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteWorkspaceMediaResponseDraft:
    """A :class:`DeleteWorkspaceMediaResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_workspace_media(
    instance_id: str,
    workspace_id: str,
    media_type: str,
) -> DeleteWorkspaceMedia:
    """Create a :class:`DeleteWorkspaceMedia` with all optional fields omitted."""
    return DeleteWorkspaceMedia(
        instance_id=instance_id,
        workspace_id=workspace_id,
        media_type=media_type,
    )


delete_workspace_media_instance_id = _rt.Lens[DeleteWorkspaceMedia, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_workspace_media_instance_id",
)
"""Lens on :attr:`DeleteWorkspaceMedia.instance_id`."""


delete_workspace_media_workspace_id = _rt.Lens[DeleteWorkspaceMedia, str](
    lambda s: s.workspace_id,
    lambda s, v: _dc.replace(s, workspace_id=v),
    "delete_workspace_media_workspace_id",
)
"""Lens on :attr:`DeleteWorkspaceMedia.workspace_id`."""


delete_workspace_media_media_type = _rt.Lens[DeleteWorkspaceMedia, str](
    lambda s: s.media_type,
    lambda s, v: _dc.replace(s, media_type=v),
    "delete_workspace_media_media_type",
)
"""Lens on :attr:`DeleteWorkspaceMedia.media_type`."""


def new_delete_workspace_media_response(
    http_status: int,
) -> DeleteWorkspaceMediaResponse:
    """Create a :class:`DeleteWorkspaceMediaResponse` with all optional fields omitted."""
    return DeleteWorkspaceMediaResponse(
        http_status=http_status,
    )


delete_workspace_media_response_http_status = _rt.Lens[
    DeleteWorkspaceMediaResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_workspace_media_response_http_status",
)
"""Lens on :attr:`DeleteWorkspaceMediaResponse.http_status`."""


def _serialize(request: DeleteWorkspaceMedia, validate: bool = True) -> _rt.HttpRequest:
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
        + "/media"
    )
    query: list[tuple[str, str | None]] = []
    query.append(("mediaType", request.media_type))
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
) -> DeleteWorkspaceMediaResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteWorkspaceMediaResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteWorkspaceMediaResponse)


OPERATION: _rt.Operation[DeleteWorkspaceMedia, DeleteWorkspaceMediaResponse] = (
    _rt.Operation(
        "DeleteWorkspaceMedia",
        DeleteWorkspaceMedia,
        DeleteWorkspaceMediaResponse,
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
"""The DeleteWorkspaceMedia operation: its types, errors and wire codec."""
