"""The PersistentChat shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_REHYDRATION_TYPE_VALUES = frozenset(
    (
        "ENTIRE_PAST_SESSION",
        "FROM_SEGMENT",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PersistentChat:
    """Enable persistent chats. For more information about enabling persistent
    chat, and for example use cases and how to configure for them, see
    `Enable persistent chat
    <https://docs.aws.amazon.com/connect/latest/adminguide/chat-persistence.html>`__.

    Fields:

    - ``rehydration_type``: The contactId that is used for rehydration depends on the rehydration type.
    - ``source_contact_id``: The contactId from which a persistent chat session must be started.
    """

    rehydration_type: str | None = None
    """The contactId that is used for rehydration depends on the rehydration
    type. RehydrationType is required for persistent chat.

    - ``ENTIRE_PAST_SESSION``: Rehydrates a chat from the most recently
      terminated past chat contact of the specified past ended chat session.
      To use this type, provide the ``initialContactId`` of the past ended
      chat session in the ``sourceContactId`` field. In this type, Connect
      Customer determines the most recent chat contact on the specified chat
      session that has ended, and uses it to start a persistent chat.
    - ``FROM_SEGMENT``: Rehydrates a chat from the past chat contact that is
      specified in the ``sourceContactId`` field.

    The actual contactId used for rehydration is provided in the response of
    this API.
    """

    source_contact_id: str | None = None
    """The contactId from which a persistent chat session must be started."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.rehydration_type
        if value is not None:
            path = prefix + "rehydration_type"
            _rt.check_str(errors, path, value, enum=_REHYDRATION_TYPE_VALUES)
        value = self.source_contact_id
        if value is not None:
            path = prefix + "source_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.rehydration_type is not None:
            result["RehydrationType"] = self.rehydration_type
        if self.source_contact_id is not None:
            result["SourceContactId"] = self.source_contact_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PersistentChat:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PersistentChat")
        return cls(
            rehydration_type=data.get("RehydrationType"),
            source_contact_id=data.get("SourceContactId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.rehydration_type is not None:
            data["RehydrationType"] = self.rehydration_type
        if self.source_contact_id is not None:
            data["SourceContactId"] = self.source_contact_id
        return data


def new_persistent_chat() -> PersistentChat:
    """Create a :class:`PersistentChat` with all optional fields omitted."""
    return PersistentChat()


persistent_chat_rehydration_type = _rt.Lens[PersistentChat, str | None](
    lambda s: s.rehydration_type,
    lambda s, v: _dc.replace(s, rehydration_type=v),
    "persistent_chat_rehydration_type",
)
"""Lens on :attr:`PersistentChat.rehydration_type`."""


persistent_chat_source_contact_id = _rt.Lens[PersistentChat, str | None](
    lambda s: s.source_contact_id,
    lambda s, v: _dc.replace(s, source_contact_id=v),
    "persistent_chat_source_contact_id",
)
"""Lens on :attr:`PersistentChat.source_contact_id`."""
