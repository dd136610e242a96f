"""The OperationalHour shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.override_time_slice import OverrideTimeSlice


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class OperationalHour:
    """Information about the hours of operations with the effective override
    applied.

    Fields:

    - ``start``: The start time that your contact center opens.
    - ``end``: The end time that your contact center closes.
    """

    start: OverrideTimeSlice | None = None
    """The start time that your contact center opens."""

    end: OverrideTimeSlice | None = None
    """The end time that your contact center closes."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.start
        if value is not None:
            path = prefix + "start"
            if isinstance(value, OverrideTimeSlice):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected OverrideTimeSlice, got {type(value).__name__}"
                )
        value = self.end
        if value is not None:
            path = prefix + "end"
            if isinstance(value, OverrideTimeSlice):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected OverrideTimeSlice, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.start is not None:
            result["Start"] = self.start.to_dict()
        if self.end is not None:
            result["End"] = self.end.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> OperationalHour:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "OperationalHour")
        return cls(
            start=(
                None
                if (value := data.get("Start")) is None
                else OverrideTimeSlice.from_dict(value, path=path + "Start" + ".")
            ),
            end=(
                None
                if (value := data.get("End")) is None
                else OverrideTimeSlice.from_dict(value, path=path + "End" + ".")
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> OperationalHour:
        draft = _OperationalHourDraft()
        try:
            draft.start = (
                None
                if (value := data.get("Start")) is None
                else OverrideTimeSlice._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Start")
                    )
                )
            )
            draft.end = (
                None
                if (value := data.get("End")) is None
                else OverrideTimeSlice._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "End")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _OperationalHourDraft:
    """A :class:`OperationalHour` being decoded (see ``_rt.seal``)."""

    __slots__ = ("start", "end")
    start: OverrideTimeSlice | None
    end: OverrideTimeSlice | None


def new_operational_hour() -> OperationalHour:
    """Create a :class:`OperationalHour` with all optional fields omitted."""
    return OperationalHour()


operational_hour_start = _rt.Lens[OperationalHour, OverrideTimeSlice | None](
    lambda s: s.start,
    lambda s, v: _dc.replace(s, start=v),
    "operational_hour_start",
)
"""Lens on :attr:`OperationalHour.start`."""


operational_hour_end = _rt.Lens[OperationalHour, OverrideTimeSlice | None](
    lambda s: s.end,
    lambda s, v: _dc.replace(s, end=v),
    "operational_hour_end",
)
"""Lens on :attr:`OperationalHour.end`."""
