"""Retrieves contact metric data for a specified contact."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.contact_metric_info import ContactMetricInfo
from ..shapes.contact_metric_result import ContactMetricResult

_PATTERN_1 = _rt.Pattern(
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetContactMetrics:
    """Retrieves contact metric data for a specified contact.

    **Use cases**

    Following are common use cases for position in queue and estimated wait
    time:

    - Customer-Facing Wait Time Announcements - Display or announce the
      estimated wait time and position in queue to customers before or
      during their queue experience.
    - Callback Offerings - Offer customers a callback option when the
      estimated wait time or position in queue exceeds a defined threshold.
    - Queue Routing Decisions - Route incoming contacts to less congested
      queues by comparing estimated wait time and position in queue across
      multiple queues.
    - Self-Service Deflection - Redirect customers to self-service options
      like chatbots or FAQs when estimated wait time is high or position in
      queue is unfavorable.

    **Important things to know**

    - Metrics are only available while the contact is actively in queue.
    - For more information, see the `Position in queue
      <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html>`__
      metric in the *Connect Customer Administrator Guide*.

    **Endpoints**: See `Connect Customer endpoints and quotas
    <https://docs.aws.amazon.com/general/latest/gr/connect_region.html>`__.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``metrics``: A list of contact level metrics to retrieve.Supported metrics include POSITION_IN_QUEUE (the contact's current position in the queue) and ESTIMATED_WAIT_TIME (the predicted time in seconds until the contact is connected to an agent)
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the contact in this instance of Connect Customer."""

    metrics: list[ContactMetricInfo]
    """A list of contact level metrics to retrieve.Supported metrics include
    POSITION_IN_QUEUE (the contact's current position in the queue) and
    ESTIMATED_WAIT_TIME (the predicted time in seconds until the contact is
    connected to an agent)
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
            _rt.check_str(
                errors, path, value, min_len=1, max_len=250, pattern=_PATTERN_1
            )
        value = self.contact_id
        if value is None:
            errors.append(prefix + "contact_id: required but missing")
        else:
            path = prefix + "contact_id"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=250, pattern=_PATTERN_1
            )
        value = self.metrics
        if value is None:
            errors.append(prefix + "metrics: required but missing")
        else:
            path = prefix + "metrics"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, None)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ContactMetricInfo):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ContactMetricInfo, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        result["Metrics"] = [v1.to_dict() for v1 in self.metrics]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetContactMetrics:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetContactMetrics")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            metrics=[
                ContactMetricInfo.from_dict(v1, path=path + "Metrics" + f"[{i1}]" + ".")
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "Metrics", path), path + "Metrics"
                    )
                )
            ],
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetContactMetricsResponse:
    """The response of GetContactMetrics.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``metric_results``: A list of metric results containing the calculated values for each requested metric.
    - ``id``: The unique identifier of the contact for which metrics were retrieved.
    - ``arn``: The ARN of the contact for which metrics were retrieved.
    """

    http_status: int
    """The HTTP status code of the response."""

    metric_results: list[ContactMetricResult] | None = None
    """A list of metric results containing the calculated values for each
    requested metric. Each result includes the metric name and its
    corresponding value. For example, POSITION_IN_QUEUE returns a numeric
    value representing the contact's position in queue, and
    ESTIMATED_WAIT_TIME returns the predicted wait time in seconds.
    """

    id: str | None = None
    """The unique identifier of the contact for which metrics were retrieved.
    This matches the ContactId provided in the request.
    """

    arn: str | None = None
    """The ARN of the contact for which metrics were retrieved."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.metric_results
        if value is not None:
            path = prefix + "metric_results"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ContactMetricResult):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ContactMetricResult, got {type(v1).__name__}"
                            )
        value = self.id
        if value is not None:
            path = prefix + "id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.metric_results is not None:
            result["MetricResults"] = [v1.to_dict() for v1 in self.metric_results]
        if self.id is not None:
            result["Id"] = self.id
        if self.arn is not None:
            result["Arn"] = self.arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetContactMetricsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetContactMetricsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            metric_results=(
                None
                if (value := data.get("MetricResults")) is None
                else [
                    ContactMetricResult.from_dict(
                        v1, path=path + "MetricResults" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "MetricResults")
                    )
                ]
            ),
            id=data.get("Id"),
            arn=data.get("Arn"),
        )


class _GetContactMetricsResponseDraft:
    """A :class:`GetContactMetricsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "metric_results", "id", "arn")
    http_status: int
    metric_results: list[ContactMetricResult] | None
    id: str | None
    arn: str | None


def new_get_contact_metrics(
    instance_id: str,
    contact_id: str,
    metrics: list[ContactMetricInfo],
) -> GetContactMetrics:
    """Create a :class:`GetContactMetrics` with all optional fields omitted."""
    return GetContactMetrics(
        instance_id=instance_id,
        contact_id=contact_id,
        metrics=metrics,
    )


get_contact_metrics_instance_id = _rt.Lens[GetContactMetrics, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "get_contact_metrics_instance_id",
)
"""Lens on :attr:`GetContactMetrics.instance_id`."""


get_contact_metrics_contact_id = _rt.Lens[GetContactMetrics, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "get_contact_metrics_contact_id",
)
"""Lens on :attr:`GetContactMetrics.contact_id`."""


get_contact_metrics_metrics = _rt.Lens[GetContactMetrics, list[ContactMetricInfo]](
    lambda s: s.metrics,
    lambda s, v: _dc.replace(s, metrics=v),
    "get_contact_metrics_metrics",
)
"""Lens on :attr:`GetContactMetrics.metrics`."""


def new_get_contact_metrics_response(
    http_status: int,
) -> GetContactMetricsResponse:
    """Create a :class:`GetContactMetricsResponse` with all optional fields omitted."""
    return GetContactMetricsResponse(
        http_status=http_status,
    )


get_contact_metrics_response_http_status = _rt.Lens[GetContactMetricsResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "get_contact_metrics_response_http_status",
)
"""Lens on :attr:`GetContactMetricsResponse.http_status`."""


get_contact_metrics_response_metric_results = _rt.Lens[
    GetContactMetricsResponse, list[ContactMetricResult] | None
](
    lambda s: s.metric_results,
    lambda s, v: _dc.replace(s, metric_results=v),
    "get_contact_metrics_response_metric_results",
)
"""Lens on :attr:`GetContactMetricsResponse.metric_results`."""


get_contact_metrics_response_id = _rt.Lens[GetContactMetricsResponse, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "get_contact_metrics_response_id",
)
"""Lens on :attr:`GetContactMetricsResponse.id`."""


get_contact_metrics_response_arn = _rt.Lens[GetContactMetricsResponse, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "get_contact_metrics_response_arn",
)
"""Lens on :attr:`GetContactMetricsResponse.arn`."""


def _serialize(request: GetContactMetrics, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/metrics/contact"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["ContactId"] = request.contact_id
    data["Metrics"] = [v1._to_json() for v1 in request.metrics]
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
) -> GetContactMetricsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _GetContactMetricsResponseDraft()
    draft.http_status = status
    try:
        draft.metric_results = (
            None
            if (value := data.get("MetricResults")) is None
            else [
                ContactMetricResult._from_json(
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
        draft.id = (
            None
            if (value := data.get("Id")) is None
            else (value if type(value) is str else _rt.expect_str(value, "Id"))
        )
        draft.arn = (
            None
            if (value := data.get("Arn")) is None
            else (value if type(value) is str else _rt.expect_str(value, "Arn"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, GetContactMetricsResponse)


OPERATION: _rt.Operation[GetContactMetrics, GetContactMetricsResponse] = _rt.Operation(
    "GetContactMetrics",
    GetContactMetrics,
    GetContactMetricsResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.AccessDeniedException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The GetContactMetrics operation: its types, errors and wire codec."""
