"""Lists traffic distribution groups."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.traffic_distribution_group_summary import TrafficDistributionGroupSummary

_PATTERN_1 = _rt.Pattern(
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListTrafficDistributionGroups:
    """Lists traffic distribution groups.

    Fields:

    - ``max_results``: The maximum number of results to return per page.
    - ``next_token``: The token for the next set of results.
    - ``instance_id``: The identifier of the Connect Customer instance.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    instance_id: str | None = None
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=10)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.instance_id
        if value is not None:
            path = prefix + "instance_id"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=250, pattern=_PATTERN_1
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.instance_id is not None:
            result["InstanceId"] = self.instance_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListTrafficDistributionGroups:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListTrafficDistributionGroups")
        return cls(
            max_results=data.get("MaxResults"),
            next_token=data.get("NextToken"),
            instance_id=data.get("InstanceId"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListTrafficDistributionGroupsResponse:
    """The response of ListTrafficDistributionGroups.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``traffic_distribution_group_summary_list``: A list of traffic distribution groups.
    """

    http_status: int
    """The HTTP status code of the response."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    traffic_distribution_group_summary_list: (
        list[TrafficDistributionGroupSummary] | None
    ) = None
    """A list of traffic distribution groups."""

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
        value = self.traffic_distribution_group_summary_list
        if value is not None:
            path = prefix + "traffic_distribution_group_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, TrafficDistributionGroupSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected TrafficDistributionGroupSummary, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.traffic_distribution_group_summary_list is not None:
            result["TrafficDistributionGroupSummaryList"] = [
                v1.to_dict() for v1 in self.traffic_distribution_group_summary_list
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListTrafficDistributionGroupsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListTrafficDistributionGroupsResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            next_token=data.get("NextToken"),
            traffic_distribution_group_summary_list=(
                None
                if (value := data.get("TrafficDistributionGroupSummaryList")) is None
                else [
                    TrafficDistributionGroupSummary.from_dict(
                        v1,
                        path=path
                        + "TrafficDistributionGroupSummaryList"
                        + f"[{i1}]"
                        + ".",
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(
                            value, path + "TrafficDistributionGroupSummaryList"
                        )
                    )
                ]
            ),
        )


class _ListTrafficDistributionGroupsResponseDraft:
    """A :class:`ListTrafficDistributionGroupsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "next_token", "traffic_distribution_group_summary_list")
    http_status: int
    next_token: str | None
    traffic_distribution_group_summary_list: (
        list[TrafficDistributionGroupSummary] | None
    )


def new_list_traffic_distribution_groups() -> ListTrafficDistributionGroups:
    """Create a :class:`ListTrafficDistributionGroups` with all optional fields omitted."""
    return ListTrafficDistributionGroups()


list_traffic_distribution_groups_max_results = _rt.Lens[
    ListTrafficDistributionGroups, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_traffic_distribution_groups_max_results",
)
"""Lens on :attr:`ListTrafficDistributionGroups.max_results`."""


list_traffic_distribution_groups_next_token = _rt.Lens[
    ListTrafficDistributionGroups, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_traffic_distribution_groups_next_token",
)
"""Lens on :attr:`ListTrafficDistributionGroups.next_token`."""


list_traffic_distribution_groups_instance_id = _rt.Lens[
    ListTrafficDistributionGroups, str | None
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_traffic_distribution_groups_instance_id",
)
"""Lens on :attr:`ListTrafficDistributionGroups.instance_id`."""


def new_list_traffic_distribution_groups_response(
    http_status: int,
) -> ListTrafficDistributionGroupsResponse:
    """Create a :class:`ListTrafficDistributionGroupsResponse` with all optional fields omitted."""
    return ListTrafficDistributionGroupsResponse(
        http_status=http_status,
    )


list_traffic_distribution_groups_response_http_status = _rt.Lens[
    ListTrafficDistributionGroupsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_traffic_distribution_groups_response_http_status",
)
"""Lens on :attr:`ListTrafficDistributionGroupsResponse.http_status`."""


list_traffic_distribution_groups_response_next_token = _rt.Lens[
    ListTrafficDistributionGroupsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_traffic_distribution_groups_response_next_token",
)
"""Lens on :attr:`ListTrafficDistributionGroupsResponse.next_token`."""


list_traffic_distribution_groups_response_traffic_distribution_group_summary_list = _rt.Lens[
    ListTrafficDistributionGroupsResponse, list[TrafficDistributionGroupSummary] | None
](
    lambda s: s.traffic_distribution_group_summary_list,
    lambda s, v: _dc.replace(s, traffic_distribution_group_summary_list=v),
    "list_traffic_distribution_groups_response_traffic_distribution_group_summary_list",
)
"""Lens on :attr:`ListTrafficDistributionGroupsResponse.traffic_distribution_group_summary_list`."""


def _serialize(
    request: ListTrafficDistributionGroups, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/traffic-distribution-groups"
    query: list[tuple[str, str | None]] = []
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.instance_id is not None:
        query.append(("instanceId", request.instance_id))
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
) -> ListTrafficDistributionGroupsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListTrafficDistributionGroupsResponseDraft()
    draft.http_status = status
    try:
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
        draft.traffic_distribution_group_summary_list = (
            None
            if (value := data.get("TrafficDistributionGroupSummaryList")) is None
            else [
                TrafficDistributionGroupSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(
                            v1, "TrafficDistributionGroupSummaryList"
                        )
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "TrafficDistributionGroupSummaryList")
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
    return _rt.seal(draft, ListTrafficDistributionGroupsResponse)


OPERATION: _rt.Operation[
    ListTrafficDistributionGroups, ListTrafficDistributionGroupsResponse
] = _rt.Operation(
    "ListTrafficDistributionGroups",
    ListTrafficDistributionGroups,
    ListTrafficDistributionGroupsResponse,
    (
        _errors.InvalidRequestException,
        _errors.AccessDeniedException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The ListTrafficDistributionGroups operation: its types, errors and wire codec."""
