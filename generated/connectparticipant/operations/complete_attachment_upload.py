"""Allows you to confirm that the attachment has been uploaded using the pre-signed URL provided in StartAttachmentUpload API."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CompleteAttachmentUpload:
    """Allows you to confirm that the attachment has been uploaded using the
    pre-signed URL provided in StartAttachmentUpload API. A conflict
    exception is thrown when an attachment with that identifier is already
    being uploaded.

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

    - ``attachment_ids``: A list of unique identifiers for the attachments.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    - ``connection_token``: The authentication token associated with the participant's connection.
    """

    attachment_ids: list[str]
    """A list of unique identifiers for the attachments."""

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
        value = self.attachment_ids
        if value is None:
            errors.append(prefix + "attachment_ids: required but missing")
        else:
            path = prefix + "attachment_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 1)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=256)
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
        result["AttachmentIds"] = list(self.attachment_ids)
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        result["ConnectionToken"] = self.connection_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CompleteAttachmentUpload:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CompleteAttachmentUpload")
        return cls(
            attachment_ids=list(
                _rt.expect_sequence(
                    _rt.required(data, "AttachmentIds", path), path + "AttachmentIds"
                )
            ),
            client_token=data.get("ClientToken"),
            connection_token=_rt.required(data, "ConnectionToken", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CompleteAttachmentUploadResponse:
    """The response of CompleteAttachmentUpload.

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
    ) -> CompleteAttachmentUploadResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CompleteAttachmentUploadResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _CompleteAttachmentUploadResponseDraft:
    """A :class:`CompleteAttachmentUploadResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_complete_attachment_upload(
    attachment_ids: list[str],
    connection_token: str,
) -> CompleteAttachmentUpload:
    """Create a :class:`CompleteAttachmentUpload` with all optional fields omitted."""
    return CompleteAttachmentUpload(
        attachment_ids=attachment_ids,
        connection_token=connection_token,
    )


complete_attachment_upload_attachment_ids = _rt.Lens[
    CompleteAttachmentUpload, list[str]
](
    lambda s: s.attachment_ids,
    lambda s, v: _dc.replace(s, attachment_ids=v),
    "complete_attachment_upload_attachment_ids",
)
"""Lens on :attr:`CompleteAttachmentUpload.attachment_ids`."""


complete_attachment_upload_client_token = _rt.Lens[
    CompleteAttachmentUpload, str | None
](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "complete_attachment_upload_client_token",
)
"""Lens on :attr:`CompleteAttachmentUpload.client_token`."""


complete_attachment_upload_connection_token = _rt.Lens[CompleteAttachmentUpload, str](
    lambda s: s.connection_token,
    lambda s, v: _dc.replace(s, connection_token=v),
    "complete_attachment_upload_connection_token",
)
"""Lens on :attr:`CompleteAttachmentUpload.connection_token`."""


def new_complete_attachment_upload_response(
    http_status: int,
) -> CompleteAttachmentUploadResponse:
    """Create a :class:`CompleteAttachmentUploadResponse` with all optional fields omitted."""
    return CompleteAttachmentUploadResponse(
        http_status=http_status,
    )


complete_attachment_upload_response_http_status = _rt.Lens[
    CompleteAttachmentUploadResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "complete_attachment_upload_response_http_status",
)
"""Lens on :attr:`CompleteAttachmentUploadResponse.http_status`."""


def _serialize(
    request: CompleteAttachmentUpload, validate: bool = True
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
    path = "/participant/complete-attachment-upload"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["AttachmentIds"] = request.attachment_ids
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
) -> CompleteAttachmentUploadResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _CompleteAttachmentUploadResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, CompleteAttachmentUploadResponse)


OPERATION: _rt.Operation[CompleteAttachmentUpload, CompleteAttachmentUploadResponse] = (
    _rt.Operation(
        "CompleteAttachmentUpload",
        CompleteAttachmentUpload,
        CompleteAttachmentUploadResponse,
        (
            _errors.AccessDeniedException,
            _errors.InternalServerException,
            _errors.ThrottlingException,
            _errors.ValidationException,
            _errors.ServiceQuotaExceededException,
            _errors.ConflictException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The CompleteAttachmentUpload operation: its types, errors and wire codec."""
