"""Lists media assets (such as logos) associated with a workspace."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.media_item import MediaItem


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListWorkspaceMedia:
    """Lists media assets (such as logos) associated with a workspace.

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
    ) -> ListWorkspaceMedia:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListWorkspaceMedia")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            workspace_id=_rt.required(data, "WorkspaceId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListWorkspaceMediaResponse:
    """The response of ListWorkspaceMedia.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``media``: A list of media assets for the workspace.
    """

    http_status: int
    """The HTTP status code of the response."""

    media: list[MediaItem] | None = None
    """A list of media assets for the workspace."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.media
        if value is not None:
            path = prefix + "media"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, MediaItem):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected MediaItem, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.media is not None:
            result["Media"] = [v1.to_dict() for v1 in self.media]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListWorkspaceMediaResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListWorkspaceMediaResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            media=(
                None
                if (value := data.get("Media")) is None
                else [
                    MediaItem.from_dict(v1, path=path + "Media" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Media"))
                ]
            ),
        )


class _ListWorkspaceMediaResponseDraft:
    """A :class:`ListWorkspaceMediaResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "media")
    http_status: int
    media: list[MediaItem] | None


def new_list_workspace_media(
    instance_id: str,
    workspace_id: str,
) -> ListWorkspaceMedia:
    """Create a :class:`ListWorkspaceMedia` with all optional fields omitted."""
    return ListWorkspaceMedia(
        instance_id=instance_id,
        workspace_id=workspace_id,
    )


list_workspace_media_instance_id = _rt.Lens[ListWorkspaceMedia, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_workspace_media_instance_id",
)
"""Lens on :attr:`ListWorkspaceMedia.instance_id`."""


list_workspace_media_workspace_id = _rt.Lens[ListWorkspaceMedia, str](
    lambda s: s.workspace_id,
    lambda s, v: _dc.replace(s, workspace_id=v),
    "list_workspace_media_workspace_id",
)
"""Lens on :attr:`ListWorkspaceMedia.workspace_id`."""


def new_list_workspace_media_response(
    http_status: int,
) -> ListWorkspaceMediaResponse:
    """Create a :class:`ListWorkspaceMediaResponse` with all optional fields omitted."""
    return ListWorkspaceMediaResponse(
        http_status=http_status,
    )


list_workspace_media_response_http_status = _rt.Lens[ListWorkspaceMediaResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_workspace_media_response_http_status",
)
"""Lens on :attr:`ListWorkspaceMediaResponse.http_status`."""


list_workspace_media_response_media = _rt.Lens[
    ListWorkspaceMediaResponse, list[MediaItem] | None
](
    lambda s: s.media,
    lambda s, v: _dc.replace(s, media=v),
    "list_workspace_media_response_media",
)
"""Lens on :attr:`ListWorkspaceMediaResponse.media`."""


def _serialize(request: ListWorkspaceMedia, validate: bool = True) -> _rt.HttpRequest:
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
) -> ListWorkspaceMediaResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListWorkspaceMediaResponseDraft()
    draft.http_status = status
    try:
        draft.media = (
            None
            if (value := data.get("Media")) is None
            else [
                MediaItem._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Media")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Media")
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
    return _rt.seal(draft, ListWorkspaceMediaResponse)


OPERATION: _rt.Operation[ListWorkspaceMedia, ListWorkspaceMediaResponse] = (
    _rt.Operation(
        "ListWorkspaceMedia",
        ListWorkspaceMedia,
        ListWorkspaceMediaResponse,
        (
            _errors.InternalServiceException,
            _errors.InvalidParameterException,
            _errors.InvalidRequestException,
            _errors.ResourceNotFoundException,
            _errors.AccessDeniedException,
            _errors.ThrottlingException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The ListWorkspaceMedia operation: its types, errors and wire codec."""
