"""Searches routing profiles in an Connect Customer instance, with optional filtering."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.routing_profile import RoutingProfile
from ..shapes.routing_profile_search_criteria import RoutingProfileSearchCriteria
from ..shapes.routing_profile_search_filter import RoutingProfileSearchFilter


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchRoutingProfiles:
    """Searches routing profiles in an Connect Customer instance, with optional
    filtering.

    .. note::

       ``SearchRoutingProfiles`` does not populate LastModifiedRegion,
       LastModifiedTime, MediaConcurrencies.CrossChannelBehavior, and
       AgentAvailabilityTimer in its response, but `DescribeRoutingProfile
       <https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeRoutingProfile.html>`__
       does.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    - ``search_filter``: Filters to be applied to search results.
    - ``search_criteria``: The search criteria to be used to return routing profiles.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
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

    search_filter: RoutingProfileSearchFilter | None = None
    """Filters to be applied to search results."""

    search_criteria: RoutingProfileSearchCriteria | None = None
    """The search criteria to be used to return routing profiles.

    .. note::

       The ``name`` and ``description`` fields support "contains" queries
       with a minimum of 2 characters and a maximum of 25 characters. Any
       queries with character lengths outside of this range will throw
       invalid results.
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
            if isinstance(value, RoutingProfileSearchFilter):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RoutingProfileSearchFilter, got {type(value).__name__}"
                )
        value = self.search_criteria
        if value is not None:
            path = prefix + "search_criteria"
            if isinstance(value, RoutingProfileSearchCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RoutingProfileSearchCriteria, got {type(value).__name__}"
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
    ) -> SearchRoutingProfiles:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchRoutingProfiles")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            search_filter=(
                None
                if (value := data.get("SearchFilter")) is None
                else RoutingProfileSearchFilter.from_dict(
                    value, path=path + "SearchFilter" + "."
                )
            ),
            search_criteria=(
                None
                if (value := data.get("SearchCriteria")) is None
                else RoutingProfileSearchCriteria.from_dict(
                    value, path=path + "SearchCriteria" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchRoutingProfilesResponse:
    """The response of SearchRoutingProfiles.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``routing_profiles``: Information about the routing profiles.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``approximate_total_count``: The total number of routing profiles which matched your search query.
    """

    http_status: int
    """The HTTP status code of the response."""

    routing_profiles: list[RoutingProfile] | None = None
    """Information about the routing profiles."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    approximate_total_count: int | None = None
    """The total number of routing profiles which matched your search query."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.routing_profiles
        if value is not None:
            path = prefix + "routing_profiles"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, RoutingProfile):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RoutingProfile, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=2500)
        value = self.approximate_total_count
        if value is not None:
            path = prefix + "approximate_total_count"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.routing_profiles is not None:
            result["RoutingProfiles"] = [v1.to_dict() for v1 in self.routing_profiles]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.approximate_total_count is not None:
            result["ApproximateTotalCount"] = self.approximate_total_count
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchRoutingProfilesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchRoutingProfilesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            routing_profiles=(
                None
                if (value := data.get("RoutingProfiles")) is None
                else [
                    RoutingProfile.from_dict(
                        v1, path=path + "RoutingProfiles" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "RoutingProfiles")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
            approximate_total_count=data.get("ApproximateTotalCount"),
        )


class _SearchRoutingProfilesResponseDraft:
    """A :class:`SearchRoutingProfilesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "routing_profiles",
        "next_token",
        "approximate_total_count",
    )
    http_status: int
    routing_profiles: list[RoutingProfile] | None
    next_token: str | None
    approximate_total_count: int | None


def new_search_routing_profiles(
    instance_id: str,
) -> SearchRoutingProfiles:
    """Create a :class:`SearchRoutingProfiles` with all optional fields omitted."""
    return SearchRoutingProfiles(
        instance_id=instance_id,
    )


search_routing_profiles_instance_id = _rt.Lens[SearchRoutingProfiles, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "search_routing_profiles_instance_id",
)
"""Lens on :attr:`SearchRoutingProfiles.instance_id`."""


search_routing_profiles_next_token = _rt.Lens[SearchRoutingProfiles, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_routing_profiles_next_token",
)
"""Lens on :attr:`SearchRoutingProfiles.next_token`."""


search_routing_profiles_max_results = _rt.Lens[SearchRoutingProfiles, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "search_routing_profiles_max_results",
)
"""Lens on :attr:`SearchRoutingProfiles.max_results`."""


search_routing_profiles_search_filter = _rt.Lens[
    SearchRoutingProfiles, RoutingProfileSearchFilter | None
](
    lambda s: s.search_filter,
    lambda s, v: _dc.replace(s, search_filter=v),
    "search_routing_profiles_search_filter",
)
"""Lens on :attr:`SearchRoutingProfiles.search_filter`."""


search_routing_profiles_search_criteria = _rt.Lens[
    SearchRoutingProfiles, RoutingProfileSearchCriteria | None
](
    lambda s: s.search_criteria,
    lambda s, v: _dc.replace(s, search_criteria=v),
    "search_routing_profiles_search_criteria",
)
"""Lens on :attr:`SearchRoutingProfiles.search_criteria`."""


def new_search_routing_profiles_response(
    http_status: int,
) -> SearchRoutingProfilesResponse:
    """Create a :class:`SearchRoutingProfilesResponse` with all optional fields omitted."""
    return SearchRoutingProfilesResponse(
        http_status=http_status,
    )


search_routing_profiles_response_http_status = _rt.Lens[
    SearchRoutingProfilesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "search_routing_profiles_response_http_status",
)
"""Lens on :attr:`SearchRoutingProfilesResponse.http_status`."""


search_routing_profiles_response_routing_profiles = _rt.Lens[
    SearchRoutingProfilesResponse, list[RoutingProfile] | None
](
    lambda s: s.routing_profiles,
    lambda s, v: _dc.replace(s, routing_profiles=v),
    "search_routing_profiles_response_routing_profiles",
)
"""Lens on :attr:`SearchRoutingProfilesResponse.routing_profiles`."""


search_routing_profiles_response_next_token = _rt.Lens[
    SearchRoutingProfilesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_routing_profiles_response_next_token",
)
"""Lens on :attr:`SearchRoutingProfilesResponse.next_token`."""


search_routing_profiles_response_approximate_total_count = _rt.Lens[
    SearchRoutingProfilesResponse, int | None
](
    lambda s: s.approximate_total_count,
    lambda s, v: _dc.replace(s, approximate_total_count=v),
    "search_routing_profiles_response_approximate_total_count",
)
"""Lens on :attr:`SearchRoutingProfilesResponse.approximate_total_count`."""


def _serialize(
    request: SearchRoutingProfiles, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/search-routing-profiles"
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
) -> SearchRoutingProfilesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SearchRoutingProfilesResponseDraft()
    draft.http_status = status
    try:
        draft.routing_profiles = (
            None
            if (value := data.get("RoutingProfiles")) is None
            else [
                RoutingProfile._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "RoutingProfiles")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "RoutingProfiles")
                )
                if v1 is not None
            ]
        )
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
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
    return _rt.seal(draft, SearchRoutingProfilesResponse)


OPERATION: _rt.Operation[SearchRoutingProfiles, SearchRoutingProfilesResponse] = (
    _rt.Operation(
        "SearchRoutingProfiles",
        SearchRoutingProfiles,
        SearchRoutingProfilesResponse,
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
"""The SearchRoutingProfiles operation: its types, errors and wire codec."""
