"""The CurrentMetricSortCriteria shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_CURRENT_METRIC_NAME_VALUES = frozenset(
    (
        "AGENTS_ONLINE",
        "AGENTS_AVAILABLE",
        "AGENTS_ON_CALL",
        "AGENTS_NON_PRODUCTIVE",
        "AGENTS_AFTER_CONTACT_WORK",
        "AGENTS_ERROR",
        "AGENTS_STAFFED",
        "CONTACTS_IN_QUEUE",
        "OLDEST_CONTACT_AGE",
        "CONTACTS_SCHEDULED",
        "AGENTS_ON_CONTACT",
        "SLOTS_ACTIVE",
        "SLOTS_AVAILABLE",
        "ESTIMATED_WAIT_TIME",
    )
)
_SORT_ORDER_VALUES = frozenset(
    (
        "ASCENDING",
        "DESCENDING",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CurrentMetricSortCriteria:
    """The way to sort the resulting response based on metrics. By default
    resources are sorted based on ``AGENTS_ONLINE``, ``DESCENDING``. The
    metric collection is sorted based on the input metrics.

    Fields:

    - ``sort_by_metric``: The current metric names.
    - ``sort_order``: The way to sort.
    """

    sort_by_metric: str | None = None
    """The current metric names."""

    sort_order: str | None = None
    """The way to sort."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.sort_by_metric
        if value is not None:
            path = prefix + "sort_by_metric"
            _rt.check_str(errors, path, value, enum=_CURRENT_METRIC_NAME_VALUES)
        value = self.sort_order
        if value is not None:
            path = prefix + "sort_order"
            _rt.check_str(errors, path, value, enum=_SORT_ORDER_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sort_by_metric is not None:
            result["SortByMetric"] = self.sort_by_metric
        if self.sort_order is not None:
            result["SortOrder"] = self.sort_order
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CurrentMetricSortCriteria:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CurrentMetricSortCriteria")
        return cls(
            sort_by_metric=data.get("SortByMetric"),
            sort_order=data.get("SortOrder"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.sort_by_metric is not None:
            data["SortByMetric"] = self.sort_by_metric
        if self.sort_order is not None:
            data["SortOrder"] = self.sort_order
        return data


def new_current_metric_sort_criteria() -> CurrentMetricSortCriteria:
    """Create a :class:`CurrentMetricSortCriteria` with all optional fields omitted."""
    return CurrentMetricSortCriteria()


current_metric_sort_criteria_sort_by_metric = _rt.Lens[
    CurrentMetricSortCriteria, str | None
](
    lambda s: s.sort_by_metric,
    lambda s, v: _dc.replace(s, sort_by_metric=v),
    "current_metric_sort_criteria_sort_by_metric",
)
"""Lens on :attr:`CurrentMetricSortCriteria.sort_by_metric`."""


current_metric_sort_criteria_sort_order = _rt.Lens[
    CurrentMetricSortCriteria, str | None
](
    lambda s: s.sort_order,
    lambda s, v: _dc.replace(s, sort_order=v),
    "current_metric_sort_criteria_sort_order",
)
"""Lens on :attr:`CurrentMetricSortCriteria.sort_order`."""
