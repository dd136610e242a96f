"""Known values of the enums of Amazon Connect Participant Service.

Enums are open: fields keep the type ``str`` and a value the service added
after these bindings were generated is accepted as it is.  Values you send
are checked against these lists by ``validate()``.
"""

from __future__ import annotations

import enum as _enum


class ArtifactStatus(_enum.StrEnum):
    """Undocumented."""

    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    IN_PROGRESS = "IN_PROGRESS"


class ChatItemType(_enum.StrEnum):
    """Undocumented."""

    TYPING = "TYPING"
    PARTICIPANT_JOINED = "PARTICIPANT_JOINED"
    PARTICIPANT_LEFT = "PARTICIPANT_LEFT"
    CHAT_ENDED = "CHAT_ENDED"
    TRANSFER_SUCCEEDED = "TRANSFER_SUCCEEDED"
    TRANSFER_FAILED = "TRANSFER_FAILED"
    MESSAGE = "MESSAGE"
    EVENT = "EVENT"
    ATTACHMENT = "ATTACHMENT"
    CONNECTION_ACK = "CONNECTION_ACK"
    MESSAGE_DELIVERED = "MESSAGE_DELIVERED"
    MESSAGE_READ = "MESSAGE_READ"


class ConnectionType(_enum.StrEnum):
    """Undocumented."""

    WEBSOCKET = "WEBSOCKET"
    CONNECTION_CREDENTIALS = "CONNECTION_CREDENTIALS"
    WEBRTC_CONNECTION = "WEBRTC_CONNECTION"


class MeetingFeatureStatus(_enum.StrEnum):
    """Undocumented."""

    AVAILABLE = "AVAILABLE"
    UNAVAILABLE = "UNAVAILABLE"


class MessageProcessingStatus(_enum.StrEnum):
    """Undocumented."""

    PROCESSING = "PROCESSING"
    FAILED = "FAILED"
    REJECTED = "REJECTED"


class ParticipantRole(_enum.StrEnum):
    """Undocumented."""

    AGENT = "AGENT"
    CUSTOMER = "CUSTOMER"
    SYSTEM = "SYSTEM"
    CUSTOM_BOT = "CUSTOM_BOT"
    SUPERVISOR = "SUPERVISOR"


class ResourceType(_enum.StrEnum):
    """Undocumented."""

    CONTACT = "CONTACT"
    CONTACT_FLOW = "CONTACT_FLOW"
    INSTANCE = "INSTANCE"
    PARTICIPANT = "PARTICIPANT"
    HIERARCHY_LEVEL = "HIERARCHY_LEVEL"
    HIERARCHY_GROUP = "HIERARCHY_GROUP"
    USER = "USER"
    PHONE_NUMBER = "PHONE_NUMBER"


class ScanDirection(_enum.StrEnum):
    """Undocumented."""

    FORWARD = "FORWARD"
    BACKWARD = "BACKWARD"


class SortKey(_enum.StrEnum):
    """Undocumented."""

    DESCENDING = "DESCENDING"
    ASCENDING = "ASCENDING"
