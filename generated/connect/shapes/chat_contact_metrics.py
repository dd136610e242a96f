"""The ChatContactMetrics shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ChatContactMetrics:
    """Information about the overall participant interactions at the contact
    level.

    Fields:

    - ``multi_party``: A boolean flag indicating whether multiparty chat or supervisor barge were enabled on this contact.
    - ``total_messages``: The number of chat messages on the contact.
    - ``total_bot_messages``: The total number of bot and automated messages on a chat contact.
    - ``total_bot_message_length_in_chars``: The total number of characters from bot and automated messages on a chat contact.
    - ``conversation_close_time_in_millis``: The time it took for a contact to end after the last customer message.
    - ``conversation_turn_count``: The number of conversation turns in a chat contact, which represents the back-and-forth exchanges between customer and other participants.
    - ``agent_first_response_timestamp``: The agent first response timestamp for a chat contact.
    - ``agent_first_response_time_in_millis``: The time for an agent to respond after obtaining a chat contact.
    """

    multi_party: bool | None = None
    """A boolean flag indicating whether multiparty chat or supervisor barge
    were enabled on this contact.
    """

    total_messages: int | None = None
    """The number of chat messages on the contact."""

    total_bot_messages: int | None = None
    """The total number of bot and automated messages on a chat contact."""

    total_bot_message_length_in_chars: int | None = None
    """The total number of characters from bot and automated messages on a chat
    contact.
    """

    conversation_close_time_in_millis: int | None = None
    """The time it took for a contact to end after the last customer message."""

    conversation_turn_count: int | None = None
    """The number of conversation turns in a chat contact, which represents the
    back-and-forth exchanges between customer and other participants.
    """

    agent_first_response_timestamp: _dt.datetime | None = None
    """The agent first response timestamp for a chat contact."""

    agent_first_response_time_in_millis: int | None = None
    """The time for an agent to respond after obtaining a chat contact."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.multi_party
        if value is not None:
            path = prefix + "multi_party"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.total_messages
        if value is not None:
            path = prefix + "total_messages"
            _rt.check_number(errors, path, value, True)
        value = self.total_bot_messages
        if value is not None:
            path = prefix + "total_bot_messages"
            _rt.check_number(errors, path, value, True)
        value = self.total_bot_message_length_in_chars
        if value is not None:
            path = prefix + "total_bot_message_length_in_chars"
            _rt.check_number(errors, path, value, True)
        value = self.conversation_close_time_in_millis
        if value is not None:
            path = prefix + "conversation_close_time_in_millis"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)
        value = self.conversation_turn_count
        if value is not None:
            path = prefix + "conversation_turn_count"
            _rt.check_number(errors, path, value, True)
        value = self.agent_first_response_timestamp
        if value is not None:
            path = prefix + "agent_first_response_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.agent_first_response_time_in_millis
        if value is not None:
            path = prefix + "agent_first_response_time_in_millis"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.multi_party is not None:
            result["MultiParty"] = self.multi_party
        if self.total_messages is not None:
            result["TotalMessages"] = self.total_messages
        if self.total_bot_messages is not None:
            result["TotalBotMessages"] = self.total_bot_messages
        if self.total_bot_message_length_in_chars is not None:
            result["TotalBotMessageLengthInChars"] = (
                self.total_bot_message_length_in_chars
            )
        if self.conversation_close_time_in_millis is not None:
            result["ConversationCloseTimeInMillis"] = (
                self.conversation_close_time_in_millis
            )
        if self.conversation_turn_count is not None:
            result["ConversationTurnCount"] = self.conversation_turn_count
        if self.agent_first_response_timestamp is not None:
            result["AgentFirstResponseTimestamp"] = self.agent_first_response_timestamp
        if self.agent_first_response_time_in_millis is not None:
            result["AgentFirstResponseTimeInMillis"] = (
                self.agent_first_response_time_in_millis
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ChatContactMetrics:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ChatContactMetrics")
        return cls(
            multi_party=data.get("MultiParty"),
            total_messages=data.get("TotalMessages"),
            total_bot_messages=data.get("TotalBotMessages"),
            total_bot_message_length_in_chars=data.get("TotalBotMessageLengthInChars"),
            conversation_close_time_in_millis=data.get("ConversationCloseTimeInMillis"),
            conversation_turn_count=data.get("ConversationTurnCount"),
            agent_first_response_timestamp=data.get("AgentFirstResponseTimestamp"),
            agent_first_response_time_in_millis=data.get(
                "AgentFirstResponseTimeInMillis"
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ChatContactMetrics:
        draft = _ChatContactMetricsDraft()
        try:
            draft.multi_party = (
                None
                if (value := data.get("MultiParty")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "MultiParty")
                )
            )
            draft.total_messages = (
                None
                if (value := data.get("TotalMessages")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "TotalMessages")
                )
            )
            draft.total_bot_messages = (
                None
                if (value := data.get("TotalBotMessages")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "TotalBotMessages")
                )
            )
            draft.total_bot_message_length_in_chars = (
                None
                if (value := data.get("TotalBotMessageLengthInChars")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "TotalBotMessageLengthInChars")
                )
            )
            draft.conversation_close_time_in_millis = (
                None
                if (value := data.get("ConversationCloseTimeInMillis")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "ConversationCloseTimeInMillis")
                )
            )
            draft.conversation_turn_count = (
                None
                if (value := data.get("ConversationTurnCount")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "ConversationTurnCount")
                )
            )
            draft.agent_first_response_timestamp = (
                None
                if (value := data.get("AgentFirstResponseTimestamp")) is None
                else _rt.parse_timestamp(value, "AgentFirstResponseTimestamp")
            )
            draft.agent_first_response_time_in_millis = (
                None
                if (value := data.get("AgentFirstResponseTimeInMillis")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "AgentFirstResponseTimeInMillis")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ChatContactMetricsDraft:
    """A :class:`ChatContactMetrics` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "multi_party",
        "total_messages",
        "total_bot_messages",
        "total_bot_message_length_in_chars",
        "conversation_close_time_in_millis",
        "conversation_turn_count",
        "agent_first_response_timestamp",
        "agent_first_response_time_in_millis",
    )
    multi_party: bool | None
    total_messages: int | None
    total_bot_messages: int | None
    total_bot_message_length_in_chars: int | None
    conversation_close_time_in_millis: int | None
    conversation_turn_count: int | None
    agent_first_response_timestamp: _dt.datetime | None
    agent_first_response_time_in_millis: int | None


def new_chat_contact_metrics() -> ChatContactMetrics:
    """Create a :class:`ChatContactMetrics` with all optional fields omitted."""
    return ChatContactMetrics()


chat_contact_metrics_multi_party = _rt.Lens[ChatContactMetrics, bool | None](
    lambda s: s.multi_party,
    lambda s, v: _dc.replace(s, multi_party=v),
    "chat_contact_metrics_multi_party",
)
"""Lens on :attr:`ChatContactMetrics.multi_party`."""


chat_contact_metrics_total_messages = _rt.Lens[ChatContactMetrics, int | None](
    lambda s: s.total_messages,
    lambda s, v: _dc.replace(s, total_messages=v),
    "chat_contact_metrics_total_messages",
)
"""Lens on :attr:`ChatContactMetrics.total_messages`."""


chat_contact_metrics_total_bot_messages = _rt.Lens[ChatContactMetrics, int | None](
    lambda s: s.total_bot_messages,
    lambda s, v: _dc.replace(s, total_bot_messages=v),
    "chat_contact_metrics_total_bot_messages",
)
"""Lens on :attr:`ChatContactMetrics.total_bot_messages`."""


chat_contact_metrics_total_bot_message_length_in_chars = _rt.Lens[
    ChatContactMetrics, int | None
](
    lambda s: s.total_bot_message_length_in_chars,
    lambda s, v: _dc.replace(s, total_bot_message_length_in_chars=v),
    "chat_contact_metrics_total_bot_message_length_in_chars",
)
"""Lens on :attr:`ChatContactMetrics.total_bot_message_length_in_chars`."""


chat_contact_metrics_conversation_close_time_in_millis = _rt.Lens[
    ChatContactMetrics, int | None
](
    lambda s: s.conversation_close_time_in_millis,
    lambda s, v: _dc.replace(s, conversation_close_time_in_millis=v),
    "chat_contact_metrics_conversation_close_time_in_millis",
)
"""Lens on :attr:`ChatContactMetrics.conversation_close_time_in_millis`."""


chat_contact_metrics_conversation_turn_count = _rt.Lens[ChatContactMetrics, int | None](
    lambda s: s.conversation_turn_count,
    lambda s, v: _dc.replace(s, conversation_turn_count=v),
    "chat_contact_metrics_conversation_turn_count",
)
"""Lens on :attr:`ChatContactMetrics.conversation_turn_count`."""


chat_contact_metrics_agent_first_response_timestamp = _rt.Lens[
    ChatContactMetrics, _dt.datetime | None
](
    lambda s: s.agent_first_response_timestamp,
    lambda s, v: _dc.replace(s, agent_first_response_timestamp=v),
    "chat_contact_metrics_agent_first_response_timestamp",
)
"""Lens on :attr:`ChatContactMetrics.agent_first_response_timestamp`."""


chat_contact_metrics_agent_first_response_time_in_millis = _rt.Lens[
    ChatContactMetrics, int | None
](
    lambda s: s.agent_first_response_time_in_millis,
    lambda s, v: _dc.replace(s, agent_first_response_time_in_millis=v),
    "chat_contact_metrics_agent_first_response_time_in_millis",
)
"""Lens on :attr:`ChatContactMetrics.agent_first_response_time_in_millis`."""
