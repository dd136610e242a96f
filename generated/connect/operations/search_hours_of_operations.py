"""Searches the hours of operation in an Connect Customer instance, with optional filtering."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.hours_of_operation import HoursOfOperation
from ..shapes.hours_of_operation_search_criteria import HoursOfOperationSearchCriteria
from ..shapes.hours_of_operation_search_filter import HoursOfOperationSearchFilter


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchHoursOfOperations:
    """Searches the hours of operation in an Connect Customer instance, with
    optional filtering.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    - ``search_filter``: Filters to be applied to search results.
    - ``search_criteria``: The search criteria to be used to return hours of operations.
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

    search_filter: HoursOfOperationSearchFilter | None = None
    """Filters to be applied to search results."""

    search_criteria: HoursOfOperationSearchCriteria | None = None
    """The search criteria to be used to return hours of operations."""

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
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)
        value = self.search_filter
        if value is not None:
            path = prefix + "search_filter"
            if isinstance(value, HoursOfOperationSearchFilter):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HoursOfOperationSearchFilter, got {type(value).__name__}"
                )
        value = self.search_criteria
        if value is not None:
            path = prefix + "search_criteria"
            if isinstance(value, HoursOfOperationSearchCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HoursOfOperationSearchCriteria, got {type(value).__name__}"
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
    ) -> SearchHoursOfOperations:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchHoursOfOperations")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            search_filter=(
                None
                if (value := data.get("SearchFilter")) is None
                else HoursOfOperationSearchFilter.from_dict(
                    value, path=path + "SearchFilter" + "."
                )
            ),
            search_criteria=(
                None
                if (value := data.get("SearchCriteria")) is None
                else HoursOfOperationSearchCriteria.from_dict(
                    value, path=path + "SearchCriteria" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchHoursOfOperationsResponse:
    """The response of SearchHoursOfOperations.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``hours_of_operations``: Information about the hours of operations.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``approximate_total_count``: The total number of hours of operations which matched your search query.
    """

    http_status: int
    """The HTTP status code of the response."""

    hours_of_operations: list[HoursOfOperation] | None = None
    """Information about the hours of operations."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    approximate_total_count: int | None = None
    """The total number of hours of operations which matched your search query."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.hours_of_operations
        if value is not None:
            path = prefix + "hours_of_operations"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, HoursOfOperation):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected HoursOfOperation, got {type(v1).__name__}"
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
        if self.hours_of_operations is not None:
            result["HoursOfOperations"] = [
                v1.to_dict() for v1 in self.hours_of_operations
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.approximate_total_count is not None:
            result["ApproximateTotalCount"] = self.approximate_total_count
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchHoursOfOperationsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchHoursOfOperationsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            hours_of_operations=(
                None
                if (value := data.get("HoursOfOperations")) is None
                else [
                    HoursOfOperation.from_dict(
                        v1, path=path + "HoursOfOperations" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "HoursOfOperations")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
            approximate_total_count=data.get("ApproximateTotalCount"),
        )


class _SearchHoursOfOperationsResponseDraft:
    """A :class:`SearchHoursOfOperationsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "hours_of_operations",
        "next_token",
        "approximate_total_count",
    )
    http_status: int
    hours_of_operations: list[HoursOfOperation] | None
    next_token: str | None
    approximate_total_count: int | None


def new_search_hours_of_operations(
    instance_id: str,
) -> SearchHoursOfOperations:
    """Create a :class:`SearchHoursOfOperations` with all optional fields omitted."""
    return SearchHoursOfOperations(
        instance_id=instance_id,
    )


search_hours_of_operations_instance_id = _rt.Lens[SearchHoursOfOperations, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "search_hours_of_operations_instance_id",
)
"""Lens on :attr:`SearchHoursOfOperations.instance_id`."""


search_hours_of_operations_next_token = _rt.Lens[SearchHoursOfOperations, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_hours_of_operations_next_token",
)
"""Lens on :attr:`SearchHoursOfOperations.next_token`."""


search_hours_of_operations_max_results = _rt.Lens[SearchHoursOfOperations, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "search_hours_of_operations_max_results",
)
"""Lens on :attr:`SearchHoursOfOperations.max_results`."""


search_hours_of_operations_search_filter = _rt.Lens[
    SearchHoursOfOperations, HoursOfOperationSearchFilter | None
](
    lambda s: s.search_filter,
    lambda s, v: _dc.replace(s, search_filter=v),
    "search_hours_of_operations_search_filter",
)
"""Lens on :attr:`SearchHoursOfOperations.search_filter`."""


search_hours_of_operations_search_criteria = _rt.Lens[
    SearchHoursOfOperations, HoursOfOperationSearchCriteria | None
](
    lambda s: s.search_criteria,
    lambda s, v: _dc.replace(s, search_criteria=v),
    "search_hours_of_operations_search_criteria",
)
"""Lens on :attr:`SearchHoursOfOperations.search_criteria`."""


def new_search_hours_of_operations_response(
    http_status: int,
) -> SearchHoursOfOperationsResponse:
    """Create a :class:`SearchHoursOfOperationsResponse` with all optional fields omitted."""
    return SearchHoursOfOperationsResponse(
        http_status=http_status,
    )


search_hours_of_operations_response_http_status = _rt.Lens[
    SearchHoursOfOperationsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "search_hours_of_operations_response_http_status",
)
"""Lens on :attr:`SearchHoursOfOperationsResponse.http_status`."""


search_hours_of_operations_response_hours_of_operations = _rt.Lens[
    SearchHoursOfOperationsResponse, list[HoursOfOperation] | None
](
    lambda s: s.hours_of_operations,
    lambda s, v: _dc.replace(s, hours_of_operations=v),
    "search_hours_of_operations_response_hours_of_operations",
)
"""Lens on :attr:`SearchHoursOfOperationsResponse.hours_of_operations`."""


search_hours_of_operations_response_next_token = _rt.Lens[
    SearchHoursOfOperationsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_hours_of_operations_response_next_token",
)
"""Lens on :attr:`SearchHoursOfOperationsResponse.next_token`."""


search_hours_of_operations_response_approximate_total_count = _rt.Lens[
    SearchHoursOfOperationsResponse, int | None
](
    lambda s: s.approximate_total_count,
    lambda s, v: _dc.replace(s, approximate_total_count=v),
    "search_hours_of_operations_response_approximate_total_count",
)
"""Lens on :attr:`SearchHoursOfOperationsResponse.approximate_total_count`."""


def _serialize(
    request: SearchHoursOfOperations, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/search-hours-of-operations"
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
) -> SearchHoursOfOperationsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SearchHoursOfOperationsResponseDraft()
    draft.http_status = status
    try:
        draft.hours_of_operations = (
            None
            if (value := data.get("HoursOfOperations")) is None
            else [
                HoursOfOperation._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "HoursOfOperations")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "HoursOfOperations")
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
    return _rt.seal(draft, SearchHoursOfOperationsResponse)


OPERATION: _rt.Operation[SearchHoursOfOperations, SearchHoursOfOperationsResponse] = (
    _rt.Operation(
        "SearchHoursOfOperations",
        SearchHoursOfOperations,
        SearchHoursOfOperationsResponse,
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
"""The SearchHoursOfOperations operation: its types, errors and wire codec."""
