"""Lists the page configurations in a workspace, including the views assigned to each page."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.workspace_page import WorkspacePage


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListWorkspacePages:
    """Lists the page configurations in a workspace, including the views
    assigned to each page.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``workspace_id``: The identifier of the workspace.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    workspace_id: str
    """The identifier of the workspace."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

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
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["WorkspaceId"] = self.workspace_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListWorkspacePages:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListWorkspacePages")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            workspace_id=_rt.required(data, "WorkspaceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListWorkspacePagesResponse:
    """The response of ListWorkspacePages.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``workspace_page_list``: A list of page configurations in the workspace.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    workspace_page_list: list[WorkspacePage] | None
    """A list of page configurations in the workspace."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.workspace_page_list
        if value is None:
            errors.append(prefix + "workspace_page_list: required but missing")
        else:
            path = prefix + "workspace_page_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, WorkspacePage):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected WorkspacePage, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.workspace_page_list is not None:
            result["WorkspacePageList"] = [
                v1.to_dict() for v1 in self.workspace_page_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListWorkspacePagesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListWorkspacePagesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            workspace_page_list=(
                None
                if (value := data.get("WorkspacePageList")) is None
                else [
                    WorkspacePage.from_dict(
                        v1, path=path + "WorkspacePageList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "WorkspacePageList")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListWorkspacePagesResponseDraft:
    """A :class:`ListWorkspacePagesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "workspace_page_list", "next_token")
    http_status: int
    workspace_page_list: list[WorkspacePage] | None
    next_token: str | None


def new_list_workspace_pages(
    instance_id: str,
    workspace_id: str,
) -> ListWorkspacePages:
    """Create a :class:`ListWorkspacePages` with all optional fields omitted."""
    return ListWorkspacePages(
        instance_id=instance_id,
        workspace_id=workspace_id,
    )


list_workspace_pages_instance_id = _rt.Lens[ListWorkspacePages, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_workspace_pages_instance_id",
)
"""Lens on :attr:`ListWorkspacePages.instance_id`."""


list_workspace_pages_workspace_id = _rt.Lens[ListWorkspacePages, str](
    lambda s: s.workspace_id,
    lambda s, v: _dc.replace(s, workspace_id=v),
    "list_workspace_pages_workspace_id",
)
"""Lens on :attr:`ListWorkspacePages.workspace_id`."""


list_workspace_pages_next_token = _rt.Lens[ListWorkspacePages, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_workspace_pages_next_token",
)
"""Lens on :attr:`ListWorkspacePages.next_token`."""


list_workspace_pages_max_results = _rt.Lens[ListWorkspacePages, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_workspace_pages_max_results",
)
"""Lens on :attr:`ListWorkspacePages.max_results`."""


def new_list_workspace_pages_response(
    http_status: int,
    workspace_page_list: list[WorkspacePage],
) -> ListWorkspacePagesResponse:
    """Create a :class:`ListWorkspacePagesResponse` with all optional fields omitted."""
    return ListWorkspacePagesResponse(
        http_status=http_status,
        workspace_page_list=workspace_page_list,
    )


list_workspace_pages_response_http_status = _rt.Lens[ListWorkspacePagesResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_workspace_pages_response_http_status",
)
"""Lens on :attr:`ListWorkspacePagesResponse.http_status`."""


list_workspace_pages_response_workspace_page_list = _rt.Lens[
    ListWorkspacePagesResponse, list[WorkspacePage] | None
](
    lambda s: s.workspace_page_list,
    lambda s, v: _dc.replace(s, workspace_page_list=v),
    "list_workspace_pages_response_workspace_page_list",
)
"""Lens on :attr:`ListWorkspacePagesResponse.workspace_page_list`."""


list_workspace_pages_response_next_token = _rt.Lens[
    ListWorkspacePagesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_workspace_pages_response_next_token",
)
"""Lens on :attr:`ListWorkspacePagesResponse.next_token`."""


def _serialize(request: ListWorkspacePages, validate: bool = True) -> _rt.HttpRequest:
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
        + "/pages"
    )
    query: list[tuple[str, str | None]] = []
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
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
) -> ListWorkspacePagesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListWorkspacePagesResponseDraft()
    draft.http_status = status
    try:
        draft.workspace_page_list = (
            None
            if (value := data.get("WorkspacePageList")) is None
            else [
                WorkspacePage._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "WorkspacePageList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "WorkspacePageList")
                )
                if v1 is not None
            ]
        )
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListWorkspacePagesResponse)


OPERATION: _rt.Operation[ListWorkspacePages, ListWorkspacePagesResponse] = (
    _rt.Operation(
        "ListWorkspacePages",
        ListWorkspacePages,
        ListWorkspacePagesResponse,
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
"""The ListWorkspacePages operation: its types, errors and wire codec."""
