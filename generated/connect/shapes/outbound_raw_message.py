"""The OutboundRawMessage shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class OutboundRawMessage:
    """Information about the raw email body content.

    Fields:

    - ``subject``: The email subject.
    - ``body``: The email message body.
    - ``content_type``: Type of content, that is, ``text/plain`` or ``text/html``.
    """

    subject: str
    """The email subject."""

    body: str
    """The email message body."""

    content_type: str
    """Type of content, that is, ``text/plain`` or ``text/html``."""

    def __repr__(self) -> str:
        fields = [
            "subject=<sensitive>",
            "body=<sensitive>",
            f"content_type={self.content_type!r}",
        ]
        return f"OutboundRawMessage({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.subject
        if value is None:
            errors.append(prefix + "subject: required but missing")
        else:
            path = prefix + "subject"
            _rt.check_str(errors, path, value, min_len=1, max_len=998)
        value = self.body
        if value is None:
            errors.append(prefix + "body: required but missing")
        else:
            path = prefix + "body"
            _rt.check_str(errors, path, value, min_len=1, max_len=5242880)
        value = self.content_type
        if value is None:
            errors.append(prefix + "content_type: required but missing")
        else:
            path = prefix + "content_type"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Subject"] = self.subject
        result["Body"] = self.body
        result["ContentType"] = self.content_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> OutboundRawMessage:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "OutboundRawMessage")
        return cls(
            subject=_rt.required(data, "Subject", path),
            body=_rt.required(data, "Body", path),
            content_type=_rt.required(data, "ContentType", path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["Subject"] = self.subject
        data["Body"] = self.body
        data["ContentType"] = self.content_type
        return data


def new_outbound_raw_message(
    subject: str,
    body: str,
    content_type: str,
) -> OutboundRawMessage:
    """Create a :class:`OutboundRawMessage` with all optional fields omitted."""
    return OutboundRawMessage(
        subject=subject,
        body=body,
        content_type=content_type,
    )


outbound_raw_message_subject = _rt.Lens[OutboundRawMessage, str](
    lambda s: s.subject,
    lambda s, v: _dc.replace(s, subject=v),
    "outbound_raw_message_subject",
)
"""Lens on :attr:`OutboundRawMessage.subject`."""


outbound_raw_message_body = _rt.Lens[OutboundRawMessage, str](
    lambda s: s.body,
    lambda s, v: _dc.replace(s, body=v),
    "outbound_raw_message_body",
)
"""Lens on :attr:`OutboundRawMessage.body`."""


outbound_raw_message_content_type = _rt.Lens[OutboundRawMessage, str](
    lambda s: s.content_type,
    lambda s, v: _dc.replace(s, content_type=v),
    "outbound_raw_message_content_type",
)
"""Lens on :attr:`OutboundRawMessage.content_type`."""
