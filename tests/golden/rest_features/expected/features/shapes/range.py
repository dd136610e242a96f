"""The Range shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Range:
    """The Range shape.

    Fields:

    - ``low``: The ``Low`` member.
    - ``high``: The ``High`` member.
    """

    low: int | None = None
    """The ``Low`` member."""

    high: int | None = None
    """The ``High`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.low
        if value is not None:
            path = prefix + "low"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=1000)
        value = self.high
        if value is not None:
            path = prefix + "high"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=1000)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.low is not None:
            result["Low"] = self.low
        if self.high is not None:
            result["High"] = self.high
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Range:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Range")
        return cls(
            low=data.get("Low"),
            high=data.get("High"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.low is not None:
            data["Low"] = self.low
        if self.high is not None:
            data["High"] = self.high
        return data


def new_range() -> Range:
    """Create a :class:`Range` with all optional fields omitted."""
    return Range()


range_low = _rt.Lens[Range, int | None](
    lambda s: s.low,
    lambda s, v: _dc.replace(s, low=v),
    "range_low",
)
"""Lens on :attr:`Range.low`."""


range_high = _rt.Lens[Range, int | None](
    lambda s: s.high,
    lambda s, v: _dc.replace(s, high=v),
    "range_high",
)
"""Lens on :attr:`Range.high`."""
