"""Creates the participant's connection."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.connection_credentials import ConnectionCredentials
from ..shapes.web_rtc_connection import WebRTCConnection
from ..shapes.websocket import Websocket

_CONNECTION_TYPE_VALUES = frozenset(
    (
        "WEBSOCKET",
        "CONNECTION_CREDENTIALS",
        "WEBRTC_CONNECTION",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateParticipantConnection:
    """Creates the participant's connection.

    For security recommendations, see `Amazon Connect Chat security best
    practices
    <https://docs.aws.amazon.com/connect/latest/adminguide/security-best-practices.html#bp-security-chat>`__.

    For WebRTC security recommendations, see `Amazon Connect WebRTC security
    best practices
    <https://docs.aws.amazon.com/connect/latest/adminguide/security-best-practices.html#bp-webrtc-security>`__.

    .. note::

       ``ParticipantToken`` is used for invoking this API instead of
       ``ConnectionToken``.

    The participant token is valid for the lifetime of the participant –
    until they are part of a contact. For WebRTC participants, if they leave
    or are disconnected for 60 seconds, a new participant needs to be
    created using the `CreateParticipant
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateParticipant.html>`__
    API.

    **For** ``WEBSOCKET`` **Type**:

    The response URL for has a connect expiry timeout of 100s. Clients must
    manually connect to the returned websocket URL and subscribe to the
    desired topic.

    For chat, you need to publish the following on the established websocket
    connection:

    ``{"topic":"aws/subscribe","content":{"topics":["aws/chat"]}}``

    Upon websocket URL expiry, as specified in the response ConnectionExpiry
    parameter, clients need to call this API again to obtain a new websocket
    URL and perform the same steps as before.

    The expiry time for the connection token is different than the
    ``ChatDurationInMinutes``. Expiry time for the connection token is 1
    day.

    **For** ``WEBRTC_CONNECTION`` **Type**:

    The response includes connection data required for the client
    application to join the call using the Amazon Chime SDK client
    libraries. The WebRTCConnection response contains Meeting and Attendee
    information needed to establish the media connection.

    The attendee join token in WebRTCConnection response is valid for the
    lifetime of the participant in the call. If a participant leaves or is
    disconnected for 60 seconds, their participant credentials will no
    longer be valid, and a new participant will need to be created to rejoin
    the call.

    **Message streaming support**: This API can also be used together with
    the `StartContactStreaming
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_StartContactStreaming.html>`__
    API to create a participant connection for chat contacts that are not
    using a websocket. For more information about message streaming, `Enable
    real-time chat message streaming
    <https://docs.aws.amazon.com/connect/latest/adminguide/chat-message-streaming.html>`__
    in the *Amazon Connect Administrator Guide*.

    **Multi-user web, in-app, video calling support**:

    For WebRTC calls, this API is used in conjunction with the
    CreateParticipant API to enable multi-party calling. The
    StartWebRTCContact API creates the initial contact and routes it to an
    agent, while CreateParticipant adds additional participants to the
    ongoing call. For more information about multi-party WebRTC calls, see
    `Enable multi-user web, in-app, and video calling
    <https://docs.aws.amazon.com/connect/latest/adminguide/enable-multiuser-inapp.html>`__
    in the *Amazon Connect Administrator Guide*.

    **Feature specifications**: For information about feature
    specifications, such as the allowed number of open websocket connections
    per participant or maximum number of WebRTC participants, see `Feature
    specifications
    <https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html#feature-limits>`__
    in the *Amazon Connect Administrator Guide*.

    .. note::

       The Amazon Connect Participant Service APIs do not use `Signature
       Version 4 authentication
       <https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html>`__.

    Fields:

    - ``participant_token``: This is a header parameter.
    - ``type``: Type of connection information required.
    - ``connect_participant``: Amazon Connect Participant is used to mark the participant as connected for customer participant in message streaming, as well as for agent or manager participant in non-streaming chats.
    """

    participant_token: str
    """This is a header parameter.

    The ParticipantToken as obtained from `StartChatContact
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_StartChatContact.html>`__
    API response.
    """

    type: list[str] | None = None
    """Type of connection information required. If you need
    ``CONNECTION_CREDENTIALS`` along with marking participant as connected,
    pass ``CONNECTION_CREDENTIALS`` in ``Type``.
    """

    connect_participant: bool | None = None
    """Amazon Connect Participant is used to mark the participant as connected
    for customer participant in message streaming, as well as for agent or
    manager participant in non-streaming chats.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.participant_token
        if value is None:
            errors.append(prefix + "participant_token: required but missing")
        else:
            path = prefix + "participant_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=1000)
        value = self.type
        if value is not None:
            path = prefix + "type"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, None)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, enum=_CONNECTION_TYPE_VALUES)
        value = self.connect_participant
        if value is not None:
            path = prefix + "connect_participant"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ParticipantToken"] = self.participant_token
        if self.type is not None:
            result["Type"] = list(self.type)
        if self.connect_participant is not None:
            result["ConnectParticipant"] = self.connect_participant
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateParticipantConnection:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreateParticipantConnection")
        return cls(
            participant_token=_rt.required(data, "ParticipantToken", path),
            type=(
                None
                if (value := data.get("Type")) is None
                else list(_rt.expect_sequence(value, path + "Type"))
            ),
            connect_participant=data.get("ConnectParticipant"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateParticipantConnectionResponse:
    """The response of CreateParticipantConnection.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``websocket``: Creates the participant's websocket connection.
    - ``connection_credentials``: Creates the participant's connection credentials.
    - ``web_rtc_connection``: Creates the participant's WebRTC connection data required for the client application (mobile application or website) to connect to the call.
    """

    http_status: int
    """The HTTP status code of the response."""

    websocket: Websocket | None = None
    """Creates the participant's websocket connection."""

    connection_credentials: ConnectionCredentials | None = None
    """Creates the participant's connection credentials. The authentication
    token associated with the participant's connection.
    """

    web_rtc_connection: WebRTCConnection | None = None
    """Creates the participant's WebRTC connection data required for the client
    application (mobile application or website) to connect to the call.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.websocket
        if value is not None:
            path = prefix + "websocket"
            if isinstance(value, Websocket):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Websocket, got {type(value).__name__}")
        value = self.connection_credentials
        if value is not None:
            path = prefix + "connection_credentials"
            if isinstance(value, ConnectionCredentials):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ConnectionCredentials, got {type(value).__name__}"
                )
        value = self.web_rtc_connection
        if value is not None:
            path = prefix + "web_rtc_connection"
            if isinstance(value, WebRTCConnection):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected WebRTCConnection, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.websocket is not None:
            result["Websocket"] = self.websocket.to_dict()
        if self.connection_credentials is not None:
            result["ConnectionCredentials"] = self.connection_credentials.to_dict()
        if self.web_rtc_connection is not None:
            result["WebRTCConnection"] = self.web_rtc_connection.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateParticipantConnectionResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "CreateParticipantConnectionResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            websocket=(
                None
                if (value := data.get("Websocket")) is None
                else Websocket.from_dict(value, path=path + "Websocket" + ".")
            ),
            connection_credentials=(
                None
                if (value := data.get("ConnectionCredentials")) is None
                else ConnectionCredentials.from_dict(
                    value, path=path + "ConnectionCredentials" + "."
                )
            ),
            web_rtc_connection=(
                None
                if (value := data.get("WebRTCConnection")) is None
                else WebRTCConnection.from_dict(
                    value, path=path + "WebRTCConnection" + "."
                )
            ),
        )


class _CreateParticipantConnectionResponseDraft:
    """A :class:`CreateParticipantConnectionResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "websocket",
        "connection_credentials",
        "web_rtc_connection",
    )
    http_status: int
    websocket: Websocket | None
    connection_credentials: ConnectionCredentials | None
    web_rtc_connection: WebRTCConnection | None


def new_create_participant_connection(
    participant_token: str,
) -> CreateParticipantConnection:
    """Create a :class:`CreateParticipantConnection` with all optional fields omitted."""
    return CreateParticipantConnection(
        participant_token=participant_token,
    )


create_participant_connection_participant_token = _rt.Lens[
    CreateParticipantConnection, str
](
    lambda s: s.participant_token,
    lambda s, v: _dc.replace(s, participant_token=v),
    "create_participant_connection_participant_token",
)
"""Lens on :attr:`CreateParticipantConnection.participant_token`."""


create_participant_connection_type = _rt.Lens[
    CreateParticipantConnection, list[str] | None
](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "create_participant_connection_type",
)
"""Lens on :attr:`CreateParticipantConnection.type`."""


create_participant_connection_connect_participant = _rt.Lens[
    CreateParticipantConnection, bool | None
](
    lambda s: s.connect_participant,
    lambda s, v: _dc.replace(s, connect_participant=v),
    "create_participant_connection_connect_participant",
)
"""Lens on :attr:`CreateParticipantConnection.connect_participant`."""


def new_create_participant_connection_response(
    http_status: int,
) -> CreateParticipantConnectionResponse:
    """Create a :class:`CreateParticipantConnectionResponse` with all optional fields omitted."""
    return CreateParticipantConnectionResponse(
        http_status=http_status,
    )


create_participant_connection_response_http_status = _rt.Lens[
    CreateParticipantConnectionResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "create_participant_connection_response_http_status",
)
"""Lens on :attr:`CreateParticipantConnectionResponse.http_status`."""


create_participant_connection_response_websocket = _rt.Lens[
    CreateParticipantConnectionResponse, Websocket | None
](
    lambda s: s.websocket,
    lambda s, v: _dc.replace(s, websocket=v),
    "create_participant_connection_response_websocket",
)
"""Lens on :attr:`CreateParticipantConnectionResponse.websocket`."""


create_participant_connection_response_connection_credentials = _rt.Lens[
    CreateParticipantConnectionResponse, ConnectionCredentials | None
](
    lambda s: s.connection_credentials,
    lambda s, v: _dc.replace(s, connection_credentials=v),
    "create_participant_connection_response_connection_credentials",
)
"""Lens on :attr:`CreateParticipantConnectionResponse.connection_credentials`."""


create_participant_connection_response_web_rtc_connection = _rt.Lens[
    CreateParticipantConnectionResponse, WebRTCConnection | None
](
    lambda s: s.web_rtc_connection,
    lambda s, v: _dc.replace(s, web_rtc_connection=v),
    "create_participant_connection_response_web_rtc_connection",
)
"""Lens on :attr:`CreateParticipantConnectionResponse.web_rtc_connection`."""


def _serialize(
    request: CreateParticipantConnection, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    headers["X-Amz-Bearer"] = _rt.header_value(
        request.participant_token, "participant_token"
    )
    path = "/participant/connection"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.type is not None:
        data["Type"] = request.type
    if request.connect_participant is not None:
        data["ConnectParticipant"] = request.connect_participant
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
) -> CreateParticipantConnectionResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body, redact=True)
    draft = _CreateParticipantConnectionResponseDraft()
    draft.http_status = status
    try:
        draft.websocket = (
            None
            if (value := data.get("Websocket")) is None
            else Websocket._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Websocket")
                )
            )
        )
        draft.connection_credentials = (
            None
            if (value := data.get("ConnectionCredentials")) is None
            else ConnectionCredentials._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "ConnectionCredentials")
                )
            )
        )
        draft.web_rtc_connection = (
            None
            if (value := data.get("WebRTCConnection")) is None
            else WebRTCConnection._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "WebRTCConnection")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(redact=True),
            http_status=status,
            body=body,
            redact=True,
        ) from None
    except _rt.DeserializationError as exc:  # a payload that does not read: no excerpt
        raise exc.redacted() from None
    return _rt.seal(draft, CreateParticipantConnectionResponse)


OPERATION: _rt.Operation[
    CreateParticipantConnection, CreateParticipantConnectionResponse
] = _rt.Operation(
    "CreateParticipantConnection",
    CreateParticipantConnection,
    CreateParticipantConnectionResponse,
    (
        _errors.AccessDeniedException,
        _errors.InternalServerException,
        _errors.ThrottlingException,
        _errors.ValidationException,
    ),
    _serialize,
    _deserialize,
)
"""The CreateParticipantConnection operation: its types, errors and wire codec."""
