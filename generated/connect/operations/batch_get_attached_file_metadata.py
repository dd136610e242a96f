"""Allows you to retrieve metadata about multiple attached files on an associated resource."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.attached_file import AttachedFile
from ..shapes.attached_file_error import AttachedFileError


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class BatchGetAttachedFileMetadata:
    """Allows you to retrieve metadata about multiple attached files on an
    associated resource. Each attached file provided in the input list must
    be associated with the input AssociatedResourceArn.

    Fields:

    - ``file_ids``: The unique identifiers of the attached file resource.
    - ``instance_id``: The unique identifier of the Connect instance.
    - ``associated_resource_arn``: The resource to which the attached file is (being) uploaded to.
    """

    file_ids: list[str]
    """The unique identifiers of the attached file resource."""

    instance_id: str
    """The unique identifier of the Connect instance."""

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
        value = self.file_ids
        if value is None:
            errors.append(prefix + "file_ids: required but missing")
        else:
            path = prefix + "file_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 100)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=256)
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.associated_resource_arn
        if value is None:
            errors.append(prefix + "associated_resource_arn: required but missing")
        else:
            path = prefix + "associated_resource_arn"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["FileIds"] = list(self.file_ids)
        result["InstanceId"] = self.instance_id
        result["AssociatedResourceArn"] = self.associated_resource_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> BatchGetAttachedFileMetadata:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "BatchGetAttachedFileMetadata")
        return cls(
            file_ids=list(
                _rt.expect_sequence(
                    _rt.required(data, "FileIds", path), path + "FileIds"
                )
            ),
            instance_id=_rt.required(data, "InstanceId", path),
            associated_resource_arn=_rt.required(data, "AssociatedResourceArn", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class BatchGetAttachedFileMetadataResponse:
    """The response of BatchGetAttachedFileMetadata.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``files``: List of attached files that were successfully retrieved.
    - ``errors``: List of errors of attached files that could not be retrieved.
    """

    http_status: int
    """The HTTP status code of the response."""

    files: list[AttachedFile] | None = None
    """List of attached files that were successfully retrieved."""

    errors: list[AttachedFileError] | None = None
    """List of errors of attached files that could not be retrieved."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.files
        if value is not None:
            path = prefix + "files"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, AttachedFile):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected AttachedFile, got {type(v1).__name__}"
                            )
        value = self.errors
        if value is not None:
            path = prefix + "errors"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, AttachedFileError):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected AttachedFileError, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.files is not None:
            result["Files"] = [v1.to_dict() for v1 in self.files]
        if self.errors is not None:
            result["Errors"] = [v1.to_dict() for v1 in self.errors]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> BatchGetAttachedFileMetadataResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "BatchGetAttachedFileMetadataResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            files=(
                None
                if (value := data.get("Files")) is None
                else [
                    AttachedFile.from_dict(v1, path=path + "Files" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Files"))
                ]
            ),
            errors=(
                None
                if (value := data.get("Errors")) is None
                else [
                    AttachedFileError.from_dict(
                        v1, path=path + "Errors" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Errors"))
                ]
            ),
        )


class _BatchGetAttachedFileMetadataResponseDraft:
    """A :class:`BatchGetAttachedFileMetadataResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "files", "errors")
    http_status: int
    files: list[AttachedFile] | None
    errors: list[AttachedFileError] | None


def new_batch_get_attached_file_metadata(
    file_ids: list[str],
    instance_id: str,
    associated_resource_arn: str,
) -> BatchGetAttachedFileMetadata:
    """Create a :class:`BatchGetAttachedFileMetadata` with all optional fields omitted."""
    return BatchGetAttachedFileMetadata(
        file_ids=file_ids,
        instance_id=instance_id,
        associated_resource_arn=associated_resource_arn,
    )


batch_get_attached_file_metadata_file_ids = _rt.Lens[
    BatchGetAttachedFileMetadata, list[str]
](
    lambda s: s.file_ids,
    lambda s, v: _dc.replace(s, file_ids=v),
    "batch_get_attached_file_metadata_file_ids",
)
"""Lens on :attr:`BatchGetAttachedFileMetadata.file_ids`."""


batch_get_attached_file_metadata_instance_id = _rt.Lens[
    BatchGetAttachedFileMetadata, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "batch_get_attached_file_metadata_instance_id",
)
"""Lens on :attr:`BatchGetAttachedFileMetadata.instance_id`."""


batch_get_attached_file_metadata_associated_resource_arn = _rt.Lens[
    BatchGetAttachedFileMetadata, str
](
    lambda s: s.associated_resource_arn,
    lambda s, v: _dc.replace(s, associated_resource_arn=v),
    "batch_get_attached_file_metadata_associated_resource_arn",
)
"""Lens on :attr:`BatchGetAttachedFileMetadata.associated_resource_arn`."""


def new_batch_get_attached_file_metadata_response(
    http_status: int,
) -> BatchGetAttachedFileMetadataResponse:
    """Create a :class:`BatchGetAttachedFileMetadataResponse` with all optional fields omitted."""
    return BatchGetAttachedFileMetadataResponse(
        http_status=http_status,
    )


batch_get_attached_file_metadata_response_http_status = _rt.Lens[
    BatchGetAttachedFileMetadataResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "batch_get_attached_file_metadata_response_http_status",
)
"""Lens on :attr:`BatchGetAttachedFileMetadataResponse.http_status`."""


batch_get_attached_file_metadata_response_files = _rt.Lens[
    BatchGetAttachedFileMetadataResponse, list[AttachedFile] | None
](
    lambda s: s.files,
    lambda s, v: _dc.replace(s, files=v),
    "batch_get_attached_file_metadata_response_files",
)
"""Lens on :attr:`BatchGetAttachedFileMetadataResponse.files`."""


batch_get_attached_file_metadata_response_errors = _rt.Lens[
    BatchGetAttachedFileMetadataResponse, list[AttachedFileError] | None
](
    lambda s: s.errors,
    lambda s, v: _dc.replace(s, errors=v),
    "batch_get_attached_file_metadata_response_errors",
)
"""Lens on :attr:`BatchGetAttachedFileMetadataResponse.errors`."""


def _serialize(
    request: BatchGetAttachedFileMetadata, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/attached-files/" + _rt.quote_label(request.instance_id, "instance_id")
    query: list[tuple[str, str | None]] = []
    query.append(("associatedResourceArn", request.associated_resource_arn))
    data: dict[str, _t.Any] = {}
    data["FileIds"] = request.file_ids
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
) -> BatchGetAttachedFileMetadataResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _BatchGetAttachedFileMetadataResponseDraft()
    draft.http_status = status
    try:
        draft.files = (
            None
            if (value := data.get("Files")) is None
            else [
                AttachedFile._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Files")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Files")
                )
                if v1 is not None
            ]
        )
        draft.errors = (
            None
            if (value := data.get("Errors")) is None
            else [
                AttachedFileError._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Errors")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Errors")
                )
                if v1 is not None
            ]
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, BatchGetAttachedFileMetadataResponse)


OPERATION: _rt.Operation[
    BatchGetAttachedFileMetadata, BatchGetAttachedFileMetadataResponse
] = _rt.Operation(
    "BatchGetAttachedFileMetadata",
    BatchGetAttachedFileMetadata,
    BatchGetAttachedFileMetadataResponse,
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
"""The BatchGetAttachedFileMetadata operation: its types, errors and wire codec."""
