"""The ParticipantTimerValue shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PARTICIPANT_TIMER_ACTION_VALUES = frozenset(("Unset",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ParticipantTimerValue:
    """The value of the timer. Either the timer action (``Unset`` to delete the
    timer), or the duration of the timer in minutes. Only one value can be
    set.

    For more information about how chat timeouts work, see `Set up chat
    timeouts for human participants
    <https://docs.aws.amazon.com/connect/latest/adminguide/setup-chat-timeouts.html>`__.

    Fields:

    - ``participant_timer_action``: The timer action.
    - ``participant_timer_duration_in_minutes``: The duration of a timer, in minutes.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    participant_timer_action: str | None = None
    """The timer action. Currently only one value is allowed: ``Unset``. It
    deletes a timer.
    """

    participant_timer_duration_in_minutes: int | None = None
    """The duration of a timer, in minutes."""

    sdk_unknown_member: str | None = None
    """The name of the member a response set when it is one these bindings
    do not know (the service added it later); ``None`` otherwise.  A value
    with it set cannot be sent.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.participant_timer_action
        if value is not None:
            path = prefix + "participant_timer_action"
            _rt.check_str(errors, path, value, enum=_PARTICIPANT_TIMER_ACTION_VALUES)
        value = self.participant_timer_duration_in_minutes
        if value is not None:
            path = prefix + "participant_timer_duration_in_minutes"
            _rt.check_number(errors, path, value, True, minimum=2, maximum=480)
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "ParticipantTimerValue")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "ParticipantTimerValue",
            (self.participant_timer_action is not None)
            + (self.participant_timer_duration_in_minutes is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.participant_timer_action is not None:
            result["ParticipantTimerAction"] = self.participant_timer_action
        if self.participant_timer_duration_in_minutes is not None:
            result["ParticipantTimerDurationInMinutes"] = (
                self.participant_timer_duration_in_minutes
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ParticipantTimerValue:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ParticipantTimerValue")
        return cls(
            participant_timer_action=data.get("ParticipantTimerAction"),
            participant_timer_duration_in_minutes=data.get(
                "ParticipantTimerDurationInMinutes"
            ),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.participant_timer_action is not None:
            data["ParticipantTimerAction"] = self.participant_timer_action
        if self.participant_timer_duration_in_minutes is not None:
            data["ParticipantTimerDurationInMinutes"] = (
                self.participant_timer_duration_in_minutes
            )
        return data


def new_participant_timer_value() -> ParticipantTimerValue:
    """Create a :class:`ParticipantTimerValue` with all optional fields omitted."""
    return ParticipantTimerValue()


participant_timer_value_sdk_unknown_member = _rt.Lens[
    ParticipantTimerValue, str | None
](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "participant_timer_value_sdk_unknown_member",
)
"""Lens on :attr:`ParticipantTimerValue.sdk_unknown_member`."""


participant_timer_value_participant_timer_action = _rt.Lens[
    ParticipantTimerValue, str | None
](
    lambda s: s.participant_timer_action,
    lambda s, v: _dc.replace(s, participant_timer_action=v),
    "participant_timer_value_participant_timer_action",
)
"""Lens on :attr:`ParticipantTimerValue.participant_timer_action`."""


participant_timer_value_participant_timer_duration_in_minutes = _rt.Lens[
    ParticipantTimerValue, int | None
](
    lambda s: s.participant_timer_duration_in_minutes,
    lambda s, v: _dc.replace(s, participant_timer_duration_in_minutes=v),
    "participant_timer_value_participant_timer_duration_in_minutes",
)
"""Lens on :attr:`ParticipantTimerValue.participant_timer_duration_in_minutes`."""
