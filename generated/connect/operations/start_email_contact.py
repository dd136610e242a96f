"""Creates an inbound email contact and initiates a flow to start the email contact for the customer."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.email_address_info import EmailAddressInfo
from ..shapes.email_attachment import EmailAttachment
from ..shapes.inbound_additional_recipients import InboundAdditionalRecipients
from ..shapes.inbound_email_content import InboundEmailContent
from ..shapes.reference import Reference
from ..shapes.segment_attribute_value import SegmentAttributeValue

_PATTERN_1 = _rt.Pattern(
    "[^\\s@]+@[^\\s@]+\\.[^\\s@]+",
    "(?a)[^\\s@]+@[^\\s@]+\\.[^\\s@]+",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartEmailContact:
    """Creates an inbound email contact and initiates a flow to start the email
    contact for the customer. Response of this API provides the ContactId of
    the email contact created.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``from_email_address``: The email address of the customer.
    - ``destination_email_address``: The email address associated with the Connect Customer instance.
    - ``email_message``: The email message body to be sent to the newly created email.
    - ``description``: A description of the email contact.
    - ``references``: A formatted URL that is shown to an agent in the Contact Control Panel (CCP).
    - ``name``: The name of a email that is shown to an agent in the Contact Control Panel (CCP).
    - ``additional_recipients``: The additional recipients address of the email.
    - ``attachments``: List of S3 presigned URLs of email attachments and their file name.
    - ``contact_flow_id``: The identifier of the flow for initiating the emails.
    - ``related_contact_id``: The contactId that is related to this contact.
    - ``attributes``: A custom key-value pair using an attribute map.
    - ``segment_attributes``: A set of system defined key-value pairs stored on individual contact segments using an attribute map.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    from_email_address: EmailAddressInfo
    """The email address of the customer."""

    destination_email_address: str
    """The email address associated with the Connect Customer instance."""

    email_message: InboundEmailContent
    """The email message body to be sent to the newly created email."""

    description: str | None = None
    """A description of the email contact."""

    references: dict[str, Reference] | None = None
    """A formatted URL that is shown to an agent in the Contact Control Panel
    (CCP). Emails can have the following reference types at the time of
    creation: ``URL`` | ``NUMBER`` | ``STRING`` | ``DATE``. ``EMAIL`` |
    ``EMAIL_MESSAGE`` \\|\\ ``ATTACHMENT`` are not a supported reference type
    during email creation.
    """

    name: str | None = None
    """The name of a email that is shown to an agent in the Contact Control
    Panel (CCP).
    """

    additional_recipients: InboundAdditionalRecipients | None = None
    """The additional recipients address of the email."""

    attachments: list[EmailAttachment] | None = None
    """List of S3 presigned URLs of email attachments and their file name."""

    contact_flow_id: str | None = None
    """The identifier of the flow for initiating the emails. To see the
    ContactFlowId in the Connect Customer admin website, on the navigation
    menu go to **Routing**, **Flows**. Choose the flow. On the flow page,
    under the name of the flow, choose **Show additional flow information**.
    The ContactFlowId is the last part of the ARN, shown here in bold:

    arn:aws:connect:us-west-2:xxxxxxxxxxxx:instance/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/contact-flow/**846ec553-a005-41c0-8341-xxxxxxxxxxxx**
    """

    related_contact_id: str | None = None
    """The contactId that is related to this contact. Linking emails together
    by using ``RelatedContactID`` copies over contact attributes from the
    related email contact to the new email contact. All updates to
    user-defined attributes in the new email contact are limited to the
    individual contact ID. There are no limits to the number of contacts
    that can be linked by using ``RelatedContactId``.
    """

    attributes: dict[str, str] | None = None
    """A custom key-value pair using an attribute map. The attributes are
    standard Connect Customer attributes, and can be accessed in flows just
    like any other contact attributes.

    There can be up to 32,768 UTF-8 bytes across all key-value pairs per
    contact. Attribute keys can include only alphanumeric, dash, and
    underscore characters.
    """

    segment_attributes: dict[str, SegmentAttributeValue] | None = None
    """A set of system defined key-value pairs stored on individual contact
    segments using an attribute map. The attributes are standard Connect
    Customer attributes. They can be accessed in flows.

    Attribute keys can include only alphanumeric, -, and _.

    This field can be used to show channel subtype, such as
    ``connect:Guide``.

    .. note::

       To set contact expiry, a ``ValueMap`` must be specified containing
       the integer number of minutes the contact will be active for before
       expiring, with ``SegmentAttributes`` like {
       ``"connect:ContactExpiry": {"ValueMap" : { "ExpiryDuration": { "ValueInteger":135}}}}``.
    """

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
    """

    def __repr__(self) -> str:
        fields = [
            f"instance_id={self.instance_id!r}",
            f"from_email_address={self.from_email_address!r}",
            "destination_email_address=<sensitive>",
            f"email_message={self.email_message!r}",
            "description=<sensitive>",
            f"references={self.references!r}",
            "name=<sensitive>",
            f"additional_recipients={self.additional_recipients!r}",
            "attachments=<sensitive>",
            f"contact_flow_id={self.contact_flow_id!r}",
            f"related_contact_id={self.related_contact_id!r}",
            f"attributes={self.attributes!r}",
            f"segment_attributes={self.segment_attributes!r}",
            f"client_token={self.client_token!r}",
        ]
        return f"StartEmailContact({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.from_email_address
        if value is None:
            errors.append(prefix + "from_email_address: required but missing")
        else:
            path = prefix + "from_email_address"
            if isinstance(value, EmailAddressInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EmailAddressInfo, got {type(value).__name__}"
                )
        value = self.destination_email_address
        if value is None:
            errors.append(prefix + "destination_email_address: required but missing")
        else:
            path = prefix + "destination_email_address"
            _rt.check_str(
                errors,
                path,
                value,
                min_len=1,
                max_len=255,
                pattern=_PATTERN_1,
                secret=True,
            )
        value = self.email_message
        if value is None:
            errors.append(prefix + "email_message: required but missing")
        else:
            path = prefix + "email_message"
            if isinstance(value, InboundEmailContent):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected InboundEmailContent, got {type(value).__name__}"
                )
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=0, max_len=4096)
        value = self.references
        if value is not None:
            path = prefix + "references"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=4096)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Reference):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Reference, got {type(v1).__name__}"
                            )
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=0, max_len=1024)
        value = self.additional_recipients
        if value is not None:
            path = prefix + "additional_recipients"
            if isinstance(value, InboundAdditionalRecipients):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected InboundAdditionalRecipients, got {type(value).__name__}"
                )
        value = self.attachments
        if value is not None:
            path = prefix + "attachments"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EmailAttachment):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EmailAttachment, got {type(v1).__name__}"
                            )
        value = self.contact_flow_id
        if value is not None:
            path = prefix + "contact_flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.related_contact_id
        if value is not None:
            path = prefix + "related_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.attributes
        if value is not None:
            path = prefix + "attributes"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=32767)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=0, max_len=32767)
        value = self.segment_attributes
        if value is not None:
            path = prefix + "segment_attributes"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=128)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, SegmentAttributeValue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected SegmentAttributeValue, got {type(v1).__name__}"
                            )
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["FromEmailAddress"] = self.from_email_address.to_dict()
        result["DestinationEmailAddress"] = self.destination_email_address
        result["EmailMessage"] = self.email_message.to_dict()
        if self.description is not None:
            result["Description"] = self.description
        if self.references is not None:
            result["References"] = {
                k1: v1.to_dict() for k1, v1 in self.references.items()
            }
        if self.name is not None:
            result["Name"] = self.name
        if self.additional_recipients is not None:
            result["AdditionalRecipients"] = self.additional_recipients.to_dict()
        if self.attachments is not None:
            result["Attachments"] = [v1.to_dict() for v1 in self.attachments]
        if self.contact_flow_id is not None:
            result["ContactFlowId"] = self.contact_flow_id
        if self.related_contact_id is not None:
            result["RelatedContactId"] = self.related_contact_id
        if self.attributes is not None:
            result["Attributes"] = dict(self.attributes)
        if self.segment_attributes is not None:
            result["SegmentAttributes"] = {
                k1: v1.to_dict() for k1, v1 in self.segment_attributes.items()
            }
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartEmailContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartEmailContact")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            from_email_address=EmailAddressInfo.from_dict(
                _rt.required(data, "FromEmailAddress", path),
                path=path + "FromEmailAddress" + ".",
            ),
            destination_email_address=_rt.required(
                data, "DestinationEmailAddress", path
            ),
            email_message=InboundEmailContent.from_dict(
                _rt.required(data, "EmailMessage", path),
                path=path + "EmailMessage" + ".",
            ),
            description=data.get("Description"),
            references=(
                None
                if (value := data.get("References")) is None
                else {
                    k1: Reference.from_dict(
                        v1, path=path + "References" + f"[{k1!r}]" + "."
                    )
                    for k1, v1 in _rt.expect_mapping(value, path + "References").items()
                }
            ),
            name=data.get("Name"),
            additional_recipients=(
                None
                if (value := data.get("AdditionalRecipients")) is None
                else InboundAdditionalRecipients.from_dict(
                    value, path=path + "AdditionalRecipients" + "."
                )
            ),
            attachments=(
                None
                if (value := data.get("Attachments")) is None
                else [
                    EmailAttachment.from_dict(
                        v1, path=path + "Attachments" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Attachments")
                    )
                ]
            ),
            contact_flow_id=data.get("ContactFlowId"),
            related_contact_id=data.get("RelatedContactId"),
            attributes=(
                None
                if (value := data.get("Attributes")) is None
                else dict(_rt.expect_mapping(value, path + "Attributes"))
            ),
            segment_attributes=(
                None
                if (value := data.get("SegmentAttributes")) is None
                else {
                    k1: SegmentAttributeValue.from_dict(
                        v1, path=path + "SegmentAttributes" + f"[{k1!r}]" + "."
                    )
                    for k1, v1 in _rt.expect_mapping(
                        value, path + "SegmentAttributes"
                    ).items()
                }
            ),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartEmailContactResponse:
    """The response of StartEmailContact.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_id``: The identifier of this contact within the Connect Customer instance.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_id: str | None = None
    """The identifier of this contact within the Connect Customer instance."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_id
        if value is not None:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contact_id is not None:
            result["ContactId"] = self.contact_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartEmailContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartEmailContactResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            contact_id=data.get("ContactId"),
        )


class _StartEmailContactResponseDraft:
    """A :class:`StartEmailContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contact_id")
    http_status: int
    contact_id: str | None


def new_start_email_contact(
    instance_id: str,
    from_email_address: EmailAddressInfo,
    destination_email_address: str,
    email_message: InboundEmailContent,
) -> StartEmailContact:
    """Create a :class:`StartEmailContact` with all optional fields omitted."""
    return StartEmailContact(
        instance_id=instance_id,
        from_email_address=from_email_address,
        destination_email_address=destination_email_address,
        email_message=email_message,
    )


start_email_contact_instance_id = _rt.Lens[StartEmailContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "start_email_contact_instance_id",
)
"""Lens on :attr:`StartEmailContact.instance_id`."""


start_email_contact_from_email_address = _rt.Lens[StartEmailContact, EmailAddressInfo](
    lambda s: s.from_email_address,
    lambda s, v: _dc.replace(s, from_email_address=v),
    "start_email_contact_from_email_address",
)
"""Lens on :attr:`StartEmailContact.from_email_address`."""


start_email_contact_destination_email_address = _rt.Lens[StartEmailContact, str](
    lambda s: s.destination_email_address,
    lambda s, v: _dc.replace(s, destination_email_address=v),
    "start_email_contact_destination_email_address",
)
"""Lens on :attr:`StartEmailContact.destination_email_address`."""


start_email_contact_email_message = _rt.Lens[StartEmailContact, InboundEmailContent](
    lambda s: s.email_message,
    lambda s, v: _dc.replace(s, email_message=v),
    "start_email_contact_email_message",
)
"""Lens on :attr:`StartEmailContact.email_message`."""


start_email_contact_description = _rt.Lens[StartEmailContact, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "start_email_contact_description",
)
"""Lens on :attr:`StartEmailContact.description`."""


start_email_contact_references = _rt.Lens[
    StartEmailContact, dict[str, Reference] | None
](
    lambda s: s.references,
    lambda s, v: _dc.replace(s, references=v),
    "start_email_contact_references",
)
"""Lens on :attr:`StartEmailContact.references`."""


start_email_contact_name = _rt.Lens[StartEmailContact, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "start_email_contact_name",
)
"""Lens on :attr:`StartEmailContact.name`."""


start_email_contact_additional_recipients = _rt.Lens[
    StartEmailContact, InboundAdditionalRecipients | None
](
    lambda s: s.additional_recipients,
    lambda s, v: _dc.replace(s, additional_recipients=v),
    "start_email_contact_additional_recipients",
)
"""Lens on :attr:`StartEmailContact.additional_recipients`."""


start_email_contact_attachments = _rt.Lens[
    StartEmailContact, list[EmailAttachment] | None
](
    lambda s: s.attachments,
    lambda s, v: _dc.replace(s, attachments=v),
    "start_email_contact_attachments",
)
"""Lens on :attr:`StartEmailContact.attachments`."""


start_email_contact_contact_flow_id = _rt.Lens[StartEmailContact, str | None](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "start_email_contact_contact_flow_id",
)
"""Lens on :attr:`StartEmailContact.contact_flow_id`."""


start_email_contact_related_contact_id = _rt.Lens[StartEmailContact, str | None](
    lambda s: s.related_contact_id,
    lambda s, v: _dc.replace(s, related_contact_id=v),
    "start_email_contact_related_contact_id",
)
"""Lens on :attr:`StartEmailContact.related_contact_id`."""


start_email_contact_attributes = _rt.Lens[StartEmailContact, dict[str, str] | None](
    lambda s: s.attributes,
    lambda s, v: _dc.replace(s, attributes=v),
    "start_email_contact_attributes",
)
"""Lens on :attr:`StartEmailContact.attributes`."""


start_email_contact_segment_attributes = _rt.Lens[
    StartEmailContact, dict[str, SegmentAttributeValue] | None
](
    lambda s: s.segment_attributes,
    lambda s, v: _dc.replace(s, segment_attributes=v),
    "start_email_contact_segment_attributes",
)
"""Lens on :attr:`StartEmailContact.segment_attributes`."""


start_email_contact_client_token = _rt.Lens[StartEmailContact, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "start_email_contact_client_token",
)
"""Lens on :attr:`StartEmailContact.client_token`."""


def new_start_email_contact_response(
    http_status: int,
) -> StartEmailContactResponse:
    """Create a :class:`StartEmailContactResponse` with all optional fields omitted."""
    return StartEmailContactResponse(
        http_status=http_status,
    )


start_email_contact_response_http_status = _rt.Lens[StartEmailContactResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "start_email_contact_response_http_status",
)
"""Lens on :attr:`StartEmailContactResponse.http_status`."""


start_email_contact_response_contact_id = _rt.Lens[
    StartEmailContactResponse, str | None
](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "start_email_contact_response_contact_id",
)
"""Lens on :attr:`StartEmailContactResponse.contact_id`."""


def _serialize(request: StartEmailContact, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    path = "/contact/email"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["FromEmailAddress"] = request.from_email_address._to_json()
    data["DestinationEmailAddress"] = request.destination_email_address
    data["EmailMessage"] = request.email_message._to_json()
    if request.description is not None:
        data["Description"] = request.description
    if request.references is not None:
        data["References"] = {
            k1: v1._to_json() for k1, v1 in request.references.items()
        }
    if request.name is not None:
        data["Name"] = request.name
    if request.additional_recipients is not None:
        data["AdditionalRecipients"] = request.additional_recipients._to_json()
    if request.attachments is not None:
        data["Attachments"] = [v1._to_json() for v1 in request.attachments]
    if request.contact_flow_id is not None:
        data["ContactFlowId"] = request.contact_flow_id
    if request.related_contact_id is not None:
        data["RelatedContactId"] = request.related_contact_id
    if request.attributes is not None:
        data["Attributes"] = request.attributes
    if request.segment_attributes is not None:
        data["SegmentAttributes"] = {
            k1: v1._to_json() for k1, v1 in request.segment_attributes.items()
        }
    data["ClientToken"] = idempotency_client_token
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="PUT",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> StartEmailContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _StartEmailContactResponseDraft()
    draft.http_status = status
    try:
        draft.contact_id = (
            None
            if (value := data.get("ContactId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "ContactId"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, StartEmailContactResponse)


OPERATION: _rt.Operation[StartEmailContact, StartEmailContactResponse] = _rt.Operation(
    "StartEmailContact",
    StartEmailContact,
    StartEmailContactResponse,
    (
        _errors.InvalidRequestException,
        _errors.ServiceQuotaExceededException,
        _errors.AccessDeniedException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
        _errors.IdempotencyException,
    ),
    _serialize,
    _deserialize,
)
"""The StartEmailContact operation: its types, errors and wire codec."""
