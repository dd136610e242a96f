"""The Item shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.attachment_item import AttachmentItem
from ..shapes.message_metadata import MessageMetadata

_CHAT_ITEM_TYPE_VALUES = frozenset(
    (
        "TYPING",
        "PARTICIPANT_JOINED",
        "PARTICIPANT_LEFT",
        "CHAT_ENDED",
        "TRANSFER_SUCCEEDED",
        "TRANSFER_FAILED",
        "MESSAGE",
        "EVENT",
        "ATTACHMENT",
        "CONNECTION_ACK",
        "MESSAGE_DELIVERED",
        "MESSAGE_READ",
    )
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
class Item:
    """An item - message or event - that has been sent.

    Fields:

    - ``absolute_time``: The time when the message or event was sent.
    - ``content``: The content of the message or event.
    - ``content_type``: The type of content of the item.
    - ``id``: The ID of the item.
    - ``type``: Type of the item: message or event.
    - ``participant_id``: The ID of the sender in the session.
    - ``display_name``: The chat display name of the sender.
    - ``participant_role``: The role of the sender.
    - ``attachments``: Provides information about the attachments.
    - ``message_metadata``: The metadata related to the message.
    - ``related_contact_id``: The contactId on which the transcript item was originally sent.
    - ``contact_id``: The contactId on which the transcript item was originally sent.
    """

    absolute_time: str | None = None
    """The time when the message or event was sent.

    It's specified in ISO 8601 format: yyyy-MM-ddThh:mm:ss.SSSZ. For
    example, 2019-11-08T02:41:28.172Z.
    """

    content: str | None = None
    """The content of the message or event."""

    content_type: str | None = None
    """The type of content of the item."""

    id: str | None = None
    """The ID of the item."""

    type: str | None = None
    """Type of the item: message or event."""

    participant_id: str | None = None
    """The ID of the sender in the session."""

    display_name: str | None = None
    """The chat display name of the sender."""

    participant_role: str | None = None
    """The role of the sender. For example, is it a customer, agent, or system."""

    attachments: list[AttachmentItem] | None = None
    """Provides information about the attachments."""

    message_metadata: MessageMetadata | None = None
    """The metadata related to the message. Currently this supports only
    information related to message receipts.
    """

    related_contact_id: str | None = None
    """The contactId on which the transcript item was originally sent. This
    field is only populated for persistent chats when the transcript item is
    from the past chat session. For more information, see `Enable persistent
    chat
    <https://docs.aws.amazon.com/connect/latest/adminguide/chat-persistence.html>`__.
    """

    contact_id: str | None = None
    """The contactId on which the transcript item was originally sent. This
    field is populated only when the transcript item is from the current
    chat session.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.absolute_time
        if value is not None:
            path = prefix + "absolute_time"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.content
        if value is not None:
            path = prefix + "content"
            _rt.check_str(errors, path, value, min_len=1, max_len=16384)
        value = self.content_type
        if value is not None:
            path = prefix + "content_type"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.id
        if value is not None:
            path = prefix + "id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.type
        if value is not None:
            path = prefix + "type"
            _rt.check_str(errors, path, value, enum=_CHAT_ITEM_TYPE_VALUES)
        value = self.participant_id
        if value is not None:
            path = prefix + "participant_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.display_name
        if value is not None:
            path = prefix + "display_name"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.participant_role
        if value is not None:
            path = prefix + "participant_role"
            _rt.check_str(errors, path, value, enum=_PARTICIPANT_ROLE_VALUES)
        value = self.attachments
        if value is not None:
            path = prefix + "attachments"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, AttachmentItem):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected AttachmentItem, got {type(v1).__name__}"
                            )
        value = self.message_metadata
        if value is not None:
            path = prefix + "message_metadata"
            if isinstance(value, MessageMetadata):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected MessageMetadata, got {type(value).__name__}"
                )
        value = self.related_contact_id
        if value is not None:
            path = prefix + "related_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.contact_id
        if value is not None:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.absolute_time is not None:
            result["AbsoluteTime"] = self.absolute_time
        if self.content is not None:
            result["Content"] = self.content
        if self.content_type is not None:
            result["ContentType"] = self.content_type
        if self.id is not None:
            result["Id"] = self.id
        if self.type is not None:
            result["Type"] = self.type
        if self.participant_id is not None:
            result["ParticipantId"] = self.participant_id
        if self.display_name is not None:
            result["DisplayName"] = self.display_name
        if self.participant_role is not None:
            result["ParticipantRole"] = self.participant_role
        if self.attachments is not None:
            result["Attachments"] = [v1.to_dict() for v1 in self.attachments]
        if self.message_metadata is not None:
            result["MessageMetadata"] = self.message_metadata.to_dict()
        if self.related_contact_id is not None:
            result["RelatedContactId"] = self.related_contact_id
        if self.contact_id is not None:
            result["ContactId"] = self.contact_id
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Item:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Item")
        return cls(
            absolute_time=data.get("AbsoluteTime"),
            content=data.get("Content"),
            content_type=data.get("ContentType"),
            id=data.get("Id"),
            type=data.get("Type"),
            participant_id=data.get("ParticipantId"),
            display_name=data.get("DisplayName"),
            participant_role=data.get("ParticipantRole"),
            attachments=(
                None
                if (value := data.get("Attachments")) is None
                else [
                    AttachmentItem.from_dict(
                        v1, path=path + "Attachments" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Attachments")
                    )
                ]
            ),
            message_metadata=(
                None
                if (value := data.get("MessageMetadata")) is None
                else MessageMetadata.from_dict(
                    value, path=path + "MessageMetadata" + "."
                )
            ),
            related_contact_id=data.get("RelatedContactId"),
            contact_id=data.get("ContactId"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Item:
        draft = _ItemDraft()
        try:
            draft.absolute_time = (
                None
                if (value := data.get("AbsoluteTime")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AbsoluteTime")
                )
            )
            draft.content = (
                None
                if (value := data.get("Content")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Content"))
            )
            draft.content_type = (
                None
                if (value := data.get("ContentType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContentType")
                )
            )
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.type = (
                None
                if (value := data.get("Type")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Type"))
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
            draft.display_name = (
                None
                if (value := data.get("DisplayName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DisplayName")
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
            draft.attachments = (
                None
                if (value := data.get("Attachments")) is None
                else [
                    AttachmentItem._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Attachments")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Attachments")
                    )
                    if v1 is not None
                ]
            )
            draft.message_metadata = (
                None
                if (value := data.get("MessageMetadata")) is None
                else MessageMetadata._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "MessageMetadata")
                    )
                )
            )
            draft.related_contact_id = (
                None
                if (value := data.get("RelatedContactId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "RelatedContactId")
                )
            )
            draft.contact_id = (
                None
                if (value := data.get("ContactId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ContactId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ItemDraft:
    """A :class:`Item` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "absolute_time",
        "content",
        "content_type",
        "id",
        "type",
        "participant_id",
        "display_name",
        "participant_role",
        "attachments",
        "message_metadata",
        "related_contact_id",
        "contact_id",
    )
    absolute_time: str | None
    content: str | None
    content_type: str | None
    id: str | None
    type: str | None
    participant_id: str | None
    display_name: str | None
    participant_role: str | None
    attachments: list[AttachmentItem] | None
    message_metadata: MessageMetadata | None
    related_contact_id: str | None
    contact_id: str | None


def new_item() -> Item:
    """Create a :class:`Item` with all optional fields omitted."""
    return Item()


item_absolute_time = _rt.Lens[Item, str | None](
    lambda s: s.absolute_time,
    lambda s, v: _dc.replace(s, absolute_time=v),
    "item_absolute_time",
)
"""Lens on :attr:`Item.absolute_time`."""


item_content = _rt.Lens[Item, str | None](
    lambda s: s.content,
    lambda s, v: _dc.replace(s, content=v),
    "item_content",
)
"""Lens on :attr:`Item.content`."""


item_content_type = _rt.Lens[Item, str | None](
    lambda s: s.content_type,
    lambda s, v: _dc.replace(s, content_type=v),
    "item_content_type",
)
"""Lens on :attr:`Item.content_type`."""


item_id = _rt.Lens[Item, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "item_id",
)
"""Lens on :attr:`Item.id`."""


item_type = _rt.Lens[Item, str | None](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "item_type",
)
"""Lens on :attr:`Item.type`."""


item_participant_id = _rt.Lens[Item, str | None](
    lambda s: s.participant_id,
    lambda s, v: _dc.replace(s, participant_id=v),
    "item_participant_id",
)
"""Lens on :attr:`Item.participant_id`."""


item_display_name = _rt.Lens[Item, str | None](
    lambda s: s.display_name,
    lambda s, v: _dc.replace(s, display_name=v),
    "item_display_name",
)
"""Lens on :attr:`Item.display_name`."""


item_participant_role = _rt.Lens[Item, str | None](
    lambda s: s.participant_role,
    lambda s, v: _dc.replace(s, participant_role=v),
    "item_participant_role",
)
"""Lens on :attr:`Item.participant_role`."""


item_attachments = _rt.Lens[Item, list[AttachmentItem] | None](
    lambda s: s.attachments,
    lambda s, v: _dc.replace(s, attachments=v),
    "item_attachments",
)
"""Lens on :attr:`Item.attachments`."""


item_message_metadata = _rt.Lens[Item, MessageMetadata | None](
    lambda s: s.message_metadata,
    lambda s, v: _dc.replace(s, message_metadata=v),
    "item_message_metadata",
)
"""Lens on :attr:`Item.message_metadata`."""


item_related_contact_id = _rt.Lens[Item, str | None](
    lambda s: s.related_contact_id,
    lambda s, v: _dc.replace(s, related_contact_id=v),
    "item_related_contact_id",
)
"""Lens on :attr:`Item.related_contact_id`."""


item_contact_id = _rt.Lens[Item, str | None](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "item_contact_id",
)
"""Lens on :attr:`Item.contact_id`."""
