"""The MessageProcessingMetadata shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_MESSAGE_PROCESSING_STATUS_VALUES = frozenset(
    (
        "PROCESSING",
        "FAILED",
        "REJECTED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class MessageProcessingMetadata:
    """Contains metadata for chat messages.

    Fields:

    - ``message_processing_status``: The status of Message Processing for the message.
    """

    message_processing_status: str | None = None
    """The status of Message Processing for the message."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.message_processing_status
        if value is not None:
            path = prefix + "message_processing_status"
            _rt.check_str(errors, path, value, enum=_MESSAGE_PROCESSING_STATUS_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.message_processing_status is not None:
            result["MessageProcessingStatus"] = self.message_processing_status
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> MessageProcessingMetadata:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "MessageProcessingMetadata")
        return cls(
            message_processing_status=data.get("MessageProcessingStatus"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> MessageProcessingMetadata:
        draft = _MessageProcessingMetadataDraft()
        try:
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


class _MessageProcessingMetadataDraft:
    """A :class:`MessageProcessingMetadata` being decoded (see ``_rt.seal``)."""

    __slots__ = ("message_processing_status",)
    message_processing_status: str | None


def new_message_processing_metadata() -> MessageProcessingMetadata:
    """Create a :class:`MessageProcessingMetadata` with all optional fields omitted."""
    return MessageProcessingMetadata()


message_processing_metadata_message_processing_status = _rt.Lens[
    MessageProcessingMetadata, str | None
](
    lambda s: s.message_processing_status,
    lambda s, v: _dc.replace(s, message_processing_status=v),
    "message_processing_metadata_message_processing_status",
)
"""Lens on :attr:`MessageProcessingMetadata.message_processing_status`."""
