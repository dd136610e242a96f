"""Deletes an attached file along with the underlying S3 Object."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteAttachedFile:
    """Deletes an attached file along with the underlying S3 Object.

    .. important::

       The attached file is **permanently deleted** if S3 bucket versioning
       is not enabled.

    Fields:

    - ``instance_id``: The unique identifier of the Connect instance.
    - ``file_id``: The unique identifier of the attached file resource.
    - ``associated_resource_arn``: The resource to which the attached file is (being) uploaded to.
    """

    instance_id: str
    """The unique identifier of the Connect instance."""

    file_id: str
    """The unique identifier of the attached file resource."""

    associated_resource_arn: str
    """The resource to which the attached file is (being) uploaded to. `Cases
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_connect-cases_CreateCase.html>`__
    are the only current supported resource.

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
    ) -> DeleteAttachedFile:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteAttachedFile")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            file_id=_rt.required(data, "FileId", path),
            associated_resource_arn=_rt.required(data, "AssociatedResourceArn", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteAttachedFileResponse:
    """Response from DeleteAttachedFile API

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
    ) -> DeleteAttachedFileResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteAttachedFileResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteAttachedFileResponseDraft:
    """A :class:`DeleteAttachedFileResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_attached_file(
    instance_id: str,
    file_id: str,
    associated_resource_arn: str,
) -> DeleteAttachedFile:
    """Create a :class:`DeleteAttachedFile` with all optional fields omitted."""
    return DeleteAttachedFile(
        instance_id=instance_id,
        file_id=file_id,
        associated_resource_arn=associated_resource_arn,
    )


delete_attached_file_instance_id = _rt.Lens[DeleteAttachedFile, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_attached_file_instance_id",
)
"""Lens on :attr:`DeleteAttachedFile.instance_id`."""


delete_attached_file_file_id = _rt.Lens[DeleteAttachedFile, str](
    lambda s: s.file_id,
    lambda s, v: _dc.replace(s, file_id=v),
    "delete_attached_file_file_id",
)
"""Lens on :attr:`DeleteAttachedFile.file_id`."""


delete_attached_file_associated_resource_arn = _rt.Lens[DeleteAttachedFile, str](
    lambda s: s.associated_resource_arn,
    lambda s, v: _dc.replace(s, associated_resource_arn=v),
    "delete_attached_file_associated_resource_arn",
)
"""Lens on :attr:`DeleteAttachedFile.associated_resource_arn`."""


def new_delete_attached_file_response(
    http_status: int,
) -> DeleteAttachedFileResponse:
    """Create a :class:`DeleteAttachedFileResponse` with all optional fields omitted."""
    return DeleteAttachedFileResponse(
        http_status=http_status,
    )


delete_attached_file_response_http_status = _rt.Lens[DeleteAttachedFileResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_attached_file_response_http_status",
)
"""Lens on :attr:`DeleteAttachedFileResponse.http_status`."""


def _serialize(request: DeleteAttachedFile, validate: bool = True) -> _rt.HttpRequest:
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
        method="DELETE",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DeleteAttachedFileResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteAttachedFileResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteAttachedFileResponse)


OPERATION: _rt.Operation[DeleteAttachedFile, DeleteAttachedFileResponse] = (
    _rt.Operation(
        "DeleteAttachedFile",
        DeleteAttachedFile,
        DeleteAttachedFileResponse,
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
)
"""The DeleteAttachedFile operation: its types, errors and wire codec."""
