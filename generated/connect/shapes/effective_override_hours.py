"""The EffectiveOverrideHours shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.override_hour import OverrideHour

_PATTERN_1 = _rt.Pattern(
    "^\\d{4}-\\d{2}-\\d{2}$",
    "(?a)^\\d{4}-\\d{2}-\\d{2}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EffectiveOverrideHours:
    """Information about the hours of operation overrides which contribute to
    effective hours of operations.

    Fields:

    - ``date``: The date that the hours of operation override applies to.
    - ``override_hours``: Information about the hours of operation overrides that apply to a specific date.
    """

    date: str | None = None
    """The date that the hours of operation override applies to."""

    override_hours: list[OverrideHour] | None = None
    """Information about the hours of operation overrides that apply to a
    specific date.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.date
        if value is not None:
            path = prefix + "date"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.override_hours
        if value is not None:
            path = prefix + "override_hours"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, OverrideHour):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected OverrideHour, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.date is not None:
            result["Date"] = self.date
        if self.override_hours is not None:
            result["OverrideHours"] = [v1.to_dict() for v1 in self.override_hours]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EffectiveOverrideHours:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EffectiveOverrideHours")
        return cls(
            date=data.get("Date"),
            override_hours=(
                None
                if (value := data.get("OverrideHours")) is None
                else [
                    OverrideHour.from_dict(
                        v1, path=path + "OverrideHours" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "OverrideHours")
                    )
                ]
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EffectiveOverrideHours:
        draft = _EffectiveOverrideHoursDraft()
        try:
            draft.date = (
                None
                if (value := data.get("Date")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Date"))
            )
            draft.override_hours = (
                None
                if (value := data.get("OverrideHours")) is None
                else [
                    OverrideHour._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "OverrideHours")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "OverrideHours")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EffectiveOverrideHoursDraft:
    """A :class:`EffectiveOverrideHours` being decoded (see ``_rt.seal``)."""

    __slots__ = ("date", "override_hours")
    date: str | None
    override_hours: list[OverrideHour] | None


def new_effective_override_hours() -> EffectiveOverrideHours:
    """Create a :class:`EffectiveOverrideHours` with all optional fields omitted."""
    return EffectiveOverrideHours()


effective_override_hours_date = _rt.Lens[EffectiveOverrideHours, str | None](
    lambda s: s.date,
    lambda s, v: _dc.replace(s, date=v),
    "effective_override_hours_date",
)
"""Lens on :attr:`EffectiveOverrideHours.date`."""


effective_override_hours_override_hours = _rt.Lens[
    EffectiveOverrideHours, list[OverrideHour] | None
](
    lambda s: s.override_hours,
    lambda s, v: _dc.replace(s, override_hours=v),
    "effective_override_hours_override_hours",
)
"""Lens on :attr:`EffectiveOverrideHours.override_hours`."""
