"""The ChatMessage shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ChatMessage:
    """A chat message.

    Fields:

    - ``content_type``: The type of the content.
    - ``content``: The content of the chat message.
    """

    content_type: str
    """The type of the content. Supported types are ``text/plain``,
    ``text/markdown``, ``application/json``, and
    ``application/vnd.amazonaws.connect.message.interactive.response``.
    """

    content: str
    """The content of the chat message.

    - For ``text/plain`` and ``text/markdown``, the Length Constraints are
      Minimum of 1, Maximum of 1024.
    - For ``application/json``, the Length Constraints are Minimum of 1,
      Maximum of 12000.
    - For
      ``application/vnd.amazonaws.connect.message.interactive.response``,
      the Length Constraints are Minimum of 1, Maximum of 12288.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.content_type
        if value is None:
            errors.append(prefix + "content_type: required but missing")
        else:
            path = prefix + "content_type"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.content
        if value is None:
            errors.append(prefix + "content: required but missing")
        else:
            path = prefix + "content"
            _rt.check_str(errors, path, value, min_len=1, max_len=16384)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ContentType"] = self.content_type
        result["Content"] = self.content
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> ChatMessage:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ChatMessage")
        return cls(
            content_type=_rt.required(data, "ContentType", path),
            content=_rt.required(data, "Content", path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["ContentType"] = self.content_type
        data["Content"] = self.content
        return data


def new_chat_message(
    content_type: str,
    content: str,
) -> ChatMessage:
    """Create a :class:`ChatMessage` with all optional fields omitted."""
    return ChatMessage(
        content_type=content_type,
        content=content,
    )


chat_message_content_type = _rt.Lens[ChatMessage, str](
    lambda s: s.content_type,
    lambda s, v: _dc.replace(s, content_type=v),
    "chat_message_content_type",
)
"""Lens on :attr:`ChatMessage.content_type`."""


chat_message_content = _rt.Lens[ChatMessage, str](
    lambda s: s.content,
    lambda s, v: _dc.replace(s, content=v),
    "chat_message_content",
)
"""Lens on :attr:`ChatMessage.content`."""
