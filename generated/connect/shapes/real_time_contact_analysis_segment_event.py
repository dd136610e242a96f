"""The RealTimeContactAnalysisSegmentEvent shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.real_time_contact_analysis_time_data import (
    RealTimeContactAnalysisTimeData,
)

_PARTICIPANT_ROLE_VALUES = frozenset(
    (
        "AGENT",
        "CUSTOMER",
        "SYSTEM",
        "CUSTOM_BOT",
        "SUPERVISOR",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RealTimeContactAnalysisSegmentEvent:
    """Segment type describing a contact event.

    Fields:

    - ``id``: The identifier of the contact event.
    - ``event_type``: Type of the event.
    - ``time``: Field describing the time of the event.
    - ``participant_id``: The identifier of the participant.
    - ``participant_role``: The role of the participant.
    - ``display_name``: The display name of the participant.
    """

    id: str | None
    """The identifier of the contact event."""

    event_type: str | None
    """Type of the event. For example,
    ``application/vnd.amazonaws.connect.event.participant.left``.
    """

    time: RealTimeContactAnalysisTimeData | None
    """Field describing the time of the event. It can have different
    representations of time.
    """

    participant_id: str | None = None
    """The identifier of the participant."""

    participant_role: str | None = None
    """The role of the participant. For example, is it a customer, agent, or
    system.
    """

    display_name: str | None = None
    """The display name of the participant. Can be redacted."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is None:
            errors.append(prefix + "id: required but missing")
        else:
            path = prefix + "id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.event_type
        if value is None:
            errors.append(prefix + "event_type: required but missing")
        else:
            path = prefix + "event_type"
            _rt.check_str(errors, path, value, min_len=1, max_len=128)
        value = self.time
        if value is None:
            errors.append(prefix + "time: required but missing")
        else:
            path = prefix + "time"
            if isinstance(value, RealTimeContactAnalysisTimeData):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RealTimeContactAnalysisTimeData, got {type(value).__name__}"
                )
        value = self.participant_id
        if value is not None:
            path = prefix + "participant_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.participant_role
        if value is not None:
            path = prefix + "participant_role"
            _rt.check_str(errors, path, value, enum=_PARTICIPANT_ROLE_VALUES)
        value = self.display_name
        if value is not None:
            path = prefix + "display_name"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.event_type is not None:
            result["EventType"] = self.event_type
        if self.time is not None:
            result["Time"] = self.time.to_dict()
        if self.participant_id is not None:
            result["ParticipantId"] = self.participant_id
        if self.participant_role is not None:
            result["ParticipantRole"] = self.participant_role
        if self.display_name is not None:
            result["DisplayName"] = self.display_name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RealTimeContactAnalysisSegmentEvent:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "RealTimeContactAnalysisSegmentEvent"
        )
        return cls(
            id=data.get("Id"),
            event_type=data.get("EventType"),
            time=(
                None
                if (value := data.get("Time")) is None
                else RealTimeContactAnalysisTimeData.from_dict(
                    value, path=path + "Time" + "."
                )
            ),
            participant_id=data.get("ParticipantId"),
            participant_role=data.get("ParticipantRole"),
            display_name=data.get("DisplayName"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> RealTimeContactAnalysisSegmentEvent:
        draft = _RealTimeContactAnalysisSegmentEventDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.event_type = (
                None
                if (value := data.get("EventType")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "EventType")
                )
            )
            draft.time = (
                None
                if (value := data.get("Time")) is None
                else RealTimeContactAnalysisTimeData._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Time")
                    )
                )
            )
            draft.participant_id = (
                None
                if (value := data.get("ParticipantId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ParticipantId")
                )
            )
            draft.participant_role = (
                None
                if (value := data.get("ParticipantRole")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ParticipantRole")
                )
            )
            draft.display_name = (
                None
                if (value := data.get("DisplayName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DisplayName")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RealTimeContactAnalysisSegmentEventDraft:
    """A :class:`RealTimeContactAnalysisSegmentEvent` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "id",
        "event_type",
        "time",
        "participant_id",
        "participant_role",
        "display_name",
    )
    id: str | None
    event_type: str | None
    time: RealTimeContactAnalysisTimeData | None
    participant_id: str | None
    participant_role: str | None
    display_name: str | None


def new_real_time_contact_analysis_segment_event(
    id: str,
    event_type: str,
    time: RealTimeContactAnalysisTimeData,
) -> RealTimeContactAnalysisSegmentEvent:
    """Create a :class:`RealTimeContactAnalysisSegmentEvent` with all optional fields omitted."""
    return RealTimeContactAnalysisSegmentEvent(
        id=id,
        event_type=event_type,
        time=time,
    )


real_time_contact_analysis_segment_event_id = _rt.Lens[
    RealTimeContactAnalysisSegmentEvent, str | None
](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "real_time_contact_analysis_segment_event_id",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentEvent.id`."""


real_time_contact_analysis_segment_event_event_type = _rt.Lens[
    RealTimeContactAnalysisSegmentEvent, str | None
](
    lambda s: s.event_type,
    lambda s, v: _dc.replace(s, event_type=v),
    "real_time_contact_analysis_segment_event_event_type",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentEvent.event_type`."""


real_time_contact_analysis_segment_event_time = _rt.Lens[
    RealTimeContactAnalysisSegmentEvent, RealTimeContactAnalysisTimeData | None
](
    lambda s: s.time,
    lambda s, v: _dc.replace(s, time=v),
    "real_time_contact_analysis_segment_event_time",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentEvent.time`."""


real_time_contact_analysis_segment_event_participant_id = _rt.Lens[
    RealTimeContactAnalysisSegmentEvent, str | None
](
    lambda s: s.participant_id,
    lambda s, v: _dc.replace(s, participant_id=v),
    "real_time_contact_analysis_segment_event_participant_id",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentEvent.participant_id`."""


real_time_contact_analysis_segment_event_participant_role = _rt.Lens[
    RealTimeContactAnalysisSegmentEvent, str | None
](
    lambda s: s.participant_role,
    lambda s, v: _dc.replace(s, participant_role=v),
    "real_time_contact_analysis_segment_event_participant_role",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentEvent.participant_role`."""


real_time_contact_analysis_segment_event_display_name = _rt.Lens[
    RealTimeContactAnalysisSegmentEvent, str | None
](
    lambda s: s.display_name,
    lambda s, v: _dc.replace(s, display_name=v),
    "real_time_contact_analysis_segment_event_display_name",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentEvent.display_name`."""
