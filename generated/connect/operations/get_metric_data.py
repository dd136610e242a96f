"""Gets historical metric data from the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.filters import Filters
from ..shapes.historical_metric import HistoricalMetric
from ..shapes.historical_metric_result import HistoricalMetricResult

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
class GetMetricData:
    """Gets historical metric data from the specified Connect Customer
    instance.

    For a description of each historical metric, see `Metrics definitions
    <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html>`__
    in the *Connect Customer Administrator Guide*.

    .. note::

       We recommend using the `GetMetricDataV2
       <https://docs.aws.amazon.com/connect/latest/APIReference/API_GetMetricDataV2.html>`__
       API. It provides more flexibility, features, and the ability to query
       longer time ranges than ``GetMetricData``. Use it to retrieve
       historical agent and contact metrics for the last 3 months, at
       varying intervals. You can also use it to build custom dashboards to
       measure historical queue and agent performance. For example, you can
       track the number of incoming contacts for the last 7 days, with data
       split by day, to see how contact volume changed per day of the week.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``start_time``: The timestamp, in UNIX Epoch time format, at which to start the reporting interval for the retrieval of historical metrics data.
    - ``end_time``: The timestamp, in UNIX Epoch time format, at which to end the reporting interval for the retrieval of historical metrics data.
    - ``filters``: The queues, up to 100, or channels, to use to filter the metrics returned.
    - ``historical_metrics``: The metrics to retrieve.
    - ``groupings``: The grouping applied to the metrics returned.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    start_time: _dt.datetime
    """The timestamp, in UNIX Epoch time format, at which to start the
    reporting interval for the retrieval of historical metrics data. The
    time must be specified using a multiple of 5 minutes, such as 10:05,
    10:10, 10:15.

    The start time cannot be earlier than 24 hours before the time of the
    request. Historical metrics are available only for 24 hours.
    """

    end_time: _dt.datetime
    """The timestamp, in UNIX Epoch time format, at which to end the reporting
    interval for the retrieval of historical metrics data. The time must be
    specified using an interval of 5 minutes, such as 11:00, 11:05, 11:10,
    and must be later than the start time timestamp.

    The time range between the start and end time must be less than 24
    hours.
    """

    filters: Filters
    """The queues, up to 100, or channels, to use to filter the metrics
    returned. Metric data is retrieved only for the resources associated
    with the queues or channels included in the filter. You can include both
    queue IDs and queue ARNs in the same request. VOICE, CHAT, and TASK
    channels are supported.

    RoutingStepExpression is not a valid filter for GetMetricData and we
    recommend switching to GetMetricDataV2 for more up-to-date features.

    .. note::

       To filter by ``Queues``, enter the queue ID/ARN, not the name of the
       queue.
    """

    historical_metrics: list[HistoricalMetric]
    """The metrics to retrieve. Specify the name, unit, and statistic for each
    metric. The following historical metrics are available. For a
    description of each metric, see `Metrics definition
    <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html>`__
    in the *Connect Customer Administrator Guide*.

    .. note::

       This API does not support a contacts incoming metric (there's no
       CONTACTS_INCOMING metric missing from the documented list).

    ABANDON_TIME
        Unit: SECONDS

        Statistic: AVG

        UI name: `Average queue abandon time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-queue-abandon-time>`__

    AFTER_CONTACT_WORK_TIME
        Unit: SECONDS

        Statistic: AVG

        UI name: `After contact work time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#after-contact-work-time>`__

    API_CONTACTS_HANDLED
        Unit: COUNT

        Statistic: SUM

        UI name: `API contacts handled
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#api-contacts-handled>`__

    AVG_HOLD_TIME
        Unit: SECONDS

        Statistic: AVG

        UI name: `Average customer hold time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-customer-hold-time>`__

    CALLBACK_CONTACTS_HANDLED
        Unit: COUNT

        Statistic: SUM

        UI name: `Callback contacts handled
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#callback-contacts-handled>`__

    CONTACTS_ABANDONED
        Unit: COUNT

        Statistic: SUM

        UI name: `Contacts abandoned
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-abandoned>`__

    CONTACTS_AGENT_HUNG_UP_FIRST
        Unit: COUNT

        Statistic: SUM

        UI name: `Contacts agent hung up first
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-agent-hung-up-first>`__

    CONTACTS_CONSULTED
        Unit: COUNT

        Statistic: SUM

        UI name: `Contacts consulted
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-consulted>`__

    CONTACTS_HANDLED
        Unit: COUNT

        Statistic: SUM

        UI name: `Contacts handled
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-handled>`__

    CONTACTS_HANDLED_INCOMING
        Unit: COUNT

        Statistic: SUM

        UI name: `Contacts handled incoming
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-handled-incoming>`__

    CONTACTS_HANDLED_OUTBOUND
        Unit: COUNT

        Statistic: SUM

        UI name: `Contacts handled outbound
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-handled-outbound>`__

    CONTACTS_HOLD_ABANDONS
        Unit: COUNT

        Statistic: SUM

        UI name: `Contacts hold disconnect
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-hold-disconnect>`__

    CONTACTS_MISSED
        Unit: COUNT

        Statistic: SUM

        UI name: `AGENT_NON_RESPONSE
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-non-response>`__

    CONTACTS_QUEUED
        Unit: COUNT

        Statistic: SUM

        UI name: `Contacts queued
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-queued>`__

    CONTACTS_TRANSFERRED_IN
        Unit: COUNT

        Statistic: SUM

        UI name: `Contacts transferred in
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-in>`__

    CONTACTS_TRANSFERRED_IN_FROM_QUEUE
        Unit: COUNT

        Statistic: SUM

        UI name: `Contacts transferred out queue
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-out-queue>`__

    CONTACTS_TRANSFERRED_OUT
        Unit: COUNT

        Statistic: SUM

        UI name: `Contacts transferred out
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-out>`__

    CONTACTS_TRANSFERRED_OUT_FROM_QUEUE
        Unit: COUNT

        Statistic: SUM

        UI name: `Contacts transferred out queue
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-out-queue>`__

    HANDLE_TIME
        Unit: SECONDS

        Statistic: AVG

        UI name: `Average handle time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-handle-time>`__

    INTERACTION_AND_HOLD_TIME
        Unit: SECONDS

        Statistic: AVG

        UI name: `Average agent interaction and customer hold time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-interaction-and-customer-hold-time>`__

    INTERACTION_TIME
        Unit: SECONDS

        Statistic: AVG

        UI name: `Average agent interaction time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#aaverage-agent-interaction-time>`__

    OCCUPANCY
        Unit: PERCENT

        Statistic: AVG

        UI name: `Occupancy
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#occupancy>`__

    QUEUE_ANSWER_TIME
        Unit: SECONDS

        Statistic: AVG

        UI name: `Average queue answer time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html##average-queue-answer-time>`__

    QUEUED_TIME
        Unit: SECONDS

        Statistic: MAX

        UI name: `Minimum flow time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#minimum-flow-time>`__

    SERVICE_LEVEL
        You can include up to 20 SERVICE_LEVEL metrics in a request.

        Unit: PERCENT

        Statistic: AVG

        Threshold: For ``ThresholdValue``, enter any whole number from 1 to
        604800 (inclusive), in seconds. For ``Comparison``, you must enter
        ``LT`` (for "Less than").

        UI name: `Average queue abandon time
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-queue-abandon-time>`__
    """

    groupings: list[str] | None = None
    """The grouping applied to the metrics returned. For example, when results
    are grouped by queue, the metrics returned are grouped by queue. The
    values returned apply to the metrics for each queue rather than
    aggregated for all queues.

    If no grouping is specified, a summary of metrics for all queues is
    returned.

    RoutingStepExpression is not a valid filter for GetMetricData and we
    recommend switching to GetMetricDataV2 for more up-to-date features.
    """

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

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
        value = self.start_time
        if value is None:
            errors.append(prefix + "start_time: required but missing")
        else:
            path = prefix + "start_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.end_time
        if value is None:
            errors.append(prefix + "end_time: required but missing")
        else:
            path = prefix + "end_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.filters
        if value is None:
            errors.append(prefix + "filters: required but missing")
        else:
            path = prefix + "filters"
            if isinstance(value, Filters):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Filters, got {type(value).__name__}")
        value = self.historical_metrics
        if value is None:
            errors.append(prefix + "historical_metrics: required but missing")
        else:
            path = prefix + "historical_metrics"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, HistoricalMetric):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected HistoricalMetric, got {type(v1).__name__}"
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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["StartTime"] = self.start_time
        result["EndTime"] = self.end_time
        result["Filters"] = self.filters.to_dict()
        result["HistoricalMetrics"] = [v1.to_dict() for v1 in self.historical_metrics]
        if self.groupings is not None:
            result["Groupings"] = list(self.groupings)
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetMetricData:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetMetricData")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            start_time=_rt.required(data, "StartTime", path),
            end_time=_rt.required(data, "EndTime", path),
            filters=Filters.from_dict(
                _rt.required(data, "Filters", path), path=path + "Filters" + "."
            ),
            historical_metrics=[
                HistoricalMetric.from_dict(
                    v1, path=path + "HistoricalMetrics" + f"[{i1}]" + "."
                )
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "HistoricalMetrics", path),
                        path + "HistoricalMetrics",
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
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetMetricDataResponse:
    """The response of GetMetricData.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``metric_results``: Information about the historical metrics.
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

    metric_results: list[HistoricalMetricResult] | None = None
    """Information about the historical metrics.

    If no grouping is specified, a summary of metric data is returned.
    """

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
                        if isinstance(v1, HistoricalMetricResult):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected HistoricalMetricResult, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.metric_results is not None:
            result["MetricResults"] = [v1.to_dict() for v1 in self.metric_results]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetMetricDataResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetMetricDataResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            next_token=data.get("NextToken"),
            metric_results=(
                None
                if (value := data.get("MetricResults")) is None
                else [
                    HistoricalMetricResult.from_dict(
                        v1, path=path + "MetricResults" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "MetricResults")
                    )
                ]
            ),
        )


class _GetMetricDataResponseDraft:
    """A :class:`GetMetricDataResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "next_token", "metric_results")
    http_status: int
    next_token: str | None
    metric_results: list[HistoricalMetricResult] | None


def new_get_metric_data(
    instance_id: str,
    start_time: _dt.datetime,
    end_time: _dt.datetime,
    filters: Filters,
    historical_metrics: list[HistoricalMetric],
) -> GetMetricData:
    """Create a :class:`GetMetricData` with all optional fields omitted."""
    return GetMetricData(
        instance_id=instance_id,
        start_time=start_time,
        end_time=end_time,
        filters=filters,
        historical_metrics=historical_metrics,
    )


get_metric_data_instance_id = _rt.Lens[GetMetricData, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "get_metric_data_instance_id",
)
"""Lens on :attr:`GetMetricData.instance_id`."""


get_metric_data_start_time = _rt.Lens[GetMetricData, _dt.datetime](
    lambda s: s.start_time,
    lambda s, v: _dc.replace(s, start_time=v),
    "get_metric_data_start_time",
)
"""Lens on :attr:`GetMetricData.start_time`."""


get_metric_data_end_time = _rt.Lens[GetMetricData, _dt.datetime](
    lambda s: s.end_time,
    lambda s, v: _dc.replace(s, end_time=v),
    "get_metric_data_end_time",
)
"""Lens on :attr:`GetMetricData.end_time`."""


get_metric_data_filters = _rt.Lens[GetMetricData, Filters](
    lambda s: s.filters,
    lambda s, v: _dc.replace(s, filters=v),
    "get_metric_data_filters",
)
"""Lens on :attr:`GetMetricData.filters`."""


get_metric_data_historical_metrics = _rt.Lens[GetMetricData, list[HistoricalMetric]](
    lambda s: s.historical_metrics,
    lambda s, v: _dc.replace(s, historical_metrics=v),
    "get_metric_data_historical_metrics",
)
"""Lens on :attr:`GetMetricData.historical_metrics`."""


get_metric_data_groupings = _rt.Lens[GetMetricData, list[str] | None](
    lambda s: s.groupings,
    lambda s, v: _dc.replace(s, groupings=v),
    "get_metric_data_groupings",
)
"""Lens on :attr:`GetMetricData.groupings`."""


get_metric_data_next_token = _rt.Lens[GetMetricData, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "get_metric_data_next_token",
)
"""Lens on :attr:`GetMetricData.next_token`."""


get_metric_data_max_results = _rt.Lens[GetMetricData, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "get_metric_data_max_results",
)
"""Lens on :attr:`GetMetricData.max_results`."""


def new_get_metric_data_response(
    http_status: int,
) -> GetMetricDataResponse:
    """Create a :class:`GetMetricDataResponse` with all optional fields omitted."""
    return GetMetricDataResponse(
        http_status=http_status,
    )


get_metric_data_response_http_status = _rt.Lens[GetMetricDataResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "get_metric_data_response_http_status",
)
"""Lens on :attr:`GetMetricDataResponse.http_status`."""


get_metric_data_response_next_token = _rt.Lens[GetMetricDataResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "get_metric_data_response_next_token",
)
"""Lens on :attr:`GetMetricDataResponse.next_token`."""


get_metric_data_response_metric_results = _rt.Lens[
    GetMetricDataResponse, list[HistoricalMetricResult] | None
](
    lambda s: s.metric_results,
    lambda s, v: _dc.replace(s, metric_results=v),
    "get_metric_data_response_metric_results",
)
"""Lens on :attr:`GetMetricDataResponse.metric_results`."""


def _serialize(request: GetMetricData, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/metrics/historical/" + _rt.quote_label(request.instance_id, "instance_id")
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["StartTime"] = _rt.epoch_seconds(request.start_time)
    data["EndTime"] = _rt.epoch_seconds(request.end_time)
    data["Filters"] = request.filters._to_json()
    data["HistoricalMetrics"] = [v1._to_json() for v1 in request.historical_metrics]
    if request.groupings is not None:
        data["Groupings"] = request.groupings
    if request.next_token is not None:
        data["NextToken"] = request.next_token
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
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
) -> GetMetricDataResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _GetMetricDataResponseDraft()
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
                HistoricalMetricResult._from_json(
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
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, GetMetricDataResponse)


OPERATION: _rt.Operation[GetMetricData, GetMetricDataResponse] = _rt.Operation(
    "GetMetricData",
    GetMetricData,
    GetMetricDataResponse,
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
"""The GetMetricData operation: its types, errors and wire codec."""
