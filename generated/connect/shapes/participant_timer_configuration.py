"""The ParticipantTimerConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.participant_timer_value import ParticipantTimerValue

_TIMER_ELIGIBLE_PARTICIPANT_ROLES_VALUES = frozenset(
    (
        "CUSTOMER",
        "AGENT",
    )
)
_PARTICIPANT_TIMER_TYPE_VALUES = frozenset(
    (
        "IDLE",
        "DISCONNECT_NONCUSTOMER",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ParticipantTimerConfiguration:
    """Configuration information for the timer. After the timer configuration
    is set, it persists for the duration of the chat. It persists across new
    contacts in the chain, for example, transfer contacts.

    For more information about how chat timeouts work, see `Set up chat
    timeouts for human participants
    <https://docs.aws.amazon.com/connect/latest/adminguide/setup-chat-timeouts.html>`__.

    Fields:

    - ``participant_role``: The role of the participant in the chat conversation.
    - ``timer_type``: The type of timer.
    - ``timer_value``: The value of the timer.
    """

    participant_role: str
    """The role of the participant in the chat conversation."""

    timer_type: str
    """The type of timer. ``IDLE`` indicates the timer applies for considering
    a human chat participant as idle. ``DISCONNECT_NONCUSTOMER`` indicates
    the timer applies to automatically disconnecting a chat participant due
    to idleness.
    """

    timer_value: ParticipantTimerValue
    """The value of the timer. Either the timer action (Unset to delete the
    timer), or the duration of the timer in minutes. Only one value can be
    set.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.participant_role
        if value is None:
            errors.append(prefix + "participant_role: required but missing")
        else:
            path = prefix + "participant_role"
            _rt.check_str(
                errors, path, value, enum=_TIMER_ELIGIBLE_PARTICIPANT_ROLES_VALUES
            )
        value = self.timer_type
        if value is None:
            errors.append(prefix + "timer_type: required but missing")
        else:
            path = prefix + "timer_type"
            _rt.check_str(errors, path, value, enum=_PARTICIPANT_TIMER_TYPE_VALUES)
        value = self.timer_value
        if value is None:
            errors.append(prefix + "timer_value: required but missing")
        else:
            path = prefix + "timer_value"
            if isinstance(value, ParticipantTimerValue):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ParticipantTimerValue, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ParticipantRole"] = self.participant_role
        result["TimerType"] = self.timer_type
        result["TimerValue"] = self.timer_value.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ParticipantTimerConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ParticipantTimerConfiguration")
        return cls(
            participant_role=_rt.required(data, "ParticipantRole", path),
            timer_type=_rt.required(data, "TimerType", path),
            timer_value=ParticipantTimerValue.from_dict(
                _rt.required(data, "TimerValue", path), path=path + "TimerValue" + "."
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["ParticipantRole"] = self.participant_role
        data["TimerType"] = self.timer_type
        data["TimerValue"] = self.timer_value._to_json()
        return data


def new_participant_timer_configuration(
    participant_role: str,
    timer_type: str,
    timer_value: ParticipantTimerValue,
) -> ParticipantTimerConfiguration:
    """Create a :class:`ParticipantTimerConfiguration` with all optional fields omitted."""
    return ParticipantTimerConfiguration(
        participant_role=participant_role,
        timer_type=timer_type,
        timer_value=timer_value,
    )


participant_timer_configuration_participant_role = _rt.Lens[
    ParticipantTimerConfiguration, str
](
    lambda s: s.participant_role,
    lambda s, v: _dc.replace(s, participant_role=v),
    "participant_timer_configuration_participant_role",
)
"""Lens on :attr:`ParticipantTimerConfiguration.participant_role`."""


participant_timer_configuration_timer_type = _rt.Lens[
    ParticipantTimerConfiguration, str
](
    lambda s: s.timer_type,
    lambda s, v: _dc.replace(s, timer_type=v),
    "participant_timer_configuration_timer_type",
)
"""Lens on :attr:`ParticipantTimerConfiguration.timer_type`."""


participant_timer_configuration_timer_value = _rt.Lens[
    ParticipantTimerConfiguration, ParticipantTimerValue
](
    lambda s: s.timer_value,
    lambda s, v: _dc.replace(s, timer_value=v),
    "participant_timer_configuration_timer_value",
)
"""Lens on :attr:`ParticipantTimerConfiguration.timer_value`."""
