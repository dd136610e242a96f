"""Initiates a flow to send an agent reply or outbound email contact (created from the CreateContact API) to a customer."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.email_address_info import EmailAddressInfo
from ..shapes.outbound_additional_recipients import OutboundAdditionalRecipients
from ..shapes.outbound_email_content import OutboundEmailContent


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartOutboundEmailContact:
    """Initiates a flow to send an agent reply or outbound email contact
    (created from the CreateContact API) to a customer.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``destination_email_address``: The email address of the customer.
    - ``email_message``: The email message body to be sent to the newly created email.
    - ``from_email_address``: The email address associated with the Connect Customer instance.
    - ``additional_recipients``: The additional recipients address of email in CC.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the contact in this instance of Connect Customer."""

    destination_email_address: EmailAddressInfo
    """The email address of the customer."""

    email_message: OutboundEmailContent
    """The email message body to be sent to the newly created email."""

    from_email_address: EmailAddressInfo | None = None
    """The email address associated with the Connect Customer instance."""

    additional_recipients: OutboundAdditionalRecipients | None = None
    """The additional recipients address of email in CC."""

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
    """

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
        value = self.contact_id
        if value is None:
            errors.append(prefix + "contact_id: required but missing")
        else:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.destination_email_address
        if value is None:
            errors.append(prefix + "destination_email_address: required but missing")
        else:
            path = prefix + "destination_email_address"
            if isinstance(value, EmailAddressInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EmailAddressInfo, got {type(value).__name__}"
                )
        value = self.email_message
        if value is None:
            errors.append(prefix + "email_message: required but missing")
        else:
            path = prefix + "email_message"
            if isinstance(value, OutboundEmailContent):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected OutboundEmailContent, got {type(value).__name__}"
                )
        value = self.from_email_address
        if value is not None:
            path = prefix + "from_email_address"
            if isinstance(value, EmailAddressInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EmailAddressInfo, got {type(value).__name__}"
                )
        value = self.additional_recipients
        if value is not None:
            path = prefix + "additional_recipients"
            if isinstance(value, OutboundAdditionalRecipients):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected OutboundAdditionalRecipients, got {type(value).__name__}"
                )
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        result["DestinationEmailAddress"] = self.destination_email_address.to_dict()
        result["EmailMessage"] = self.email_message.to_dict()
        if self.from_email_address is not None:
            result["FromEmailAddress"] = self.from_email_address.to_dict()
        if self.additional_recipients is not None:
            result["AdditionalRecipients"] = self.additional_recipients.to_dict()
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartOutboundEmailContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartOutboundEmailContact")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            destination_email_address=EmailAddressInfo.from_dict(
                _rt.required(data, "DestinationEmailAddress", path),
                path=path + "DestinationEmailAddress" + ".",
            ),
            email_message=OutboundEmailContent.from_dict(
                _rt.required(data, "EmailMessage", path),
                path=path + "EmailMessage" + ".",
            ),
            from_email_address=(
                None
                if (value := data.get("FromEmailAddress")) is None
                else EmailAddressInfo.from_dict(
                    value, path=path + "FromEmailAddress" + "."
                )
            ),
            additional_recipients=(
                None
                if (value := data.get("AdditionalRecipients")) is None
                else OutboundAdditionalRecipients.from_dict(
                    value, path=path + "AdditionalRecipients" + "."
                )
            ),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartOutboundEmailContactResponse:
    """The response of StartOutboundEmailContact.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_id: str | None = None
    """The identifier of the contact in this instance of Connect Customer."""

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
    ) -> StartOutboundEmailContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "StartOutboundEmailContactResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            contact_id=data.get("ContactId"),
        )


class _StartOutboundEmailContactResponseDraft:
    """A :class:`StartOutboundEmailContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contact_id")
    http_status: int
    contact_id: str | None


def new_start_outbound_email_contact(
    instance_id: str,
    contact_id: str,
    destination_email_address: EmailAddressInfo,
    email_message: OutboundEmailContent,
) -> StartOutboundEmailContact:
    """Create a :class:`StartOutboundEmailContact` with all optional fields omitted."""
    return StartOutboundEmailContact(
        instance_id=instance_id,
        contact_id=contact_id,
        destination_email_address=destination_email_address,
        email_message=email_message,
    )


start_outbound_email_contact_instance_id = _rt.Lens[StartOutboundEmailContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "start_outbound_email_contact_instance_id",
)
"""Lens on :attr:`StartOutboundEmailContact.instance_id`."""


start_outbound_email_contact_contact_id = _rt.Lens[StartOutboundEmailContact, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "start_outbound_email_contact_contact_id",
)
"""Lens on :attr:`StartOutboundEmailContact.contact_id`."""


start_outbound_email_contact_destination_email_address = _rt.Lens[
    StartOutboundEmailContact, EmailAddressInfo
](
    lambda s: s.destination_email_address,
    lambda s, v: _dc.replace(s, destination_email_address=v),
    "start_outbound_email_contact_destination_email_address",
)
"""Lens on :attr:`StartOutboundEmailContact.destination_email_address`."""


start_outbound_email_contact_email_message = _rt.Lens[
    StartOutboundEmailContact, OutboundEmailContent
](
    lambda s: s.email_message,
    lambda s, v: _dc.replace(s, email_message=v),
    "start_outbound_email_contact_email_message",
)
"""Lens on :attr:`StartOutboundEmailContact.email_message`."""


start_outbound_email_contact_from_email_address = _rt.Lens[
    StartOutboundEmailContact, EmailAddressInfo | None
](
    lambda s: s.from_email_address,
    lambda s, v: _dc.replace(s, from_email_address=v),
    "start_outbound_email_contact_from_email_address",
)
"""Lens on :attr:`StartOutboundEmailContact.from_email_address`."""


start_outbound_email_contact_additional_recipients = _rt.Lens[
    StartOutboundEmailContact, OutboundAdditionalRecipients | None
](
    lambda s: s.additional_recipients,
    lambda s, v: _dc.replace(s, additional_recipients=v),
    "start_outbound_email_contact_additional_recipients",
)
"""Lens on :attr:`StartOutboundEmailContact.additional_recipients`."""


start_outbound_email_contact_client_token = _rt.Lens[
    StartOutboundEmailContact, str | None
](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "start_outbound_email_contact_client_token",
)
"""Lens on :attr:`StartOutboundEmailContact.client_token`."""


def new_start_outbound_email_contact_response(
    http_status: int,
) -> StartOutboundEmailContactResponse:
    """Create a :class:`StartOutboundEmailContactResponse` with all optional fields omitted."""
    return StartOutboundEmailContactResponse(
        http_status=http_status,
    )


start_outbound_email_contact_response_http_status = _rt.Lens[
    StartOutboundEmailContactResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "start_outbound_email_contact_response_http_status",
)
"""Lens on :attr:`StartOutboundEmailContactResponse.http_status`."""


start_outbound_email_contact_response_contact_id = _rt.Lens[
    StartOutboundEmailContactResponse, str | None
](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "start_outbound_email_contact_response_contact_id",
)
"""Lens on :attr:`StartOutboundEmailContactResponse.contact_id`."""


def _serialize(
    request: StartOutboundEmailContact, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    path = "/contact/outbound-email"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["ContactId"] = request.contact_id
    data["DestinationEmailAddress"] = request.destination_email_address._to_json()
    data["EmailMessage"] = request.email_message._to_json()
    if request.from_email_address is not None:
        data["FromEmailAddress"] = request.from_email_address._to_json()
    if request.additional_recipients is not None:
        data["AdditionalRecipients"] = request.additional_recipients._to_json()
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
) -> StartOutboundEmailContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _StartOutboundEmailContactResponseDraft()
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
    return _rt.seal(draft, StartOutboundEmailContactResponse)


OPERATION: _rt.Operation[
    StartOutboundEmailContact, StartOutboundEmailContactResponse
] = _rt.Operation(
    "StartOutboundEmailContact",
    StartOutboundEmailContact,
    StartOutboundEmailContactResponse,
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
"""The StartOutboundEmailContact operation: its types, errors and wire codec."""
