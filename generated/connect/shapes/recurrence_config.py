"""The RecurrenceConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.recurrence_pattern import RecurrencePattern


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RecurrenceConfig:
    """Defines the recurrence configuration for overrides. This configuration
    uses a recurrence pattern to specify when and how frequently an event
    should repeat.

    Fields:

    - ``recurrence_pattern``: The recurrence pattern that defines how the event repeats.
    """

    recurrence_pattern: RecurrencePattern | None
    """The recurrence pattern that defines how the event repeats. Example:
    Frequency, Interval, ByMonth, ByMonthDay, ByWeekdayOccurrence
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.recurrence_pattern
        if value is None:
            errors.append(prefix + "recurrence_pattern: required but missing")
        else:
            path = prefix + "recurrence_pattern"
            if isinstance(value, RecurrencePattern):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RecurrencePattern, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.recurrence_pattern is not None:
            result["RecurrencePattern"] = self.recurrence_pattern.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RecurrenceConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RecurrenceConfig")
        return cls(
            recurrence_pattern=(
                None
                if (value := data.get("RecurrencePattern")) is None
                else RecurrencePattern.from_dict(
                    value, path=path + "RecurrencePattern" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.recurrence_pattern is not None:
            data["RecurrencePattern"] = self.recurrence_pattern._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> RecurrenceConfig:
        draft = _RecurrenceConfigDraft()
        try:
            draft.recurrence_pattern = (
                None
                if (value := data.get("RecurrencePattern")) is None
                else RecurrencePattern._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "RecurrencePattern")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RecurrenceConfigDraft:
    """A :class:`RecurrenceConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("recurrence_pattern",)
    recurrence_pattern: RecurrencePattern | None


def new_recurrence_config(
    recurrence_pattern: RecurrencePattern,
) -> RecurrenceConfig:
    """Create a :class:`RecurrenceConfig` with all optional fields omitted."""
    return RecurrenceConfig(
        recurrence_pattern=recurrence_pattern,
    )


recurrence_config_recurrence_pattern = _rt.Lens[
    RecurrenceConfig, RecurrencePattern | None
](
    lambda s: s.recurrence_pattern,
    lambda s, v: _dc.replace(s, recurrence_pattern=v),
    "recurrence_config_recurrence_pattern",
)
"""Lens on :attr:`RecurrenceConfig.recurrence_pattern`."""
