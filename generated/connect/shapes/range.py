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
    """An Object to define the minimum and maximum proficiency levels.

    Fields:

    - ``min_proficiency_level``: The minimum proficiency level of the range.
    - ``max_proficiency_level``: The maximum proficiency level of the range.
    """

    min_proficiency_level: float | None = None
    """The minimum proficiency level of the range."""

    max_proficiency_level: float | None = None
    """The maximum proficiency level of the range."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.min_proficiency_level
        if value is not None:
            path = prefix + "min_proficiency_level"
            _rt.check_number(errors, path, value, False, minimum=1, maximum=5)
        value = self.max_proficiency_level
        if value is not None:
            path = prefix + "max_proficiency_level"
            _rt.check_number(errors, path, value, False, minimum=1, maximum=5)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.min_proficiency_level is not None:
            result["MinProficiencyLevel"] = self.min_proficiency_level
        if self.max_proficiency_level is not None:
            result["MaxProficiencyLevel"] = self.max_proficiency_level
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
            min_proficiency_level=data.get("MinProficiencyLevel"),
            max_proficiency_level=data.get("MaxProficiencyLevel"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.min_proficiency_level is not None:
            data["MinProficiencyLevel"] = _rt.float_to_json(self.min_proficiency_level)
        if self.max_proficiency_level is not None:
            data["MaxProficiencyLevel"] = _rt.float_to_json(self.max_proficiency_level)
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Range:
        draft = _RangeDraft()
        try:
            draft.min_proficiency_level = (
                None
                if (value := data.get("MinProficiencyLevel")) is None
                else _rt.expect_float(value, "MinProficiencyLevel")
            )
            draft.max_proficiency_level = (
                None
                if (value := data.get("MaxProficiencyLevel")) is None
                else _rt.expect_float(value, "MaxProficiencyLevel")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RangeDraft:
    """A :class:`Range` being decoded (see ``_rt.seal``)."""

    __slots__ = ("min_proficiency_level", "max_proficiency_level")
    min_proficiency_level: float | None
    max_proficiency_level: float | None


def new_range() -> Range:
    """Create a :class:`Range` with all optional fields omitted."""
    return Range()


range_min_proficiency_level = _rt.Lens[Range, float | None](
    lambda s: s.min_proficiency_level,
    lambda s, v: _dc.replace(s, min_proficiency_level=v),
    "range_min_proficiency_level",
)
"""Lens on :attr:`Range.min_proficiency_level`."""


range_max_proficiency_level = _rt.Lens[Range, float | None](
    lambda s: s.max_proficiency_level,
    lambda s, v: _dc.replace(s, max_proficiency_level=v),
    "range_max_proficiency_level",
)
"""Lens on :attr:`Range.max_proficiency_level`."""
