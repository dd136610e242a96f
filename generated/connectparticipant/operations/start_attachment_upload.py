"""Provides a pre-signed Amazon S3 URL in response for uploading the file directly to S3."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.upload_metadata import UploadMetadata


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartAttachmentUpload:
    """Provides a pre-signed Amazon S3 URL in response for uploading the file
    directly to S3.

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

    - ``content_type``: Describes the MIME file type of the attachment.
    - ``attachment_size_in_bytes``: The size of the attachment in bytes.
    - ``attachment_name``: A case-sensitive name of the attachment being uploaded.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    - ``connection_token``: The authentication token associated with the participant's connection.
    """

    content_type: str
    """Describes the MIME file type of the attachment. For a list of supported
    file types, see `Feature specifications
    <https://docs.aws.amazon.com/connect/latest/adminguide/feature-limits.html>`__
    in the *Amazon Connect Administrator Guide*.
    """

    attachment_size_in_bytes: int
    """The size of the attachment in bytes."""

    attachment_name: str
    """A case-sensitive name of the attachment being uploaded."""

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
    """

    connection_token: str
    """The authentication token associated with the participant's connection."""

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
            _rt.check_str(errors, path, value, min_len=1, max_len=255)
        value = self.attachment_size_in_bytes
        if value is None:
            errors.append(prefix + "attachment_size_in_bytes: required but missing")
        else:
            path = prefix + "attachment_size_in_bytes"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=None)
        value = self.attachment_name
        if value is None:
            errors.append(prefix + "attachment_name: required but missing")
        else:
            path = prefix + "attachment_name"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.connection_token
        if value is None:
            errors.append(prefix + "connection_token: required but missing")
        else:
            path = prefix + "connection_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=1000)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ContentType"] = self.content_type
        result["AttachmentSizeInBytes"] = self.attachment_size_in_bytes
        result["AttachmentName"] = self.attachment_name
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        result["ConnectionToken"] = self.connection_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartAttachmentUpload:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartAttachmentUpload")
        return cls(
            content_type=_rt.required(data, "ContentType", path),
            attachment_size_in_bytes=_rt.required(data, "AttachmentSizeInBytes", path),
            attachment_name=_rt.required(data, "AttachmentName", path),
            client_token=data.get("ClientToken"),
            connection_token=_rt.required(data, "ConnectionToken", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartAttachmentUploadResponse:
    """The response of StartAttachmentUpload.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``attachment_id``: A unique identifier for the attachment.
    - ``upload_metadata``: The headers to be provided while uploading the file to the URL.
    """

    http_status: int
    """The HTTP status code of the response."""

    attachment_id: str | None = None
    """A unique identifier for the attachment."""

    upload_metadata: UploadMetadata | None = None
    """The headers to be provided while uploading the file to the URL."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.attachment_id
        if value is not None:
            path = prefix + "attachment_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.upload_metadata
        if value is not None:
            path = prefix + "upload_metadata"
            if isinstance(value, UploadMetadata):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected UploadMetadata, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.attachment_id is not None:
            result["AttachmentId"] = self.attachment_id
        if self.upload_metadata is not None:
            result["UploadMetadata"] = self.upload_metadata.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartAttachmentUploadResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartAttachmentUploadResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            attachment_id=data.get("AttachmentId"),
            upload_metadata=(
                None
                if (value := data.get("UploadMetadata")) is None
                else UploadMetadata.from_dict(value, path=path + "UploadMetadata" + ".")
            ),
        )


class _StartAttachmentUploadResponseDraft:
    """A :class:`StartAttachmentUploadResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "attachment_id", "upload_metadata")
    http_status: int
    attachment_id: str | None
    upload_metadata: UploadMetadata | None


def new_start_attachment_upload(
    content_type: str,
    attachment_size_in_bytes: int,
    attachment_name: str,
    connection_token: str,
) -> StartAttachmentUpload:
    """Create a :class:`StartAttachmentUpload` with all optional fields omitted."""
    return StartAttachmentUpload(
        content_type=content_type,
        attachment_size_in_bytes=attachment_size_in_bytes,
        attachment_name=attachment_name,
        connection_token=connection_token,
    )


start_attachment_upload_content_type = _rt.Lens[StartAttachmentUpload, str](
    lambda s: s.content_type,
    lambda s, v: _dc.replace(s, content_type=v),
    "start_attachment_upload_content_type",
)
"""Lens on :attr:`StartAttachmentUpload.content_type`."""


start_attachment_upload_attachment_size_in_bytes = _rt.Lens[StartAttachmentUpload, int](
    lambda s: s.attachment_size_in_bytes,
    lambda s, v: _dc.replace(s, attachment_size_in_bytes=v),
    "start_attachment_upload_attachment_size_in_bytes",
)
"""Lens on :attr:`StartAttachmentUpload.attachment_size_in_bytes`."""


start_attachment_upload_attachment_name = _rt.Lens[StartAttachmentUpload, str](
    lambda s: s.attachment_name,
    lambda s, v: _dc.replace(s, attachment_name=v),
    "start_attachment_upload_attachment_name",
)
"""Lens on :attr:`StartAttachmentUpload.attachment_name`."""


start_attachment_upload_client_token = _rt.Lens[StartAttachmentUpload, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "start_attachment_upload_client_token",
)
"""Lens on :attr:`StartAttachmentUpload.client_token`."""


start_attachment_upload_connection_token = _rt.Lens[StartAttachmentUpload, str](
    lambda s: s.connection_token,
    lambda s, v: _dc.replace(s, connection_token=v),
    "start_attachment_upload_connection_token",
)
"""Lens on :attr:`StartAttachmentUpload.connection_token`."""


def new_start_attachment_upload_response(
    http_status: int,
) -> StartAttachmentUploadResponse:
    """Create a :class:`StartAttachmentUploadResponse` with all optional fields omitted."""
    return StartAttachmentUploadResponse(
        http_status=http_status,
    )


start_attachment_upload_response_http_status = _rt.Lens[
    StartAttachmentUploadResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "start_attachment_upload_response_http_status",
)
"""Lens on :attr:`StartAttachmentUploadResponse.http_status`."""


start_attachment_upload_response_attachment_id = _rt.Lens[
    StartAttachmentUploadResponse, str | None
](
    lambda s: s.attachment_id,
    lambda s, v: _dc.replace(s, attachment_id=v),
    "start_attachment_upload_response_attachment_id",
)
"""Lens on :attr:`StartAttachmentUploadResponse.attachment_id`."""


start_attachment_upload_response_upload_metadata = _rt.Lens[
    StartAttachmentUploadResponse, UploadMetadata | None
](
    lambda s: s.upload_metadata,
    lambda s, v: _dc.replace(s, upload_metadata=v),
    "start_attachment_upload_response_upload_metadata",
)
"""Lens on :attr:`StartAttachmentUploadResponse.upload_metadata`."""


def _serialize(
    request: StartAttachmentUpload, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    headers["X-Amz-Bearer"] = _rt.header_value(
        request.connection_token, "connection_token"
    )
    path = "/participant/start-attachment-upload"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ContentType"] = request.content_type
    data["AttachmentSizeInBytes"] = request.attachment_size_in_bytes
    data["AttachmentName"] = request.attachment_name
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
) -> StartAttachmentUploadResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _StartAttachmentUploadResponseDraft()
    draft.http_status = status
    try:
        draft.attachment_id = (
            None
            if (value := data.get("AttachmentId")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "AttachmentId")
            )
        )
        draft.upload_metadata = (
            None
            if (value := data.get("UploadMetadata")) is None
            else UploadMetadata._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "UploadMetadata")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, StartAttachmentUploadResponse)


OPERATION: _rt.Operation[StartAttachmentUpload, StartAttachmentUploadResponse] = (
    _rt.Operation(
        "StartAttachmentUpload",
        StartAttachmentUpload,
        StartAttachmentUploadResponse,
        (
            _errors.AccessDeniedException,
            _errors.InternalServerException,
            _errors.ThrottlingException,
            _errors.ValidationException,
            _errors.ServiceQuotaExceededException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The StartAttachmentUpload operation: its types, errors and wire codec."""
