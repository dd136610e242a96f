"""Searches evaluation forms in an Connect Customer instance, with optional filtering."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.evaluation_form_search_criteria import EvaluationFormSearchCriteria
from ..shapes.evaluation_form_search_filter import EvaluationFormSearchFilter
from ..shapes.evaluation_form_search_summary import EvaluationFormSearchSummary


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchEvaluationForms:
    """Searches evaluation forms in an Connect Customer instance, with optional
    filtering.

    **Use cases**

    Following are common uses cases for this API:

    - List all evaluation forms in an instance.
    - Find all evaluation forms that meet specific criteria, such as Title,
      Description, Status, and more.
    - Find all evaluation forms that are tagged with a specific set of tags.

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
    - ``search_criteria``: The search criteria to be used to return evaluation forms.
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

    search_criteria: EvaluationFormSearchCriteria | None = None
    """The search criteria to be used to return evaluation forms."""

    search_filter: EvaluationFormSearchFilter | None = None
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
            if isinstance(value, EvaluationFormSearchCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormSearchCriteria, got {type(value).__name__}"
                )
        value = self.search_filter
        if value is not None:
            path = prefix + "search_filter"
            if isinstance(value, EvaluationFormSearchFilter):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormSearchFilter, got {type(value).__name__}"
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
    ) -> SearchEvaluationForms:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchEvaluationForms")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            search_criteria=(
                None
                if (value := data.get("SearchCriteria")) is None
                else EvaluationFormSearchCriteria.from_dict(
                    value, path=path + "SearchCriteria" + "."
                )
            ),
            search_filter=(
                None
                if (value := data.get("SearchFilter")) is None
                else EvaluationFormSearchFilter.from_dict(
                    value, path=path + "SearchFilter" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchEvaluationFormsResponse:
    """The response of SearchEvaluationForms.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``evaluation_form_search_summary_list``: Information about the returned evaluation forms.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``approximate_total_count``: The total number of evaluation forms that matched your search query.
    """

    http_status: int
    """The HTTP status code of the response."""

    evaluation_form_search_summary_list: list[EvaluationFormSearchSummary] | None = None
    """Information about the returned evaluation forms."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    approximate_total_count: int | None = None
    """The total number of evaluation forms that matched your search query."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.evaluation_form_search_summary_list
        if value is not None:
            path = prefix + "evaluation_form_search_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationFormSearchSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationFormSearchSummary, got {type(v1).__name__}"
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
        if self.evaluation_form_search_summary_list is not None:
            result["EvaluationFormSearchSummaryList"] = [
                v1.to_dict() for v1 in self.evaluation_form_search_summary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.approximate_total_count is not None:
            result["ApproximateTotalCount"] = self.approximate_total_count
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchEvaluationFormsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchEvaluationFormsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            evaluation_form_search_summary_list=(
                None
                if (value := data.get("EvaluationFormSearchSummaryList")) is None
                else [
                    EvaluationFormSearchSummary.from_dict(
                        v1,
                        path=path + "EvaluationFormSearchSummaryList" + f"[{i1}]" + ".",
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(
                            value, path + "EvaluationFormSearchSummaryList"
                        )
                    )
                ]
            ),
            next_token=data.get("NextToken"),
            approximate_total_count=data.get("ApproximateTotalCount"),
        )


class _SearchEvaluationFormsResponseDraft:
    """A :class:`SearchEvaluationFormsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "evaluation_form_search_summary_list",
        "next_token",
        "approximate_total_count",
    )
    http_status: int
    evaluation_form_search_summary_list: list[EvaluationFormSearchSummary] | None
    next_token: str | None
    approximate_total_count: int | None


def new_search_evaluation_forms(
    instance_id: str,
) -> SearchEvaluationForms:
    """Create a :class:`SearchEvaluationForms` with all optional fields omitted."""
    return SearchEvaluationForms(
        instance_id=instance_id,
    )


search_evaluation_forms_instance_id = _rt.Lens[SearchEvaluationForms, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "search_evaluation_forms_instance_id",
)
"""Lens on :attr:`SearchEvaluationForms.instance_id`."""


search_evaluation_forms_next_token = _rt.Lens[SearchEvaluationForms, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_evaluation_forms_next_token",
)
"""Lens on :attr:`SearchEvaluationForms.next_token`."""


search_evaluation_forms_max_results = _rt.Lens[SearchEvaluationForms, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "search_evaluation_forms_max_results",
)
"""Lens on :attr:`SearchEvaluationForms.max_results`."""


search_evaluation_forms_search_criteria = _rt.Lens[
    SearchEvaluationForms, EvaluationFormSearchCriteria | None
](
    lambda s: s.search_criteria,
    lambda s, v: _dc.replace(s, search_criteria=v),
    "search_evaluation_forms_search_criteria",
)
"""Lens on :attr:`SearchEvaluationForms.search_criteria`."""


search_evaluation_forms_search_filter = _rt.Lens[
    SearchEvaluationForms, EvaluationFormSearchFilter | None
](
    lambda s: s.search_filter,
    lambda s, v: _dc.replace(s, search_filter=v),
    "search_evaluation_forms_search_filter",
)
"""Lens on :attr:`SearchEvaluationForms.search_filter`."""


def new_search_evaluation_forms_response(
    http_status: int,
) -> SearchEvaluationFormsResponse:
    """Create a :class:`SearchEvaluationFormsResponse` with all optional fields omitted."""
    return SearchEvaluationFormsResponse(
        http_status=http_status,
    )


search_evaluation_forms_response_http_status = _rt.Lens[
    SearchEvaluationFormsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "search_evaluation_forms_response_http_status",
)
"""Lens on :attr:`SearchEvaluationFormsResponse.http_status`."""


search_evaluation_forms_response_evaluation_form_search_summary_list = _rt.Lens[
    SearchEvaluationFormsResponse, list[EvaluationFormSearchSummary] | None
](
    lambda s: s.evaluation_form_search_summary_list,
    lambda s, v: _dc.replace(s, evaluation_form_search_summary_list=v),
    "search_evaluation_forms_response_evaluation_form_search_summary_list",
)
"""Lens on :attr:`SearchEvaluationFormsResponse.evaluation_form_search_summary_list`."""


search_evaluation_forms_response_next_token = _rt.Lens[
    SearchEvaluationFormsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_evaluation_forms_response_next_token",
)
"""Lens on :attr:`SearchEvaluationFormsResponse.next_token`."""


search_evaluation_forms_response_approximate_total_count = _rt.Lens[
    SearchEvaluationFormsResponse, int | None
](
    lambda s: s.approximate_total_count,
    lambda s, v: _dc.replace(s, approximate_total_count=v),
    "search_evaluation_forms_response_approximate_total_count",
)
"""Lens on :attr:`SearchEvaluationFormsResponse.approximate_total_count`."""


def _serialize(
    request: SearchEvaluationForms, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/search-evaluation-forms"
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
) -> SearchEvaluationFormsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SearchEvaluationFormsResponseDraft()
    draft.http_status = status
    try:
        draft.evaluation_form_search_summary_list = (
            None
            if (value := data.get("EvaluationFormSearchSummaryList")) is None
            else [
                EvaluationFormSearchSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "EvaluationFormSearchSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "EvaluationFormSearchSummaryList")
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
    return _rt.seal(draft, SearchEvaluationFormsResponse)


OPERATION: _rt.Operation[SearchEvaluationForms, SearchEvaluationFormsResponse] = (
    _rt.Operation(
        "SearchEvaluationForms",
        SearchEvaluationForms,
        SearchEvaluationFormsResponse,
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
"""The SearchEvaluationForms operation: its types, errors and wire codec."""
