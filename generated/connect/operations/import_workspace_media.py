"""Imports a media asset (such as a logo) for use in a workspace."""

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
_PATTERN_1 = _rt.Pattern(
    ".*\\S.*",
    "(?a)[^\\n\\r\\x85\\u2028\\u2029]*\\S[^\\n\\r\\x85\\u2028\\u2029]*",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ImportWorkspaceMedia:
    """Imports a media asset (such as a logo) for use in a workspace.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``workspace_id``: The identifier of the workspace.
    - ``media_type``: The type of media.
    - ``media_source``: The media source.
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
    """The type of media. Valid values are: ``IMAGE_LOGO_FAVICON`` and
    ``IMAGE_LOGO_HORIZONTAL``.
    """

    media_source: str
    """The media source. Can be an S3 presigned URL or a base64-encoded string."""

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
        value = self.media_source
        if value is None:
            errors.append(prefix + "media_source: required but missing")
        else:
            path = prefix + "media_source"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=533333, pattern=_PATTERN_1
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["WorkspaceId"] = self.workspace_id
        result["MediaType"] = self.media_type
        result["MediaSource"] = self.media_source
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ImportWorkspaceMedia:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ImportWorkspaceMedia")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            workspace_id=_rt.required(data, "WorkspaceId", path),
            media_type=_rt.required(data, "MediaType", path),
            media_source=_rt.required(data, "MediaSource", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ImportWorkspaceMediaResponse:
    """The response of ImportWorkspaceMedia.

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
    ) -> ImportWorkspaceMediaResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ImportWorkspaceMediaResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _ImportWorkspaceMediaResponseDraft:
    """A :class:`ImportWorkspaceMediaResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_import_workspace_media(
    instance_id: str,
    workspace_id: str,
    media_type: str,
    media_source: str,
) -> ImportWorkspaceMedia:
    """Create a :class:`ImportWorkspaceMedia` with all optional fields omitted."""
    return ImportWorkspaceMedia(
        instance_id=instance_id,
        workspace_id=workspace_id,
        media_type=media_type,
        media_source=media_source,
    )


import_workspace_media_instance_id = _rt.Lens[ImportWorkspaceMedia, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "import_workspace_media_instance_id",
)
"""Lens on :attr:`ImportWorkspaceMedia.instance_id`."""


import_workspace_media_workspace_id = _rt.Lens[ImportWorkspaceMedia, str](
    lambda s: s.workspace_id,
    lambda s, v: _dc.replace(s, workspace_id=v),
    "import_workspace_media_workspace_id",
)
"""Lens on :attr:`ImportWorkspaceMedia.workspace_id`."""


import_workspace_media_media_type = _rt.Lens[ImportWorkspaceMedia, str](
    lambda s: s.media_type,
    lambda s, v: _dc.replace(s, media_type=v),
    "import_workspace_media_media_type",
)
"""Lens on :attr:`ImportWorkspaceMedia.media_type`."""


import_workspace_media_media_source = _rt.Lens[ImportWorkspaceMedia, str](
    lambda s: s.media_source,
    lambda s, v: _dc.replace(s, media_source=v),
    "import_workspace_media_media_source",
)
"""Lens on :attr:`ImportWorkspaceMedia.media_source`."""


def new_import_workspace_media_response(
    http_status: int,
) -> ImportWorkspaceMediaResponse:
    """Create a :class:`ImportWorkspaceMediaResponse` with all optional fields omitted."""
    return ImportWorkspaceMediaResponse(
        http_status=http_status,
    )


import_workspace_media_response_http_status = _rt.Lens[
    ImportWorkspaceMediaResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "import_workspace_media_response_http_status",
)
"""Lens on :attr:`ImportWorkspaceMediaResponse.http_status`."""


def _serialize(request: ImportWorkspaceMedia, validate: bool = True) -> _rt.HttpRequest:
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
    data: dict[str, _t.Any] = {}
    data["MediaType"] = request.media_type
    data["MediaSource"] = request.media_source
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
) -> ImportWorkspaceMediaResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _ImportWorkspaceMediaResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, ImportWorkspaceMediaResponse)


OPERATION: _rt.Operation[ImportWorkspaceMedia, ImportWorkspaceMediaResponse] = (
    _rt.Operation(
        "ImportWorkspaceMedia",
        ImportWorkspaceMedia,
        ImportWorkspaceMediaResponse,
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
"""The ImportWorkspaceMedia operation: its types, errors and wire codec."""
