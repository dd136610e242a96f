"""Searches prompts in an Connect Customer instance, with optional filtering."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.prompt import Prompt
from ..shapes.prompt_search_criteria import PromptSearchCriteria
from ..shapes.prompt_search_filter import PromptSearchFilter


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchPrompts:
    """Searches prompts in an Connect Customer instance, with optional
    filtering.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    - ``search_filter``: Filters to be applied to search results.
    - ``search_criteria``: The search criteria to be used to return prompts.
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

    search_filter: PromptSearchFilter | None = None
    """Filters to be applied to search results."""

    search_criteria: PromptSearchCriteria | None = None
    """The search criteria to be used to return prompts."""

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
            if isinstance(value, PromptSearchFilter):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected PromptSearchFilter, got {type(value).__name__}"
                )
        value = self.search_criteria
        if value is not None:
            path = prefix + "search_criteria"
            if isinstance(value, PromptSearchCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected PromptSearchCriteria, got {type(value).__name__}"
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
    ) -> SearchPrompts:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchPrompts")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            search_filter=(
                None
                if (value := data.get("SearchFilter")) is None
                else PromptSearchFilter.from_dict(
                    value, path=path + "SearchFilter" + "."
                )
            ),
            search_criteria=(
                None
                if (value := data.get("SearchCriteria")) is None
                else PromptSearchCriteria.from_dict(
                    value, path=path + "SearchCriteria" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchPromptsResponse:
    """The response of SearchPrompts.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``prompts``: Information about the prompts.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``approximate_total_count``: The total number of quick connects which matched your search query.
    """

    http_status: int
    """The HTTP status code of the response."""

    prompts: list[Prompt] | None = None
    """Information about the prompts."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    approximate_total_count: int | None = None
    """The total number of quick connects which matched your search query."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.prompts
        if value is not None:
            path = prefix + "prompts"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Prompt):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Prompt, got {type(v1).__name__}"
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
        if self.prompts is not None:
            result["Prompts"] = [v1.to_dict() for v1 in self.prompts]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.approximate_total_count is not None:
            result["ApproximateTotalCount"] = self.approximate_total_count
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchPromptsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchPromptsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            prompts=(
                None
                if (value := data.get("Prompts")) is None
                else [
                    Prompt.from_dict(v1, path=path + "Prompts" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Prompts")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
            approximate_total_count=data.get("ApproximateTotalCount"),
        )


class _SearchPromptsResponseDraft:
    """A :class:`SearchPromptsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "prompts", "next_token", "approximate_total_count")
    http_status: int
    prompts: list[Prompt] | None
    next_token: str | None
    approximate_total_count: int | None


def new_search_prompts(
    instance_id: str,
) -> SearchPrompts:
    """Create a :class:`SearchPrompts` with all optional fields omitted."""
    return SearchPrompts(
        instance_id=instance_id,
    )


search_prompts_instance_id = _rt.Lens[SearchPrompts, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "search_prompts_instance_id",
)
"""Lens on :attr:`SearchPrompts.instance_id`."""


search_prompts_next_token = _rt.Lens[SearchPrompts, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_prompts_next_token",
)
"""Lens on :attr:`SearchPrompts.next_token`."""


search_prompts_max_results = _rt.Lens[SearchPrompts, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "search_prompts_max_results",
)
"""Lens on :attr:`SearchPrompts.max_results`."""


search_prompts_search_filter = _rt.Lens[SearchPrompts, PromptSearchFilter | None](
    lambda s: s.search_filter,
    lambda s, v: _dc.replace(s, search_filter=v),
    "search_prompts_search_filter",
)
"""Lens on :attr:`SearchPrompts.search_filter`."""


search_prompts_search_criteria = _rt.Lens[SearchPrompts, PromptSearchCriteria | None](
    lambda s: s.search_criteria,
    lambda s, v: _dc.replace(s, search_criteria=v),
    "search_prompts_search_criteria",
)
"""Lens on :attr:`SearchPrompts.search_criteria`."""


def new_search_prompts_response(
    http_status: int,
) -> SearchPromptsResponse:
    """Create a :class:`SearchPromptsResponse` with all optional fields omitted."""
    return SearchPromptsResponse(
        http_status=http_status,
    )


search_prompts_response_http_status = _rt.Lens[SearchPromptsResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "search_prompts_response_http_status",
)
"""Lens on :attr:`SearchPromptsResponse.http_status`."""


search_prompts_response_prompts = _rt.Lens[SearchPromptsResponse, list[Prompt] | None](
    lambda s: s.prompts,
    lambda s, v: _dc.replace(s, prompts=v),
    "search_prompts_response_prompts",
)
"""Lens on :attr:`SearchPromptsResponse.prompts`."""


search_prompts_response_next_token = _rt.Lens[SearchPromptsResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_prompts_response_next_token",
)
"""Lens on :attr:`SearchPromptsResponse.next_token`."""


search_prompts_response_approximate_total_count = _rt.Lens[
    SearchPromptsResponse, int | None
](
    lambda s: s.approximate_total_count,
    lambda s, v: _dc.replace(s, approximate_total_count=v),
    "search_prompts_response_approximate_total_count",
)
"""Lens on :attr:`SearchPromptsResponse.approximate_total_count`."""


def _serialize(request: SearchPrompts, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/search-prompts"
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
) -> SearchPromptsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SearchPromptsResponseDraft()
    draft.http_status = status
    try:
        draft.prompts = (
            None
            if (value := data.get("Prompts")) is None
            else [
                Prompt._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Prompts")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Prompts")
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
    return _rt.seal(draft, SearchPromptsResponse)


OPERATION: _rt.Operation[SearchPrompts, SearchPromptsResponse] = _rt.Operation(
    "SearchPrompts",
    SearchPrompts,
    SearchPromptsResponse,
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
"""The SearchPrompts operation: its types, errors and wire codec."""
