"""Searches queues in an Connect Customer instance, with optional filtering."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.queue import Queue
from ..shapes.queue_search_criteria import QueueSearchCriteria
from ..shapes.queue_search_filter import QueueSearchFilter


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchQueues:
    """Searches queues in an Connect Customer instance, with optional
    filtering.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    - ``search_filter``: Filters to be applied to search results.
    - ``search_criteria``: The search criteria to be used to return queues.
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

    search_filter: QueueSearchFilter | None = None
    """Filters to be applied to search results."""

    search_criteria: QueueSearchCriteria | None = None
    """The search criteria to be used to return queues.

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
            if isinstance(value, QueueSearchFilter):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected QueueSearchFilter, got {type(value).__name__}"
                )
        value = self.search_criteria
        if value is not None:
            path = prefix + "search_criteria"
            if isinstance(value, QueueSearchCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected QueueSearchCriteria, got {type(value).__name__}"
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
    ) -> SearchQueues:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchQueues")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            search_filter=(
                None
                if (value := data.get("SearchFilter")) is None
                else QueueSearchFilter.from_dict(
                    value, path=path + "SearchFilter" + "."
                )
            ),
            search_criteria=(
                None
                if (value := data.get("SearchCriteria")) is None
                else QueueSearchCriteria.from_dict(
                    value, path=path + "SearchCriteria" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchQueuesResponse:
    """The response of SearchQueues.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``queues``: Information about the queues.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``approximate_total_count``: The total number of queues which matched your search query.
    """

    http_status: int
    """The HTTP status code of the response."""

    queues: list[Queue] | None = None
    """Information about the queues."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    approximate_total_count: int | None = None
    """The total number of queues which matched your search query."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.queues
        if value is not None:
            path = prefix + "queues"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Queue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Queue, got {type(v1).__name__}"
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
        if self.queues is not None:
            result["Queues"] = [v1.to_dict() for v1 in self.queues]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.approximate_total_count is not None:
            result["ApproximateTotalCount"] = self.approximate_total_count
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchQueuesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchQueuesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            queues=(
                None
                if (value := data.get("Queues")) is None
                else [
                    Queue.from_dict(v1, path=path + "Queues" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Queues"))
                ]
            ),
            next_token=data.get("NextToken"),
            approximate_total_count=data.get("ApproximateTotalCount"),
        )


class _SearchQueuesResponseDraft:
    """A :class:`SearchQueuesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "queues", "next_token", "approximate_total_count")
    http_status: int
    queues: list[Queue] | None
    next_token: str | None
    approximate_total_count: int | None


def new_search_queues(
    instance_id: str,
) -> SearchQueues:
    """Create a :class:`SearchQueues` with all optional fields omitted."""
    return SearchQueues(
        instance_id=instance_id,
    )


search_queues_instance_id = _rt.Lens[SearchQueues, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "search_queues_instance_id",
)
"""Lens on :attr:`SearchQueues.instance_id`."""


search_queues_next_token = _rt.Lens[SearchQueues, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_queues_next_token",
)
"""Lens on :attr:`SearchQueues.next_token`."""


search_queues_max_results = _rt.Lens[SearchQueues, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "search_queues_max_results",
)
"""Lens on :attr:`SearchQueues.max_results`."""


search_queues_search_filter = _rt.Lens[SearchQueues, QueueSearchFilter | None](
    lambda s: s.search_filter,
    lambda s, v: _dc.replace(s, search_filter=v),
    "search_queues_search_filter",
)
"""Lens on :attr:`SearchQueues.search_filter`."""


search_queues_search_criteria = _rt.Lens[SearchQueues, QueueSearchCriteria | None](
    lambda s: s.search_criteria,
    lambda s, v: _dc.replace(s, search_criteria=v),
    "search_queues_search_criteria",
)
"""Lens on :attr:`SearchQueues.search_criteria`."""


def new_search_queues_response(
    http_status: int,
) -> SearchQueuesResponse:
    """Create a :class:`SearchQueuesResponse` with all optional fields omitted."""
    return SearchQueuesResponse(
        http_status=http_status,
    )


search_queues_response_http_status = _rt.Lens[SearchQueuesResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "search_queues_response_http_status",
)
"""Lens on :attr:`SearchQueuesResponse.http_status`."""


search_queues_response_queues = _rt.Lens[SearchQueuesResponse, list[Queue] | None](
    lambda s: s.queues,
    lambda s, v: _dc.replace(s, queues=v),
    "search_queues_response_queues",
)
"""Lens on :attr:`SearchQueuesResponse.queues`."""


search_queues_response_next_token = _rt.Lens[SearchQueuesResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_queues_response_next_token",
)
"""Lens on :attr:`SearchQueuesResponse.next_token`."""


search_queues_response_approximate_total_count = _rt.Lens[
    SearchQueuesResponse, int | None
](
    lambda s: s.approximate_total_count,
    lambda s, v: _dc.replace(s, approximate_total_count=v),
    "search_queues_response_approximate_total_count",
)
"""Lens on :attr:`SearchQueuesResponse.approximate_total_count`."""


def _serialize(request: SearchQueues, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/search-queues"
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
) -> SearchQueuesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SearchQueuesResponseDraft()
    draft.http_status = status
    try:
        draft.queues = (
            None
            if (value := data.get("Queues")) is None
            else [
                Queue._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Queues")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Queues")
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
    return _rt.seal(draft, SearchQueuesResponse)


OPERATION: _rt.Operation[SearchQueues, SearchQueuesResponse] = _rt.Operation(
    "SearchQueues",
    SearchQueues,
    SearchQueuesResponse,
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
"""The SearchQueues operation: its types, errors and wire codec."""
