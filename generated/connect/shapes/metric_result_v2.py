"""The MetricResultV2 shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.metric_data_v2 import MetricDataV2
from ..shapes.metric_interval import MetricInterval


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class MetricResultV2:
    """Contains information about the metric results.

    Fields:

    - ``dimensions``: The dimension for the metrics.
    - ``metric_interval``: The interval period with the start and end time for the metrics.
    - ``collections``: The set of metrics.
    """

    dimensions: dict[str, str] | None = None
    """The dimension for the metrics."""

    metric_interval: MetricInterval | None = None
    """The interval period with the start and end time for the metrics."""

    collections: list[MetricDataV2] | None = None
    """The set of metrics."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.dimensions
        if value is not None:
            path = prefix + "dimensions"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.metric_interval
        if value is not None:
            path = prefix + "metric_interval"
            if isinstance(value, MetricInterval):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected MetricInterval, got {type(value).__name__}"
                )
        value = self.collections
        if value is not None:
            path = prefix + "collections"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, MetricDataV2):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected MetricDataV2, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.dimensions is not None:
            result["Dimensions"] = dict(self.dimensions)
        if self.metric_interval is not None:
            result["MetricInterval"] = self.metric_interval.to_dict()
        if self.collections is not None:
            result["Collections"] = [v1.to_dict() for v1 in self.collections]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> MetricResultV2:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "MetricResultV2")
        return cls(
            dimensions=(
                None
                if (value := data.get("Dimensions")) is None
                else dict(_rt.expect_mapping(value, path + "Dimensions"))
            ),
            metric_interval=(
                None
                if (value := data.get("MetricInterval")) is None
                else MetricInterval.from_dict(value, path=path + "MetricInterval" + ".")
            ),
            collections=(
                None
                if (value := data.get("Collections")) is None
                else [
                    MetricDataV2.from_dict(
                        v1, path=path + "Collections" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Collections")
                    )
                ]
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> MetricResultV2:
        draft = _MetricResultV2Draft()
        try:
            draft.dimensions = (
                None
                if (value := data.get("Dimensions")) is None
                else {
                    k1: (v1 if type(v1) is str else _rt.expect_str(v1, "Dimensions"))
                    for k1, v1 in (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Dimensions")
                    ).items()
                    if v1 is not None
                }
            )
            draft.metric_interval = (
                None
                if (value := data.get("MetricInterval")) is None
                else MetricInterval._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "MetricInterval")
                    )
                )
            )
            draft.collections = (
                None
                if (value := data.get("Collections")) is None
                else [
                    MetricDataV2._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Collections")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Collections")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _MetricResultV2Draft:
    """A :class:`MetricResultV2` being decoded (see ``_rt.seal``)."""

    __slots__ = ("dimensions", "metric_interval", "collections")
    dimensions: dict[str, str] | None
    metric_interval: MetricInterval | None
    collections: list[MetricDataV2] | None


def new_metric_result_v2() -> MetricResultV2:
    """Create a :class:`MetricResultV2` with all optional fields omitted."""
    return MetricResultV2()


metric_result_v2_dimensions = _rt.Lens[MetricResultV2, dict[str, str] | None](
    lambda s: s.dimensions,
    lambda s, v: _dc.replace(s, dimensions=v),
    "metric_result_v2_dimensions",
)
"""Lens on :attr:`MetricResultV2.dimensions`."""


metric_result_v2_metric_interval = _rt.Lens[MetricResultV2, MetricInterval | None](
    lambda s: s.metric_interval,
    lambda s, v: _dc.replace(s, metric_interval=v),
    "metric_result_v2_metric_interval",
)
"""Lens on :attr:`MetricResultV2.metric_interval`."""


metric_result_v2_collections = _rt.Lens[MetricResultV2, list[MetricDataV2] | None](
    lambda s: s.collections,
    lambda s, v: _dc.replace(s, collections=v),
    "metric_result_v2_collections",
)
"""Lens on :attr:`MetricResultV2.collections`."""
