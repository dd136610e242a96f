"""The RecurrencePattern shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_RECURRENCE_FREQUENCY_VALUES = frozenset(
    (
        "WEEKLY",
        "MONTHLY",
        "YEARLY",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RecurrencePattern:
    """Specifies the detailed pattern for event recurrence. Use this to define
    complex scheduling rules such as "every 2nd Tuesday of the month" or
    "every 3 months on the 15th".

    Fields:

    - ``frequency``: Defines how often the pattern repeats.
    - ``interval``: Specifies the number of frequency units between each occurrence.
    - ``by_month``: Specifies which month the event should occur in (1-12, where 1=January, 12=December).
    - ``by_month_day``: Specifies which day of the month the event should occur on (1-31).
    - ``by_weekday_occurrence``: Specifies which occurrence of a weekday within the month the event should occur on.
    """

    frequency: str | None
    """Defines how often the pattern repeats. This is the base unit for the
    recurrence schedule and works in conjunction with the Interval field to
    determine the exact repetition sequence.
    """

    interval: int | None
    """Specifies the number of frequency units between each occurrence. Must be
    a positive integer.

    Examples: To repeat every week, set Interval=1 with WEEKLY frequency. To
    repeat every two months, set Interval=2 with MONTHLY frequency.
    """

    by_month: list[int] | None = None
    """Specifies which month the event should occur in (1-12, where 1=January,
    12=December). Used with YEARLY frequency to schedule events in specific
    month.

    Note: It does not accept multiple values in the same list
    """

    by_month_day: list[int] | None = None
    """Specifies which day of the month the event should occur on (1-31). Used
    with MONTHLY or YEARLY frequency to schedule events on specific date
    within a month.

    Examples: [15] for events on the 15th of each month, [-1] for events on
    the last day of month.

    Note: It does not accept multiple values in the same list. If a
    specified day doesn't exist in a particular month (e.g., day 31 in
    February), the event will be skipped for that month. This field cannot
    be used simultaneously with ByWeekdayOccurrence as they represent
    different scheduling approaches (specific dates vs. relative weekday
    positions).
    """

    by_weekday_occurrence: list[int] | None = None
    """Specifies which occurrence of a weekday within the month the event
    should occur on. Must be used with MONTHLY or YEARLY frequency.

    Example: 2 corresponds to second occurrence of the weekday in the month.
    -1 corresponds to last occurrence of the weekday in the month

    The weekday itself is specified separately in the
    HoursOfOperationConfig. Example: To schedule the recurring event for the
    2nd Thursday of April every year, set ByWeekdayOccurrence=[2],
    Day=THURSDAY, ByMonth=[4], Frequency: YEARLY and INTERVAL=1.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.frequency
        if value is None:
            errors.append(prefix + "frequency: required but missing")
        else:
            path = prefix + "frequency"
            _rt.check_str(errors, path, value, enum=_RECURRENCE_FREQUENCY_VALUES)
        value = self.interval
        if value is None:
            errors.append(prefix + "interval: required but missing")
        else:
            path = prefix + "interval"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=6)
        value = self.by_month
        if value is not None:
            path = prefix + "by_month"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_number(errors, p1, v1, True, minimum=1, maximum=12)
        value = self.by_month_day
        if value is not None:
            path = prefix + "by_month_day"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_number(errors, p1, v1, True, minimum=-1, maximum=31)
        value = self.by_weekday_occurrence
        if value is not None:
            path = prefix + "by_weekday_occurrence"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 1)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_number(errors, p1, v1, True, minimum=-1, maximum=4)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.frequency is not None:
            result["Frequency"] = self.frequency
        if self.interval is not None:
            result["Interval"] = self.interval
        if self.by_month is not None:
            result["ByMonth"] = list(self.by_month)
        if self.by_month_day is not None:
            result["ByMonthDay"] = list(self.by_month_day)
        if self.by_weekday_occurrence is not None:
            result["ByWeekdayOccurrence"] = list(self.by_weekday_occurrence)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RecurrencePattern:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RecurrencePattern")
        return cls(
            frequency=data.get("Frequency"),
            interval=data.get("Interval"),
            by_month=(
                None
                if (value := data.get("ByMonth")) is None
                else list(_rt.expect_sequence(value, path + "ByMonth"))
            ),
            by_month_day=(
                None
                if (value := data.get("ByMonthDay")) is None
                else list(_rt.expect_sequence(value, path + "ByMonthDay"))
            ),
            by_weekday_occurrence=(
                None
                if (value := data.get("ByWeekdayOccurrence")) is None
                else list(_rt.expect_sequence(value, path + "ByWeekdayOccurrence"))
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.frequency is not None:
            data["Frequency"] = self.frequency
        if self.interval is not None:
            data["Interval"] = self.interval
        if self.by_month is not None:
            data["ByMonth"] = self.by_month
        if self.by_month_day is not None:
            data["ByMonthDay"] = self.by_month_day
        if self.by_weekday_occurrence is not None:
            data["ByWeekdayOccurrence"] = self.by_weekday_occurrence
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> RecurrencePattern:
        draft = _RecurrencePatternDraft()
        try:
            draft.frequency = (
                None
                if (value := data.get("Frequency")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "Frequency")
                )
            )
            draft.interval = (
                None
                if (value := data.get("Interval")) is None
                else (
                    value if type(value) is int else _rt.expect_int(value, "Interval")
                )
            )
            draft.by_month = (
                None
                if (value := data.get("ByMonth")) is None
                else [
                    (v1 if type(v1) is int else _rt.expect_int(v1, "ByMonth"))
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "ByMonth")
                    )
                    if v1 is not None
                ]
            )
            draft.by_month_day = (
                None
                if (value := data.get("ByMonthDay")) is None
                else [
                    (v1 if type(v1) is int else _rt.expect_int(v1, "ByMonthDay"))
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "ByMonthDay")
                    )
                    if v1 is not None
                ]
            )
            draft.by_weekday_occurrence = (
                None
                if (value := data.get("ByWeekdayOccurrence")) is None
                else [
                    (
                        v1
                        if type(v1) is int
                        else _rt.expect_int(v1, "ByWeekdayOccurrence")
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "ByWeekdayOccurrence")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RecurrencePatternDraft:
    """A :class:`RecurrencePattern` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "frequency",
        "interval",
        "by_month",
        "by_month_day",
        "by_weekday_occurrence",
    )
    frequency: str | None
    interval: int | None
    by_month: list[int] | None
    by_month_day: list[int] | None
    by_weekday_occurrence: list[int] | None


def new_recurrence_pattern(
    frequency: str,
    interval: int,
) -> RecurrencePattern:
    """Create a :class:`RecurrencePattern` with all optional fields omitted."""
    return RecurrencePattern(
        frequency=frequency,
        interval=interval,
    )


recurrence_pattern_frequency = _rt.Lens[RecurrencePattern, str | None](
    lambda s: s.frequency,
    lambda s, v: _dc.replace(s, frequency=v),
    "recurrence_pattern_frequency",
)
"""Lens on :attr:`RecurrencePattern.frequency`."""


recurrence_pattern_interval = _rt.Lens[RecurrencePattern, int | None](
    lambda s: s.interval,
    lambda s, v: _dc.replace(s, interval=v),
    "recurrence_pattern_interval",
)
"""Lens on :attr:`RecurrencePattern.interval`."""


recurrence_pattern_by_month = _rt.Lens[RecurrencePattern, list[int] | None](
    lambda s: s.by_month,
    lambda s, v: _dc.replace(s, by_month=v),
    "recurrence_pattern_by_month",
)
"""Lens on :attr:`RecurrencePattern.by_month`."""


recurrence_pattern_by_month_day = _rt.Lens[RecurrencePattern, list[int] | None](
    lambda s: s.by_month_day,
    lambda s, v: _dc.replace(s, by_month_day=v),
    "recurrence_pattern_by_month_day",
)
"""Lens on :attr:`RecurrencePattern.by_month_day`."""


recurrence_pattern_by_weekday_occurrence = _rt.Lens[
    RecurrencePattern, list[int] | None
](
    lambda s: s.by_weekday_occurrence,
    lambda s, v: _dc.replace(s, by_weekday_occurrence=v),
    "recurrence_pattern_by_weekday_occurrence",
)
"""Lens on :attr:`RecurrencePattern.by_weekday_occurrence`."""
