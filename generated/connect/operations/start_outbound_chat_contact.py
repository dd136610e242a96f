"""Initiates a new outbound SMS or WhatsApp contact to a customer."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.chat_message import ChatMessage
from ..shapes.endpoint import Endpoint
from ..shapes.participant_details import ParticipantDetails
from ..shapes.segment_attribute_value import SegmentAttributeValue
from ..shapes.templated_message_config import TemplatedMessageConfig


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartOutboundChatContact:
    """Initiates a new outbound SMS or WhatsApp contact to a customer. Response
    of this API provides the ``ContactId`` of the outbound SMS or WhatsApp
    contact created.

    **SourceEndpoint** only supports Endpoints with
    ``CONNECT_PHONENUMBER_ARN`` as Type and **DestinationEndpoint** only
    supports Endpoints with ``TELEPHONE_NUMBER`` as Type. **ContactFlowId**
    initiates the flow to manage the new contact created.

    This API can be used to initiate outbound SMS or WhatsApp contacts for
    an agent, or it can also deflect an ongoing contact to an outbound SMS
    or WhatsApp contact by using the `StartOutboundChatContact
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_StartOutboundChatContact.html>`__
    Flow Action.

    For more information about using SMS or WhatsApp in Connect Customer,
    see the following topics in the *Connect Customer Administrator Guide*:

    - `Set up SMS messaging
      <https://docs.aws.amazon.com/connect/latest/adminguide/setup-sms-messaging.html>`__
    - `Request an SMS-enabled phone number through Amazon Web Services End
      User Messaging SMS
      <https://docs.aws.amazon.com/connect/latest/adminguide/sms-number.html>`__
    - `Set up WhatsApp Business messaging
      <https://docs.aws.amazon.com/connect/latest/adminguide/whatsapp-integration.html>`__

    Fields:

    - ``source_endpoint``: Information about the endpoint.
    - ``destination_endpoint``: Information about the endpoint.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``segment_attributes``: A set of system defined key-value pairs stored on individual contact segments using an attribute map.
    - ``contact_flow_id``: The identifier of the flow for the call.
    - ``attributes``: A custom key-value pair using an attribute map.
    - ``chat_duration_in_minutes``: The total duration of the newly started chat session.
    - ``participant_details``: The customer's details.
    - ``initial_system_message``: A chat message.
    - ``initial_templated_system_message``: Information about template message configuration.
    - ``related_contact_id``: The unique identifier for an Connect Customer contact.
    - ``supported_messaging_content_types``: The supported chat message content types.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    source_endpoint: Endpoint
    """Information about the endpoint."""

    destination_endpoint: Endpoint
    """Information about the endpoint."""

    instance_id: str
    """The identifier of the Connect Customer instance. You can find the
    instance ID in the Amazon Resource Name (ARN) of the instance.
    """

    segment_attributes: dict[str, SegmentAttributeValue]
    """A set of system defined key-value pairs stored on individual contact
    segments using an attribute map. The attributes are standard Connect
    Customer attributes. They can be accessed in flows.

    - Attribute keys can include only alphanumeric, ``-``, and ``_``.
    - This field can be used to show channel subtype, such as
      ``connect:SMS`` and ``connect:WhatsApp``.
    """

    contact_flow_id: str
    """The identifier of the flow for the call. To see the ContactFlowId in the
    Connect Customer console user interface, on the navigation menu go to
    **Routing, Contact Flows**. Choose the flow. On the flow page, under the
    name of the flow, choose **Show additional flow information**. The
    ContactFlowId is the last part of the ARN, shown here in bold:

    - arn:aws:connect:us-west-2:xxxxxxxxxxxx:instance/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/contact-flow/**123ec456-a007-89c0-1234-xxxxxxxxxxxx**
    """

    attributes: dict[str, str] | None = None
    """A custom key-value pair using an attribute map. The attributes are
    standard Connect Customer attributes, and can be accessed in flows just
    like any other contact attributes.
    """

    chat_duration_in_minutes: int | None = None
    """The total duration of the newly started chat session. If not specified,
    the chat session duration defaults to 25 hour. The minimum configurable
    time is 60 minutes. The maximum configurable time is 10,080 minutes (7
    days).
    """

    participant_details: ParticipantDetails | None = None
    """The customer's details."""

    initial_system_message: ChatMessage | None = None
    """A chat message."""

    initial_templated_system_message: TemplatedMessageConfig | None = None
    """Information about template message configuration."""

    related_contact_id: str | None = None
    """The unique identifier for an Connect Customer contact. This identifier
    is related to the contact starting.
    """

    supported_messaging_content_types: list[str] | None = None
    """The supported chat message content types. Supported types are:

    - ``text/plain``
    - ``text/markdown``
    - ``application/json, application/vnd.amazonaws.connect.message.interactive``
    - ``application/vnd.amazonaws.connect.message.interactive.response``

    Content types must always contain ``text/plain``. You can then put any
    other supported type in the list. For example, all the following lists
    are valid because they contain ``text/plain``:

    - ``[text/plain, text/markdown, application/json]``
    - ``[text/markdown, text/plain]``
    - ``[text/plain, application/json, application/vnd.amazonaws.connect.message.interactive.response]``
    """

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
    The token is valid for 7 days after creation. If a contact is already
    started, the contact ID is returned.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.source_endpoint
        if value is None:
            errors.append(prefix + "source_endpoint: required but missing")
        else:
            path = prefix + "source_endpoint"
            if isinstance(value, Endpoint):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Endpoint, got {type(value).__name__}")
        value = self.destination_endpoint
        if value is None:
            errors.append(prefix + "destination_endpoint: required but missing")
        else:
            path = prefix + "destination_endpoint"
            if isinstance(value, Endpoint):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Endpoint, got {type(value).__name__}")
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.segment_attributes
        if value is None:
            errors.append(prefix + "segment_attributes: required but missing")
        else:
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
        value = self.contact_flow_id
        if value is None:
            errors.append(prefix + "contact_flow_id: required but missing")
        else:
            path = prefix + "contact_flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
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
        value = self.chat_duration_in_minutes
        if value is not None:
            path = prefix + "chat_duration_in_minutes"
            _rt.check_number(errors, path, value, True, minimum=60, maximum=10080)
        value = self.participant_details
        if value is not None:
            path = prefix + "participant_details"
            if isinstance(value, ParticipantDetails):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ParticipantDetails, got {type(value).__name__}"
                )
        value = self.initial_system_message
        if value is not None:
            path = prefix + "initial_system_message"
            if isinstance(value, ChatMessage):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ChatMessage, got {type(value).__name__}"
                )
        value = self.initial_templated_system_message
        if value is not None:
            path = prefix + "initial_templated_system_message"
            if isinstance(value, TemplatedMessageConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TemplatedMessageConfig, got {type(value).__name__}"
                )
        value = self.related_contact_id
        if value is not None:
            path = prefix + "related_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.supported_messaging_content_types
        if value is not None:
            path = prefix + "supported_messaging_content_types"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=100)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["SourceEndpoint"] = self.source_endpoint.to_dict()
        result["DestinationEndpoint"] = self.destination_endpoint.to_dict()
        result["InstanceId"] = self.instance_id
        result["SegmentAttributes"] = {
            k1: v1.to_dict() for k1, v1 in self.segment_attributes.items()
        }
        result["ContactFlowId"] = self.contact_flow_id
        if self.attributes is not None:
            result["Attributes"] = dict(self.attributes)
        if self.chat_duration_in_minutes is not None:
            result["ChatDurationInMinutes"] = self.chat_duration_in_minutes
        if self.participant_details is not None:
            result["ParticipantDetails"] = self.participant_details.to_dict()
        if self.initial_system_message is not None:
            result["InitialSystemMessage"] = self.initial_system_message.to_dict()
        if self.initial_templated_system_message is not None:
            result["InitialTemplatedSystemMessage"] = (
                self.initial_templated_system_message.to_dict()
            )
        if self.related_contact_id is not None:
            result["RelatedContactId"] = self.related_contact_id
        if self.supported_messaging_content_types is not None:
            result["SupportedMessagingContentTypes"] = list(
                self.supported_messaging_content_types
            )
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartOutboundChatContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartOutboundChatContact")
        return cls(
            source_endpoint=Endpoint.from_dict(
                _rt.required(data, "SourceEndpoint", path),
                path=path + "SourceEndpoint" + ".",
            ),
            destination_endpoint=Endpoint.from_dict(
                _rt.required(data, "DestinationEndpoint", path),
                path=path + "DestinationEndpoint" + ".",
            ),
            instance_id=_rt.required(data, "InstanceId", path),
            segment_attributes={
                k1: SegmentAttributeValue.from_dict(
                    v1, path=path + "SegmentAttributes" + f"[{k1!r}]" + "."
                )
                for k1, v1 in _rt.expect_mapping(
                    _rt.required(data, "SegmentAttributes", path),
                    path + "SegmentAttributes",
                ).items()
            },
            contact_flow_id=_rt.required(data, "ContactFlowId", path),
            attributes=(
                None
                if (value := data.get("Attributes")) is None
                else dict(_rt.expect_mapping(value, path + "Attributes"))
            ),
            chat_duration_in_minutes=data.get("ChatDurationInMinutes"),
            participant_details=(
                None
                if (value := data.get("ParticipantDetails")) is None
                else ParticipantDetails.from_dict(
                    value, path=path + "ParticipantDetails" + "."
                )
            ),
            initial_system_message=(
                None
                if (value := data.get("InitialSystemMessage")) is None
                else ChatMessage.from_dict(
                    value, path=path + "InitialSystemMessage" + "."
                )
            ),
            initial_templated_system_message=(
                None
                if (value := data.get("InitialTemplatedSystemMessage")) is None
                else TemplatedMessageConfig.from_dict(
                    value, path=path + "InitialTemplatedSystemMessage" + "."
                )
            ),
            related_contact_id=data.get("RelatedContactId"),
            supported_messaging_content_types=(
                None
                if (value := data.get("SupportedMessagingContentTypes")) is None
                else list(
                    _rt.expect_sequence(value, path + "SupportedMessagingContentTypes")
                )
            ),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartOutboundChatContactResponse:
    """The response of StartOutboundChatContact.

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
    ) -> StartOutboundChatContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartOutboundChatContactResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            contact_id=data.get("ContactId"),
        )


class _StartOutboundChatContactResponseDraft:
    """A :class:`StartOutboundChatContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contact_id")
    http_status: int
    contact_id: str | None


def new_start_outbound_chat_contact(
    source_endpoint: Endpoint,
    destination_endpoint: Endpoint,
    instance_id: str,
    segment_attributes: dict[str, SegmentAttributeValue],
    contact_flow_id: str,
) -> StartOutboundChatContact:
    """Create a :class:`StartOutboundChatContact` with all optional fields omitted."""
    return StartOutboundChatContact(
        source_endpoint=source_endpoint,
        destination_endpoint=destination_endpoint,
        instance_id=instance_id,
        segment_attributes=segment_attributes,
        contact_flow_id=contact_flow_id,
    )


start_outbound_chat_contact_source_endpoint = _rt.Lens[
    StartOutboundChatContact, Endpoint
](
    lambda s: s.source_endpoint,
    lambda s, v: _dc.replace(s, source_endpoint=v),
    "start_outbound_chat_contact_source_endpoint",
)
"""Lens on :attr:`StartOutboundChatContact.source_endpoint`."""


start_outbound_chat_contact_destination_endpoint = _rt.Lens[
    StartOutboundChatContact, Endpoint
](
    lambda s: s.destination_endpoint,
    lambda s, v: _dc.replace(s, destination_endpoint=v),
    "start_outbound_chat_contact_destination_endpoint",
)
"""Lens on :attr:`StartOutboundChatContact.destination_endpoint`."""


start_outbound_chat_contact_instance_id = _rt.Lens[StartOutboundChatContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "start_outbound_chat_contact_instance_id",
)
"""Lens on :attr:`StartOutboundChatContact.instance_id`."""


start_outbound_chat_contact_segment_attributes = _rt.Lens[
    StartOutboundChatContact, dict[str, SegmentAttributeValue]
](
    lambda s: s.segment_attributes,
    lambda s, v: _dc.replace(s, segment_attributes=v),
    "start_outbound_chat_contact_segment_attributes",
)
"""Lens on :attr:`StartOutboundChatContact.segment_attributes`."""


start_outbound_chat_contact_contact_flow_id = _rt.Lens[StartOutboundChatContact, str](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "start_outbound_chat_contact_contact_flow_id",
)
"""Lens on :attr:`StartOutboundChatContact.contact_flow_id`."""


start_outbound_chat_contact_attributes = _rt.Lens[
    StartOutboundChatContact, dict[str, str] | None
](
    lambda s: s.attributes,
    lambda s, v: _dc.replace(s, attributes=v),
    "start_outbound_chat_contact_attributes",
)
"""Lens on :attr:`StartOutboundChatContact.attributes`."""


start_outbound_chat_contact_chat_duration_in_minutes = _rt.Lens[
    StartOutboundChatContact, int | None
](
    lambda s: s.chat_duration_in_minutes,
    lambda s, v: _dc.replace(s, chat_duration_in_minutes=v),
    "start_outbound_chat_contact_chat_duration_in_minutes",
)
"""Lens on :attr:`StartOutboundChatContact.chat_duration_in_minutes`."""


start_outbound_chat_contact_participant_details = _rt.Lens[
    StartOutboundChatContact, ParticipantDetails | None
](
    lambda s: s.participant_details,
    lambda s, v: _dc.replace(s, participant_details=v),
    "start_outbound_chat_contact_participant_details",
)
"""Lens on :attr:`StartOutboundChatContact.participant_details`."""


start_outbound_chat_contact_initial_system_message = _rt.Lens[
    StartOutboundChatContact, ChatMessage | None
](
    lambda s: s.initial_system_message,
    lambda s, v: _dc.replace(s, initial_system_message=v),
    "start_outbound_chat_contact_initial_system_message",
)
"""Lens on :attr:`StartOutboundChatContact.initial_system_message`."""


start_outbound_chat_contact_initial_templated_system_message = _rt.Lens[
    StartOutboundChatContact, TemplatedMessageConfig | None
](
    lambda s: s.initial_templated_system_message,
    lambda s, v: _dc.replace(s, initial_templated_system_message=v),
    "start_outbound_chat_contact_initial_templated_system_message",
)
"""Lens on :attr:`StartOutboundChatContact.initial_templated_system_message`."""


start_outbound_chat_contact_related_contact_id = _rt.Lens[
    StartOutboundChatContact, str | None
](
    lambda s: s.related_contact_id,
    lambda s, v: _dc.replace(s, related_contact_id=v),
    "start_outbound_chat_contact_related_contact_id",
)
"""Lens on :attr:`StartOutboundChatContact.related_contact_id`."""


start_outbound_chat_contact_supported_messaging_content_types = _rt.Lens[
    StartOutboundChatContact, list[str] | None
](
    lambda s: s.supported_messaging_content_types,
    lambda s, v: _dc.replace(s, supported_messaging_content_types=v),
    "start_outbound_chat_contact_supported_messaging_content_types",
)
"""Lens on :attr:`StartOutboundChatContact.supported_messaging_content_types`."""


start_outbound_chat_contact_client_token = _rt.Lens[
    StartOutboundChatContact, str | None
](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "start_outbound_chat_contact_client_token",
)
"""Lens on :attr:`StartOutboundChatContact.client_token`."""


def new_start_outbound_chat_contact_response(
    http_status: int,
) -> StartOutboundChatContactResponse:
    """Create a :class:`StartOutboundChatContactResponse` with all optional fields omitted."""
    return StartOutboundChatContactResponse(
        http_status=http_status,
    )


start_outbound_chat_contact_response_http_status = _rt.Lens[
    StartOutboundChatContactResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "start_outbound_chat_contact_response_http_status",
)
"""Lens on :attr:`StartOutboundChatContactResponse.http_status`."""


start_outbound_chat_contact_response_contact_id = _rt.Lens[
    StartOutboundChatContactResponse, str | None
](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "start_outbound_chat_contact_response_contact_id",
)
"""Lens on :attr:`StartOutboundChatContactResponse.contact_id`."""


def _serialize(
    request: StartOutboundChatContact, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    path = "/contact/outbound-chat"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["SourceEndpoint"] = request.source_endpoint._to_json()
    data["DestinationEndpoint"] = request.destination_endpoint._to_json()
    data["InstanceId"] = request.instance_id
    data["SegmentAttributes"] = {
        k1: v1._to_json() for k1, v1 in request.segment_attributes.items()
    }
    data["ContactFlowId"] = request.contact_flow_id
    if request.attributes is not None:
        data["Attributes"] = request.attributes
    if request.chat_duration_in_minutes is not None:
        data["ChatDurationInMinutes"] = request.chat_duration_in_minutes
    if request.participant_details is not None:
        data["ParticipantDetails"] = request.participant_details._to_json()
    if request.initial_system_message is not None:
        data["InitialSystemMessage"] = request.initial_system_message._to_json()
    if request.initial_templated_system_message is not None:
        data["InitialTemplatedSystemMessage"] = (
            request.initial_templated_system_message._to_json()
        )
    if request.related_contact_id is not None:
        data["RelatedContactId"] = request.related_contact_id
    if request.supported_messaging_content_types is not None:
        data["SupportedMessagingContentTypes"] = (
            request.supported_messaging_content_types
        )
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
) -> StartOutboundChatContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _StartOutboundChatContactResponseDraft()
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
    return _rt.seal(draft, StartOutboundChatContactResponse)


OPERATION: _rt.Operation[StartOutboundChatContact, StartOutboundChatContactResponse] = (
    _rt.Operation(
        "StartOutboundChatContact",
        StartOutboundChatContact,
        StartOutboundChatContactResponse,
        (
            _errors.InvalidRequestException,
            _errors.ConflictException,
            _errors.InternalServiceException,
            _errors.ResourceNotFoundException,
            _errors.LimitExceededException,
            _errors.ThrottlingException,
            _errors.AccessDeniedException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The StartOutboundChatContact operation: its types, errors and wire codec."""
