"""The HistoricalMetricResult shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.dimensions import Dimensions
from ..shapes.historical_metric_data import HistoricalMetricData


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class HistoricalMetricResult:
    """Contains information about the historical metrics retrieved.

    Fields:

    - ``dimensions``: The dimension for the metrics.
    - ``collections``: The set of metrics.
    """

    dimensions: Dimensions | None = None
    """The dimension for the metrics."""

    collections: list[HistoricalMetricData] | None = None
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
            if isinstance(value, Dimensions):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected Dimensions, got {type(value).__name__}"
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
                        if isinstance(v1, HistoricalMetricData):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected HistoricalMetricData, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.dimensions is not None:
            result["Dimensions"] = self.dimensions.to_dict()
        if self.collections is not None:
            result["Collections"] = [v1.to_dict() for v1 in self.collections]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> HistoricalMetricResult:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "HistoricalMetricResult")
        return cls(
            dimensions=(
                None
                if (value := data.get("Dimensions")) is None
                else Dimensions.from_dict(value, path=path + "Dimensions" + ".")
            ),
            collections=(
                None
                if (value := data.get("Collections")) is None
                else [
                    HistoricalMetricData.from_dict(
                        v1, path=path + "Collections" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Collections")
                    )
                ]
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> HistoricalMetricResult:
        draft = _HistoricalMetricResultDraft()
        try:
            draft.dimensions = (
                None
                if (value := data.get("Dimensions")) is None
                else Dimensions._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Dimensions")
                    )
                )
            )
            draft.collections = (
                None
                if (value := data.get("Collections")) is None
                else [
                    HistoricalMetricData._from_json(
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


class _HistoricalMetricResultDraft:
    """A :class:`HistoricalMetricResult` being decoded (see ``_rt.seal``)."""

    __slots__ = ("dimensions", "collections")
    dimensions: Dimensions | None
    collections: list[HistoricalMetricData] | None


def new_historical_metric_result() -> HistoricalMetricResult:
    """Create a :class:`HistoricalMetricResult` with all optional fields omitted."""
    return HistoricalMetricResult()


historical_metric_result_dimensions = _rt.Lens[
    HistoricalMetricResult, Dimensions | None
](
    lambda s: s.dimensions,
    lambda s, v: _dc.replace(s, dimensions=v),
    "historical_metric_result_dimensions",
)
"""Lens on :attr:`HistoricalMetricResult.dimensions`."""


historical_metric_result_collections = _rt.Lens[
    HistoricalMetricResult, list[HistoricalMetricData] | None
](
    lambda s: s.collections,
    lambda s, v: _dc.replace(s, collections=v),
    "historical_metric_result_collections",
)
"""Lens on :attr:`HistoricalMetricResult.collections`."""
