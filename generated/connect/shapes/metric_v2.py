"""The MetricV2 shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.metric_filter_v2 import MetricFilterV2
from ..shapes.threshold_v2 import ThresholdV2


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class MetricV2:
    """Contains information about the metric.

    .. important::

       Only one of either the Name or MetricId is required.

    Fields:

    - ``name``: The name of the metric.
    - ``threshold``: Contains information about the threshold for service level metrics.
    - ``metric_id``: Historical metrics or custom metrics can be referenced via this field.
    - ``metric_filters``: Contains the filters to be used when returning data.
    """

    name: str | None = None
    """The name of the metric."""

    threshold: list[ThresholdV2] | None = None
    """Contains information about the threshold for service level metrics."""

    metric_id: str | None = None
    """Historical metrics or custom metrics can be referenced via this field.
    This field is a valid Connect Customer Arn or a UUID
    """

    metric_filters: list[MetricFilterV2] | None = None
    """Contains the filters to be used when returning data."""

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
            _rt.check_str(errors, path, value)
        value = self.threshold
        if value is not None:
            path = prefix + "threshold"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 1)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ThresholdV2):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ThresholdV2, got {type(v1).__name__}"
                            )
        value = self.metric_id
        if value is not None:
            path = prefix + "metric_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=150)
        value = self.metric_filters
        if value is not None:
            path = prefix + "metric_filters"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 2)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, MetricFilterV2):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected MetricFilterV2, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.threshold is not None:
            result["Threshold"] = [v1.to_dict() for v1 in self.threshold]
        if self.metric_id is not None:
            result["MetricId"] = self.metric_id
        if self.metric_filters is not None:
            result["MetricFilters"] = [v1.to_dict() for v1 in self.metric_filters]
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> MetricV2:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "MetricV2")
        return cls(
            name=data.get("Name"),
            threshold=(
                None
                if (value := data.get("Threshold")) is None
                else [
                    ThresholdV2.from_dict(v1, path=path + "Threshold" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Threshold")
                    )
                ]
            ),
            metric_id=data.get("MetricId"),
            metric_filters=(
                None
                if (value := data.get("MetricFilters")) is None
                else [
                    MetricFilterV2.from_dict(
                        v1, path=path + "MetricFilters" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "MetricFilters")
                    )
                ]
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.name is not None:
            data["Name"] = self.name
        if self.threshold is not None:
            data["Threshold"] = [v1._to_json() for v1 in self.threshold]
        if self.metric_id is not None:
            data["MetricId"] = self.metric_id
        if self.metric_filters is not None:
            data["MetricFilters"] = [v1._to_json() for v1 in self.metric_filters]
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> MetricV2:
        draft = _MetricV2Draft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.threshold = (
                None
                if (value := data.get("Threshold")) is None
                else [
                    ThresholdV2._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Threshold")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Threshold")
                    )
                    if v1 is not None
                ]
            )
            draft.metric_id = (
                None
                if (value := data.get("MetricId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "MetricId")
                )
            )
            draft.metric_filters = (
                None
                if (value := data.get("MetricFilters")) is None
                else [
                    MetricFilterV2._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "MetricFilters")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "MetricFilters")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _MetricV2Draft:
    """A :class:`MetricV2` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name", "threshold", "metric_id", "metric_filters")
    name: str | None
    threshold: list[ThresholdV2] | None
    metric_id: str | None
    metric_filters: list[MetricFilterV2] | None


def new_metric_v2() -> MetricV2:
    """Create a :class:`MetricV2` with all optional fields omitted."""
    return MetricV2()


metric_v2_name = _rt.Lens[MetricV2, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "metric_v2_name",
)
"""Lens on :attr:`MetricV2.name`."""


metric_v2_threshold = _rt.Lens[MetricV2, list[ThresholdV2] | None](
    lambda s: s.threshold,
    lambda s, v: _dc.replace(s, threshold=v),
    "metric_v2_threshold",
)
"""Lens on :attr:`MetricV2.threshold`."""


metric_v2_metric_id = _rt.Lens[MetricV2, str | None](
    lambda s: s.metric_id,
    lambda s, v: _dc.replace(s, metric_id=v),
    "metric_v2_metric_id",
)
"""Lens on :attr:`MetricV2.metric_id`."""


metric_v2_metric_filters = _rt.Lens[MetricV2, list[MetricFilterV2] | None](
    lambda s: s.metric_filters,
    lambda s, v: _dc.replace(s, metric_filters=v),
    "metric_v2_metric_filters",
)
"""Lens on :attr:`MetricV2.metric_filters`."""
