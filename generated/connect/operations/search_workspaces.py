"""Searches workspaces based on name, description, visibility, or tags."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.workspace_search_criteria import WorkspaceSearchCriteria
from ..shapes.workspace_search_filter import WorkspaceSearchFilter
from ..shapes.workspace_search_summary import WorkspaceSearchSummary


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchWorkspaces:
    """Searches workspaces based on name, description, visibility, or tags.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    - ``search_filter``: Filters to apply to the search, such as tag-based filters.
    - ``search_criteria``: The search criteria, including field names and comparison types.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

    search_filter: WorkspaceSearchFilter | None = None
    """Filters to apply to the search, such as tag-based filters."""

    search_criteria: WorkspaceSearchCriteria | None = None
    """The search criteria, including field names and comparison types."""

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
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=2500)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=500)
        value = self.search_filter
        if value is not None:
            path = prefix + "search_filter"
            if isinstance(value, WorkspaceSearchFilter):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected WorkspaceSearchFilter, got {type(value).__name__}"
                )
        value = self.search_criteria
        if value is not None:
            path = prefix + "search_criteria"
            if isinstance(value, WorkspaceSearchCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected WorkspaceSearchCriteria, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.search_filter is not None:
            result["SearchFilter"] = self.search_filter.to_dict()
        if self.search_criteria is not None:
            result["SearchCriteria"] = self.search_criteria.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchWorkspaces:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchWorkspaces")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            search_filter=(
                None
                if (value := data.get("SearchFilter")) is None
                else WorkspaceSearchFilter.from_dict(
                    value, path=path + "SearchFilter" + "."
                )
            ),
            search_criteria=(
                None
                if (value := data.get("SearchCriteria")) is None
                else WorkspaceSearchCriteria.from_dict(
                    value, path=path + "SearchCriteria" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchWorkspacesResponse:
    """The response of SearchWorkspaces.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``workspaces``: A list of workspaces that match the search criteria.
    - ``approximate_total_count``: The approximate total number of workspaces that match the search criteria.
    """

    http_status: int
    """The HTTP status code of the response."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    workspaces: list[WorkspaceSearchSummary] | None = None
    """A list of workspaces that match the search criteria."""

    approximate_total_count: int | None = None
    """The approximate total number of workspaces that match the search
    criteria.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.workspaces
        if value is not None:
            path = prefix + "workspaces"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, WorkspaceSearchSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected WorkspaceSearchSummary, got {type(v1).__name__}"
                            )
        value = self.approximate_total_count
        if value is not None:
            path = prefix + "approximate_total_count"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.workspaces is not None:
            result["Workspaces"] = [v1.to_dict() for v1 in self.workspaces]
        if self.approximate_total_count is not None:
            result["ApproximateTotalCount"] = self.approximate_total_count
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchWorkspacesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchWorkspacesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            next_token=data.get("NextToken"),
            workspaces=(
                None
                if (value := data.get("Workspaces")) is None
                else [
                    WorkspaceSearchSummary.from_dict(
                        v1, path=path + "Workspaces" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Workspaces")
                    )
                ]
            ),
            approximate_total_count=data.get("ApproximateTotalCount"),
        )


class _SearchWorkspacesResponseDraft:
    """A :class:`SearchWorkspacesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "next_token", "workspaces", "approximate_total_count")
    http_status: int
    next_token: str | None
    workspaces: list[WorkspaceSearchSummary] | None
    approximate_total_count: int | None


def new_search_workspaces(
    instance_id: str,
) -> SearchWorkspaces:
    """Create a :class:`SearchWorkspaces` with all optional fields omitted."""
    return SearchWorkspaces(
        instance_id=instance_id,
    )


search_workspaces_instance_id = _rt.Lens[SearchWorkspaces, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "search_workspaces_instance_id",
)
"""Lens on :attr:`SearchWorkspaces.instance_id`."""


search_workspaces_next_token = _rt.Lens[SearchWorkspaces, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_workspaces_next_token",
)
"""Lens on :attr:`SearchWorkspaces.next_token`."""


search_workspaces_max_results = _rt.Lens[SearchWorkspaces, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "search_workspaces_max_results",
)
"""Lens on :attr:`SearchWorkspaces.max_results`."""


search_workspaces_search_filter = _rt.Lens[
    SearchWorkspaces, WorkspaceSearchFilter | None
](
    lambda s: s.search_filter,
    lambda s, v: _dc.replace(s, search_filter=v),
    "search_workspaces_search_filter",
)
"""Lens on :attr:`SearchWorkspaces.search_filter`."""


search_workspaces_search_criteria = _rt.Lens[
    SearchWorkspaces, WorkspaceSearchCriteria | None
](
    lambda s: s.search_criteria,
    lambda s, v: _dc.replace(s, search_criteria=v),
    "search_workspaces_search_criteria",
)
"""Lens on :attr:`SearchWorkspaces.search_criteria`."""


def new_search_workspaces_response(
    http_status: int,
) -> SearchWorkspacesResponse:
    """Create a :class:`SearchWorkspacesResponse` with all optional fields omitted."""
    return SearchWorkspacesResponse(
        http_status=http_status,
    )


search_workspaces_response_http_status = _rt.Lens[SearchWorkspacesResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "search_workspaces_response_http_status",
)
"""Lens on :attr:`SearchWorkspacesResponse.http_status`."""


search_workspaces_response_next_token = _rt.Lens[SearchWorkspacesResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_workspaces_response_next_token",
)
"""Lens on :attr:`SearchWorkspacesResponse.next_token`."""


search_workspaces_response_workspaces = _rt.Lens[
    SearchWorkspacesResponse, list[WorkspaceSearchSummary] | None
](
    lambda s: s.workspaces,
    lambda s, v: _dc.replace(s, workspaces=v),
    "search_workspaces_response_workspaces",
)
"""Lens on :attr:`SearchWorkspacesResponse.workspaces`."""


search_workspaces_response_approximate_total_count = _rt.Lens[
    SearchWorkspacesResponse, int | None
](
    lambda s: s.approximate_total_count,
    lambda s, v: _dc.replace(s, approximate_total_count=v),
    "search_workspaces_response_approximate_total_count",
)
"""Lens on :attr:`SearchWorkspacesResponse.approximate_total_count`."""


def _serialize(request: SearchWorkspaces, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/search-workspaces"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    if request.next_token is not None:
        data["NextToken"] = request.next_token
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
    if request.search_filter is not None:
        data["SearchFilter"] = request.search_filter._to_json()
    if request.search_criteria is not None:
        data["SearchCriteria"] = request.search_criteria._to_json()
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
) -> SearchWorkspacesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SearchWorkspacesResponseDraft()
    draft.http_status = status
    try:
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
        draft.workspaces = (
            None
            if (value := data.get("Workspaces")) is None
            else [
                WorkspaceSearchSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Workspaces")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Workspaces")
                )
                if v1 is not None
            ]
        )
        draft.approximate_total_count = (
            None
            if (value := data.get("ApproximateTotalCount")) is None
            else (
                value
                if type(value) is int
                else _rt.expect_int(value, "ApproximateTotalCount")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, SearchWorkspacesResponse)


OPERATION: _rt.Operation[SearchWorkspaces, SearchWorkspacesResponse] = _rt.Operation(
    "SearchWorkspaces",
    SearchWorkspaces,
    SearchWorkspacesResponse,
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
"""The SearchWorkspaces operation: its types, errors and wire codec."""
