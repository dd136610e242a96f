"""The ``application/vnd.amazonaws.connect.event.connection.acknowledged`` ContentType is no longer maintained since December 31, 2024."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SendEvent:
    """.. note::

       The
       ``application/vnd.amazonaws.connect.event.connection.acknowledged``
       ContentType is no longer maintained since December 31, 2024. This
       event has been migrated to the `CreateParticipantConnection
       <https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_CreateParticipantConnection.html>`__
       API using the ``ConnectParticipant`` field.

    Sends an event. Message receipts are not supported when there are more
    than two active participants in the chat. Using the SendEvent API for
    message receipts when a supervisor is barged-in will result in a
    conflict exception.

    For security recommendations, see `Amazon Connect Chat security best
    practices
    <https://docs.aws.amazon.com/connect/latest/adminguide/security-best-practices.html#bp-security-chat>`__.

    .. note::

       ``ConnectionToken`` is used for invoking this API instead of
       ``ParticipantToken``.

    The Amazon Connect Participant Service APIs do not use `Signature
    Version 4 authentication
    <https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html>`__.

    Fields:

    - ``content_type``: The content type of the request.
    - ``connection_token``: The authentication token associated with the participant's connection.
    - ``content``: The content of the event to be sent (for example, message text).
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    content_type: str
    """The content type of the request. Supported types are:

    - application/vnd.amazonaws.connect.event.typing
    - application/vnd.amazonaws.connect.event.connection.acknowledged (is no
      longer maintained since December 31, 2024)
    - application/vnd.amazonaws.connect.event.message.delivered
    - application/vnd.amazonaws.connect.event.message.read
    """

    connection_token: str
    """The authentication token associated with the participant's connection."""

    content: str | None = None
    """The content of the event to be sent (for example, message text). For
    content related to message receipts, this is supported in the form of a
    JSON string.

    Sample Content:
    "{\\"messageId\\":\\"11111111-aaaa-bbbb-cccc-EXAMPLE01234\\"}\"
    """

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
        value = self.content_type
        if value is None:
            errors.append(prefix + "content_type: required but missing")
        else:
            path = prefix + "content_type"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.connection_token
        if value is None:
            errors.append(prefix + "connection_token: required but missing")
        else:
            path = prefix + "connection_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=1000)
        value = self.content
        if value is not None:
            path = prefix + "content"
            _rt.check_str(errors, path, value, min_len=1, max_len=16384)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ContentType"] = self.content_type
        result["ConnectionToken"] = self.connection_token
        if self.content is not None:
            result["Content"] = self.content
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> SendEvent:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SendEvent")
        return cls(
            content_type=_rt.required(data, "ContentType", path),
            connection_token=_rt.required(data, "ConnectionToken", path),
            content=data.get("Content"),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SendEventResponse:
    """The response of SendEvent.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``id``: The ID of the response.
    - ``absolute_time``: The time when the event was sent.
    """

    http_status: int
    """The HTTP status code of the response."""

    id: str | None = None
    """The ID of the response."""

    absolute_time: str | None = None
    """The time when the event was sent.

    It's specified in ISO 8601 format: yyyy-MM-ddThh:mm:ss.SSSZ. For
    example, 2019-11-08T02:41:28.172Z.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is not None:
            path = prefix + "id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.absolute_time
        if value is not None:
            path = prefix + "absolute_time"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.id is not None:
            result["Id"] = self.id
        if self.absolute_time is not None:
            result["AbsoluteTime"] = self.absolute_time
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SendEventResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SendEventResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            id=data.get("Id"),
            absolute_time=data.get("AbsoluteTime"),
        )


class _SendEventResponseDraft:
    """A :class:`SendEventResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "id", "absolute_time")
    http_status: int
    id: str | None
    absolute_time: str | None


def new_send_event(
    content_type: str,
    connection_token: str,
) -> SendEvent:
    """Create a :class:`SendEvent` with all optional fields omitted."""
    return SendEvent(
        content_type=content_type,
        connection_token=connection_token,
    )


send_event_content_type = _rt.Lens[SendEvent, str](
    lambda s: s.content_type,
    lambda s, v: _dc.replace(s, content_type=v),
    "send_event_content_type",
)
"""Lens on :attr:`SendEvent.content_type`."""


send_event_connection_token = _rt.Lens[SendEvent, str](
    lambda s: s.connection_token,
    lambda s, v: _dc.replace(s, connection_token=v),
    "send_event_connection_token",
)
"""Lens on :attr:`SendEvent.connection_token`."""


send_event_content = _rt.Lens[SendEvent, str | None](
    lambda s: s.content,
    lambda s, v: _dc.replace(s, content=v),
    "send_event_content",
)
"""Lens on :attr:`SendEvent.content`."""


send_event_client_token = _rt.Lens[SendEvent, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "send_event_client_token",
)
"""Lens on :attr:`SendEvent.client_token`."""


def new_send_event_response(
    http_status: int,
) -> SendEventResponse:
    """Create a :class:`SendEventResponse` with all optional fields omitted."""
    return SendEventResponse(
        http_status=http_status,
    )


send_event_response_http_status = _rt.Lens[SendEventResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "send_event_response_http_status",
)
"""Lens on :attr:`SendEventResponse.http_status`."""


send_event_response_id = _rt.Lens[SendEventResponse, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "send_event_response_id",
)
"""Lens on :attr:`SendEventResponse.id`."""


send_event_response_absolute_time = _rt.Lens[SendEventResponse, str | None](
    lambda s: s.absolute_time,
    lambda s, v: _dc.replace(s, absolute_time=v),
    "send_event_response_absolute_time",
)
"""Lens on :attr:`SendEventResponse.absolute_time`."""


def _serialize(request: SendEvent, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    headers["X-Amz-Bearer"] = _rt.header_value(
        request.connection_token, "connection_token"
    )
    path = "/participant/event"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ContentType"] = request.content_type
    if request.content is not None:
        data["Content"] = request.content
    data["ClientToken"] = idempotency_client_token
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
) -> SendEventResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SendEventResponseDraft()
    draft.http_status = status
    try:
        draft.id = (
            None
            if (value := data.get("Id")) is None
            else (value if type(value) is str else _rt.expect_str(value, "Id"))
        )
        draft.absolute_time = (
            None
            if (value := data.get("AbsoluteTime")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "AbsoluteTime")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, SendEventResponse)


OPERATION: _rt.Operation[SendEvent, SendEventResponse] = _rt.Operation(
    "SendEvent",
    SendEvent,
    SendEventResponse,
    (
        _errors.AccessDeniedException,
        _errors.InternalServerException,
        _errors.ThrottlingException,
        _errors.ValidationException,
        _errors.ConflictException,
    ),
    _serialize,
    _deserialize,
)
"""The SendEvent operation: its types, errors and wire codec."""
