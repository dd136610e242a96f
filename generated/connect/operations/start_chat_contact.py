"""Initiates a flow to start a new chat for the customer."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.chat_message import ChatMessage
from ..shapes.participant_configuration import ParticipantConfiguration
from ..shapes.participant_details import ParticipantDetails
from ..shapes.persistent_chat import PersistentChat
from ..shapes.segment_attribute_value import SegmentAttributeValue

_DISCONNECT_ON_CUSTOMER_EXIT_PARTICIPANT_TYPE_VALUES = frozenset(("AGENT",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartChatContact:
    """Initiates a flow to start a new chat for the customer. Response of this
    API provides a token required to obtain credentials from the
    `CreateParticipantConnection
    <https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_CreateParticipantConnection.html>`__
    API in the Connect Customer Participant Service.

    When a new chat contact is successfully created, clients must subscribe
    to the participant’s connection for the created chat within 5 minutes.
    This is achieved by invoking `CreateParticipantConnection
    <https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_CreateParticipantConnection.html>`__
    with WEBSOCKET and CONNECTION_CREDENTIALS.

    A 429 error occurs in the following situations:

    - API rate limit is exceeded. API TPS throttling returns a
      ``TooManyRequests`` exception.
    - The `quota for concurrent active chats
      <https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html>`__
      is exceeded. Active chat throttling returns a
      ``LimitExceededException``.

    If you use the ``ChatDurationInMinutes`` parameter and receive a 400
    error, your account may not support the ability to configure custom chat
    durations. For more information, contact Amazon Web Services Support.

    For more information about chat, see the following topics in the
    *Connect Customer Administrator Guide*:

    - `Concepts: Web and mobile messaging capabilities in Connect Customer
      <https://docs.aws.amazon.com/connect/latest/adminguide/web-and-mobile-chat.html>`__
    - `Connect Customer Chat security best practices
      <https://docs.aws.amazon.com/connect/latest/adminguide/security-best-practices.html#bp-security-chat>`__

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_id``: The identifier of the flow for initiating the chat.
    - ``participant_details``: Information identifying the participant.
    - ``attributes``: A custom key-value pair using an attribute map.
    - ``participant_configuration``: The configuration of the participant.
    - ``initial_message``: The initial message to be sent to the newly created chat.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    - ``chat_duration_in_minutes``: The total duration of the newly started chat session.
    - ``supported_messaging_content_types``: The supported chat message content types.
    - ``persistent_chat``: Enable persistent chats.
    - ``related_contact_id``: The unique identifier for an Connect Customer contact.
    - ``segment_attributes``: A set of system defined key-value pairs stored on individual contact segments using an attribute map.
    - ``customer_id``: The customer's identification number.
    - ``disconnect_on_customer_exit``: A list of participant types to automatically disconnect when the end customer ends the chat session, allowing them to continue through disconnect flows such as surveys or feedback forms.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_flow_id: str
    """The identifier of the flow for initiating the chat. To see the
    ContactFlowId in the Connect Customer admin website, on the navigation
    menu go to **Routing**, **Flows**. Choose the flow. On the flow page,
    under the name of the flow, choose **Show additional flow information**.
    The ContactFlowId is the last part of the ARN, shown here in bold:

    arn:aws:connect:us-west-2:xxxxxxxxxxxx:instance/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/contact-flow/**846ec553-a005-41c0-8341-xxxxxxxxxxxx**
    """

    participant_details: ParticipantDetails
    """Information identifying the participant."""

    attributes: dict[str, str] | None = None
    """A custom key-value pair using an attribute map. The attributes are
    standard Connect Customer attributes. They can be accessed in flows just
    like any other contact attributes.

    There can be up to 32,768 UTF-8 bytes across all key-value pairs per
    contact. Attribute keys can include only alphanumeric, dash, and
    underscore characters.
    """

    participant_configuration: ParticipantConfiguration | None = None
    """The configuration of the participant."""

    initial_message: ChatMessage | None = None
    """The initial message to be sent to the newly created chat."""

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
    """

    chat_duration_in_minutes: int | None = None
    """The total duration of the newly started chat session. If not specified,
    the chat session duration defaults to 25 hour. The minimum configurable
    time is 60 minutes. The maximum configurable time is 10,080 minutes (7
    days).
    """

    supported_messaging_content_types: list[str] | None = None
    """The supported chat message content types. Supported types are
    ``text/plain``, ``text/markdown``, ``application/json``,
    ``application/vnd.amazonaws.connect.message.interactive``, and
    ``application/vnd.amazonaws.connect.message.interactive.response``.

    Content types must always contain ``text/plain``. You can then put any
    other supported type in the list. For example, all the following lists
    are valid because they contain ``text/plain``:
    ``[text/plain, text/markdown, application/json]``,
    ``[text/markdown, text/plain]``,
    ``[text/plain, application/json, application/vnd.amazonaws.connect.message.interactive.response]``.

    .. note::

       The type ``application/vnd.amazonaws.connect.message.interactive`` is
       required to use the `Show view
       <https://docs.aws.amazon.com/connect/latest/adminguide/show-view-block.html>`__
       flow block.
    """

    persistent_chat: PersistentChat | None = None
    """Enable persistent chats. For more information about enabling persistent
    chat, and for example use cases and how to configure for them, see
    `Enable persistent chat
    <https://docs.aws.amazon.com/connect/latest/adminguide/chat-persistence.html>`__.
    """

    related_contact_id: str | None = None
    """The unique identifier for an Connect Customer contact. This identifier
    is related to the chat starting.

    .. note::

       You cannot provide data for both RelatedContactId and PersistentChat.
    """

    segment_attributes: dict[str, SegmentAttributeValue] | None = None
    """A set of system defined key-value pairs stored on individual contact
    segments using an attribute map. The attributes are standard Connect
    Customer attributes. They can be accessed in flows.

    Attribute keys can include only alphanumeric, -, and _.

    This field can be used to show channel subtype, such as
    ``connect:Guide``.

    .. note::

       The types ``application/vnd.amazonaws.connect.message.interactive``
       and
       ``application/vnd.amazonaws.connect.message.interactive.response``
       must be present in the SupportedMessagingContentTypes field of this
       API in order to set ``SegmentAttributes`` as {
       ``"connect:Subtype": {"valueString" : "connect:Guide" }}``.
    """

    customer_id: str | None = None
    """The customer's identification number. For example, the ``CustomerId``
    may be a customer number from your CRM.
    """

    disconnect_on_customer_exit: list[str] | None = None
    """A list of participant types to automatically disconnect when the end
    customer ends the chat session, allowing them to continue through
    disconnect flows such as surveys or feedback forms.
    """

    def __repr__(self) -> str:
        fields = [
            f"instance_id={self.instance_id!r}",
            f"contact_flow_id={self.contact_flow_id!r}",
            f"participant_details={self.participant_details!r}",
            f"attributes={self.attributes!r}",
            f"participant_configuration={self.participant_configuration!r}",
            f"initial_message={self.initial_message!r}",
            f"client_token={self.client_token!r}",
            f"chat_duration_in_minutes={self.chat_duration_in_minutes!r}",
            f"supported_messaging_content_types={self.supported_messaging_content_types!r}",
            f"persistent_chat={self.persistent_chat!r}",
            f"related_contact_id={self.related_contact_id!r}",
            f"segment_attributes={self.segment_attributes!r}",
            "customer_id=<sensitive>",
            f"disconnect_on_customer_exit={self.disconnect_on_customer_exit!r}",
        ]
        return f"StartChatContact({', '.join(fields)})"

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
        value = self.contact_flow_id
        if value is None:
            errors.append(prefix + "contact_flow_id: required but missing")
        else:
            path = prefix + "contact_flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.participant_details
        if value is None:
            errors.append(prefix + "participant_details: required but missing")
        else:
            path = prefix + "participant_details"
            if isinstance(value, ParticipantDetails):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ParticipantDetails, got {type(value).__name__}"
                )
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
        value = self.participant_configuration
        if value is not None:
            path = prefix + "participant_configuration"
            if isinstance(value, ParticipantConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ParticipantConfiguration, got {type(value).__name__}"
                )
        value = self.initial_message
        if value is not None:
            path = prefix + "initial_message"
            if isinstance(value, ChatMessage):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ChatMessage, got {type(value).__name__}"
                )
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.chat_duration_in_minutes
        if value is not None:
            path = prefix + "chat_duration_in_minutes"
            _rt.check_number(errors, path, value, True, minimum=60, maximum=10080)
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
        value = self.persistent_chat
        if value is not None:
            path = prefix + "persistent_chat"
            if isinstance(value, PersistentChat):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected PersistentChat, got {type(value).__name__}"
                )
        value = self.related_contact_id
        if value is not None:
            path = prefix + "related_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
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
        value = self.customer_id
        if value is not None:
            path = prefix + "customer_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=128)
        value = self.disconnect_on_customer_exit
        if value is not None:
            path = prefix + "disconnect_on_customer_exit"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 1)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(
                            errors,
                            p1,
                            v1,
                            enum=_DISCONNECT_ON_CUSTOMER_EXIT_PARTICIPANT_TYPE_VALUES,
                        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactFlowId"] = self.contact_flow_id
        result["ParticipantDetails"] = self.participant_details.to_dict()
        if self.attributes is not None:
            result["Attributes"] = dict(self.attributes)
        if self.participant_configuration is not None:
            result["ParticipantConfiguration"] = (
                self.participant_configuration.to_dict()
            )
        if self.initial_message is not None:
            result["InitialMessage"] = self.initial_message.to_dict()
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        if self.chat_duration_in_minutes is not None:
            result["ChatDurationInMinutes"] = self.chat_duration_in_minutes
        if self.supported_messaging_content_types is not None:
            result["SupportedMessagingContentTypes"] = list(
                self.supported_messaging_content_types
            )
        if self.persistent_chat is not None:
            result["PersistentChat"] = self.persistent_chat.to_dict()
        if self.related_contact_id is not None:
            result["RelatedContactId"] = self.related_contact_id
        if self.segment_attributes is not None:
            result["SegmentAttributes"] = {
                k1: v1.to_dict() for k1, v1 in self.segment_attributes.items()
            }
        if self.customer_id is not None:
            result["CustomerId"] = self.customer_id
        if self.disconnect_on_customer_exit is not None:
            result["DisconnectOnCustomerExit"] = list(self.disconnect_on_customer_exit)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartChatContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartChatContact")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_id=_rt.required(data, "ContactFlowId", path),
            participant_details=ParticipantDetails.from_dict(
                _rt.required(data, "ParticipantDetails", path),
                path=path + "ParticipantDetails" + ".",
            ),
            attributes=(
                None
                if (value := data.get("Attributes")) is None
                else dict(_rt.expect_mapping(value, path + "Attributes"))
            ),
            participant_configuration=(
                None
                if (value := data.get("ParticipantConfiguration")) is None
                else ParticipantConfiguration.from_dict(
                    value, path=path + "ParticipantConfiguration" + "."
                )
            ),
            initial_message=(
                None
                if (value := data.get("InitialMessage")) is None
                else ChatMessage.from_dict(value, path=path + "InitialMessage" + ".")
            ),
            client_token=data.get("ClientToken"),
            chat_duration_in_minutes=data.get("ChatDurationInMinutes"),
            supported_messaging_content_types=(
                None
                if (value := data.get("SupportedMessagingContentTypes")) is None
                else list(
                    _rt.expect_sequence(value, path + "SupportedMessagingContentTypes")
                )
            ),
            persistent_chat=(
                None
                if (value := data.get("PersistentChat")) is None
                else PersistentChat.from_dict(value, path=path + "PersistentChat" + ".")
            ),
            related_contact_id=data.get("RelatedContactId"),
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
            customer_id=data.get("CustomerId"),
            disconnect_on_customer_exit=(
                None
                if (value := data.get("DisconnectOnCustomerExit")) is None
                else list(_rt.expect_sequence(value, path + "DisconnectOnCustomerExit"))
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartChatContactResponse:
    """The response of StartChatContact.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_id``: The identifier of this contact within the Connect Customer instance.
    - ``participant_id``: The identifier for a chat participant.
    - ``participant_token``: The token used by the chat participant to call `CreateParticipantConnection <https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_CreateParticipantConnection.html>`__.
    - ``continued_from_contact_id``: The contactId from which a persistent chat session is started.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_id: str | None = None
    """The identifier of this contact within the Connect Customer instance."""

    participant_id: str | None = None
    """The identifier for a chat participant. The participantId for a chat
    participant is the same throughout the chat lifecycle.
    """

    participant_token: str | None = None
    """The token used by the chat participant to call
    `CreateParticipantConnection
    <https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_CreateParticipantConnection.html>`__.
    The participant token is valid for the lifetime of a chat participant.
    """

    continued_from_contact_id: str | None = None
    """The contactId from which a persistent chat session is started. This
    field is populated only for persistent chats.
    """

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
        value = self.participant_id
        if value is not None:
            path = prefix + "participant_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.participant_token
        if value is not None:
            path = prefix + "participant_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=1000)
        value = self.continued_from_contact_id
        if value is not None:
            path = prefix + "continued_from_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contact_id is not None:
            result["ContactId"] = self.contact_id
        if self.participant_id is not None:
            result["ParticipantId"] = self.participant_id
        if self.participant_token is not None:
            result["ParticipantToken"] = self.participant_token
        if self.continued_from_contact_id is not None:
            result["ContinuedFromContactId"] = self.continued_from_contact_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartChatContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartChatContactResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            contact_id=data.get("ContactId"),
            participant_id=data.get("ParticipantId"),
            participant_token=data.get("ParticipantToken"),
            continued_from_contact_id=data.get("ContinuedFromContactId"),
        )


class _StartChatContactResponseDraft:
    """A :class:`StartChatContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "contact_id",
        "participant_id",
        "participant_token",
        "continued_from_contact_id",
    )
    http_status: int
    contact_id: str | None
    participant_id: str | None
    participant_token: str | None
    continued_from_contact_id: str | None


def new_start_chat_contact(
    instance_id: str,
    contact_flow_id: str,
    participant_details: ParticipantDetails,
) -> StartChatContact:
    """Create a :class:`StartChatContact` with all optional fields omitted."""
    return StartChatContact(
        instance_id=instance_id,
        contact_flow_id=contact_flow_id,
        participant_details=participant_details,
    )


start_chat_contact_instance_id = _rt.Lens[StartChatContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "start_chat_contact_instance_id",
)
"""Lens on :attr:`StartChatContact.instance_id`."""


start_chat_contact_contact_flow_id = _rt.Lens[StartChatContact, str](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "start_chat_contact_contact_flow_id",
)
"""Lens on :attr:`StartChatContact.contact_flow_id`."""


start_chat_contact_participant_details = _rt.Lens[StartChatContact, ParticipantDetails](
    lambda s: s.participant_details,
    lambda s, v: _dc.replace(s, participant_details=v),
    "start_chat_contact_participant_details",
)
"""Lens on :attr:`StartChatContact.participant_details`."""


start_chat_contact_attributes = _rt.Lens[StartChatContact, dict[str, str] | None](
    lambda s: s.attributes,
    lambda s, v: _dc.replace(s, attributes=v),
    "start_chat_contact_attributes",
)
"""Lens on :attr:`StartChatContact.attributes`."""


start_chat_contact_participant_configuration = _rt.Lens[
    StartChatContact, ParticipantConfiguration | None
](
    lambda s: s.participant_configuration,
    lambda s, v: _dc.replace(s, participant_configuration=v),
    "start_chat_contact_participant_configuration",
)
"""Lens on :attr:`StartChatContact.participant_configuration`."""


start_chat_contact_initial_message = _rt.Lens[StartChatContact, ChatMessage | None](
    lambda s: s.initial_message,
    lambda s, v: _dc.replace(s, initial_message=v),
    "start_chat_contact_initial_message",
)
"""Lens on :attr:`StartChatContact.initial_message`."""


start_chat_contact_client_token = _rt.Lens[StartChatContact, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "start_chat_contact_client_token",
)
"""Lens on :attr:`StartChatContact.client_token`."""


start_chat_contact_chat_duration_in_minutes = _rt.Lens[StartChatContact, int | None](
    lambda s: s.chat_duration_in_minutes,
    lambda s, v: _dc.replace(s, chat_duration_in_minutes=v),
    "start_chat_contact_chat_duration_in_minutes",
)
"""Lens on :attr:`StartChatContact.chat_duration_in_minutes`."""


start_chat_contact_supported_messaging_content_types = _rt.Lens[
    StartChatContact, list[str] | None
](
    lambda s: s.supported_messaging_content_types,
    lambda s, v: _dc.replace(s, supported_messaging_content_types=v),
    "start_chat_contact_supported_messaging_content_types",
)
"""Lens on :attr:`StartChatContact.supported_messaging_content_types`."""


start_chat_contact_persistent_chat = _rt.Lens[StartChatContact, PersistentChat | None](
    lambda s: s.persistent_chat,
    lambda s, v: _dc.replace(s, persistent_chat=v),
    "start_chat_contact_persistent_chat",
)
"""Lens on :attr:`StartChatContact.persistent_chat`."""


start_chat_contact_related_contact_id = _rt.Lens[StartChatContact, str | None](
    lambda s: s.related_contact_id,
    lambda s, v: _dc.replace(s, related_contact_id=v),
    "start_chat_contact_related_contact_id",
)
"""Lens on :attr:`StartChatContact.related_contact_id`."""


start_chat_contact_segment_attributes = _rt.Lens[
    StartChatContact, dict[str, SegmentAttributeValue] | None
](
    lambda s: s.segment_attributes,
    lambda s, v: _dc.replace(s, segment_attributes=v),
    "start_chat_contact_segment_attributes",
)
"""Lens on :attr:`StartChatContact.segment_attributes`."""


start_chat_contact_customer_id = _rt.Lens[StartChatContact, str | None](
    lambda s: s.customer_id,
    lambda s, v: _dc.replace(s, customer_id=v),
    "start_chat_contact_customer_id",
)
"""Lens on :attr:`StartChatContact.customer_id`."""


start_chat_contact_disconnect_on_customer_exit = _rt.Lens[
    StartChatContact, list[str] | None
](
    lambda s: s.disconnect_on_customer_exit,
    lambda s, v: _dc.replace(s, disconnect_on_customer_exit=v),
    "start_chat_contact_disconnect_on_customer_exit",
)
"""Lens on :attr:`StartChatContact.disconnect_on_customer_exit`."""


def new_start_chat_contact_response(
    http_status: int,
) -> StartChatContactResponse:
    """Create a :class:`StartChatContactResponse` with all optional fields omitted."""
    return StartChatContactResponse(
        http_status=http_status,
    )


start_chat_contact_response_http_status = _rt.Lens[StartChatContactResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "start_chat_contact_response_http_status",
)
"""Lens on :attr:`StartChatContactResponse.http_status`."""


start_chat_contact_response_contact_id = _rt.Lens[StartChatContactResponse, str | None](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "start_chat_contact_response_contact_id",
)
"""Lens on :attr:`StartChatContactResponse.contact_id`."""


start_chat_contact_response_participant_id = _rt.Lens[
    StartChatContactResponse, str | None
](
    lambda s: s.participant_id,
    lambda s, v: _dc.replace(s, participant_id=v),
    "start_chat_contact_response_participant_id",
)
"""Lens on :attr:`StartChatContactResponse.participant_id`."""


start_chat_contact_response_participant_token = _rt.Lens[
    StartChatContactResponse, str | None
](
    lambda s: s.participant_token,
    lambda s, v: _dc.replace(s, participant_token=v),
    "start_chat_contact_response_participant_token",
)
"""Lens on :attr:`StartChatContactResponse.participant_token`."""


start_chat_contact_response_continued_from_contact_id = _rt.Lens[
    StartChatContactResponse, str | None
](
    lambda s: s.continued_from_contact_id,
    lambda s, v: _dc.replace(s, continued_from_contact_id=v),
    "start_chat_contact_response_continued_from_contact_id",
)
"""Lens on :attr:`StartChatContactResponse.continued_from_contact_id`."""


def _serialize(request: StartChatContact, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    path = "/contact/chat"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["ContactFlowId"] = request.contact_flow_id
    data["ParticipantDetails"] = request.participant_details._to_json()
    if request.attributes is not None:
        data["Attributes"] = request.attributes
    if request.participant_configuration is not None:
        data["ParticipantConfiguration"] = request.participant_configuration._to_json()
    if request.initial_message is not None:
        data["InitialMessage"] = request.initial_message._to_json()
    data["ClientToken"] = idempotency_client_token
    if request.chat_duration_in_minutes is not None:
        data["ChatDurationInMinutes"] = request.chat_duration_in_minutes
    if request.supported_messaging_content_types is not None:
        data["SupportedMessagingContentTypes"] = (
            request.supported_messaging_content_types
        )
    if request.persistent_chat is not None:
        data["PersistentChat"] = request.persistent_chat._to_json()
    if request.related_contact_id is not None:
        data["RelatedContactId"] = request.related_contact_id
    if request.segment_attributes is not None:
        data["SegmentAttributes"] = {
            k1: v1._to_json() for k1, v1 in request.segment_attributes.items()
        }
    if request.customer_id is not None:
        data["CustomerId"] = request.customer_id
    if request.disconnect_on_customer_exit is not None:
        data["DisconnectOnCustomerExit"] = request.disconnect_on_customer_exit
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
) -> StartChatContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _StartChatContactResponseDraft()
    draft.http_status = status
    try:
        draft.contact_id = (
            None
            if (value := data.get("ContactId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "ContactId"))
        )
        draft.participant_id = (
            None
            if (value := data.get("ParticipantId")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "ParticipantId")
            )
        )
        draft.participant_token = (
            None
            if (value := data.get("ParticipantToken")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "ParticipantToken")
            )
        )
        draft.continued_from_contact_id = (
            None
            if (value := data.get("ContinuedFromContactId")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "ContinuedFromContactId")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, StartChatContactResponse)


OPERATION: _rt.Operation[StartChatContact, StartChatContactResponse] = _rt.Operation(
    "StartChatContact",
    StartChatContact,
    StartChatContactResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.LimitExceededException,
    ),
    _serialize,
    _deserialize,
)
"""The StartChatContact operation: its types, errors and wire codec."""
