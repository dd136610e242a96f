"""The InboundRawMessage shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_EMAIL_HEADER_TYPE_VALUES = frozenset(
    (
        "REFERENCES",
        "MESSAGE_ID",
        "IN_REPLY_TO",
        "X_SES_SPAM_VERDICT",
        "X_SES_VIRUS_VERDICT",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class InboundRawMessage:
    """Information about the raw email body content.

    Fields:

    - ``subject``: The email subject.
    - ``body``: The email message body.
    - ``content_type``: Type of content, that is, ``text/plain`` or ``text/html``.
    - ``headers``: Headers present in inbound email.
    """

    subject: str
    """The email subject."""

    body: str
    """The email message body."""

    content_type: str
    """Type of content, that is, ``text/plain`` or ``text/html``."""

    headers: dict[str, str] | None = None
    """Headers present in inbound email."""

    def __repr__(self) -> str:
        fields = [
            "subject=<sensitive>",
            "body=<sensitive>",
            f"content_type={self.content_type!r}",
            f"headers={self.headers!r}",
        ]
        return f"InboundRawMessage({', '.join(fields)})"

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
            _rt.check_str(errors, path, value, min_len=0, max_len=998)
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
        value = self.headers
        if value is not None:
            path = prefix + "headers"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, enum=_EMAIL_HEADER_TYPE_VALUES)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=20000)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Subject"] = self.subject
        result["Body"] = self.body
        result["ContentType"] = self.content_type
        if self.headers is not None:
            result["Headers"] = dict(self.headers)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> InboundRawMessage:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "InboundRawMessage")
        return cls(
            subject=_rt.required(data, "Subject", path),
            body=_rt.required(data, "Body", path),
            content_type=_rt.required(data, "ContentType", path),
            headers=(
                None
                if (value := data.get("Headers")) is None
                else dict(_rt.expect_mapping(value, path + "Headers"))
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["Subject"] = self.subject
        data["Body"] = self.body
        data["ContentType"] = self.content_type
        if self.headers is not None:
            data["Headers"] = self.headers
        return data


def new_inbound_raw_message(
    subject: str,
    body: str,
    content_type: str,
) -> InboundRawMessage:
    """Create a :class:`InboundRawMessage` with all optional fields omitted."""
    return InboundRawMessage(
        subject=subject,
        body=body,
        content_type=content_type,
    )


inbound_raw_message_subject = _rt.Lens[InboundRawMessage, str](
    lambda s: s.subject,
    lambda s, v: _dc.replace(s, subject=v),
    "inbound_raw_message_subject",
)
"""Lens on :attr:`InboundRawMessage.subject`."""


inbound_raw_message_body = _rt.Lens[InboundRawMessage, str](
    lambda s: s.body,
    lambda s, v: _dc.replace(s, body=v),
    "inbound_raw_message_body",
)
"""Lens on :attr:`InboundRawMessage.body`."""


inbound_raw_message_content_type = _rt.Lens[InboundRawMessage, str](
    lambda s: s.content_type,
    lambda s, v: _dc.replace(s, content_type=v),
    "inbound_raw_message_content_type",
)
"""Lens on :attr:`InboundRawMessage.content_type`."""


inbound_raw_message_headers = _rt.Lens[InboundRawMessage, dict[str, str] | None](
    lambda s: s.headers,
    lambda s, v: _dc.replace(s, headers=v),
    "inbound_raw_message_headers",
)
"""Lens on :attr:`InboundRawMessage.headers`."""
