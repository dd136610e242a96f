"""Send outbound email for outbound campaigns."""

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
from ..shapes.source_campaign import SourceCampaign

_TRAFFIC_TYPE_VALUES = frozenset(
    (
        "GENERAL",
        "CAMPAIGN",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SendOutboundEmail:
    """Send outbound email for outbound campaigns. For more information about
    outbound campaigns, see `Set up Connect Customer outbound campaigns
    <https://docs.aws.amazon.com/connect/latest/adminguide/enable-outbound-campaigns.html>`__.

    .. note::

       Only the Connect Customer outbound campaigns service principal is
       allowed to assume a role in your account and call this API.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``from_email_address``: The email address to be used for sending email.
    - ``destination_email_address``: The email address to send the email to.
    - ``email_message``: The email message body to be sent to the newly created email.
    - ``traffic_type``: Denotes the class of traffic.
    - ``additional_recipients``: The additional recipients address of the email in CC.
    - ``source_campaign``: A Campaign object need for Campaign traffic type.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    from_email_address: EmailAddressInfo
    """The email address to be used for sending email."""

    destination_email_address: EmailAddressInfo
    """The email address to send the email to."""

    email_message: OutboundEmailContent
    """The email message body to be sent to the newly created email."""

    traffic_type: str
    """Denotes the class of traffic.

    .. note::

       Only the CAMPAIGN traffic type is supported.
    """

    additional_recipients: OutboundAdditionalRecipients | None = None
    """The additional recipients address of the email in CC."""

    source_campaign: SourceCampaign | None = None
    """A Campaign object need for Campaign traffic type."""

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
        value = self.traffic_type
        if value is None:
            errors.append(prefix + "traffic_type: required but missing")
        else:
            path = prefix + "traffic_type"
            _rt.check_str(errors, path, value, enum=_TRAFFIC_TYPE_VALUES)
        value = self.additional_recipients
        if value is not None:
            path = prefix + "additional_recipients"
            if isinstance(value, OutboundAdditionalRecipients):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected OutboundAdditionalRecipients, got {type(value).__name__}"
                )
        value = self.source_campaign
        if value is not None:
            path = prefix + "source_campaign"
            if isinstance(value, SourceCampaign):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected SourceCampaign, got {type(value).__name__}"
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
        result["DestinationEmailAddress"] = self.destination_email_address.to_dict()
        result["EmailMessage"] = self.email_message.to_dict()
        result["TrafficType"] = self.traffic_type
        if self.additional_recipients is not None:
            result["AdditionalRecipients"] = self.additional_recipients.to_dict()
        if self.source_campaign is not None:
            result["SourceCampaign"] = self.source_campaign.to_dict()
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SendOutboundEmail:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SendOutboundEmail")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            from_email_address=EmailAddressInfo.from_dict(
                _rt.required(data, "FromEmailAddress", path),
                path=path + "FromEmailAddress" + ".",
            ),
            destination_email_address=EmailAddressInfo.from_dict(
                _rt.required(data, "DestinationEmailAddress", path),
                path=path + "DestinationEmailAddress" + ".",
            ),
            email_message=OutboundEmailContent.from_dict(
                _rt.required(data, "EmailMessage", path),
                path=path + "EmailMessage" + ".",
            ),
            traffic_type=_rt.required(data, "TrafficType", path),
            additional_recipients=(
                None
                if (value := data.get("AdditionalRecipients")) is None
                else OutboundAdditionalRecipients.from_dict(
                    value, path=path + "AdditionalRecipients" + "."
                )
            ),
            source_campaign=(
                None
                if (value := data.get("SourceCampaign")) is None
                else SourceCampaign.from_dict(value, path=path + "SourceCampaign" + ".")
            ),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SendOutboundEmailResponse:
    """The response of SendOutboundEmail.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    """

    http_status: int
    """The HTTP status code of the response."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        pass

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SendOutboundEmailResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SendOutboundEmailResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _SendOutboundEmailResponseDraft:
    """A :class:`SendOutboundEmailResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_send_outbound_email(
    instance_id: str,
    from_email_address: EmailAddressInfo,
    destination_email_address: EmailAddressInfo,
    email_message: OutboundEmailContent,
    traffic_type: str,
) -> SendOutboundEmail:
    """Create a :class:`SendOutboundEmail` with all optional fields omitted."""
    return SendOutboundEmail(
        instance_id=instance_id,
        from_email_address=from_email_address,
        destination_email_address=destination_email_address,
        email_message=email_message,
        traffic_type=traffic_type,
    )


send_outbound_email_instance_id = _rt.Lens[SendOutboundEmail, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "send_outbound_email_instance_id",
)
"""Lens on :attr:`SendOutboundEmail.instance_id`."""


send_outbound_email_from_email_address = _rt.Lens[SendOutboundEmail, EmailAddressInfo](
    lambda s: s.from_email_address,
    lambda s, v: _dc.replace(s, from_email_address=v),
    "send_outbound_email_from_email_address",
)
"""Lens on :attr:`SendOutboundEmail.from_email_address`."""


send_outbound_email_destination_email_address = _rt.Lens[
    SendOutboundEmail, EmailAddressInfo
](
    lambda s: s.destination_email_address,
    lambda s, v: _dc.replace(s, destination_email_address=v),
    "send_outbound_email_destination_email_address",
)
"""Lens on :attr:`SendOutboundEmail.destination_email_address`."""


send_outbound_email_email_message = _rt.Lens[SendOutboundEmail, OutboundEmailContent](
    lambda s: s.email_message,
    lambda s, v: _dc.replace(s, email_message=v),
    "send_outbound_email_email_message",
)
"""Lens on :attr:`SendOutboundEmail.email_message`."""


send_outbound_email_traffic_type = _rt.Lens[SendOutboundEmail, str](
    lambda s: s.traffic_type,
    lambda s, v: _dc.replace(s, traffic_type=v),
    "send_outbound_email_traffic_type",
)
"""Lens on :attr:`SendOutboundEmail.traffic_type`."""


send_outbound_email_additional_recipients = _rt.Lens[
    SendOutboundEmail, OutboundAdditionalRecipients | None
](
    lambda s: s.additional_recipients,
    lambda s, v: _dc.replace(s, additional_recipients=v),
    "send_outbound_email_additional_recipients",
)
"""Lens on :attr:`SendOutboundEmail.additional_recipients`."""


send_outbound_email_source_campaign = _rt.Lens[
    SendOutboundEmail, SourceCampaign | None
](
    lambda s: s.source_campaign,
    lambda s, v: _dc.replace(s, source_campaign=v),
    "send_outbound_email_source_campaign",
)
"""Lens on :attr:`SendOutboundEmail.source_campaign`."""


send_outbound_email_client_token = _rt.Lens[SendOutboundEmail, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "send_outbound_email_client_token",
)
"""Lens on :attr:`SendOutboundEmail.client_token`."""


def new_send_outbound_email_response(
    http_status: int,
) -> SendOutboundEmailResponse:
    """Create a :class:`SendOutboundEmailResponse` with all optional fields omitted."""
    return SendOutboundEmailResponse(
        http_status=http_status,
    )


send_outbound_email_response_http_status = _rt.Lens[SendOutboundEmailResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "send_outbound_email_response_http_status",
)
"""Lens on :attr:`SendOutboundEmailResponse.http_status`."""


def _serialize(request: SendOutboundEmail, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = (
        "/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/outbound-email"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["FromEmailAddress"] = request.from_email_address._to_json()
    data["DestinationEmailAddress"] = request.destination_email_address._to_json()
    data["EmailMessage"] = request.email_message._to_json()
    data["TrafficType"] = request.traffic_type
    if request.additional_recipients is not None:
        data["AdditionalRecipients"] = request.additional_recipients._to_json()
    if request.source_campaign is not None:
        data["SourceCampaign"] = request.source_campaign._to_json()
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
) -> SendOutboundEmailResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _SendOutboundEmailResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, SendOutboundEmailResponse)


OPERATION: _rt.Operation[SendOutboundEmail, SendOutboundEmailResponse] = _rt.Operation(
    "SendOutboundEmail",
    SendOutboundEmail,
    SendOutboundEmailResponse,
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
"""The SendOutboundEmail operation: its types, errors and wire codec."""
