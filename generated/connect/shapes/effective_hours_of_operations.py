"""The EffectiveHoursOfOperations shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.operational_hour import OperationalHour

_PATTERN_1 = _rt.Pattern(
    "^\\d{4}-\\d{2}-\\d{2}$",
    "(?a)^\\d{4}-\\d{2}-\\d{2}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EffectiveHoursOfOperations:
    """Information about the hours of operations with the effective override
    applied.

    Fields:

    - ``date``: The date that the hours of operation or overrides applies to.
    - ``operational_hours``: Information about the hours of operations with the effective override applied.
    """

    date: str | None = None
    """The date that the hours of operation or overrides applies to."""

    operational_hours: list[OperationalHour] | None = None
    """Information about the hours of operations with the effective override
    applied.
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
        value = self.operational_hours
        if value is not None:
            path = prefix + "operational_hours"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, OperationalHour):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected OperationalHour, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.date is not None:
            result["Date"] = self.date
        if self.operational_hours is not None:
            result["OperationalHours"] = [v1.to_dict() for v1 in self.operational_hours]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EffectiveHoursOfOperations:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EffectiveHoursOfOperations")
        return cls(
            date=data.get("Date"),
            operational_hours=(
                None
                if (value := data.get("OperationalHours")) is None
                else [
                    OperationalHour.from_dict(
                        v1, path=path + "OperationalHours" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "OperationalHours")
                    )
                ]
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EffectiveHoursOfOperations:
        draft = _EffectiveHoursOfOperationsDraft()
        try:
            draft.date = (
                None
                if (value := data.get("Date")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Date"))
            )
            draft.operational_hours = (
                None
                if (value := data.get("OperationalHours")) is None
                else [
                    OperationalHour._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "OperationalHours")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "OperationalHours")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EffectiveHoursOfOperationsDraft:
    """A :class:`EffectiveHoursOfOperations` being decoded (see ``_rt.seal``)."""

    __slots__ = ("date", "operational_hours")
    date: str | None
    operational_hours: list[OperationalHour] | None


def new_effective_hours_of_operations() -> EffectiveHoursOfOperations:
    """Create a :class:`EffectiveHoursOfOperations` with all optional fields omitted."""
    return EffectiveHoursOfOperations()


effective_hours_of_operations_date = _rt.Lens[EffectiveHoursOfOperations, str | None](
    lambda s: s.date,
    lambda s, v: _dc.replace(s, date=v),
    "effective_hours_of_operations_date",
)
"""Lens on :attr:`EffectiveHoursOfOperations.date`."""


effective_hours_of_operations_operational_hours = _rt.Lens[
    EffectiveHoursOfOperations, list[OperationalHour] | None
](
    lambda s: s.operational_hours,
    lambda s, v: _dc.replace(s, operational_hours=v),
    "effective_hours_of_operations_operational_hours",
)
"""Lens on :attr:`EffectiveHoursOfOperations.operational_hours`."""
