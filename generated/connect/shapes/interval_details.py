"""The IntervalDetails shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
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
class IntervalDetails:
    """Information about the interval period to use for returning results.

    Fields:

    - ``time_zone``: The timezone applied to requested metrics.
    - ``interval_period``: ``IntervalPeriod``: An aggregated grouping applied to request metrics.
    """

    time_zone: str | None = None
    """The timezone applied to requested metrics."""

    interval_period: str | None = None
    """``IntervalPeriod``: An aggregated grouping applied to request metrics.
    Valid ``IntervalPeriod`` values are: ``FIFTEEN_MIN`` | ``THIRTY_MIN`` |
    ``HOUR`` | ``DAY`` | ``WEEK`` | ``TOTAL``.

    For example, if ``IntervalPeriod`` is selected ``THIRTY_MIN``,
    ``StartTime`` and ``EndTime`` differs by 1 day, then Connect Customer
    returns 48 results in the response. Each result is aggregated by the
    THIRTY_MIN period. By default Connect Customer aggregates results based
    on the ``TOTAL`` interval period.

    The following list describes restrictions on ``StartTime`` and
    ``EndTime`` based on what ``IntervalPeriod`` is requested.

    - ``FIFTEEN_MIN``: The difference between ``StartTime`` and ``EndTime``
      must be less than 3 days.
    - ``THIRTY_MIN``: The difference between ``StartTime`` and ``EndTime``
      must be less than 3 days.
    - ``HOUR``: The difference between ``StartTime`` and ``EndTime`` must be
      less than 3 days.
    - ``DAY``: The difference between ``StartTime`` and ``EndTime`` must be
      less than 35 days.
    - ``WEEK``: The difference between ``StartTime`` and ``EndTime`` must be
      less than 35 days.
    - ``TOTAL``: The difference between ``StartTime`` and ``EndTime`` must
      be less than 35 days.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.time_zone
        if value is not None:
            path = prefix + "time_zone"
            _rt.check_str(errors, path, value)
        value = self.interval_period
        if value is not None:
            path = prefix + "interval_period"
            _rt.check_str(errors, path, value, enum=_INTERVAL_PERIOD_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.time_zone is not None:
            result["TimeZone"] = self.time_zone
        if self.interval_period is not None:
            result["IntervalPeriod"] = self.interval_period
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> IntervalDetails:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "IntervalDetails")
        return cls(
            time_zone=data.get("TimeZone"),
            interval_period=data.get("IntervalPeriod"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.time_zone is not None:
            data["TimeZone"] = self.time_zone
        if self.interval_period is not None:
            data["IntervalPeriod"] = self.interval_period
        return data


def new_interval_details() -> IntervalDetails:
    """Create a :class:`IntervalDetails` with all optional fields omitted."""
    return IntervalDetails()


interval_details_time_zone = _rt.Lens[IntervalDetails, str | None](
    lambda s: s.time_zone,
    lambda s, v: _dc.replace(s, time_zone=v),
    "interval_details_time_zone",
)
"""Lens on :attr:`IntervalDetails.time_zone`."""


interval_details_interval_period = _rt.Lens[IntervalDetails, str | None](
    lambda s: s.interval_period,
    lambda s, v: _dc.replace(s, interval_period=v),
    "interval_details_interval_period",
)
"""Lens on :attr:`IntervalDetails.interval_period`."""
