"""Deletes an hours of operation."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteHoursOfOperation:
    """Deletes an hours of operation.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``hours_of_operation_id``: The identifier for the hours of operation.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    hours_of_operation_id: str
    """The identifier for the hours of operation."""

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
        value = self.hours_of_operation_id
        if value is None:
            errors.append(prefix + "hours_of_operation_id: required but missing")
        else:
            path = prefix + "hours_of_operation_id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["HoursOfOperationId"] = self.hours_of_operation_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteHoursOfOperation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteHoursOfOperation")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            hours_of_operation_id=_rt.required(data, "HoursOfOperationId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteHoursOfOperationResponse:
    """The response of DeleteHoursOfOperation.

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
    ) -> DeleteHoursOfOperationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteHoursOfOperationResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteHoursOfOperationResponseDraft:
    """A :class:`DeleteHoursOfOperationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_hours_of_operation(
    instance_id: str,
    hours_of_operation_id: str,
) -> DeleteHoursOfOperation:
    """Create a :class:`DeleteHoursOfOperation` with all optional fields omitted."""
    return DeleteHoursOfOperation(
        instance_id=instance_id,
        hours_of_operation_id=hours_of_operation_id,
    )


delete_hours_of_operation_instance_id = _rt.Lens[DeleteHoursOfOperation, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_hours_of_operation_instance_id",
)
"""Lens on :attr:`DeleteHoursOfOperation.instance_id`."""


delete_hours_of_operation_hours_of_operation_id = _rt.Lens[DeleteHoursOfOperation, str](
    lambda s: s.hours_of_operation_id,
    lambda s, v: _dc.replace(s, hours_of_operation_id=v),
    "delete_hours_of_operation_hours_of_operation_id",
)
"""Lens on :attr:`DeleteHoursOfOperation.hours_of_operation_id`."""


def new_delete_hours_of_operation_response(
    http_status: int,
) -> DeleteHoursOfOperationResponse:
    """Create a :class:`DeleteHoursOfOperationResponse` with all optional fields omitted."""
    return DeleteHoursOfOperationResponse(
        http_status=http_status,
    )


delete_hours_of_operation_response_http_status = _rt.Lens[
    DeleteHoursOfOperationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_hours_of_operation_response_http_status",
)
"""Lens on :attr:`DeleteHoursOfOperationResponse.http_status`."""


def _serialize(
    request: DeleteHoursOfOperation, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.hours_of_operation_id == "":
        raise _rt.ValidationError(
            ["hours_of_operation_id: a URI label must be set and not empty"]
        )
    path = (
        "/hours-of-operations/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.hours_of_operation_id, "hours_of_operation_id")
    )
    query: list[tuple[str, str | None]] = []
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
) -> DeleteHoursOfOperationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteHoursOfOperationResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteHoursOfOperationResponse)


OPERATION: _rt.Operation[DeleteHoursOfOperation, DeleteHoursOfOperationResponse] = (
    _rt.Operation(
        "DeleteHoursOfOperation",
        DeleteHoursOfOperation,
        DeleteHoursOfOperationResponse,
        (
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.InternalServiceException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The DeleteHoursOfOperation operation: its types, errors and wire codec."""
