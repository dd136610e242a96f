"""The MessageMetadata shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.receipt import Receipt

_MESSAGE_PROCESSING_STATUS_VALUES = frozenset(
    (
        "PROCESSING",
        "FAILED",
        "REJECTED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class MessageMetadata:
    """Contains metadata related to a message.

    Fields:

    - ``message_id``: The identifier of the message that contains the metadata information.
    - ``receipts``: The list of receipt information for a message for different recipients.
    - ``message_processing_status``: The status of Message Processing for the message.
    """

    message_id: str | None = None
    """The identifier of the message that contains the metadata information."""

    receipts: list[Receipt] | None = None
    """The list of receipt information for a message for different recipients."""

    message_processing_status: str | None = None
    """The status of Message Processing for the message."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.message_id
        if value is not None:
            path = prefix + "message_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.receipts
        if value is not None:
            path = prefix + "receipts"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Receipt):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Receipt, got {type(v1).__name__}"
                            )
        value = self.message_processing_status
        if value is not None:
            path = prefix + "message_processing_status"
            _rt.check_str(errors, path, value, enum=_MESSAGE_PROCESSING_STATUS_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.message_id is not None:
            result["MessageId"] = self.message_id
        if self.receipts is not None:
            result["Receipts"] = [v1.to_dict() for v1 in self.receipts]
        if self.message_processing_status is not None:
            result["MessageProcessingStatus"] = self.message_processing_status
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> MessageMetadata:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "MessageMetadata")
        return cls(
            message_id=data.get("MessageId"),
            receipts=(
                None
                if (value := data.get("Receipts")) is None
                else [
                    Receipt.from_dict(v1, path=path + "Receipts" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Receipts")
                    )
                ]
            ),
            message_processing_status=data.get("MessageProcessingStatus"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> MessageMetadata:
        draft = _MessageMetadataDraft()
        try:
            draft.message_id = (
                None
                if (value := data.get("MessageId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "MessageId")
                )
            )
            draft.receipts = (
                None
                if (value := data.get("Receipts")) is None
                else [
                    Receipt._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Receipts")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Receipts")
                    )
                    if v1 is not None
                ]
            )
            draft.message_processing_status = (
                None
                if (value := data.get("MessageProcessingStatus")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "MessageProcessingStatus")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _MessageMetadataDraft:
    """A :class:`MessageMetadata` being decoded (see ``_rt.seal``)."""

    __slots__ = ("message_id", "receipts", "message_processing_status")
    message_id: str | None
    receipts: list[Receipt] | None
    message_processing_status: str | None


def new_message_metadata() -> MessageMetadata:
    """Create a :class:`MessageMetadata` with all optional fields omitted."""
    return MessageMetadata()


message_metadata_message_id = _rt.Lens[MessageMetadata, str | None](
    lambda s: s.message_id,
    lambda s, v: _dc.replace(s, message_id=v),
    "message_metadata_message_id",
)
"""Lens on :attr:`MessageMetadata.message_id`."""


message_metadata_receipts = _rt.Lens[MessageMetadata, list[Receipt] | None](
    lambda s: s.receipts,
    lambda s, v: _dc.replace(s, receipts=v),
    "message_metadata_receipts",
)
"""Lens on :attr:`MessageMetadata.receipts`."""


message_metadata_message_processing_status = _rt.Lens[MessageMetadata, str | None](
    lambda s: s.message_processing_status,
    lambda s, v: _dc.replace(s, message_processing_status=v),
    "message_metadata_message_processing_status",
)
"""Lens on :attr:`MessageMetadata.message_processing_status`."""
