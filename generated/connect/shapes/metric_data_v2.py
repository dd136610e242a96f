"""The MetricDataV2 shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.metric_v2 import MetricV2


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class MetricDataV2:
    """Contains the name, thresholds, and metric filters.

    Fields:

    - ``metric``: The metric name or metricId, thresholds, and metric filters of the returned metric.
    - ``value``: The corresponding value of the metric returned in the response.
    """

    metric: MetricV2 | None = None
    """The metric name or metricId, thresholds, and metric filters of the
    returned metric.
    """

    value: float | None = None
    """The corresponding value of the metric returned in the response."""

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
            if isinstance(value, MetricV2):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected MetricV2, got {type(value).__name__}")
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
    ) -> MetricDataV2:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "MetricDataV2")
        return cls(
            metric=(
                None
                if (value := data.get("Metric")) is None
                else MetricV2.from_dict(value, path=path + "Metric" + ".")
            ),
            value=data.get("Value"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> MetricDataV2:
        draft = _MetricDataV2Draft()
        try:
            draft.metric = (
                None
                if (value := data.get("Metric")) is None
                else MetricV2._from_json(
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


class _MetricDataV2Draft:
    """A :class:`MetricDataV2` being decoded (see ``_rt.seal``)."""

    __slots__ = ("metric", "value")
    metric: MetricV2 | None
    value: float | None


def new_metric_data_v2() -> MetricDataV2:
    """Create a :class:`MetricDataV2` with all optional fields omitted."""
    return MetricDataV2()


metric_data_v2_metric = _rt.Lens[MetricDataV2, MetricV2 | None](
    lambda s: s.metric,
    lambda s, v: _dc.replace(s, metric=v),
    "metric_data_v2_metric",
)
"""Lens on :attr:`MetricDataV2.metric`."""


metric_data_v2_value = _rt.Lens[MetricDataV2, float | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "metric_data_v2_value",
)
"""Lens on :attr:`MetricDataV2.value`."""
