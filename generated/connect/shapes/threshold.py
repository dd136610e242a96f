"""The Threshold shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_COMPARISON_VALUES = frozenset(("LT",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Threshold:
    """Contains information about the threshold for service level metrics.

    Fields:

    - ``comparison``: The type of comparison.
    - ``threshold_value``: The threshold value to compare.
    """

    comparison: str | None = None
    """The type of comparison. Only "less than" (LT) comparisons are supported."""

    threshold_value: float | None = None
    """The threshold value to compare."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.comparison
        if value is not None:
            path = prefix + "comparison"
            _rt.check_str(errors, path, value, enum=_COMPARISON_VALUES)
        value = self.threshold_value
        if value is not None:
            path = prefix + "threshold_value"
            _rt.check_number(errors, path, value, False)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.comparison is not None:
            result["Comparison"] = self.comparison
        if self.threshold_value is not None:
            result["ThresholdValue"] = self.threshold_value
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Threshold:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Threshold")
        return cls(
            comparison=data.get("Comparison"),
            threshold_value=data.get("ThresholdValue"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.comparison is not None:
            data["Comparison"] = self.comparison
        if self.threshold_value is not None:
            data["ThresholdValue"] = _rt.float_to_json(self.threshold_value)
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Threshold:
        draft = _ThresholdDraft()
        try:
            draft.comparison = (
                None
                if (value := data.get("Comparison")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "Comparison")
                )
            )
            draft.threshold_value = (
                None
                if (value := data.get("ThresholdValue")) is None
                else _rt.expect_float(value, "ThresholdValue")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ThresholdDraft:
    """A :class:`Threshold` being decoded (see ``_rt.seal``)."""

    __slots__ = ("comparison", "threshold_value")
    comparison: str | None
    threshold_value: float | None


def new_threshold() -> Threshold:
    """Create a :class:`Threshold` with all optional fields omitted."""
    return Threshold()


threshold_comparison = _rt.Lens[Threshold, str | None](
    lambda s: s.comparison,
    lambda s, v: _dc.replace(s, comparison=v),
    "threshold_comparison",
)
"""Lens on :attr:`Threshold.comparison`."""


threshold_threshold_value = _rt.Lens[Threshold, float | None](
    lambda s: s.threshold_value,
    lambda s, v: _dc.replace(s, threshold_value=v),
    "threshold_threshold_value",
)
"""Lens on :attr:`Threshold.threshold_value`."""
