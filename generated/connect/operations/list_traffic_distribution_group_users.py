"""Lists traffic distribution group users."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.traffic_distribution_group_user_summary import (
    TrafficDistributionGroupUserSummary,
)

_PATTERN_1 = _rt.Pattern(
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z-]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z-]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListTrafficDistributionGroupUsers:
    """Lists traffic distribution group users.

    Fields:

    - ``traffic_distribution_group_id``: The identifier of the traffic distribution group.
    - ``max_results``: The maximum number of results to return per page.
    - ``next_token``: The token for the next set of results.
    """

    traffic_distribution_group_id: str
    """The identifier of the traffic distribution group. This can be the ID or
    the ARN if the API is being called in the Region where the traffic
    distribution group was created. The ARN must be provided if the call is
    from the replicated Region.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.traffic_distribution_group_id
        if value is None:
            errors.append(
                prefix + "traffic_distribution_group_id: required but missing"
            )
        else:
            path = prefix + "traffic_distribution_group_id"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=10)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["TrafficDistributionGroupId"] = self.traffic_distribution_group_id
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListTrafficDistributionGroupUsers:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListTrafficDistributionGroupUsers"
        )
        return cls(
            traffic_distribution_group_id=_rt.required(
                data, "TrafficDistributionGroupId", path
            ),
            max_results=data.get("MaxResults"),
            next_token=data.get("NextToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListTrafficDistributionGroupUsersResponse:
    """The response of ListTrafficDistributionGroupUsers.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``traffic_distribution_group_user_summary_list``: A list of traffic distribution group users.
    """

    http_status: int
    """The HTTP status code of the response."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    traffic_distribution_group_user_summary_list: (
        list[TrafficDistributionGroupUserSummary] | None
    ) = None
    """A list of traffic distribution group users."""

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
        value = self.traffic_distribution_group_user_summary_list
        if value is not None:
            path = prefix + "traffic_distribution_group_user_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, TrafficDistributionGroupUserSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected TrafficDistributionGroupUserSummary, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.traffic_distribution_group_user_summary_list is not None:
            result["TrafficDistributionGroupUserSummaryList"] = [
                v1.to_dict() for v1 in self.traffic_distribution_group_user_summary_list
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListTrafficDistributionGroupUsersResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListTrafficDistributionGroupUsersResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            next_token=data.get("NextToken"),
            traffic_distribution_group_user_summary_list=(
                None
                if (value := data.get("TrafficDistributionGroupUserSummaryList"))
                is None
                else [
                    TrafficDistributionGroupUserSummary.from_dict(
                        v1,
                        path=path
                        + "TrafficDistributionGroupUserSummaryList"
                        + f"[{i1}]"
                        + ".",
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(
                            value, path + "TrafficDistributionGroupUserSummaryList"
                        )
                    )
                ]
            ),
        )


class _ListTrafficDistributionGroupUsersResponseDraft:
    """A :class:`ListTrafficDistributionGroupUsersResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "next_token",
        "traffic_distribution_group_user_summary_list",
    )
    http_status: int
    next_token: str | None
    traffic_distribution_group_user_summary_list: (
        list[TrafficDistributionGroupUserSummary] | None
    )


def new_list_traffic_distribution_group_users(
    traffic_distribution_group_id: str,
) -> ListTrafficDistributionGroupUsers:
    """Create a :class:`ListTrafficDistributionGroupUsers` with all optional fields omitted."""
    return ListTrafficDistributionGroupUsers(
        traffic_distribution_group_id=traffic_distribution_group_id,
    )


list_traffic_distribution_group_users_traffic_distribution_group_id = _rt.Lens[
    ListTrafficDistributionGroupUsers, str
](
    lambda s: s.traffic_distribution_group_id,
    lambda s, v: _dc.replace(s, traffic_distribution_group_id=v),
    "list_traffic_distribution_group_users_traffic_distribution_group_id",
)
"""Lens on :attr:`ListTrafficDistributionGroupUsers.traffic_distribution_group_id`."""


list_traffic_distribution_group_users_max_results = _rt.Lens[
    ListTrafficDistributionGroupUsers, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_traffic_distribution_group_users_max_results",
)
"""Lens on :attr:`ListTrafficDistributionGroupUsers.max_results`."""


list_traffic_distribution_group_users_next_token = _rt.Lens[
    ListTrafficDistributionGroupUsers, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_traffic_distribution_group_users_next_token",
)
"""Lens on :attr:`ListTrafficDistributionGroupUsers.next_token`."""


def new_list_traffic_distribution_group_users_response(
    http_status: int,
) -> ListTrafficDistributionGroupUsersResponse:
    """Create a :class:`ListTrafficDistributionGroupUsersResponse` with all optional fields omitted."""
    return ListTrafficDistributionGroupUsersResponse(
        http_status=http_status,
    )


list_traffic_distribution_group_users_response_http_status = _rt.Lens[
    ListTrafficDistributionGroupUsersResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_traffic_distribution_group_users_response_http_status",
)
"""Lens on :attr:`ListTrafficDistributionGroupUsersResponse.http_status`."""


list_traffic_distribution_group_users_response_next_token = _rt.Lens[
    ListTrafficDistributionGroupUsersResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_traffic_distribution_group_users_response_next_token",
)
"""Lens on :attr:`ListTrafficDistributionGroupUsersResponse.next_token`."""


list_traffic_distribution_group_users_response_traffic_distribution_group_user_summary_list = _rt.Lens[
    ListTrafficDistributionGroupUsersResponse,
    list[TrafficDistributionGroupUserSummary] | None,
](
    lambda s: s.traffic_distribution_group_user_summary_list,
    lambda s, v: _dc.replace(s, traffic_distribution_group_user_summary_list=v),
    "list_traffic_distribution_group_users_response_traffic_distribution_group_user_summary_list",
)
"""Lens on :attr:`ListTrafficDistributionGroupUsersResponse.traffic_distribution_group_user_summary_list`."""


def _serialize(
    request: ListTrafficDistributionGroupUsers, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.traffic_distribution_group_id == "":
        raise _rt.ValidationError(
            ["traffic_distribution_group_id: a URI label must be set and not empty"]
        )
    path = (
        "/traffic-distribution-group/"
        + _rt.quote_label(
            request.traffic_distribution_group_id, "traffic_distribution_group_id"
        )
        + "/user"
    )
    query: list[tuple[str, str | None]] = []
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
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
) -> ListTrafficDistributionGroupUsersResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListTrafficDistributionGroupUsersResponseDraft()
    draft.http_status = status
    try:
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
        draft.traffic_distribution_group_user_summary_list = (
            None
            if (value := data.get("TrafficDistributionGroupUserSummaryList")) is None
            else [
                TrafficDistributionGroupUserSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(
                            v1, "TrafficDistributionGroupUserSummaryList"
                        )
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(
                        value, "TrafficDistributionGroupUserSummaryList"
                    )
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
    return _rt.seal(draft, ListTrafficDistributionGroupUsersResponse)


OPERATION: _rt.Operation[
    ListTrafficDistributionGroupUsers, ListTrafficDistributionGroupUsersResponse
] = _rt.Operation(
    "ListTrafficDistributionGroupUsers",
    ListTrafficDistributionGroupUsers,
    ListTrafficDistributionGroupUsersResponse,
    (
        _errors.ResourceNotFoundException,
        _errors.InvalidRequestException,
        _errors.AccessDeniedException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The ListTrafficDistributionGroupUsers operation: its types, errors and wire codec."""
