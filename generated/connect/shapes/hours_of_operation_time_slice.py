"""The HoursOfOperationTimeSlice shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class HoursOfOperationTimeSlice:
    """The start time or end time for an hours of operation.

    Fields:

    - ``hours``: The hours.
    - ``minutes``: The minutes.
    """

    hours: int | None
    """The hours."""

    minutes: int | None
    """The minutes."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.hours
        if value is None:
            errors.append(prefix + "hours: required but missing")
        else:
            path = prefix + "hours"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=23)
        value = self.minutes
        if value is None:
            errors.append(prefix + "minutes: required but missing")
        else:
            path = prefix + "minutes"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=59)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.hours is not None:
            result["Hours"] = self.hours
        if self.minutes is not None:
            result["Minutes"] = self.minutes
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> HoursOfOperationTimeSlice:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "HoursOfOperationTimeSlice")
        return cls(
            hours=data.get("Hours"),
            minutes=data.get("Minutes"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.hours is not None:
            data["Hours"] = self.hours
        if self.minutes is not None:
            data["Minutes"] = self.minutes
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> HoursOfOperationTimeSlice:
        draft = _HoursOfOperationTimeSliceDraft()
        try:
            draft.hours = (
                None
                if (value := data.get("Hours")) is None
                else (value if type(value) is int else _rt.expect_int(value, "Hours"))
            )
            draft.minutes = (
                None
                if (value := data.get("Minutes")) is None
                else (value if type(value) is int else _rt.expect_int(value, "Minutes"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _HoursOfOperationTimeSliceDraft:
    """A :class:`HoursOfOperationTimeSlice` being decoded (see ``_rt.seal``)."""

    __slots__ = ("hours", "minutes")
    hours: int | None
    minutes: int | None


def new_hours_of_operation_time_slice(
    hours: int,
    minutes: int,
) -> HoursOfOperationTimeSlice:
    """Create a :class:`HoursOfOperationTimeSlice` with all optional fields omitted."""
    return HoursOfOperationTimeSlice(
        hours=hours,
        minutes=minutes,
    )


hours_of_operation_time_slice_hours = _rt.Lens[HoursOfOperationTimeSlice, int | None](
    lambda s: s.hours,
    lambda s, v: _dc.replace(s, hours=v),
    "hours_of_operation_time_slice_hours",
)
"""Lens on :attr:`HoursOfOperationTimeSlice.hours`."""


hours_of_operation_time_slice_minutes = _rt.Lens[HoursOfOperationTimeSlice, int | None](
    lambda s: s.minutes,
    lambda s, v: _dc.replace(s, minutes=v),
    "hours_of_operation_time_slice_minutes",
)
"""Lens on :attr:`HoursOfOperationTimeSlice.minutes`."""
