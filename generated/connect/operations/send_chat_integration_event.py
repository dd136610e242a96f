"""Processes chat integration events from Amazon Web Services or external integrations to Connect Customer."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.chat_event import ChatEvent
from ..shapes.new_session_details import NewSessionDetails


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SendChatIntegrationEvent:
    """Processes chat integration events from Amazon Web Services or external
    integrations to Connect Customer. A chat integration event includes:

    - SourceId, DestinationId, and Subtype: a set of identifiers, uniquely
      representing a chat
    - ChatEvent: details of the chat action to perform such as sending a
      message, event, or disconnecting from a chat

    When a chat integration event is sent with chat identifiers that do not
    map to an active chat contact, a new chat contact is also created before
    handling chat action.

    Access to this API is currently restricted to Amazon Web Services End
    User Messaging for supporting SMS integration.

    Fields:

    - ``source_id``: External identifier of chat customer participant, used in part to uniquely identify a chat.
    - ``destination_id``: Chat system identifier, used in part to uniquely identify chat.
    - ``event``: Chat integration event payload
    - ``subtype``: Classification of a channel.
    - ``new_session_details``: Contact properties to apply when starting a new chat.
    """

    source_id: str
    """External identifier of chat customer participant, used in part to
    uniquely identify a chat. For SMS, this is the E164 phone number of the
    chat customer participant.
    """

    destination_id: str
    """Chat system identifier, used in part to uniquely identify chat. This is
    associated with the Connect Customer instance and flow to be used to
    start chats. For Server Migration Service, this is the phone number
    destination of inbound Server Migration Service messages represented by
    an Amazon Web Services End User Messaging phone number ARN.
    """

    event: ChatEvent
    """Chat integration event payload"""

    subtype: str | None = None
    """Classification of a channel. This is used in part to uniquely identify
    chat.

    Valid value: ``["connect:sms", connect:"WhatsApp"]``
    """

    new_session_details: NewSessionDetails | None = None
    """Contact properties to apply when starting a new chat. If the integration
    event is handled with an existing chat, this is ignored.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.source_id
        if value is None:
            errors.append(prefix + "source_id: required but missing")
        else:
            path = prefix + "source_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=255)
        value = self.destination_id
        if value is None:
            errors.append(prefix + "destination_id: required but missing")
        else:
            path = prefix + "destination_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=255)
        value = self.event
        if value is None:
            errors.append(prefix + "event: required but missing")
        else:
            path = prefix + "event"
            if isinstance(value, ChatEvent):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected ChatEvent, got {type(value).__name__}")
        value = self.subtype
        if value is not None:
            path = prefix + "subtype"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.new_session_details
        if value is not None:
            path = prefix + "new_session_details"
            if isinstance(value, NewSessionDetails):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected NewSessionDetails, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["SourceId"] = self.source_id
        result["DestinationId"] = self.destination_id
        result["Event"] = self.event.to_dict()
        if self.subtype is not None:
            result["Subtype"] = self.subtype
        if self.new_session_details is not None:
            result["NewSessionDetails"] = self.new_session_details.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SendChatIntegrationEvent:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SendChatIntegrationEvent")
        return cls(
            source_id=_rt.required(data, "SourceId", path),
            destination_id=_rt.required(data, "DestinationId", path),
            event=ChatEvent.from_dict(
                _rt.required(data, "Event", path), path=path + "Event" + "."
            ),
            subtype=data.get("Subtype"),
            new_session_details=(
                None
                if (value := data.get("NewSessionDetails")) is None
                else NewSessionDetails.from_dict(
                    value, path=path + "NewSessionDetails" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SendChatIntegrationEventResponse:
    """The response of SendChatIntegrationEvent.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``initial_contact_id``: Identifier of chat contact used to handle integration event.
    - ``new_chat_created``: Whether handling the integration event resulted in creating a new chat or acting on existing chat.
    """

    http_status: int
    """The HTTP status code of the response."""

    initial_contact_id: str | None = None
    """Identifier of chat contact used to handle integration event. This may be
    null if the integration event is not valid without an already existing
    chat contact.
    """

    new_chat_created: bool | None = None
    """Whether handling the integration event resulted in creating a new chat
    or acting on existing chat.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.initial_contact_id
        if value is not None:
            path = prefix + "initial_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.new_chat_created
        if value is not None:
            path = prefix + "new_chat_created"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.initial_contact_id is not None:
            result["InitialContactId"] = self.initial_contact_id
        if self.new_chat_created is not None:
            result["NewChatCreated"] = self.new_chat_created
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SendChatIntegrationEventResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SendChatIntegrationEventResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            initial_contact_id=data.get("InitialContactId"),
            new_chat_created=data.get("NewChatCreated"),
        )


class _SendChatIntegrationEventResponseDraft:
    """A :class:`SendChatIntegrationEventResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "initial_contact_id", "new_chat_created")
    http_status: int
    initial_contact_id: str | None
    new_chat_created: bool | None


def new_send_chat_integration_event(
    source_id: str,
    destination_id: str,
    event: ChatEvent,
) -> SendChatIntegrationEvent:
    """Create a :class:`SendChatIntegrationEvent` with all optional fields omitted."""
    return SendChatIntegrationEvent(
        source_id=source_id,
        destination_id=destination_id,
        event=event,
    )


send_chat_integration_event_source_id = _rt.Lens[SendChatIntegrationEvent, str](
    lambda s: s.source_id,
    lambda s, v: _dc.replace(s, source_id=v),
    "send_chat_integration_event_source_id",
)
"""Lens on :attr:`SendChatIntegrationEvent.source_id`."""


send_chat_integration_event_destination_id = _rt.Lens[SendChatIntegrationEvent, str](
    lambda s: s.destination_id,
    lambda s, v: _dc.replace(s, destination_id=v),
    "send_chat_integration_event_destination_id",
)
"""Lens on :attr:`SendChatIntegrationEvent.destination_id`."""


send_chat_integration_event_event = _rt.Lens[SendChatIntegrationEvent, ChatEvent](
    lambda s: s.event,
    lambda s, v: _dc.replace(s, event=v),
    "send_chat_integration_event_event",
)
"""Lens on :attr:`SendChatIntegrationEvent.event`."""


send_chat_integration_event_subtype = _rt.Lens[SendChatIntegrationEvent, str | None](
    lambda s: s.subtype,
    lambda s, v: _dc.replace(s, subtype=v),
    "send_chat_integration_event_subtype",
)
"""Lens on :attr:`SendChatIntegrationEvent.subtype`."""


send_chat_integration_event_new_session_details = _rt.Lens[
    SendChatIntegrationEvent, NewSessionDetails | None
](
    lambda s: s.new_session_details,
    lambda s, v: _dc.replace(s, new_session_details=v),
    "send_chat_integration_event_new_session_details",
)
"""Lens on :attr:`SendChatIntegrationEvent.new_session_details`."""


def new_send_chat_integration_event_response(
    http_status: int,
) -> SendChatIntegrationEventResponse:
    """Create a :class:`SendChatIntegrationEventResponse` with all optional fields omitted."""
    return SendChatIntegrationEventResponse(
        http_status=http_status,
    )


send_chat_integration_event_response_http_status = _rt.Lens[
    SendChatIntegrationEventResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "send_chat_integration_event_response_http_status",
)
"""Lens on :attr:`SendChatIntegrationEventResponse.http_status`."""


send_chat_integration_event_response_initial_contact_id = _rt.Lens[
    SendChatIntegrationEventResponse, str | None
](
    lambda s: s.initial_contact_id,
    lambda s, v: _dc.replace(s, initial_contact_id=v),
    "send_chat_integration_event_response_initial_contact_id",
)
"""Lens on :attr:`SendChatIntegrationEventResponse.initial_contact_id`."""


send_chat_integration_event_response_new_chat_created = _rt.Lens[
    SendChatIntegrationEventResponse, bool | None
](
    lambda s: s.new_chat_created,
    lambda s, v: _dc.replace(s, new_chat_created=v),
    "send_chat_integration_event_response_new_chat_created",
)
"""Lens on :attr:`SendChatIntegrationEventResponse.new_chat_created`."""


def _serialize(
    request: SendChatIntegrationEvent, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/chat-integration-event"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["SourceId"] = request.source_id
    data["DestinationId"] = request.destination_id
    data["Event"] = request.event._to_json()
    if request.subtype is not None:
        data["Subtype"] = request.subtype
    if request.new_session_details is not None:
        data["NewSessionDetails"] = request.new_session_details._to_json()
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="POST",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> SendChatIntegrationEventResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SendChatIntegrationEventResponseDraft()
    draft.http_status = status
    try:
        draft.initial_contact_id = (
            None
            if (value := data.get("InitialContactId")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "InitialContactId")
            )
        )
        draft.new_chat_created = (
            None
            if (value := data.get("NewChatCreated")) is None
            else (
                value
                if type(value) is bool
                else _rt.expect_bool(value, "NewChatCreated")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, SendChatIntegrationEventResponse)


OPERATION: _rt.Operation[SendChatIntegrationEvent, SendChatIntegrationEventResponse] = (
    _rt.Operation(
        "SendChatIntegrationEvent",
        SendChatIntegrationEvent,
        SendChatIntegrationEventResponse,
        (
            _errors.InvalidRequestException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.ThrottlingException,
            _errors.AccessDeniedException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The SendChatIntegrationEvent operation: its types, errors and wire codec."""
