"""Initiates real-time message streaming for a new chat contact."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.chat_streaming_configuration import ChatStreamingConfiguration


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartContactStreaming:
    """Initiates real-time message streaming for a new chat contact.

    For more information about message streaming, see `Enable real-time chat
    message streaming
    <https://docs.aws.amazon.com/connect/latest/adminguide/chat-message-streaming.html>`__
    in the *Connect Customer Administrator Guide*.

    For more information about chat, see the following topics in the
    *Connect Customer Administrator Guide*:

    - `Concepts: Web and mobile messaging capabilities in Connect Customer
      <https://docs.aws.amazon.com/connect/latest/adminguide/web-and-mobile-chat.html>`__
    - `Connect Customer Chat security best practices
      <https://docs.aws.amazon.com/connect/latest/adminguide/security-best-practices.html#bp-security-chat>`__

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact.
    - ``chat_streaming_configuration``: The streaming configuration, such as the Amazon SNS streaming endpoint.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the contact. This is the identifier of the contact
    associated with the first interaction with the contact center.
    """

    chat_streaming_configuration: ChatStreamingConfiguration
    """The streaming configuration, such as the Amazon SNS streaming endpoint."""

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
        value = self.chat_streaming_configuration
        if value is None:
            errors.append(prefix + "chat_streaming_configuration: required but missing")
        else:
            path = prefix + "chat_streaming_configuration"
            if isinstance(value, ChatStreamingConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ChatStreamingConfiguration, got {type(value).__name__}"
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
        result["ChatStreamingConfiguration"] = (
            self.chat_streaming_configuration.to_dict()
        )
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartContactStreaming:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartContactStreaming")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            chat_streaming_configuration=ChatStreamingConfiguration.from_dict(
                _rt.required(data, "ChatStreamingConfiguration", path),
                path=path + "ChatStreamingConfiguration" + ".",
            ),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartContactStreamingResponse:
    """The response of StartContactStreaming.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``streaming_id``: The identifier of the streaming configuration enabled.
    """

    http_status: int
    """The HTTP status code of the response."""

    streaming_id: str | None
    """The identifier of the streaming configuration enabled."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.streaming_id
        if value is None:
            errors.append(prefix + "streaming_id: required but missing")
        else:
            path = prefix + "streaming_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.streaming_id is not None:
            result["StreamingId"] = self.streaming_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartContactStreamingResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartContactStreamingResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            streaming_id=data.get("StreamingId"),
        )


class _StartContactStreamingResponseDraft:
    """A :class:`StartContactStreamingResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "streaming_id")
    http_status: int
    streaming_id: str | None


def new_start_contact_streaming(
    instance_id: str,
    contact_id: str,
    chat_streaming_configuration: ChatStreamingConfiguration,
) -> StartContactStreaming:
    """Create a :class:`StartContactStreaming` with all optional fields omitted."""
    return StartContactStreaming(
        instance_id=instance_id,
        contact_id=contact_id,
        chat_streaming_configuration=chat_streaming_configuration,
    )


start_contact_streaming_instance_id = _rt.Lens[StartContactStreaming, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "start_contact_streaming_instance_id",
)
"""Lens on :attr:`StartContactStreaming.instance_id`."""


start_contact_streaming_contact_id = _rt.Lens[StartContactStreaming, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "start_contact_streaming_contact_id",
)
"""Lens on :attr:`StartContactStreaming.contact_id`."""


start_contact_streaming_chat_streaming_configuration = _rt.Lens[
    StartContactStreaming, ChatStreamingConfiguration
](
    lambda s: s.chat_streaming_configuration,
    lambda s, v: _dc.replace(s, chat_streaming_configuration=v),
    "start_contact_streaming_chat_streaming_configuration",
)
"""Lens on :attr:`StartContactStreaming.chat_streaming_configuration`."""


start_contact_streaming_client_token = _rt.Lens[StartContactStreaming, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "start_contact_streaming_client_token",
)
"""Lens on :attr:`StartContactStreaming.client_token`."""


def new_start_contact_streaming_response(
    http_status: int,
    streaming_id: str,
) -> StartContactStreamingResponse:
    """Create a :class:`StartContactStreamingResponse` with all optional fields omitted."""
    return StartContactStreamingResponse(
        http_status=http_status,
        streaming_id=streaming_id,
    )


start_contact_streaming_response_http_status = _rt.Lens[
    StartContactStreamingResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "start_contact_streaming_response_http_status",
)
"""Lens on :attr:`StartContactStreamingResponse.http_status`."""


start_contact_streaming_response_streaming_id = _rt.Lens[
    StartContactStreamingResponse, str | None
](
    lambda s: s.streaming_id,
    lambda s, v: _dc.replace(s, streaming_id=v),
    "start_contact_streaming_response_streaming_id",
)
"""Lens on :attr:`StartContactStreamingResponse.streaming_id`."""


def _serialize(
    request: StartContactStreaming, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    path = "/contact/start-streaming"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["ContactId"] = request.contact_id
    data["ChatStreamingConfiguration"] = request.chat_streaming_configuration._to_json()
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
) -> StartContactStreamingResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _StartContactStreamingResponseDraft()
    draft.http_status = status
    try:
        draft.streaming_id = (
            None
            if (value := data.get("StreamingId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "StreamingId"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, StartContactStreamingResponse)


OPERATION: _rt.Operation[StartContactStreaming, StartContactStreamingResponse] = (
    _rt.Operation(
        "StartContactStreaming",
        StartContactStreaming,
        StartContactStreamingResponse,
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
)
"""The StartContactStreaming operation: its types, errors and wire codec."""
