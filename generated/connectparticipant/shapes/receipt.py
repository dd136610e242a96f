"""The Receipt shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Receipt:
    """The receipt for the message delivered to the recipient.

    Fields:

    - ``delivered_timestamp``: The time when the message was delivered to the recipient.
    - ``read_timestamp``: The time when the message was read by the recipient.
    - ``recipient_participant_id``: The identifier of the recipient of the message.
    """

    delivered_timestamp: str | None = None
    """The time when the message was delivered to the recipient."""

    read_timestamp: str | None = None
    """The time when the message was read by the recipient."""

    recipient_participant_id: str | None = None
    """The identifier of the recipient of the message."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.delivered_timestamp
        if value is not None:
            path = prefix + "delivered_timestamp"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.read_timestamp
        if value is not None:
            path = prefix + "read_timestamp"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.recipient_participant_id
        if value is not None:
            path = prefix + "recipient_participant_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.delivered_timestamp is not None:
            result["DeliveredTimestamp"] = self.delivered_timestamp
        if self.read_timestamp is not None:
            result["ReadTimestamp"] = self.read_timestamp
        if self.recipient_participant_id is not None:
            result["RecipientParticipantId"] = self.recipient_participant_id
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Receipt:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Receipt")
        return cls(
            delivered_timestamp=data.get("DeliveredTimestamp"),
            read_timestamp=data.get("ReadTimestamp"),
            recipient_participant_id=data.get("RecipientParticipantId"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Receipt:
        draft = _ReceiptDraft()
        try:
            draft.delivered_timestamp = (
                None
                if (value := data.get("DeliveredTimestamp")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DeliveredTimestamp")
                )
            )
            draft.read_timestamp = (
                None
                if (value := data.get("ReadTimestamp")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ReadTimestamp")
                )
            )
            draft.recipient_participant_id = (
                None
                if (value := data.get("RecipientParticipantId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "RecipientParticipantId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ReceiptDraft:
    """A :class:`Receipt` being decoded (see ``_rt.seal``)."""

    __slots__ = ("delivered_timestamp", "read_timestamp", "recipient_participant_id")
    delivered_timestamp: str | None
    read_timestamp: str | None
    recipient_participant_id: str | None


def new_receipt() -> Receipt:
    """Create a :class:`Receipt` with all optional fields omitted."""
    return Receipt()


receipt_delivered_timestamp = _rt.Lens[Receipt, str | None](
    lambda s: s.delivered_timestamp,
    lambda s, v: _dc.replace(s, delivered_timestamp=v),
    "receipt_delivered_timestamp",
)
"""Lens on :attr:`Receipt.delivered_timestamp`."""


receipt_read_timestamp = _rt.Lens[Receipt, str | None](
    lambda s: s.read_timestamp,
    lambda s, v: _dc.replace(s, read_timestamp=v),
    "receipt_read_timestamp",
)
"""Lens on :attr:`Receipt.read_timestamp`."""


receipt_recipient_participant_id = _rt.Lens[Receipt, str | None](
    lambda s: s.recipient_participant_id,
    lambda s, v: _dc.replace(s, recipient_participant_id=v),
    "receipt_recipient_participant_id",
)
"""Lens on :attr:`Receipt.recipient_participant_id`."""
