"""The MetricInterval shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_INTERVAL_PERIOD_VALUES = frozenset(
    (
        "FIFTEEN_MIN",
        "THIRTY_MIN",
        "HOUR",
        "DAY",
        "WEEK",
        "TOTAL",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class MetricInterval:
    """The interval period with the start and end time for the metrics.

    Fields:

    - ``interval``: The interval period provided in the API request.
    - ``start_time``: The timestamp, in UNIX Epoch time format.
    - ``end_time``: The timestamp, in UNIX Epoch time format.
    """

    interval: str | None = None
    """The interval period provided in the API request."""

    start_time: _dt.datetime | None = None
    """The timestamp, in UNIX Epoch time format. Start time is based on the
    interval period selected.
    """

    end_time: _dt.datetime | None = None
    """The timestamp, in UNIX Epoch time format. End time is based on the
    interval period selected. For example, If ``IntervalPeriod`` is selected
    ``THIRTY_MIN``, ``StartTime`` and ``EndTime`` in the API request differs
    by 1 day, then 48 results are returned in the response. Each result is
    aggregated by the 30 minutes period, with each ``StartTime`` and
    ``EndTime`` differing by 30 minutes.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.interval
        if value is not None:
            path = prefix + "interval"
            _rt.check_str(errors, path, value, enum=_INTERVAL_PERIOD_VALUES)
        value = self.start_time
        if value is not None:
            path = prefix + "start_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.end_time
        if value is not None:
            path = prefix + "end_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.interval is not None:
            result["Interval"] = self.interval
        if self.start_time is not None:
            result["StartTime"] = self.start_time
        if self.end_time is not None:
            result["EndTime"] = self.end_time
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> MetricInterval:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "MetricInterval")
        return cls(
            interval=data.get("Interval"),
            start_time=data.get("StartTime"),
            end_time=data.get("EndTime"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> MetricInterval:
        draft = _MetricIntervalDraft()
        try:
            draft.interval = (
                None
                if (value := data.get("Interval")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "Interval")
                )
            )
            draft.start_time = (
                None
                if (value := data.get("StartTime")) is None
                else _rt.parse_timestamp(value, "StartTime")
            )
            draft.end_time = (
                None
                if (value := data.get("EndTime")) is None
                else _rt.parse_timestamp(value, "EndTime")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _MetricIntervalDraft:
    """A :class:`MetricInterval` being decoded (see ``_rt.seal``)."""

    __slots__ = ("interval", "start_time", "end_time")
    interval: str | None
    start_time: _dt.datetime | None
    end_time: _dt.datetime | None


def new_metric_interval() -> MetricInterval:
    """Create a :class:`MetricInterval` with all optional fields omitted."""
    return MetricInterval()


metric_interval_interval = _rt.Lens[MetricInterval, str | None](
    lambda s: s.interval,
    lambda s, v: _dc.replace(s, interval=v),
    "metric_interval_interval",
)
"""Lens on :attr:`MetricInterval.interval`."""


metric_interval_start_time = _rt.Lens[MetricInterval, _dt.datetime | None](
    lambda s: s.start_time,
    lambda s, v: _dc.replace(s, start_time=v),
    "metric_interval_start_time",
)
"""Lens on :attr:`MetricInterval.start_time`."""


metric_interval_end_time = _rt.Lens[MetricInterval, _dt.datetime | None](
    lambda s: s.end_time,
    lambda s, v: _dc.replace(s, end_time=v),
    "metric_interval_end_time",
)
"""Lens on :attr:`MetricInterval.end_time`."""
