"""Searches contact evaluations in an Connect Customer instance, with optional filtering."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.evaluation_search_criteria import EvaluationSearchCriteria
from ..shapes.evaluation_search_filter import EvaluationSearchFilter
from ..shapes.evaluation_search_summary import EvaluationSearchSummary


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchContactEvaluations:
    """Searches contact evaluations in an Connect Customer instance, with
    optional filtering.

    **Use cases**

    Following are common uses cases for this API:

    - Find contact evaluations by using specific search criteria.
    - Find contact evaluations that are tagged with a specific set of tags.

    **Important things to know**

    - A Search operation, unlike a List operation, takes time to index
      changes to resource (create, update or delete). If you don't see
      updated information for recently changed contact evaluations, try
      calling the API again in a few seconds.

    **Endpoints**: See `Connect Customer endpoints and quotas
    <https://docs.aws.amazon.com/general/latest/gr/connect_region.html>`__.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    - ``search_criteria``: The search criteria to be used to return contact evaluations.
    - ``search_filter``: Filters to be applied to search results.
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

    search_criteria: EvaluationSearchCriteria | None = None
    """The search criteria to be used to return contact evaluations."""

    search_filter: EvaluationSearchFilter | None = None
    """Filters to be applied to search results."""

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
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)
        value = self.search_criteria
        if value is not None:
            path = prefix + "search_criteria"
            if isinstance(value, EvaluationSearchCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationSearchCriteria, got {type(value).__name__}"
                )
        value = self.search_filter
        if value is not None:
            path = prefix + "search_filter"
            if isinstance(value, EvaluationSearchFilter):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationSearchFilter, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.search_criteria is not None:
            result["SearchCriteria"] = self.search_criteria.to_dict()
        if self.search_filter is not None:
            result["SearchFilter"] = self.search_filter.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchContactEvaluations:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchContactEvaluations")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            search_criteria=(
                None
                if (value := data.get("SearchCriteria")) is None
                else EvaluationSearchCriteria.from_dict(
                    value, path=path + "SearchCriteria" + "."
                )
            ),
            search_filter=(
                None
                if (value := data.get("SearchFilter")) is None
                else EvaluationSearchFilter.from_dict(
                    value, path=path + "SearchFilter" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchContactEvaluationsResponse:
    """The response of SearchContactEvaluations.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``evaluation_search_summary_list``: Contains information about contact evaluations.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``approximate_total_count``: The total number of contact evaluations that matched your search query.
    """

    http_status: int
    """The HTTP status code of the response."""

    evaluation_search_summary_list: list[EvaluationSearchSummary] | None = None
    """Contains information about contact evaluations."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    approximate_total_count: int | None = None
    """The total number of contact evaluations that matched your search query."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.evaluation_search_summary_list
        if value is not None:
            path = prefix + "evaluation_search_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationSearchSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationSearchSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.approximate_total_count
        if value is not None:
            path = prefix + "approximate_total_count"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.evaluation_search_summary_list is not None:
            result["EvaluationSearchSummaryList"] = [
                v1.to_dict() for v1 in self.evaluation_search_summary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.approximate_total_count is not None:
            result["ApproximateTotalCount"] = self.approximate_total_count
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchContactEvaluationsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchContactEvaluationsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            evaluation_search_summary_list=(
                None
                if (value := data.get("EvaluationSearchSummaryList")) is None
                else [
                    EvaluationSearchSummary.from_dict(
                        v1, path=path + "EvaluationSearchSummaryList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "EvaluationSearchSummaryList")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
            approximate_total_count=data.get("ApproximateTotalCount"),
        )


class _SearchContactEvaluationsResponseDraft:
    """A :class:`SearchContactEvaluationsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "evaluation_search_summary_list",
        "next_token",
        "approximate_total_count",
    )
    http_status: int
    evaluation_search_summary_list: list[EvaluationSearchSummary] | None
    next_token: str | None
    approximate_total_count: int | None


def new_search_contact_evaluations(
    instance_id: str,
) -> SearchContactEvaluations:
    """Create a :class:`SearchContactEvaluations` with all optional fields omitted."""
    return SearchContactEvaluations(
        instance_id=instance_id,
    )


search_contact_evaluations_instance_id = _rt.Lens[SearchContactEvaluations, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "search_contact_evaluations_instance_id",
)
"""Lens on :attr:`SearchContactEvaluations.instance_id`."""


search_contact_evaluations_next_token = _rt.Lens[SearchContactEvaluations, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_contact_evaluations_next_token",
)
"""Lens on :attr:`SearchContactEvaluations.next_token`."""


search_contact_evaluations_max_results = _rt.Lens[SearchContactEvaluations, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "search_contact_evaluations_max_results",
)
"""Lens on :attr:`SearchContactEvaluations.max_results`."""


search_contact_evaluations_search_criteria = _rt.Lens[
    SearchContactEvaluations, EvaluationSearchCriteria | None
](
    lambda s: s.search_criteria,
    lambda s, v: _dc.replace(s, search_criteria=v),
    "search_contact_evaluations_search_criteria",
)
"""Lens on :attr:`SearchContactEvaluations.search_criteria`."""


search_contact_evaluations_search_filter = _rt.Lens[
    SearchContactEvaluations, EvaluationSearchFilter | None
](
    lambda s: s.search_filter,
    lambda s, v: _dc.replace(s, search_filter=v),
    "search_contact_evaluations_search_filter",
)
"""Lens on :attr:`SearchContactEvaluations.search_filter`."""


def new_search_contact_evaluations_response(
    http_status: int,
) -> SearchContactEvaluationsResponse:
    """Create a :class:`SearchContactEvaluationsResponse` with all optional fields omitted."""
    return SearchContactEvaluationsResponse(
        http_status=http_status,
    )


search_contact_evaluations_response_http_status = _rt.Lens[
    SearchContactEvaluationsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "search_contact_evaluations_response_http_status",
)
"""Lens on :attr:`SearchContactEvaluationsResponse.http_status`."""


search_contact_evaluations_response_evaluation_search_summary_list = _rt.Lens[
    SearchContactEvaluationsResponse, list[EvaluationSearchSummary] | None
](
    lambda s: s.evaluation_search_summary_list,
    lambda s, v: _dc.replace(s, evaluation_search_summary_list=v),
    "search_contact_evaluations_response_evaluation_search_summary_list",
)
"""Lens on :attr:`SearchContactEvaluationsResponse.evaluation_search_summary_list`."""


search_contact_evaluations_response_next_token = _rt.Lens[
    SearchContactEvaluationsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_contact_evaluations_response_next_token",
)
"""Lens on :attr:`SearchContactEvaluationsResponse.next_token`."""


search_contact_evaluations_response_approximate_total_count = _rt.Lens[
    SearchContactEvaluationsResponse, int | None
](
    lambda s: s.approximate_total_count,
    lambda s, v: _dc.replace(s, approximate_total_count=v),
    "search_contact_evaluations_response_approximate_total_count",
)
"""Lens on :attr:`SearchContactEvaluationsResponse.approximate_total_count`."""


def _serialize(
    request: SearchContactEvaluations, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/search-contact-evaluations"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    if request.next_token is not None:
        data["NextToken"] = request.next_token
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
    if request.search_criteria is not None:
        data["SearchCriteria"] = request.search_criteria._to_json()
    if request.search_filter is not None:
        data["SearchFilter"] = request.search_filter._to_json()
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
) -> SearchContactEvaluationsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SearchContactEvaluationsResponseDraft()
    draft.http_status = status
    try:
        draft.evaluation_search_summary_list = (
            None
            if (value := data.get("EvaluationSearchSummaryList")) is None
            else [
                EvaluationSearchSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "EvaluationSearchSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "EvaluationSearchSummaryList")
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
    return _rt.seal(draft, SearchContactEvaluationsResponse)


OPERATION: _rt.Operation[SearchContactEvaluations, SearchContactEvaluationsResponse] = (
    _rt.Operation(
        "SearchContactEvaluations",
        SearchContactEvaluations,
        SearchContactEvaluationsResponse,
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
"""The SearchContactEvaluations operation: its types, errors and wire codec."""
