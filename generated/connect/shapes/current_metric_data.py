"""The CurrentMetricData shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.current_metric import CurrentMetric


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CurrentMetricData:
    """Contains the data for a real-time metric.

    Fields:

    - ``metric``: Information about the metric.
    - ``value``: The value of the metric.
    """

    metric: CurrentMetric | None = None
    """Information about the metric."""

    value: float | None = None
    """The value of the metric."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.metric
        if value is not None:
            path = prefix + "metric"
            if isinstance(value, CurrentMetric):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected CurrentMetric, got {type(value).__name__}"
                )
        value = self.value
        if value is not None:
            path = prefix + "value"
            _rt.check_number(errors, path, value, False)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.metric is not None:
            result["Metric"] = self.metric.to_dict()
        if self.value is not None:
            result["Value"] = self.value
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CurrentMetricData:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CurrentMetricData")
        return cls(
            metric=(
                None
                if (value := data.get("Metric")) is None
                else CurrentMetric.from_dict(value, path=path + "Metric" + ".")
            ),
            value=data.get("Value"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> CurrentMetricData:
        draft = _CurrentMetricDataDraft()
        try:
            draft.metric = (
                None
                if (value := data.get("Metric")) is None
                else CurrentMetric._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Metric")
                    )
                )
            )
            draft.value = (
                None
                if (value := data.get("Value")) is None
                else _rt.expect_float(value, "Value")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _CurrentMetricDataDraft:
    """A :class:`CurrentMetricData` being decoded (see ``_rt.seal``)."""

    __slots__ = ("metric", "value")
    metric: CurrentMetric | None
    value: float | None


def new_current_metric_data() -> CurrentMetricData:
    """Create a :class:`CurrentMetricData` with all optional fields omitted."""
    return CurrentMetricData()


current_metric_data_metric = _rt.Lens[CurrentMetricData, CurrentMetric | None](
    lambda s: s.metric,
    lambda s, v: _dc.replace(s, metric=v),
    "current_metric_data_metric",
)
"""Lens on :attr:`CurrentMetricData.metric`."""


current_metric_data_value = _rt.Lens[CurrentMetricData, float | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "current_metric_data_value",
)
"""Lens on :attr:`CurrentMetricData.value`."""
