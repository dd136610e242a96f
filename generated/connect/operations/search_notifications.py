"""Searches for notifications based on specified criteria and filters."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.notification_search_criteria import NotificationSearchCriteria
from ..shapes.notification_search_filter import NotificationSearchFilter
from ..shapes.notification_search_summary import NotificationSearchSummary


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchNotifications:
    """Searches for notifications based on specified criteria and filters.
    Returns a paginated list of notifications matching the search
    parameters, ordered by descending creation time. Supports filtering by
    content and tags.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    - ``search_filter``: Filters to apply to the search results, such as tag-based filters.
    - ``search_criteria``: The search criteria to apply when searching for notifications.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response to retrieve the next page of results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page. Valid range is 1-100."""

    search_filter: NotificationSearchFilter | None = None
    """Filters to apply to the search results, such as tag-based filters."""

    search_criteria: NotificationSearchCriteria | None = None
    """The search criteria to apply when searching for notifications. Supports
    filtering by notification ID and message content using comparison types
    such as STARTS_WITH, CONTAINS, and EXACT.
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
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)
        value = self.search_filter
        if value is not None:
            path = prefix + "search_filter"
            if isinstance(value, NotificationSearchFilter):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected NotificationSearchFilter, got {type(value).__name__}"
                )
        value = self.search_criteria
        if value is not None:
            path = prefix + "search_criteria"
            if isinstance(value, NotificationSearchCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected NotificationSearchCriteria, got {type(value).__name__}"
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
    ) -> SearchNotifications:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchNotifications")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            search_filter=(
                None
                if (value := data.get("SearchFilter")) is None
                else NotificationSearchFilter.from_dict(
                    value, path=path + "SearchFilter" + "."
                )
            ),
            search_criteria=(
                None
                if (value := data.get("SearchCriteria")) is None
                else NotificationSearchCriteria.from_dict(
                    value, path=path + "SearchCriteria" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchNotificationsResponse:
    """The response of SearchNotifications.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``notifications``: A list of notifications matching the search criteria.
    - ``next_token``: The token for the next set of results.
    - ``approximate_total_count``: The approximate total number of notifications matching the search criteria.
    """

    http_status: int
    """The HTTP status code of the response."""

    notifications: list[NotificationSearchSummary] | None = None
    """A list of notifications matching the search criteria."""

    next_token: str | None = None
    """The token for the next set of results. If present, there are more
    results available.
    """

    approximate_total_count: int | None = None
    """The approximate total number of notifications matching the search
    criteria.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.notifications
        if value is not None:
            path = prefix + "notifications"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, NotificationSearchSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected NotificationSearchSummary, got {type(v1).__name__}"
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
        if self.notifications is not None:
            result["Notifications"] = [v1.to_dict() for v1 in self.notifications]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.approximate_total_count is not None:
            result["ApproximateTotalCount"] = self.approximate_total_count
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchNotificationsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchNotificationsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            notifications=(
                None
                if (value := data.get("Notifications")) is None
                else [
                    NotificationSearchSummary.from_dict(
                        v1, path=path + "Notifications" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Notifications")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
            approximate_total_count=data.get("ApproximateTotalCount"),
        )


class _SearchNotificationsResponseDraft:
    """A :class:`SearchNotificationsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "notifications",
        "next_token",
        "approximate_total_count",
    )
    http_status: int
    notifications: list[NotificationSearchSummary] | None
    next_token: str | None
    approximate_total_count: int | None


def new_search_notifications(
    instance_id: str,
) -> SearchNotifications:
    """Create a :class:`SearchNotifications` with all optional fields omitted."""
    return SearchNotifications(
        instance_id=instance_id,
    )


search_notifications_instance_id = _rt.Lens[SearchNotifications, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "search_notifications_instance_id",
)
"""Lens on :attr:`SearchNotifications.instance_id`."""


search_notifications_next_token = _rt.Lens[SearchNotifications, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_notifications_next_token",
)
"""Lens on :attr:`SearchNotifications.next_token`."""


search_notifications_max_results = _rt.Lens[SearchNotifications, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "search_notifications_max_results",
)
"""Lens on :attr:`SearchNotifications.max_results`."""


search_notifications_search_filter = _rt.Lens[
    SearchNotifications, NotificationSearchFilter | None
](
    lambda s: s.search_filter,
    lambda s, v: _dc.replace(s, search_filter=v),
    "search_notifications_search_filter",
)
"""Lens on :attr:`SearchNotifications.search_filter`."""


search_notifications_search_criteria = _rt.Lens[
    SearchNotifications, NotificationSearchCriteria | None
](
    lambda s: s.search_criteria,
    lambda s, v: _dc.replace(s, search_criteria=v),
    "search_notifications_search_criteria",
)
"""Lens on :attr:`SearchNotifications.search_criteria`."""


def new_search_notifications_response(
    http_status: int,
) -> SearchNotificationsResponse:
    """Create a :class:`SearchNotificationsResponse` with all optional fields omitted."""
    return SearchNotificationsResponse(
        http_status=http_status,
    )


search_notifications_response_http_status = _rt.Lens[SearchNotificationsResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "search_notifications_response_http_status",
)
"""Lens on :attr:`SearchNotificationsResponse.http_status`."""


search_notifications_response_notifications = _rt.Lens[
    SearchNotificationsResponse, list[NotificationSearchSummary] | None
](
    lambda s: s.notifications,
    lambda s, v: _dc.replace(s, notifications=v),
    "search_notifications_response_notifications",
)
"""Lens on :attr:`SearchNotificationsResponse.notifications`."""


search_notifications_response_next_token = _rt.Lens[
    SearchNotificationsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_notifications_response_next_token",
)
"""Lens on :attr:`SearchNotificationsResponse.next_token`."""


search_notifications_response_approximate_total_count = _rt.Lens[
    SearchNotificationsResponse, int | None
](
    lambda s: s.approximate_total_count,
    lambda s, v: _dc.replace(s, approximate_total_count=v),
    "search_notifications_response_approximate_total_count",
)
"""Lens on :attr:`SearchNotificationsResponse.approximate_total_count`."""


def _serialize(request: SearchNotifications, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/search-notifications"
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
) -> SearchNotificationsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SearchNotificationsResponseDraft()
    draft.http_status = status
    try:
        draft.notifications = (
            None
            if (value := data.get("Notifications")) is None
            else [
                NotificationSearchSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Notifications")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Notifications")
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
    return _rt.seal(draft, SearchNotificationsResponse)


OPERATION: _rt.Operation[SearchNotifications, SearchNotificationsResponse] = (
    _rt.Operation(
        "SearchNotifications",
        SearchNotifications,
        SearchNotificationsResponse,
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
"""The SearchNotifications operation: its types, errors and wire codec."""
