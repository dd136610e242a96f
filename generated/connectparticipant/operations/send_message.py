"""Sends a message."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.message_processing_metadata import MessageProcessingMetadata


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SendMessage:
    """Sends a message.

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

    - ``content_type``: The type of the content.
    - ``content``: The content of the message.
    - ``connection_token``: The authentication token associated with the connection.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    content_type: str
    """The type of the content. Possible types are ``text/plain``,
    ``text/markdown``, ``application/json``, and
    ``application/vnd.amazonaws.connect.message.interactive.response``.

    Supported types on the contact are configured through
    ``SupportedMessagingContentTypes`` on `StartChatContact
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_StartChatContact.html>`__
    and `StartOutboundChatContact
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_StartOutboundChatContact.html>`__.

    For Apple Messages for Business, SMS, and WhatsApp Business Messaging
    contacts, only ``text/plain`` is supported.
    """

    content: str
    """The content of the message.

    - For ``text/plain`` and ``text/markdown``, the Length Constraints are
      Minimum of 1, Maximum of 1024.
    - For ``application/json``, the Length Constraints are Minimum of 1,
      Maximum of 12000.
    - For
      ``application/vnd.amazonaws.connect.message.interactive.response``,
      the Length Constraints are Minimum of 1, Maximum of 12288.
    """

    connection_token: str
    """The authentication token associated with the connection."""

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
        value = self.content
        if value is None:
            errors.append(prefix + "content: required but missing")
        else:
            path = prefix + "content"
            _rt.check_str(errors, path, value, min_len=1, max_len=16384)
        value = self.connection_token
        if value is None:
            errors.append(prefix + "connection_token: required but missing")
        else:
            path = prefix + "connection_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=1000)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ContentType"] = self.content_type
        result["Content"] = self.content
        result["ConnectionToken"] = self.connection_token
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> SendMessage:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SendMessage")
        return cls(
            content_type=_rt.required(data, "ContentType", path),
            content=_rt.required(data, "Content", path),
            connection_token=_rt.required(data, "ConnectionToken", path),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SendMessageResponse:
    """The response of SendMessage.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``id``: The ID of the message.
    - ``absolute_time``: The time when the message was sent.
    - ``message_metadata``: Contains metadata for the message.
    """

    http_status: int
    """The HTTP status code of the response."""

    id: str | None = None
    """The ID of the message."""

    absolute_time: str | None = None
    """The time when the message was sent.

    It's specified in ISO 8601 format: yyyy-MM-ddThh:mm:ss.SSSZ. For
    example, 2019-11-08T02:41:28.172Z.
    """

    message_metadata: MessageProcessingMetadata | None = None
    """Contains metadata for the message."""

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
        value = self.message_metadata
        if value is not None:
            path = prefix + "message_metadata"
            if isinstance(value, MessageProcessingMetadata):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected MessageProcessingMetadata, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.id is not None:
            result["Id"] = self.id
        if self.absolute_time is not None:
            result["AbsoluteTime"] = self.absolute_time
        if self.message_metadata is not None:
            result["MessageMetadata"] = self.message_metadata.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SendMessageResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SendMessageResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            id=data.get("Id"),
            absolute_time=data.get("AbsoluteTime"),
            message_metadata=(
                None
                if (value := data.get("MessageMetadata")) is None
                else MessageProcessingMetadata.from_dict(
                    value, path=path + "MessageMetadata" + "."
                )
            ),
        )


class _SendMessageResponseDraft:
    """A :class:`SendMessageResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "id", "absolute_time", "message_metadata")
    http_status: int
    id: str | None
    absolute_time: str | None
    message_metadata: MessageProcessingMetadata | None


def new_send_message(
    content_type: str,
    content: str,
    connection_token: str,
) -> SendMessage:
    """Create a :class:`SendMessage` with all optional fields omitted."""
    return SendMessage(
        content_type=content_type,
        content=content,
        connection_token=connection_token,
    )


send_message_content_type = _rt.Lens[SendMessage, str](
    lambda s: s.content_type,
    lambda s, v: _dc.replace(s, content_type=v),
    "send_message_content_type",
)
"""Lens on :attr:`SendMessage.content_type`."""


send_message_content = _rt.Lens[SendMessage, str](
    lambda s: s.content,
    lambda s, v: _dc.replace(s, content=v),
    "send_message_content",
)
"""Lens on :attr:`SendMessage.content`."""


send_message_connection_token = _rt.Lens[SendMessage, str](
    lambda s: s.connection_token,
    lambda s, v: _dc.replace(s, connection_token=v),
    "send_message_connection_token",
)
"""Lens on :attr:`SendMessage.connection_token`."""


send_message_client_token = _rt.Lens[SendMessage, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "send_message_client_token",
)
"""Lens on :attr:`SendMessage.client_token`."""


def new_send_message_response(
    http_status: int,
) -> SendMessageResponse:
    """Create a :class:`SendMessageResponse` with all optional fields omitted."""
    return SendMessageResponse(
        http_status=http_status,
    )


send_message_response_http_status = _rt.Lens[SendMessageResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "send_message_response_http_status",
)
"""Lens on :attr:`SendMessageResponse.http_status`."""


send_message_response_id = _rt.Lens[SendMessageResponse, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "send_message_response_id",
)
"""Lens on :attr:`SendMessageResponse.id`."""


send_message_response_absolute_time = _rt.Lens[SendMessageResponse, str | None](
    lambda s: s.absolute_time,
    lambda s, v: _dc.replace(s, absolute_time=v),
    "send_message_response_absolute_time",
)
"""Lens on :attr:`SendMessageResponse.absolute_time`."""


send_message_response_message_metadata = _rt.Lens[
    SendMessageResponse, MessageProcessingMetadata | None
](
    lambda s: s.message_metadata,
    lambda s, v: _dc.replace(s, message_metadata=v),
    "send_message_response_message_metadata",
)
"""Lens on :attr:`SendMessageResponse.message_metadata`."""


def _serialize(request: SendMessage, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    headers["X-Amz-Bearer"] = _rt.header_value(
        request.connection_token, "connection_token"
    )
    path = "/participant/message"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ContentType"] = request.content_type
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
) -> SendMessageResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SendMessageResponseDraft()
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
        draft.message_metadata = (
            None
            if (value := data.get("MessageMetadata")) is None
            else MessageProcessingMetadata._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "MessageMetadata")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, SendMessageResponse)


OPERATION: _rt.Operation[SendMessage, SendMessageResponse] = _rt.Operation(
    "SendMessage",
    SendMessage,
    SendMessageResponse,
    (
        _errors.AccessDeniedException,
        _errors.InternalServerException,
        _errors.ThrottlingException,
        _errors.ValidationException,
    ),
    _serialize,
    _deserialize,
)
"""The SendMessage operation: its types, errors and wire codec."""
