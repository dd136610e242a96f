"""The OutboundEmailContent shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.outbound_raw_message import OutboundRawMessage
from ..shapes.templated_message_config import TemplatedMessageConfig

_OUTBOUND_MESSAGE_SOURCE_TYPE_VALUES = frozenset(
    (
        "TEMPLATE",
        "RAW",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class OutboundEmailContent:
    """Information about email body content.

    Fields:

    - ``message_source_type``: The message source type, that is, ``RAW`` or ``TEMPLATE``.
    - ``templated_message_config``: Information about template message configuration.
    - ``raw_message``: The raw email body content.
    """

    message_source_type: str
    """The message source type, that is, ``RAW`` or ``TEMPLATE``."""

    templated_message_config: TemplatedMessageConfig | None = None
    """Information about template message configuration."""

    raw_message: OutboundRawMessage | None = None
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
            _rt.check_str(
                errors, path, value, enum=_OUTBOUND_MESSAGE_SOURCE_TYPE_VALUES
            )
        value = self.templated_message_config
        if value is not None:
            path = prefix + "templated_message_config"
            if isinstance(value, TemplatedMessageConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TemplatedMessageConfig, got {type(value).__name__}"
                )
        value = self.raw_message
        if value is not None:
            path = prefix + "raw_message"
            if isinstance(value, OutboundRawMessage):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected OutboundRawMessage, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["MessageSourceType"] = self.message_source_type
        if self.templated_message_config is not None:
            result["TemplatedMessageConfig"] = self.templated_message_config.to_dict()
        if self.raw_message is not None:
            result["RawMessage"] = self.raw_message.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> OutboundEmailContent:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "OutboundEmailContent")
        return cls(
            message_source_type=_rt.required(data, "MessageSourceType", path),
            templated_message_config=(
                None
                if (value := data.get("TemplatedMessageConfig")) is None
                else TemplatedMessageConfig.from_dict(
                    value, path=path + "TemplatedMessageConfig" + "."
                )
            ),
            raw_message=(
                None
                if (value := data.get("RawMessage")) is None
                else OutboundRawMessage.from_dict(value, path=path + "RawMessage" + ".")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["MessageSourceType"] = self.message_source_type
        if self.templated_message_config is not None:
            data["TemplatedMessageConfig"] = self.templated_message_config._to_json()
        if self.raw_message is not None:
            data["RawMessage"] = self.raw_message._to_json()
        return data


def new_outbound_email_content(
    message_source_type: str,
) -> OutboundEmailContent:
    """Create a :class:`OutboundEmailContent` with all optional fields omitted."""
    return OutboundEmailContent(
        message_source_type=message_source_type,
    )


outbound_email_content_message_source_type = _rt.Lens[OutboundEmailContent, str](
    lambda s: s.message_source_type,
    lambda s, v: _dc.replace(s, message_source_type=v),
    "outbound_email_content_message_source_type",
)
"""Lens on :attr:`OutboundEmailContent.message_source_type`."""


outbound_email_content_templated_message_config = _rt.Lens[
    OutboundEmailContent, TemplatedMessageConfig | None
](
    lambda s: s.templated_message_config,
    lambda s, v: _dc.replace(s, templated_message_config=v),
    "outbound_email_content_templated_message_config",
)
"""Lens on :attr:`OutboundEmailContent.templated_message_config`."""


outbound_email_content_raw_message = _rt.Lens[
    OutboundEmailContent, OutboundRawMessage | None
](
    lambda s: s.raw_message,
    lambda s, v: _dc.replace(s, raw_message=v),
    "outbound_email_content_raw_message",
)
"""Lens on :attr:`OutboundEmailContent.raw_message`."""
