"""Gets the real-time metric data from the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.current_metric import CurrentMetric
from ..shapes.current_metric_result import CurrentMetricResult
from ..shapes.current_metric_sort_criteria import CurrentMetricSortCriteria
from ..shapes.filters import Filters

_GROUPING_VALUES = frozenset(
    (
        "QUEUE",
        "CHANNEL",
        "ROUTING_PROFILE",
        "ROUTING_STEP_EXPRESSION",
        "AGENT_STATUS",
        "SUBTYPE",
        "VALIDATION_TEST_TYPE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetCurrentMetricData:
    """Gets the real-time metric data from the specified Connect Customer
    instance.

    For a description of each metric, see `Metrics definitions
    <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html>`__
    in the *Connect Customer Administrator Guide*.

    .. note::

       When you make a successful API request, you can expect the following
       metric values in the response:

       1. **Metric value is null**: The calculation cannot be performed due
          to divide by zero or insufficient data
       2. **Metric value is a number (including 0) of defined type**: The
          number provided is the calculation result
       3. **MetricResult list is empty**: The request cannot find any data
          in the system

       The following guidelines can help you work with the API:

       - Each dimension in the metric response must contain a value

       - Each item in MetricResult must include all requested metrics

       - If the response is slow due to large result sets, try these
         approaches:

         - Add filters to reduce the amount of data returned

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``filters``: The filters to apply to returned metrics.
    - ``current_metrics``: The metrics to retrieve.
    - ``groupings``: Defines the level of aggregation for metrics data by a dimension(s).
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    - ``sort_criteria``: The way to sort the resulting response based on metrics.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    filters: Filters
    """The filters to apply to returned metrics. You can filter up to the
    following limits:

    - Queues: 100
    - Routing profiles: 100
    - Channels: 3 (VOICE, CHAT, and TASK channels are supported.)
    - RoutingStepExpressions: 50
    - AgentStatuses: 50
    - Subtypes: 10
    - ValidationTestTypes: 10

    Metric data is retrieved only for the resources associated with the
    queues or routing profiles, and by any channels included in the filter.
    (You cannot filter by both queue AND routing profile.) You can include
    both resource IDs and resource ARNs in the same request.

    When using ``AgentStatuses`` as filter make sure Queues is added as
    primary filter.

    When using ``Subtypes`` as filter make sure Queues is added as primary
    filter.

    When using ``ValidationTestTypes`` as filter make sure Queues is added
    as primary filter.

    When using the ``RoutingStepExpression`` filter, you need to pass
    exactly one ``QueueId``. The filter is also case sensitive so when using
    the ``RoutingStepExpression`` filter, grouping by
    ``ROUTING_STEP_EXPRESSION`` is required.

    Currently tagging is only supported on the resources that are passed in
    the filter.
    """

    current_metrics: list[CurrentMetric]
    """The metrics to retrieve. Specify the name or metricId, and unit for each
    metric. The following metrics are available. For a description of all
    the metrics, see `Metrics definitions
    <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html>`__
    in the *Connect Customer Administrator Guide*.

    .. note::

       MetricId should be used to reference custom metrics or out of the box
       metrics as Arn. If using MetricId, the limit is 10 MetricId per
       request.

    AGENTS_AFTER_CONTACT_WORK
        Unit: COUNT

        Name in real-time metrics report: `ACW
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#aftercallwork-real-time>`__

    AGENTS_AVAILABLE
        Unit: COUNT

        Name in real-time metrics report: `Available
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#available-real-time>`__

    AGENTS_ERROR
        Unit: COUNT

        Name in real-time metrics report: `Error
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#error-real-time>`__

    AGENTS_NON_PRODUCTIVE
        Unit: COUNT

        Name in real-time metrics report: `NPT (Non-Productive Time)
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#non-productive-time-real-time>`__

    AGENTS_ON_CALL
        Unit: COUNT

        Name in real-time metrics report: `On contact
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#on-call-real-time>`__

    AGENTS_ON_CONTACT
        Unit: COUNT

        Name in real-time metrics report: `On contact
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#on-call-real-time>`__

    AGENTS_ONLINE
        Unit: COUNT

        Name in real-time metrics report: `Online
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#online-real-time>`__

    AGENTS_STAFFED
        Unit: COUNT

        Name in real-time metrics report: `Staffed
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#staffed-real-time>`__

    CONTACTS_IN_QUEUE
        Unit: COUNT

        Name in real-time metrics report: `In queue
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#in-queue-real-time>`__

    CONTACTS_SCHEDULED
        Unit: COUNT

        Name in real-time metrics report: `Scheduled
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#scheduled-real-time>`__

    ESTIMATED_WAIT_TIME
        Unit: SECONDS

        This metric supports filter and grouping combination only used for
        core routing purpose. Valid filter and grouping use cases:

        - Filter by a list of [Queues] and a list of [Channels], group by
          [“QUEUE”, “CHANNEL”]
        - Filter by a singleton list of [Queue], a singleton list of
          [Channel], a list of [RoutingStepExpression], group by
          [“ROUTING_STEP_EXPRESSION”].

    OLDEST_CONTACT_AGE
        Unit: SECONDS

        When you use groupings, Unit says SECONDS and the Value is returned
        in SECONDS.

        When you do not use groupings, Unit says SECONDS but the Value is
        returned in MILLISECONDS. For example, if you get a response like
        this:

        ``{ "Metric": { "Name": "OLDEST_CONTACT_AGE", "Unit": "SECONDS" }, "Value": 24113.0``
        \\}

        The actual OLDEST_CONTACT_AGE is 24 seconds.

        When the filter ``RoutingStepExpression`` is used, this metric is
        still calculated from enqueue time. For example, if a contact that
        has been queued under ``<Expression 1>`` for 10 seconds has expired
        and ``<Expression 2>`` becomes active, then ``OLDEST_CONTACT_AGE``
        for this queue will be counted starting from 10, not 0.

        Name in real-time metrics report: `Oldest
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#oldest-real-time>`__

    SLOTS_ACTIVE
        Unit: COUNT

        Name in real-time metrics report: `Active
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#active-real-time>`__

    SLOTS_AVAILABLE
        Unit: COUNT

        Name in real-time metrics report: `Availability
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#availability-real-time>`__
    """

    groupings: list[str] | None = None
    """Defines the level of aggregation for metrics data by a dimension(s). Its
    similar to sorting items into buckets based on a common characteristic,
    then counting or calculating something for each bucket. For example,
    when grouped by ``QUEUE``, the metrics returned apply to each queue
    rather than aggregated for all queues.

    The grouping list is an ordered list, with the first item in the list
    defined as the primary grouping. If no grouping is included in the
    request, the aggregation happens at the instance-level.

    - If you group by ``CHANNEL``, you should include a Channels filter.
      VOICE, CHAT, and TASK channels are supported.
    - If you group by ``AGENT_STATUS``, you must include the ``QUEUE`` as
      the primary grouping and use queue filter. When you group by
      ``AGENT_STATUS``, the only metric available is the ``AGENTS_ONLINE``
      metric.
    - If you group by ``SUBTYPE`` or ``VALIDATION_TEST_TYPE`` as secondary
      grouping then you must include ``QUEUE`` as primary grouping and use
      Queue as filter
    - If you group by ``ROUTING_PROFILE``, you must include either a queue
      or routing profile filter. In addition, a routing profile filter is
      required for metrics ``CONTACTS_SCHEDULED``, ``CONTACTS_IN_QUEUE``,
      and ``OLDEST_CONTACT_AGE``.
    - When using the ``RoutingStepExpression`` filter, group by
      ``ROUTING_STEP_EXPRESSION`` is required.
    """

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.

    The token expires after 5 minutes from the time it is created.
    Subsequent requests that use the token must use the same request
    parameters as the request that generated the token.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

    sort_criteria: list[CurrentMetricSortCriteria] | None = None
    """The way to sort the resulting response based on metrics. You can enter
    one sort criteria. By default resources are sorted based on
    ``AGENTS_ONLINE``, ``DESCENDING``. The metric collection is sorted based
    on the input metrics.

    Note the following:

    - Sorting on ``SLOTS_ACTIVE`` and ``SLOTS_AVAILABLE`` is not supported.
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
        value = self.filters
        if value is None:
            errors.append(prefix + "filters: required but missing")
        else:
            path = prefix + "filters"
            if isinstance(value, Filters):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Filters, got {type(value).__name__}")
        value = self.current_metrics
        if value is None:
            errors.append(prefix + "current_metrics: required but missing")
        else:
            path = prefix + "current_metrics"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, CurrentMetric):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected CurrentMetric, got {type(v1).__name__}"
                            )
        value = self.groupings
        if value is not None:
            path = prefix + "groupings"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 2)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, enum=_GROUPING_VALUES)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)
        value = self.sort_criteria
        if value is not None:
            path = prefix + "sort_criteria"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 1)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, CurrentMetricSortCriteria):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected CurrentMetricSortCriteria, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["Filters"] = self.filters.to_dict()
        result["CurrentMetrics"] = [v1.to_dict() for v1 in self.current_metrics]
        if self.groupings is not None:
            result["Groupings"] = list(self.groupings)
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.sort_criteria is not None:
            result["SortCriteria"] = [v1.to_dict() for v1 in self.sort_criteria]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetCurrentMetricData:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetCurrentMetricData")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            filters=Filters.from_dict(
                _rt.required(data, "Filters", path), path=path + "Filters" + "."
            ),
            current_metrics=[
                CurrentMetric.from_dict(
                    v1, path=path + "CurrentMetrics" + f"[{i1}]" + "."
                )
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "CurrentMetrics", path),
                        path + "CurrentMetrics",
                    )
                )
            ],
            groupings=(
                None
                if (value := data.get("Groupings")) is None
                else list(_rt.expect_sequence(value, path + "Groupings"))
            ),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            sort_criteria=(
                None
                if (value := data.get("SortCriteria")) is None
                else [
                    CurrentMetricSortCriteria.from_dict(
                        v1, path=path + "SortCriteria" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "SortCriteria")
                    )
                ]
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetCurrentMetricDataResponse:
    """The response of GetCurrentMetricData.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``metric_results``: Information about the real-time metrics.
    - ``data_snapshot_time``: The time at which the metrics were retrieved and cached for pagination.
    - ``approximate_total_count``: The total count of the result, regardless of the current page size.
    """

    http_status: int
    """The HTTP status code of the response."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.

    The token expires after 5 minutes from the time it is created.
    Subsequent requests that use the token must use the same request
    parameters as the request that generated the token.
    """

    metric_results: list[CurrentMetricResult] | None = None
    """Information about the real-time metrics."""

    data_snapshot_time: _dt.datetime | None = None
    """The time at which the metrics were retrieved and cached for pagination."""

    approximate_total_count: int | None = None
    """The total count of the result, regardless of the current page size."""

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
        value = self.metric_results
        if value is not None:
            path = prefix + "metric_results"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, CurrentMetricResult):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected CurrentMetricResult, got {type(v1).__name__}"
                            )
        value = self.data_snapshot_time
        if value is not None:
            path = prefix + "data_snapshot_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
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
        if self.metric_results is not None:
            result["MetricResults"] = [v1.to_dict() for v1 in self.metric_results]
        if self.data_snapshot_time is not None:
            result["DataSnapshotTime"] = self.data_snapshot_time
        if self.approximate_total_count is not None:
            result["ApproximateTotalCount"] = self.approximate_total_count
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetCurrentMetricDataResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetCurrentMetricDataResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            next_token=data.get("NextToken"),
            metric_results=(
                None
                if (value := data.get("MetricResults")) is None
                else [
                    CurrentMetricResult.from_dict(
                        v1, path=path + "MetricResults" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "MetricResults")
                    )
                ]
            ),
            data_snapshot_time=data.get("DataSnapshotTime"),
            approximate_total_count=data.get("ApproximateTotalCount"),
        )


class _GetCurrentMetricDataResponseDraft:
    """A :class:`GetCurrentMetricDataResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "next_token",
        "metric_results",
        "data_snapshot_time",
        "approximate_total_count",
    )
    http_status: int
    next_token: str | None
    metric_results: list[CurrentMetricResult] | None
    data_snapshot_time: _dt.datetime | None
    approximate_total_count: int | None


def new_get_current_metric_data(
    instance_id: str,
    filters: Filters,
    current_metrics: list[CurrentMetric],
) -> GetCurrentMetricData:
    """Create a :class:`GetCurrentMetricData` with all optional fields omitted."""
    return GetCurrentMetricData(
        instance_id=instance_id,
        filters=filters,
        current_metrics=current_metrics,
    )


get_current_metric_data_instance_id = _rt.Lens[GetCurrentMetricData, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "get_current_metric_data_instance_id",
)
"""Lens on :attr:`GetCurrentMetricData.instance_id`."""


get_current_metric_data_filters = _rt.Lens[GetCurrentMetricData, Filters](
    lambda s: s.filters,
    lambda s, v: _dc.replace(s, filters=v),
    "get_current_metric_data_filters",
)
"""Lens on :attr:`GetCurrentMetricData.filters`."""


get_current_metric_data_current_metrics = _rt.Lens[
    GetCurrentMetricData, list[CurrentMetric]
](
    lambda s: s.current_metrics,
    lambda s, v: _dc.replace(s, current_metrics=v),
    "get_current_metric_data_current_metrics",
)
"""Lens on :attr:`GetCurrentMetricData.current_metrics`."""


get_current_metric_data_groupings = _rt.Lens[GetCurrentMetricData, list[str] | None](
    lambda s: s.groupings,
    lambda s, v: _dc.replace(s, groupings=v),
    "get_current_metric_data_groupings",
)
"""Lens on :attr:`GetCurrentMetricData.groupings`."""


get_current_metric_data_next_token = _rt.Lens[GetCurrentMetricData, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "get_current_metric_data_next_token",
)
"""Lens on :attr:`GetCurrentMetricData.next_token`."""


get_current_metric_data_max_results = _rt.Lens[GetCurrentMetricData, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "get_current_metric_data_max_results",
)
"""Lens on :attr:`GetCurrentMetricData.max_results`."""


get_current_metric_data_sort_criteria = _rt.Lens[
    GetCurrentMetricData, list[CurrentMetricSortCriteria] | None
](
    lambda s: s.sort_criteria,
    lambda s, v: _dc.replace(s, sort_criteria=v),
    "get_current_metric_data_sort_criteria",
)
"""Lens on :attr:`GetCurrentMetricData.sort_criteria`."""


def new_get_current_metric_data_response(
    http_status: int,
) -> GetCurrentMetricDataResponse:
    """Create a :class:`GetCurrentMetricDataResponse` with all optional fields omitted."""
    return GetCurrentMetricDataResponse(
        http_status=http_status,
    )


get_current_metric_data_response_http_status = _rt.Lens[
    GetCurrentMetricDataResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "get_current_metric_data_response_http_status",
)
"""Lens on :attr:`GetCurrentMetricDataResponse.http_status`."""


get_current_metric_data_response_next_token = _rt.Lens[
    GetCurrentMetricDataResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "get_current_metric_data_response_next_token",
)
"""Lens on :attr:`GetCurrentMetricDataResponse.next_token`."""


get_current_metric_data_response_metric_results = _rt.Lens[
    GetCurrentMetricDataResponse, list[CurrentMetricResult] | None
](
    lambda s: s.metric_results,
    lambda s, v: _dc.replace(s, metric_results=v),
    "get_current_metric_data_response_metric_results",
)
"""Lens on :attr:`GetCurrentMetricDataResponse.metric_results`."""


get_current_metric_data_response_data_snapshot_time = _rt.Lens[
    GetCurrentMetricDataResponse, _dt.datetime | None
](
    lambda s: s.data_snapshot_time,
    lambda s, v: _dc.replace(s, data_snapshot_time=v),
    "get_current_metric_data_response_data_snapshot_time",
)
"""Lens on :attr:`GetCurrentMetricDataResponse.data_snapshot_time`."""


get_current_metric_data_response_approximate_total_count = _rt.Lens[
    GetCurrentMetricDataResponse, int | None
](
    lambda s: s.approximate_total_count,
    lambda s, v: _dc.replace(s, approximate_total_count=v),
    "get_current_metric_data_response_approximate_total_count",
)
"""Lens on :attr:`GetCurrentMetricDataResponse.approximate_total_count`."""


def _serialize(request: GetCurrentMetricData, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/metrics/current/" + _rt.quote_label(request.instance_id, "instance_id")
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["Filters"] = request.filters._to_json()
    data["CurrentMetrics"] = [v1._to_json() for v1 in request.current_metrics]
    if request.groupings is not None:
        data["Groupings"] = request.groupings
    if request.next_token is not None:
        data["NextToken"] = request.next_token
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
    if request.sort_criteria is not None:
        data["SortCriteria"] = [v1._to_json() for v1 in request.sort_criteria]
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
) -> GetCurrentMetricDataResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _GetCurrentMetricDataResponseDraft()
    draft.http_status = status
    try:
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
        draft.metric_results = (
            None
            if (value := data.get("MetricResults")) is None
            else [
                CurrentMetricResult._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "MetricResults")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "MetricResults")
                )
                if v1 is not None
            ]
        )
        draft.data_snapshot_time = (
            None
            if (value := data.get("DataSnapshotTime")) is None
            else _rt.parse_timestamp(value, "DataSnapshotTime")
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
    return _rt.seal(draft, GetCurrentMetricDataResponse)


OPERATION: _rt.Operation[GetCurrentMetricData, GetCurrentMetricDataResponse] = (
    _rt.Operation(
        "GetCurrentMetricData",
        GetCurrentMetricData,
        GetCurrentMetricDataResponse,
        (
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.InternalServiceException,
            _errors.ThrottlingException,
            _errors.ResourceNotFoundException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The GetCurrentMetricData operation: its types, errors and wire codec."""
