"""The ReferenceSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.attachment_reference import AttachmentReference
from ..shapes.date_reference import DateReference
from ..shapes.email_message_reference import EmailMessageReference
from ..shapes.email_reference import EmailReference
from ..shapes.number_reference import NumberReference
from ..shapes.string_reference import StringReference
from ..shapes.url_reference import UrlReference


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ReferenceSummary:
    """Contains summary information about a reference. ``ReferenceSummary``
    contains only one non null field between the URL and attachment based on
    the reference type.

    Fields:

    - ``url``: Information about the reference when the ``referenceType`` is ``URL``.
    - ``attachment``: Information about the reference when the ``referenceType`` is ``ATTACHMENT``.
    - ``email_message``: Information about the reference when the referenceType is ``EMAIL_MESSAGE``.
    - ``email_message_redacted``: Information about the reference when the referenceType is ``EMAIL_MESSAGE``.
    - ``email_message_plain_text``: Information about the reference when the referenceType is ``EMAIL_MESSAGE``.
    - ``email_message_plain_text_redacted``: Information about the reference when the referenceType is ``EMAIL_MESSAGE``.
    - ``string``: Information about a reference when the ``referenceType`` is ``STRING``.
    - ``number``: Information about a reference when the ``referenceType`` is ``NUMBER``.
    - ``date``: Information about a reference when the ``referenceType`` is ``DATE``.
    - ``email``: Information about a reference when the ``referenceType`` is ``EMAIL``.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    url: UrlReference | None = None
    """Information about the reference when the ``referenceType`` is ``URL``.
    Otherwise, null.
    """

    attachment: AttachmentReference | None = None
    """Information about the reference when the ``referenceType`` is
    ``ATTACHMENT``. Otherwise, null.
    """

    email_message: EmailMessageReference | None = None
    """Information about the reference when the referenceType is
    ``EMAIL_MESSAGE``. Otherwise, null.
    """

    email_message_redacted: EmailMessageReference | None = None
    """Information about the reference when the referenceType is
    ``EMAIL_MESSAGE``. Otherwise, null.
    """

    email_message_plain_text: EmailMessageReference | None = None
    """Information about the reference when the referenceType is
    ``EMAIL_MESSAGE``. Otherwise, null.
    """

    email_message_plain_text_redacted: EmailMessageReference | None = None
    """Information about the reference when the referenceType is
    ``EMAIL_MESSAGE``. Otherwise, null.
    """

    string: StringReference | None = None
    """Information about a reference when the ``referenceType`` is ``STRING``.
    Otherwise, null.
    """

    number: NumberReference | None = None
    """Information about a reference when the ``referenceType`` is ``NUMBER``.
    Otherwise, null.
    """

    date: DateReference | None = None
    """Information about a reference when the ``referenceType`` is ``DATE``.
    Otherwise, null.
    """

    email: EmailReference | None = None
    """Information about a reference when the ``referenceType`` is ``EMAIL``.
    Otherwise, null.
    """

    sdk_unknown_member: str | None = None
    """The name of the member a response set when it is one these bindings
    do not know (the service added it later); ``None`` otherwise.  A value
    with it set cannot be sent.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.url
        if value is not None:
            path = prefix + "url"
            if isinstance(value, UrlReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected UrlReference, got {type(value).__name__}"
                )
        value = self.attachment
        if value is not None:
            path = prefix + "attachment"
            if isinstance(value, AttachmentReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AttachmentReference, got {type(value).__name__}"
                )
        value = self.email_message
        if value is not None:
            path = prefix + "email_message"
            if isinstance(value, EmailMessageReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EmailMessageReference, got {type(value).__name__}"
                )
        value = self.email_message_redacted
        if value is not None:
            path = prefix + "email_message_redacted"
            if isinstance(value, EmailMessageReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EmailMessageReference, got {type(value).__name__}"
                )
        value = self.email_message_plain_text
        if value is not None:
            path = prefix + "email_message_plain_text"
            if isinstance(value, EmailMessageReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EmailMessageReference, got {type(value).__name__}"
                )
        value = self.email_message_plain_text_redacted
        if value is not None:
            path = prefix + "email_message_plain_text_redacted"
            if isinstance(value, EmailMessageReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EmailMessageReference, got {type(value).__name__}"
                )
        value = self.string
        if value is not None:
            path = prefix + "string"
            if isinstance(value, StringReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected StringReference, got {type(value).__name__}"
                )
        value = self.number
        if value is not None:
            path = prefix + "number"
            if isinstance(value, NumberReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected NumberReference, got {type(value).__name__}"
                )
        value = self.date
        if value is not None:
            path = prefix + "date"
            if isinstance(value, DateReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected DateReference, got {type(value).__name__}"
                )
        value = self.email
        if value is not None:
            path = prefix + "email"
            if isinstance(value, EmailReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EmailReference, got {type(value).__name__}"
                )
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "ReferenceSummary")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "ReferenceSummary",
            (self.url is not None)
            + (self.attachment is not None)
            + (self.email_message is not None)
            + (self.email_message_redacted is not None)
            + (self.email_message_plain_text is not None)
            + (self.email_message_plain_text_redacted is not None)
            + (self.string is not None)
            + (self.number is not None)
            + (self.date is not None)
            + (self.email is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.url is not None:
            result["Url"] = self.url.to_dict()
        if self.attachment is not None:
            result["Attachment"] = self.attachment.to_dict()
        if self.email_message is not None:
            result["EmailMessage"] = self.email_message.to_dict()
        if self.email_message_redacted is not None:
            result["EmailMessageRedacted"] = self.email_message_redacted.to_dict()
        if self.email_message_plain_text is not None:
            result["EmailMessagePlainText"] = self.email_message_plain_text.to_dict()
        if self.email_message_plain_text_redacted is not None:
            result["EmailMessagePlainTextRedacted"] = (
                self.email_message_plain_text_redacted.to_dict()
            )
        if self.string is not None:
            result["String"] = self.string.to_dict()
        if self.number is not None:
            result["Number"] = self.number.to_dict()
        if self.date is not None:
            result["Date"] = self.date.to_dict()
        if self.email is not None:
            result["Email"] = self.email.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ReferenceSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ReferenceSummary")
        return cls(
            url=(
                None
                if (value := data.get("Url")) is None
                else UrlReference.from_dict(value, path=path + "Url" + ".")
            ),
            attachment=(
                None
                if (value := data.get("Attachment")) is None
                else AttachmentReference.from_dict(
                    value, path=path + "Attachment" + "."
                )
            ),
            email_message=(
                None
                if (value := data.get("EmailMessage")) is None
                else EmailMessageReference.from_dict(
                    value, path=path + "EmailMessage" + "."
                )
            ),
            email_message_redacted=(
                None
                if (value := data.get("EmailMessageRedacted")) is None
                else EmailMessageReference.from_dict(
                    value, path=path + "EmailMessageRedacted" + "."
                )
            ),
            email_message_plain_text=(
                None
                if (value := data.get("EmailMessagePlainText")) is None
                else EmailMessageReference.from_dict(
                    value, path=path + "EmailMessagePlainText" + "."
                )
            ),
            email_message_plain_text_redacted=(
                None
                if (value := data.get("EmailMessagePlainTextRedacted")) is None
                else EmailMessageReference.from_dict(
                    value, path=path + "EmailMessagePlainTextRedacted" + "."
                )
            ),
            string=(
                None
                if (value := data.get("String")) is None
                else StringReference.from_dict(value, path=path + "String" + ".")
            ),
            number=(
                None
                if (value := data.get("Number")) is None
                else NumberReference.from_dict(value, path=path + "Number" + ".")
            ),
            date=(
                None
                if (value := data.get("Date")) is None
                else DateReference.from_dict(value, path=path + "Date" + ".")
            ),
            email=(
                None
                if (value := data.get("Email")) is None
                else EmailReference.from_dict(value, path=path + "Email" + ".")
            ),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ReferenceSummary:
        draft = _ReferenceSummaryDraft()
        try:
            draft.url = (
                None
                if (value := data.get("Url")) is None
                else UrlReference._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Url")
                    )
                )
            )
            draft.attachment = (
                None
                if (value := data.get("Attachment")) is None
                else AttachmentReference._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Attachment")
                    )
                )
            )
            draft.email_message = (
                None
                if (value := data.get("EmailMessage")) is None
                else EmailMessageReference._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "EmailMessage")
                    )
                )
            )
            draft.email_message_redacted = (
                None
                if (value := data.get("EmailMessageRedacted")) is None
                else EmailMessageReference._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "EmailMessageRedacted")
                    )
                )
            )
            draft.email_message_plain_text = (
                None
                if (value := data.get("EmailMessagePlainText")) is None
                else EmailMessageReference._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "EmailMessagePlainText")
                    )
                )
            )
            draft.email_message_plain_text_redacted = (
                None
                if (value := data.get("EmailMessagePlainTextRedacted")) is None
                else EmailMessageReference._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "EmailMessagePlainTextRedacted")
                    )
                )
            )
            draft.string = (
                None
                if (value := data.get("String")) is None
                else StringReference._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "String")
                    )
                )
            )
            draft.number = (
                None
                if (value := data.get("Number")) is None
                else NumberReference._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Number")
                    )
                )
            )
            draft.date = (
                None
                if (value := data.get("Date")) is None
                else DateReference._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Date")
                    )
                )
            )
            draft.email = (
                None
                if (value := data.get("Email")) is None
                else EmailReference._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Email")
                    )
                )
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(
                data,
                (
                    "Url",
                    "Attachment",
                    "EmailMessage",
                    "EmailMessageRedacted",
                    "EmailMessagePlainText",
                    "EmailMessagePlainTextRedacted",
                    "String",
                    "Number",
                    "Date",
                    "Email",
                ),
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ReferenceSummaryDraft:
    """A :class:`ReferenceSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "url",
        "attachment",
        "email_message",
        "email_message_redacted",
        "email_message_plain_text",
        "email_message_plain_text_redacted",
        "string",
        "number",
        "date",
        "email",
        "sdk_unknown_member",
    )
    url: UrlReference | None
    attachment: AttachmentReference | None
    email_message: EmailMessageReference | None
    email_message_redacted: EmailMessageReference | None
    email_message_plain_text: EmailMessageReference | None
    email_message_plain_text_redacted: EmailMessageReference | None
    string: StringReference | None
    number: NumberReference | None
    date: DateReference | None
    email: EmailReference | None
    sdk_unknown_member: str | None


def new_reference_summary() -> ReferenceSummary:
    """Create a :class:`ReferenceSummary` with all optional fields omitted."""
    return ReferenceSummary()


reference_summary_sdk_unknown_member = _rt.Lens[ReferenceSummary, str | None](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "reference_summary_sdk_unknown_member",
)
"""Lens on :attr:`ReferenceSummary.sdk_unknown_member`."""


reference_summary_url = _rt.Lens[ReferenceSummary, UrlReference | None](
    lambda s: s.url,
    lambda s, v: _dc.replace(s, url=v),
    "reference_summary_url",
)
"""Lens on :attr:`ReferenceSummary.url`."""


reference_summary_attachment = _rt.Lens[ReferenceSummary, AttachmentReference | None](
    lambda s: s.attachment,
    lambda s, v: _dc.replace(s, attachment=v),
    "reference_summary_attachment",
)
"""Lens on :attr:`ReferenceSummary.attachment`."""


reference_summary_email_message = _rt.Lens[
    ReferenceSummary, EmailMessageReference | None
](
    lambda s: s.email_message,
    lambda s, v: _dc.replace(s, email_message=v),
    "reference_summary_email_message",
)
"""Lens on :attr:`ReferenceSummary.email_message`."""


reference_summary_email_message_redacted = _rt.Lens[
    ReferenceSummary, EmailMessageReference | None
](
    lambda s: s.email_message_redacted,
    lambda s, v: _dc.replace(s, email_message_redacted=v),
    "reference_summary_email_message_redacted",
)
"""Lens on :attr:`ReferenceSummary.email_message_redacted`."""


reference_summary_email_message_plain_text = _rt.Lens[
    ReferenceSummary, EmailMessageReference | None
](
    lambda s: s.email_message_plain_text,
    lambda s, v: _dc.replace(s, email_message_plain_text=v),
    "reference_summary_email_message_plain_text",
)
"""Lens on :attr:`ReferenceSummary.email_message_plain_text`."""


reference_summary_email_message_plain_text_redacted = _rt.Lens[
    ReferenceSummary, EmailMessageReference | None
](
    lambda s: s.email_message_plain_text_redacted,
    lambda s, v: _dc.replace(s, email_message_plain_text_redacted=v),
    "reference_summary_email_message_plain_text_redacted",
)
"""Lens on :attr:`ReferenceSummary.email_message_plain_text_redacted`."""


reference_summary_string = _rt.Lens[ReferenceSummary, StringReference | None](
    lambda s: s.string,
    lambda s, v: _dc.replace(s, string=v),
    "reference_summary_string",
)
"""Lens on :attr:`ReferenceSummary.string`."""


reference_summary_number = _rt.Lens[ReferenceSummary, NumberReference | None](
    lambda s: s.number,
    lambda s, v: _dc.replace(s, number=v),
    "reference_summary_number",
)
"""Lens on :attr:`ReferenceSummary.number`."""


reference_summary_date = _rt.Lens[ReferenceSummary, DateReference | None](
    lambda s: s.date,
    lambda s, v: _dc.replace(s, date=v),
    "reference_summary_date",
)
"""Lens on :attr:`ReferenceSummary.date`."""


reference_summary_email = _rt.Lens[ReferenceSummary, EmailReference | None](
    lambda s: s.email,
    lambda s, v: _dc.replace(s, email=v),
    "reference_summary_email",
)
"""Lens on :attr:`ReferenceSummary.email`."""
