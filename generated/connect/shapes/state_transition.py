"""The StateTransition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_PARTICIPANT_STATE_VALUES = frozenset(
    (
        "INITIAL",
        "CONNECTED",
        "DISCONNECTED",
        "MISSED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StateTransition:
    """Information about the state transition of a supervisor.

    Fields:

    - ``state``: The state of the transition.
    - ``state_start_timestamp``: The date and time when the state started in UTC time.
    - ``state_end_timestamp``: The date and time when the state ended in UTC time.
    """

    state: str | None = None
    """The state of the transition."""

    state_start_timestamp: _dt.datetime | None = None
    """The date and time when the state started in UTC time."""

    state_end_timestamp: _dt.datetime | None = None
    """The date and time when the state ended in UTC time."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.state
        if value is not None:
            path = prefix + "state"
            _rt.check_str(errors, path, value, enum=_PARTICIPANT_STATE_VALUES)
        value = self.state_start_timestamp
        if value is not None:
            path = prefix + "state_start_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.state_end_timestamp
        if value is not None:
            path = prefix + "state_end_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.state is not None:
            result["State"] = self.state
        if self.state_start_timestamp is not None:
            result["StateStartTimestamp"] = self.state_start_timestamp
        if self.state_end_timestamp is not None:
            result["StateEndTimestamp"] = self.state_end_timestamp
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StateTransition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StateTransition")
        return cls(
            state=data.get("State"),
            state_start_timestamp=data.get("StateStartTimestamp"),
            state_end_timestamp=data.get("StateEndTimestamp"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> StateTransition:
        draft = _StateTransitionDraft()
        try:
            draft.state = (
                None
                if (value := data.get("State")) is None
                else (value if type(value) is str else _rt.expect_str(value, "State"))
            )
            draft.state_start_timestamp = (
                None
                if (value := data.get("StateStartTimestamp")) is None
                else _rt.parse_timestamp(value, "StateStartTimestamp")
            )
            draft.state_end_timestamp = (
                None
                if (value := data.get("StateEndTimestamp")) is None
                else _rt.parse_timestamp(value, "StateEndTimestamp")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _StateTransitionDraft:
    """A :class:`StateTransition` being decoded (see ``_rt.seal``)."""

    __slots__ = ("state", "state_start_timestamp", "state_end_timestamp")
    state: str | None
    state_start_timestamp: _dt.datetime | None
    state_end_timestamp: _dt.datetime | None


def new_state_transition() -> StateTransition:
    """Create a :class:`StateTransition` with all optional fields omitted."""
    return StateTransition()


state_transition_state = _rt.Lens[StateTransition, str | None](
    lambda s: s.state,
    lambda s, v: _dc.replace(s, state=v),
    "state_transition_state",
)
"""Lens on :attr:`StateTransition.state`."""


state_transition_state_start_timestamp = _rt.Lens[StateTransition, _dt.datetime | None](
    lambda s: s.state_start_timestamp,
    lambda s, v: _dc.replace(s, state_start_timestamp=v),
    "state_transition_state_start_timestamp",
)
"""Lens on :attr:`StateTransition.state_start_timestamp`."""


state_transition_state_end_timestamp = _rt.Lens[StateTransition, _dt.datetime | None](
    lambda s: s.state_end_timestamp,
    lambda s, v: _dc.replace(s, state_end_timestamp=v),
    "state_transition_state_end_timestamp",
)
"""Lens on :attr:`StateTransition.state_end_timestamp`."""
