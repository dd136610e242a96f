"""The ChatEvent shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_CHAT_EVENT_TYPE_VALUES = frozenset(
    (
        "DISCONNECT",
        "MESSAGE",
        "EVENT",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ChatEvent:
    """Chat integration event containing payload to perform different chat
    actions such as:

    - Sending a chat message
    - Sending a chat event, such as typing
    - Disconnecting from a chat

    Fields:

    - ``type``: Type of chat integration event.
    - ``content_type``: Type of content.
    - ``content``: Content of the message or event.
    """

    type: str
    """Type of chat integration event."""

    content_type: str | None = None
    """Type of content. This is required when ``Type`` is ``MESSAGE`` or
    ``EVENT``.

    - For allowed message content types, see the ``ContentType`` parameter
      in the `SendMessage
      <https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_SendMessage.html>`__
      topic in the *Connect Customer Participant Service API Reference*.
    - For allowed event content types, see the ``ContentType`` parameter in
      the `SendEvent
      <https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_SendEvent.html>`__
      topic in the *Connect Customer Participant Service API Reference*.
    """

    content: str | None = None
    """Content of the message or event. This is required when ``Type`` is
    ``MESSAGE`` and for certain ``ContentTypes`` when ``Type`` is ``EVENT``.

    - For allowed message content, see the ``Content`` parameter in the
      `SendMessage
      <https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_SendMessage.html>`__
      topic in the *Connect Customer Participant Service API Reference*.
    - For allowed event content, see the ``Content`` parameter in the
      `SendEvent
      <https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_SendEvent.html>`__
      topic in the *Connect Customer Participant Service API Reference*.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.type
        if value is None:
            errors.append(prefix + "type: required but missing")
        else:
            path = prefix + "type"
            _rt.check_str(errors, path, value, enum=_CHAT_EVENT_TYPE_VALUES)
        value = self.content_type
        if value is not None:
            path = prefix + "content_type"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.content
        if value is not None:
            path = prefix + "content"
            _rt.check_str(errors, path, value, min_len=1, max_len=16384)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Type"] = self.type
        if self.content_type is not None:
            result["ContentType"] = self.content_type
        if self.content is not None:
            result["Content"] = self.content
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> ChatEvent:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ChatEvent")
        return cls(
            type=_rt.required(data, "Type", path),
            content_type=data.get("ContentType"),
            content=data.get("Content"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["Type"] = self.type
        if self.content_type is not None:
            data["ContentType"] = self.content_type
        if self.content is not None:
            data["Content"] = self.content
        return data


def new_chat_event(
    type: str,
) -> ChatEvent:
    """Create a :class:`ChatEvent` with all optional fields omitted."""
    return ChatEvent(
        type=type,
    )


chat_event_type = _rt.Lens[ChatEvent, str](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "chat_event_type",
)
"""Lens on :attr:`ChatEvent.type`."""


chat_event_content_type = _rt.Lens[ChatEvent, str | None](
    lambda s: s.content_type,
    lambda s, v: _dc.replace(s, content_type=v),
    "chat_event_content_type",
)
"""Lens on :attr:`ChatEvent.content_type`."""


chat_event_content = _rt.Lens[ChatEvent, str | None](
    lambda s: s.content,
    lambda s, v: _dc.replace(s, content=v),
    "chat_event_content",
)
"""Lens on :attr:`ChatEvent.content`."""
