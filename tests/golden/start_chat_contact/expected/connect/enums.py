"""Known values of the enums of Amazon Connect Service.

Enums are open: fields keep the type ``str`` and a value the service added
after these bindings were generated is accepted as it is.  Values you send
are checked against these lists by ``validate()``.
"""

from __future__ import annotations

import enum as _enum


class AttachedFileInvalidRequestExceptionReason(_enum.StrEnum):
    """Undocumented."""

    INVALID_FILE_SIZE = "INVALID_FILE_SIZE"
    INVALID_FILE_TYPE = "INVALID_FILE_TYPE"
    INVALID_FILE_NAME = "INVALID_FILE_NAME"


class DisconnectOnCustomerExitParticipantType(_enum.StrEnum):
    """Undocumented."""

    AGENT = "AGENT"


class RehydrationType(_enum.StrEnum):
    """Undocumented."""

    ENTIRE_PAST_SESSION = "ENTIRE_PAST_SESSION"
    FROM_SEGMENT = "FROM_SEGMENT"


class ResponseMode(_enum.StrEnum):
    """Undocumented."""

    INCREMENTAL = "INCREMENTAL"
    COMPLETE = "COMPLETE"
