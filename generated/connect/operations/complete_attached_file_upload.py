"""Allows you to confirm that the attached file has been uploaded using the pre-signed URL provided in the StartAttachedFileUpload API."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CompleteAttachedFileUpload:
    """Allows you to confirm that the attached file has been uploaded using the
    pre-signed URL provided in the StartAttachedFileUpload API.

    Fields:

    - ``instance_id``: The unique identifier of the Connect Customer instance.
    - ``file_id``: The unique identifier of the attached file resource.
    - ``associated_resource_arn``: The resource to which the attached file is (being) uploaded to.
    """

    instance_id: str
    """The unique identifier of the Connect Customer instance."""

    file_id: str
    """The unique identifier of the attached file resource."""

    associated_resource_arn: str
    """The resource to which the attached file is (being) uploaded to. The
    supported resources are `Cases
    <https://docs.aws.amazon.com/connect/latest/adminguide/cases.html>`__
    and `Email
    <https://docs.aws.amazon.com/connect/latest/adminguide/setup-email-channel.html>`__.

    .. note::

       This value must be a valid ARN.
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
        value = self.file_id
        if value is None:
            errors.append(prefix + "file_id: required but missing")
        else:
            path = prefix + "file_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.associated_resource_arn
        if value is None:
            errors.append(prefix + "associated_resource_arn: required but missing")
        else:
            path = prefix + "associated_resource_arn"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["FileId"] = self.file_id
        result["AssociatedResourceArn"] = self.associated_resource_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CompleteAttachedFileUpload:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CompleteAttachedFileUpload")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            file_id=_rt.required(data, "FileId", path),
            associated_resource_arn=_rt.required(data, "AssociatedResourceArn", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CompleteAttachedFileUploadResponse:
    """Response from CompleteAttachedFileUpload API

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
    ) -> CompleteAttachedFileUploadResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "CompleteAttachedFileUploadResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _CompleteAttachedFileUploadResponseDraft:
    """A :class:`CompleteAttachedFileUploadResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_complete_attached_file_upload(
    instance_id: str,
    file_id: str,
    associated_resource_arn: str,
) -> CompleteAttachedFileUpload:
    """Create a :class:`CompleteAttachedFileUpload` with all optional fields omitted."""
    return CompleteAttachedFileUpload(
        instance_id=instance_id,
        file_id=file_id,
        associated_resource_arn=associated_resource_arn,
    )


complete_attached_file_upload_instance_id = _rt.Lens[CompleteAttachedFileUpload, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "complete_attached_file_upload_instance_id",
)
"""Lens on :attr:`CompleteAttachedFileUpload.instance_id`."""


complete_attached_file_upload_file_id = _rt.Lens[CompleteAttachedFileUpload, str](
    lambda s: s.file_id,
    lambda s, v: _dc.replace(s, file_id=v),
    "complete_attached_file_upload_file_id",
)
"""Lens on :attr:`CompleteAttachedFileUpload.file_id`."""


complete_attached_file_upload_associated_resource_arn = _rt.Lens[
    CompleteAttachedFileUpload, str
](
    lambda s: s.associated_resource_arn,
    lambda s, v: _dc.replace(s, associated_resource_arn=v),
    "complete_attached_file_upload_associated_resource_arn",
)
"""Lens on :attr:`CompleteAttachedFileUpload.associated_resource_arn`."""


def new_complete_attached_file_upload_response(
    http_status: int,
) -> CompleteAttachedFileUploadResponse:
    """Create a :class:`CompleteAttachedFileUploadResponse` with all optional fields omitted."""
    return CompleteAttachedFileUploadResponse(
        http_status=http_status,
    )


complete_attached_file_upload_response_http_status = _rt.Lens[
    CompleteAttachedFileUploadResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "complete_attached_file_upload_response_http_status",
)
"""Lens on :attr:`CompleteAttachedFileUploadResponse.http_status`."""


def _serialize(
    request: CompleteAttachedFileUpload, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.file_id == "":
        raise _rt.ValidationError(["file_id: a URI label must be set and not empty"])
    path = (
        "/attached-files/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.file_id, "file_id")
    )
    query: list[tuple[str, str | None]] = []
    query.append(("associatedResourceArn", request.associated_resource_arn))
    body = b""
    return _rt.HttpRequest(
        method="POST",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> CompleteAttachedFileUploadResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _CompleteAttachedFileUploadResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, CompleteAttachedFileUploadResponse)


OPERATION: _rt.Operation[
    CompleteAttachedFileUpload, CompleteAttachedFileUploadResponse
] = _rt.Operation(
    "CompleteAttachedFileUpload",
    CompleteAttachedFileUpload,
    CompleteAttachedFileUploadResponse,
    (
        _errors.AccessDeniedException,
        _errors.InvalidRequestException,
        _errors.InternalServiceException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The CompleteAttachedFileUpload operation: its types, errors and wire codec."""
