"""The HistoricalMetric shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.threshold import Threshold

_HISTORICAL_METRIC_NAME_VALUES = frozenset(
    (
        "CONTACTS_QUEUED",
        "CONTACTS_HANDLED",
        "CONTACTS_ABANDONED",
        "CONTACTS_CONSULTED",
        "CONTACTS_AGENT_HUNG_UP_FIRST",
        "CONTACTS_HANDLED_INCOMING",
        "CONTACTS_HANDLED_OUTBOUND",
        "CONTACTS_HOLD_ABANDONS",
        "CONTACTS_TRANSFERRED_IN",
        "CONTACTS_TRANSFERRED_OUT",
        "CONTACTS_TRANSFERRED_IN_FROM_QUEUE",
        "CONTACTS_TRANSFERRED_OUT_FROM_QUEUE",
        "CONTACTS_MISSED",
        "CALLBACK_CONTACTS_HANDLED",
        "API_CONTACTS_HANDLED",
        "OCCUPANCY",
        "HANDLE_TIME",
        "AFTER_CONTACT_WORK_TIME",
        "QUEUED_TIME",
        "ABANDON_TIME",
        "QUEUE_ANSWER_TIME",
        "HOLD_TIME",
        "INTERACTION_TIME",
        "INTERACTION_AND_HOLD_TIME",
        "SERVICE_LEVEL",
    )
)
_STATISTIC_VALUES = frozenset(
    (
        "SUM",
        "MAX",
        "AVG",
    )
)
_UNIT_VALUES = frozenset(
    (
        "SECONDS",
        "COUNT",
        "PERCENT",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class HistoricalMetric:
    """Contains information about a historical metric.

    Fields:

    - ``name``: The name of the metric.
    - ``threshold``: The threshold for the metric, used with service level metrics.
    - ``statistic``: The statistic for the metric.
    - ``unit``: The unit for the metric.
    """

    name: str | None = None
    """The name of the metric. Following is a list of each supported metric
    mapped to the UI name, linked to a detailed description in the *Connect
    Customer Administrator Guide*.

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

        UI name: `Service level X
        <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#service-level>`__
    """

    threshold: Threshold | None = None
    """The threshold for the metric, used with service level metrics."""

    statistic: str | None = None
    """The statistic for the metric."""

    unit: str | None = None
    """The unit for the metric."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, enum=_HISTORICAL_METRIC_NAME_VALUES)
        value = self.threshold
        if value is not None:
            path = prefix + "threshold"
            if isinstance(value, Threshold):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Threshold, got {type(value).__name__}")
        value = self.statistic
        if value is not None:
            path = prefix + "statistic"
            _rt.check_str(errors, path, value, enum=_STATISTIC_VALUES)
        value = self.unit
        if value is not None:
            path = prefix + "unit"
            _rt.check_str(errors, path, value, enum=_UNIT_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.threshold is not None:
            result["Threshold"] = self.threshold.to_dict()
        if self.statistic is not None:
            result["Statistic"] = self.statistic
        if self.unit is not None:
            result["Unit"] = self.unit
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> HistoricalMetric:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "HistoricalMetric")
        return cls(
            name=data.get("Name"),
            threshold=(
                None
                if (value := data.get("Threshold")) is None
                else Threshold.from_dict(value, path=path + "Threshold" + ".")
            ),
            statistic=data.get("Statistic"),
            unit=data.get("Unit"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.name is not None:
            data["Name"] = self.name
        if self.threshold is not None:
            data["Threshold"] = self.threshold._to_json()
        if self.statistic is not None:
            data["Statistic"] = self.statistic
        if self.unit is not None:
            data["Unit"] = self.unit
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> HistoricalMetric:
        draft = _HistoricalMetricDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.threshold = (
                None
                if (value := data.get("Threshold")) is None
                else Threshold._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Threshold")
                    )
                )
            )
            draft.statistic = (
                None
                if (value := data.get("Statistic")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "Statistic")
                )
            )
            draft.unit = (
                None
                if (value := data.get("Unit")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Unit"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _HistoricalMetricDraft:
    """A :class:`HistoricalMetric` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name", "threshold", "statistic", "unit")
    name: str | None
    threshold: Threshold | None
    statistic: str | None
    unit: str | None


def new_historical_metric() -> HistoricalMetric:
    """Create a :class:`HistoricalMetric` with all optional fields omitted."""
    return HistoricalMetric()


historical_metric_name = _rt.Lens[HistoricalMetric, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "historical_metric_name",
)
"""Lens on :attr:`HistoricalMetric.name`."""


historical_metric_threshold = _rt.Lens[HistoricalMetric, Threshold | None](
    lambda s: s.threshold,
    lambda s, v: _dc.replace(s, threshold=v),
    "historical_metric_threshold",
)
"""Lens on :attr:`HistoricalMetric.threshold`."""


historical_metric_statistic = _rt.Lens[HistoricalMetric, str | None](
    lambda s: s.statistic,
    lambda s, v: _dc.replace(s, statistic=v),
    "historical_metric_statistic",
)
"""Lens on :attr:`HistoricalMetric.statistic`."""


historical_metric_unit = _rt.Lens[HistoricalMetric, str | None](
    lambda s: s.unit,
    lambda s, v: _dc.replace(s, unit=v),
    "historical_metric_unit",
)
"""Lens on :attr:`HistoricalMetric.unit`."""
