"""The ParticipantMetrics shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_PARTICIPANT_TYPE_VALUES = frozenset(
    (
        "ALL",
        "MANAGER",
        "AGENT",
        "CUSTOMER",
        "THIRDPARTY",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ParticipantMetrics:
    """Information about a participant's interactions in a contact.

    Fields:

    - ``participant_id``: The Participant's ID.
    - ``participant_type``: Information about the conversation participant.
    - ``conversation_abandon``: A boolean flag indicating whether the chat conversation was abandoned by a Participant.
    - ``messages_sent``: Number of chat messages sent by Participant.
    - ``num_responses``: Number of chat messages sent by Participant.
    - ``message_length_in_chars``: Number of chat characters sent by Participant.
    - ``total_response_time_in_millis``: Total chat response time by Participant.
    - ``max_response_time_in_millis``: Maximum chat response time by Participant.
    - ``last_message_timestamp``: Timestamp of last chat message by Participant.
    """

    participant_id: str | None = None
    """The Participant's ID."""

    participant_type: str | None = None
    """Information about the conversation participant. Following are the
    participant types: [Agent, Customer, Supervisor].
    """

    conversation_abandon: bool | None = None
    """A boolean flag indicating whether the chat conversation was abandoned by
    a Participant.
    """

    messages_sent: int | None = None
    """Number of chat messages sent by Participant."""

    num_responses: int | None = None
    """Number of chat messages sent by Participant."""

    message_length_in_chars: int | None = None
    """Number of chat characters sent by Participant."""

    total_response_time_in_millis: int | None = None
    """Total chat response time by Participant."""

    max_response_time_in_millis: int | None = None
    """Maximum chat response time by Participant."""

    last_message_timestamp: _dt.datetime | None = None
    """Timestamp of last chat message by Participant."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.participant_id
        if value is not None:
            path = prefix + "participant_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.participant_type
        if value is not None:
            path = prefix + "participant_type"
            _rt.check_str(errors, path, value, enum=_PARTICIPANT_TYPE_VALUES)
        value = self.conversation_abandon
        if value is not None:
            path = prefix + "conversation_abandon"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.messages_sent
        if value is not None:
            path = prefix + "messages_sent"
            _rt.check_number(errors, path, value, True)
        value = self.num_responses
        if value is not None:
            path = prefix + "num_responses"
            _rt.check_number(errors, path, value, True)
        value = self.message_length_in_chars
        if value is not None:
            path = prefix + "message_length_in_chars"
            _rt.check_number(errors, path, value, True)
        value = self.total_response_time_in_millis
        if value is not None:
            path = prefix + "total_response_time_in_millis"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)
        value = self.max_response_time_in_millis
        if value is not None:
            path = prefix + "max_response_time_in_millis"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)
        value = self.last_message_timestamp
        if value is not None:
            path = prefix + "last_message_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.participant_id is not None:
            result["ParticipantId"] = self.participant_id
        if self.participant_type is not None:
            result["ParticipantType"] = self.participant_type
        if self.conversation_abandon is not None:
            result["ConversationAbandon"] = self.conversation_abandon
        if self.messages_sent is not None:
            result["MessagesSent"] = self.messages_sent
        if self.num_responses is not None:
            result["NumResponses"] = self.num_responses
        if self.message_length_in_chars is not None:
            result["MessageLengthInChars"] = self.message_length_in_chars
        if self.total_response_time_in_millis is not None:
            result["TotalResponseTimeInMillis"] = self.total_response_time_in_millis
        if self.max_response_time_in_millis is not None:
            result["MaxResponseTimeInMillis"] = self.max_response_time_in_millis
        if self.last_message_timestamp is not None:
            result["LastMessageTimestamp"] = self.last_message_timestamp
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ParticipantMetrics:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ParticipantMetrics")
        return cls(
            participant_id=data.get("ParticipantId"),
            participant_type=data.get("ParticipantType"),
            conversation_abandon=data.get("ConversationAbandon"),
            messages_sent=data.get("MessagesSent"),
            num_responses=data.get("NumResponses"),
            message_length_in_chars=data.get("MessageLengthInChars"),
            total_response_time_in_millis=data.get("TotalResponseTimeInMillis"),
            max_response_time_in_millis=data.get("MaxResponseTimeInMillis"),
            last_message_timestamp=data.get("LastMessageTimestamp"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ParticipantMetrics:
        draft = _ParticipantMetricsDraft()
        try:
            draft.participant_id = (
                None
                if (value := data.get("ParticipantId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ParticipantId")
                )
            )
            draft.participant_type = (
                None
                if (value := data.get("ParticipantType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ParticipantType")
                )
            )
            draft.conversation_abandon = (
                None
                if (value := data.get("ConversationAbandon")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "ConversationAbandon")
                )
            )
            draft.messages_sent = (
                None
                if (value := data.get("MessagesSent")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "MessagesSent")
                )
            )
            draft.num_responses = (
                None
                if (value := data.get("NumResponses")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "NumResponses")
                )
            )
            draft.message_length_in_chars = (
                None
                if (value := data.get("MessageLengthInChars")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "MessageLengthInChars")
                )
            )
            draft.total_response_time_in_millis = (
                None
                if (value := data.get("TotalResponseTimeInMillis")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "TotalResponseTimeInMillis")
                )
            )
            draft.max_response_time_in_millis = (
                None
                if (value := data.get("MaxResponseTimeInMillis")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "MaxResponseTimeInMillis")
                )
            )
            draft.last_message_timestamp = (
                None
                if (value := data.get("LastMessageTimestamp")) is None
                else _rt.parse_timestamp(value, "LastMessageTimestamp")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ParticipantMetricsDraft:
    """A :class:`ParticipantMetrics` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "participant_id",
        "participant_type",
        "conversation_abandon",
        "messages_sent",
        "num_responses",
        "message_length_in_chars",
        "total_response_time_in_millis",
        "max_response_time_in_millis",
        "last_message_timestamp",
    )
    participant_id: str | None
    participant_type: str | None
    conversation_abandon: bool | None
    messages_sent: int | None
    num_responses: int | None
    message_length_in_chars: int | None
    total_response_time_in_millis: int | None
    max_response_time_in_millis: int | None
    last_message_timestamp: _dt.datetime | None


def new_participant_metrics() -> ParticipantMetrics:
    """Create a :class:`ParticipantMetrics` with all optional fields omitted."""
    return ParticipantMetrics()


participant_metrics_participant_id = _rt.Lens[ParticipantMetrics, str | None](
    lambda s: s.participant_id,
    lambda s, v: _dc.replace(s, participant_id=v),
    "participant_metrics_participant_id",
)
"""Lens on :attr:`ParticipantMetrics.participant_id`."""


participant_metrics_participant_type = _rt.Lens[ParticipantMetrics, str | None](
    lambda s: s.participant_type,
    lambda s, v: _dc.replace(s, participant_type=v),
    "participant_metrics_participant_type",
)
"""Lens on :attr:`ParticipantMetrics.participant_type`."""


participant_metrics_conversation_abandon = _rt.Lens[ParticipantMetrics, bool | None](
    lambda s: s.conversation_abandon,
    lambda s, v: _dc.replace(s, conversation_abandon=v),
    "participant_metrics_conversation_abandon",
)
"""Lens on :attr:`ParticipantMetrics.conversation_abandon`."""


participant_metrics_messages_sent = _rt.Lens[ParticipantMetrics, int | None](
    lambda s: s.messages_sent,
    lambda s, v: _dc.replace(s, messages_sent=v),
    "participant_metrics_messages_sent",
)
"""Lens on :attr:`ParticipantMetrics.messages_sent`."""


participant_metrics_num_responses = _rt.Lens[ParticipantMetrics, int | None](
    lambda s: s.num_responses,
    lambda s, v: _dc.replace(s, num_responses=v),
    "participant_metrics_num_responses",
)
"""Lens on :attr:`ParticipantMetrics.num_responses`."""


participant_metrics_message_length_in_chars = _rt.Lens[ParticipantMetrics, int | None](
    lambda s: s.message_length_in_chars,
    lambda s, v: _dc.replace(s, message_length_in_chars=v),
    "participant_metrics_message_length_in_chars",
)
"""Lens on :attr:`ParticipantMetrics.message_length_in_chars`."""


participant_metrics_total_response_time_in_millis = _rt.Lens[
    ParticipantMetrics, int | None
](
    lambda s: s.total_response_time_in_millis,
    lambda s, v: _dc.replace(s, total_response_time_in_millis=v),
    "participant_metrics_total_response_time_in_millis",
)
"""Lens on :attr:`ParticipantMetrics.total_response_time_in_millis`."""


participant_metrics_max_response_time_in_millis = _rt.Lens[
    ParticipantMetrics, int | None
](
    lambda s: s.max_response_time_in_millis,
    lambda s, v: _dc.replace(s, max_response_time_in_millis=v),
    "participant_metrics_max_response_time_in_millis",
)
"""Lens on :attr:`ParticipantMetrics.max_response_time_in_millis`."""


participant_metrics_last_message_timestamp = _rt.Lens[
    ParticipantMetrics, _dt.datetime | None
](
    lambda s: s.last_message_timestamp,
    lambda s, v: _dc.replace(s, last_message_timestamp=v),
    "participant_metrics_last_message_timestamp",
)
"""Lens on :attr:`ParticipantMetrics.last_message_timestamp`."""
