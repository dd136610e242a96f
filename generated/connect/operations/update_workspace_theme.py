"""Updates the theme configuration for a workspace, including colors and styling."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.workspace_theme import WorkspaceTheme


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateWorkspaceTheme:
    """Updates the theme configuration for a workspace, including colors and
    styling.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``workspace_id``: The identifier of the workspace.
    - ``theme``: The theme configuration, including color schemes and visual styles.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    workspace_id: str
    """The identifier of the workspace."""

    theme: WorkspaceTheme | None = None
    """The theme configuration, including color schemes and visual styles."""

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
        value = self.theme
        if value is not None:
            path = prefix + "theme"
            if isinstance(value, WorkspaceTheme):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected WorkspaceTheme, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["WorkspaceId"] = self.workspace_id
        if self.theme is not None:
            result["Theme"] = self.theme.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateWorkspaceTheme:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateWorkspaceTheme")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            workspace_id=_rt.required(data, "WorkspaceId", path),
            theme=(
                None
                if (value := data.get("Theme")) is None
                else WorkspaceTheme.from_dict(value, path=path + "Theme" + ".")
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateWorkspaceThemeResponse:
    """The response of UpdateWorkspaceTheme.

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
    ) -> UpdateWorkspaceThemeResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateWorkspaceThemeResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateWorkspaceThemeResponseDraft:
    """A :class:`UpdateWorkspaceThemeResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_workspace_theme(
    instance_id: str,
    workspace_id: str,
) -> UpdateWorkspaceTheme:
    """Create a :class:`UpdateWorkspaceTheme` with all optional fields omitted."""
    return UpdateWorkspaceTheme(
        instance_id=instance_id,
        workspace_id=workspace_id,
    )


update_workspace_theme_instance_id = _rt.Lens[UpdateWorkspaceTheme, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_workspace_theme_instance_id",
)
"""Lens on :attr:`UpdateWorkspaceTheme.instance_id`."""


update_workspace_theme_workspace_id = _rt.Lens[UpdateWorkspaceTheme, str](
    lambda s: s.workspace_id,
    lambda s, v: _dc.replace(s, workspace_id=v),
    "update_workspace_theme_workspace_id",
)
"""Lens on :attr:`UpdateWorkspaceTheme.workspace_id`."""


update_workspace_theme_theme = _rt.Lens[UpdateWorkspaceTheme, WorkspaceTheme | None](
    lambda s: s.theme,
    lambda s, v: _dc.replace(s, theme=v),
    "update_workspace_theme_theme",
)
"""Lens on :attr:`UpdateWorkspaceTheme.theme`."""


def new_update_workspace_theme_response(
    http_status: int,
) -> UpdateWorkspaceThemeResponse:
    """Create a :class:`UpdateWorkspaceThemeResponse` with all optional fields omitted."""
    return UpdateWorkspaceThemeResponse(
        http_status=http_status,
    )


update_workspace_theme_response_http_status = _rt.Lens[
    UpdateWorkspaceThemeResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_workspace_theme_response_http_status",
)
"""Lens on :attr:`UpdateWorkspaceThemeResponse.http_status`."""


def _serialize(request: UpdateWorkspaceTheme, validate: bool = True) -> _rt.HttpRequest:
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
        + "/theme"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.theme is not None:
        data["Theme"] = request.theme._to_json()
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
) -> UpdateWorkspaceThemeResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateWorkspaceThemeResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateWorkspaceThemeResponse)


OPERATION: _rt.Operation[UpdateWorkspaceTheme, UpdateWorkspaceThemeResponse] = (
    _rt.Operation(
        "UpdateWorkspaceTheme",
        UpdateWorkspaceTheme,
        UpdateWorkspaceThemeResponse,
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
)
"""The UpdateWorkspaceTheme operation: its types, errors and wire codec."""
