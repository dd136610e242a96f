"""The HoursOfOperationConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.hours_of_operation_time_slice import HoursOfOperationTimeSlice

_HOURS_OF_OPERATION_DAYS_VALUES = frozenset(
    (
        "SUNDAY",
        "MONDAY",
        "TUESDAY",
        "WEDNESDAY",
        "THURSDAY",
        "FRIDAY",
        "SATURDAY",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class HoursOfOperationConfig:
    """Contains information about the hours of operation.

    Fields:

    - ``day``: The day that the hours of operation applies to.
    - ``start_time``: The start time that your contact center opens.
    - ``end_time``: The end time that your contact center closes.
    """

    day: str | None
    """The day that the hours of operation applies to."""

    start_time: HoursOfOperationTimeSlice | None
    """The start time that your contact center opens."""

    end_time: HoursOfOperationTimeSlice | None
    """The end time that your contact center closes."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.day
        if value is None:
            errors.append(prefix + "day: required but missing")
        else:
            path = prefix + "day"
            _rt.check_str(errors, path, value, enum=_HOURS_OF_OPERATION_DAYS_VALUES)
        value = self.start_time
        if value is None:
            errors.append(prefix + "start_time: required but missing")
        else:
            path = prefix + "start_time"
            if isinstance(value, HoursOfOperationTimeSlice):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HoursOfOperationTimeSlice, got {type(value).__name__}"
                )
        value = self.end_time
        if value is None:
            errors.append(prefix + "end_time: required but missing")
        else:
            path = prefix + "end_time"
            if isinstance(value, HoursOfOperationTimeSlice):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HoursOfOperationTimeSlice, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.day is not None:
            result["Day"] = self.day
        if self.start_time is not None:
            result["StartTime"] = self.start_time.to_dict()
        if self.end_time is not None:
            result["EndTime"] = self.end_time.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> HoursOfOperationConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "HoursOfOperationConfig")
        return cls(
            day=data.get("Day"),
            start_time=(
                None
                if (value := data.get("StartTime")) is None
                else HoursOfOperationTimeSlice.from_dict(
                    value, path=path + "StartTime" + "."
                )
            ),
            end_time=(
                None
                if (value := data.get("EndTime")) is None
                else HoursOfOperationTimeSlice.from_dict(
                    value, path=path + "EndTime" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.day is not None:
            data["Day"] = self.day
        if self.start_time is not None:
            data["StartTime"] = self.start_time._to_json()
        if self.end_time is not None:
            data["EndTime"] = self.end_time._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> HoursOfOperationConfig:
        draft = _HoursOfOperationConfigDraft()
        try:
            draft.day = (
                None
                if (value := data.get("Day")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Day"))
            )
            draft.start_time = (
                None
                if (value := data.get("StartTime")) is None
                else HoursOfOperationTimeSlice._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "StartTime")
                    )
                )
            )
            draft.end_time = (
                None
                if (value := data.get("EndTime")) is None
                else HoursOfOperationTimeSlice._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "EndTime")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _HoursOfOperationConfigDraft:
    """A :class:`HoursOfOperationConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("day", "start_time", "end_time")
    day: str | None
    start_time: HoursOfOperationTimeSlice | None
    end_time: HoursOfOperationTimeSlice | None


def new_hours_of_operation_config(
    day: str,
    start_time: HoursOfOperationTimeSlice,
    end_time: HoursOfOperationTimeSlice,
) -> HoursOfOperationConfig:
    """Create a :class:`HoursOfOperationConfig` with all optional fields omitted."""
    return HoursOfOperationConfig(
        day=day,
        start_time=start_time,
        end_time=end_time,
    )


hours_of_operation_config_day = _rt.Lens[HoursOfOperationConfig, str | None](
    lambda s: s.day,
    lambda s, v: _dc.replace(s, day=v),
    "hours_of_operation_config_day",
)
"""Lens on :attr:`HoursOfOperationConfig.day`."""


hours_of_operation_config_start_time = _rt.Lens[
    HoursOfOperationConfig, HoursOfOperationTimeSlice | None
](
    lambda s: s.start_time,
    lambda s, v: _dc.replace(s, start_time=v),
    "hours_of_operation_config_start_time",
)
"""Lens on :attr:`HoursOfOperationConfig.start_time`."""


hours_of_operation_config_end_time = _rt.Lens[
    HoursOfOperationConfig, HoursOfOperationTimeSlice | None
](
    lambda s: s.end_time,
    lambda s, v: _dc.replace(s, end_time=v),
    "hours_of_operation_config_end_time",
)
"""Lens on :attr:`HoursOfOperationConfig.end_time`."""
