"""The InboundEmailContent shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.inbound_raw_message import InboundRawMessage

_INBOUND_MESSAGE_SOURCE_TYPE_VALUES = frozenset(("RAW",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class InboundEmailContent:
    """Information about email body content.

    Fields:

    - ``message_source_type``: The message source type, that is, ``RAW``.
    - ``raw_message``: The raw email body content.
    """

    message_source_type: str
    """The message source type, that is, ``RAW``."""

    raw_message: InboundRawMessage | None = None
    """The raw email body content."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.message_source_type
        if value is None:
            errors.append(prefix + "message_source_type: required but missing")
        else:
            path = prefix + "message_source_type"
            _rt.check_str(errors, path, value, enum=_INBOUND_MESSAGE_SOURCE_TYPE_VALUES)
        value = self.raw_message
        if value is not None:
            path = prefix + "raw_message"
            if isinstance(value, InboundRawMessage):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected InboundRawMessage, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["MessageSourceType"] = self.message_source_type
        if self.raw_message is not None:
            result["RawMessage"] = self.raw_message.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> InboundEmailContent:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "InboundEmailContent")
        return cls(
            message_source_type=_rt.required(data, "MessageSourceType", path),
            raw_message=(
                None
                if (value := data.get("RawMessage")) is None
                else InboundRawMessage.from_dict(value, path=path + "RawMessage" + ".")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["MessageSourceType"] = self.message_source_type
        if self.raw_message is not None:
            data["RawMessage"] = self.raw_message._to_json()
        return data


def new_inbound_email_content(
    message_source_type: str,
) -> InboundEmailContent:
    """Create a :class:`InboundEmailContent` with all optional fields omitted."""
    return InboundEmailContent(
        message_source_type=message_source_type,
    )


inbound_email_content_message_source_type = _rt.Lens[InboundEmailContent, str](
    lambda s: s.message_source_type,
    lambda s, v: _dc.replace(s, message_source_type=v),
    "inbound_email_content_message_source_type",
)
"""Lens on :attr:`InboundEmailContent.message_source_type`."""


inbound_email_content_raw_message = _rt.Lens[
    InboundEmailContent, InboundRawMessage | None
](
    lambda s: s.raw_message,
    lambda s, v: _dc.replace(s, raw_message=v),
    "inbound_email_content_raw_message",
)
"""Lens on :attr:`InboundEmailContent.raw_message`."""
