"""Provides a pre-signed URL for download of a completed attachment."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetAttachment:
    """Provides a pre-signed URL for download of a completed attachment. This
    is an asynchronous API for use with active contacts.

    For security recommendations, see `Amazon Connect Chat security best
    practices
    <https://docs.aws.amazon.com/connect/latest/adminguide/security-best-practices.html#bp-security-chat>`__.

    .. note::

       - The participant role ``CUSTOM_BOT`` is not permitted to access
         attachments customers may upload. An ``AccessDeniedException`` can
         indicate that the participant may be a CUSTOM_BOT, and it doesn't
         have access to attachments.
       - ``ConnectionToken`` is used for invoking this API instead of
         ``ParticipantToken``.

    The Amazon Connect Participant Service APIs do not use `Signature
    Version 4 authentication
    <https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html>`__.

    Fields:

    - ``attachment_id``: A unique identifier for the attachment.
    - ``connection_token``: The authentication token associated with the participant's connection.
    - ``url_expiry_in_seconds``: The expiration time of the URL in ISO timestamp.
    """

    attachment_id: str
    """A unique identifier for the attachment."""

    connection_token: str
    """The authentication token associated with the participant's connection."""

    url_expiry_in_seconds: int | None = None
    """The expiration time of the URL in ISO timestamp. It's specified in ISO
    8601 format: yyyy-MM-ddThh:mm:ss.SSSZ. For example,
    2019-11-08T02:41:28.172Z.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.attachment_id
        if value is None:
            errors.append(prefix + "attachment_id: required but missing")
        else:
            path = prefix + "attachment_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.connection_token
        if value is None:
            errors.append(prefix + "connection_token: required but missing")
        else:
            path = prefix + "connection_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=1000)
        value = self.url_expiry_in_seconds
        if value is not None:
            path = prefix + "url_expiry_in_seconds"
            _rt.check_number(errors, path, value, True, minimum=5, maximum=300)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["AttachmentId"] = self.attachment_id
        result["ConnectionToken"] = self.connection_token
        if self.url_expiry_in_seconds is not None:
            result["UrlExpiryInSeconds"] = self.url_expiry_in_seconds
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetAttachment:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetAttachment")
        return cls(
            attachment_id=_rt.required(data, "AttachmentId", path),
            connection_token=_rt.required(data, "ConnectionToken", path),
            url_expiry_in_seconds=data.get("UrlExpiryInSeconds"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetAttachmentResponse:
    """The response of GetAttachment.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``attachment_size_in_bytes``: The size of the attachment in bytes.
    - ``url``: This is the pre-signed URL that can be used for uploading the file to Amazon S3 when used in response to `StartAttachmentUpload <https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_StartAttachmentUpload.html>`__.
    - ``url_expiry``: The expiration time of the URL in ISO timestamp.
    """

    http_status: int
    """The HTTP status code of the response."""

    attachment_size_in_bytes: int | None
    """The size of the attachment in bytes."""

    url: str | None = None
    """This is the pre-signed URL that can be used for uploading the file to
    Amazon S3 when used in response to `StartAttachmentUpload
    <https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_StartAttachmentUpload.html>`__.
    """

    url_expiry: str | None = None
    """The expiration time of the URL in ISO timestamp. It's specified in ISO
    8601 format: yyyy-MM-ddThh:mm:ss.SSSZ. For example,
    2019-11-08T02:41:28.172Z.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.attachment_size_in_bytes
        if value is None:
            errors.append(prefix + "attachment_size_in_bytes: required but missing")
        else:
            path = prefix + "attachment_size_in_bytes"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=None)
        value = self.url
        if value is not None:
            path = prefix + "url"
            _rt.check_str(errors, path, value, min_len=1, max_len=2000)
        value = self.url_expiry
        if value is not None:
            path = prefix + "url_expiry"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.attachment_size_in_bytes is not None:
            result["AttachmentSizeInBytes"] = self.attachment_size_in_bytes
        if self.url is not None:
            result["Url"] = self.url
        if self.url_expiry is not None:
            result["UrlExpiry"] = self.url_expiry
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetAttachmentResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetAttachmentResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            attachment_size_in_bytes=data.get("AttachmentSizeInBytes"),
            url=data.get("Url"),
            url_expiry=data.get("UrlExpiry"),
        )


class _GetAttachmentResponseDraft:
    """A :class:`GetAttachmentResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "attachment_size_in_bytes", "url", "url_expiry")
    http_status: int
    attachment_size_in_bytes: int | None
    url: str | None
    url_expiry: str | None


def new_get_attachment(
    attachment_id: str,
    connection_token: str,
) -> GetAttachment:
    """Create a :class:`GetAttachment` with all optional fields omitted."""
    return GetAttachment(
        attachment_id=attachment_id,
        connection_token=connection_token,
    )


get_attachment_attachment_id = _rt.Lens[GetAttachment, str](
    lambda s: s.attachment_id,
    lambda s, v: _dc.replace(s, attachment_id=v),
    "get_attachment_attachment_id",
)
"""Lens on :attr:`GetAttachment.attachment_id`."""


get_attachment_connection_token = _rt.Lens[GetAttachment, str](
    lambda s: s.connection_token,
    lambda s, v: _dc.replace(s, connection_token=v),
    "get_attachment_connection_token",
)
"""Lens on :attr:`GetAttachment.connection_token`."""


get_attachment_url_expiry_in_seconds = _rt.Lens[GetAttachment, int | None](
    lambda s: s.url_expiry_in_seconds,
    lambda s, v: _dc.replace(s, url_expiry_in_seconds=v),
    "get_attachment_url_expiry_in_seconds",
)
"""Lens on :attr:`GetAttachment.url_expiry_in_seconds`."""


def new_get_attachment_response(
    http_status: int,
    attachment_size_in_bytes: int,
) -> GetAttachmentResponse:
    """Create a :class:`GetAttachmentResponse` with all optional fields omitted."""
    return GetAttachmentResponse(
        http_status=http_status,
        attachment_size_in_bytes=attachment_size_in_bytes,
    )


get_attachment_response_http_status = _rt.Lens[GetAttachmentResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "get_attachment_response_http_status",
)
"""Lens on :attr:`GetAttachmentResponse.http_status`."""


get_attachment_response_attachment_size_in_bytes = _rt.Lens[
    GetAttachmentResponse, int | None
](
    lambda s: s.attachment_size_in_bytes,
    lambda s, v: _dc.replace(s, attachment_size_in_bytes=v),
    "get_attachment_response_attachment_size_in_bytes",
)
"""Lens on :attr:`GetAttachmentResponse.attachment_size_in_bytes`."""


get_attachment_response_url = _rt.Lens[GetAttachmentResponse, str | None](
    lambda s: s.url,
    lambda s, v: _dc.replace(s, url=v),
    "get_attachment_response_url",
)
"""Lens on :attr:`GetAttachmentResponse.url`."""


get_attachment_response_url_expiry = _rt.Lens[GetAttachmentResponse, str | None](
    lambda s: s.url_expiry,
    lambda s, v: _dc.replace(s, url_expiry=v),
    "get_attachment_response_url_expiry",
)
"""Lens on :attr:`GetAttachmentResponse.url_expiry`."""


def _serialize(request: GetAttachment, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    headers["X-Amz-Bearer"] = _rt.header_value(
        request.connection_token, "connection_token"
    )
    path = "/participant/attachment"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["AttachmentId"] = request.attachment_id
    if request.url_expiry_in_seconds is not None:
        data["UrlExpiryInSeconds"] = request.url_expiry_in_seconds
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
) -> GetAttachmentResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _GetAttachmentResponseDraft()
    draft.http_status = status
    try:
        draft.attachment_size_in_bytes = (
            None
            if (value := data.get("AttachmentSizeInBytes")) is None
            else (
                value
                if type(value) is int
                else _rt.expect_int(value, "AttachmentSizeInBytes")
            )
        )
        draft.url = (
            None
            if (value := data.get("Url")) is None
            else (value if type(value) is str else _rt.expect_str(value, "Url"))
        )
        draft.url_expiry = (
            None
            if (value := data.get("UrlExpiry")) is None
            else (value if type(value) is str else _rt.expect_str(value, "UrlExpiry"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, GetAttachmentResponse)


OPERATION: _rt.Operation[GetAttachment, GetAttachmentResponse] = _rt.Operation(
    "GetAttachment",
    GetAttachment,
    GetAttachmentResponse,
    (
        _errors.AccessDeniedException,
        _errors.InternalServerException,
        _errors.ThrottlingException,
        _errors.ValidationException,
    ),
    _serialize,
    _deserialize,
)
"""The GetAttachment operation: its types, errors and wire codec."""
