"""Describes the hours of operation."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.hours_of_operation import HoursOfOperation


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeHoursOfOperation:
    """Describes the hours of operation.

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
    ) -> DescribeHoursOfOperation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeHoursOfOperation")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            hours_of_operation_id=_rt.required(data, "HoursOfOperationId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeHoursOfOperationResponse:
    """The response of DescribeHoursOfOperation.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``hours_of_operation``: The hours of operation.
    """

    http_status: int
    """The HTTP status code of the response."""

    hours_of_operation: HoursOfOperation | None = None
    """The hours of operation."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.hours_of_operation
        if value is not None:
            path = prefix + "hours_of_operation"
            if isinstance(value, HoursOfOperation):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HoursOfOperation, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.hours_of_operation is not None:
            result["HoursOfOperation"] = self.hours_of_operation.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeHoursOfOperationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeHoursOfOperationResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            hours_of_operation=(
                None
                if (value := data.get("HoursOfOperation")) is None
                else HoursOfOperation.from_dict(
                    value, path=path + "HoursOfOperation" + "."
                )
            ),
        )


class _DescribeHoursOfOperationResponseDraft:
    """A :class:`DescribeHoursOfOperationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "hours_of_operation")
    http_status: int
    hours_of_operation: HoursOfOperation | None


def new_describe_hours_of_operation(
    instance_id: str,
    hours_of_operation_id: str,
) -> DescribeHoursOfOperation:
    """Create a :class:`DescribeHoursOfOperation` with all optional fields omitted."""
    return DescribeHoursOfOperation(
        instance_id=instance_id,
        hours_of_operation_id=hours_of_operation_id,
    )


describe_hours_of_operation_instance_id = _rt.Lens[DescribeHoursOfOperation, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_hours_of_operation_instance_id",
)
"""Lens on :attr:`DescribeHoursOfOperation.instance_id`."""


describe_hours_of_operation_hours_of_operation_id = _rt.Lens[
    DescribeHoursOfOperation, str
](
    lambda s: s.hours_of_operation_id,
    lambda s, v: _dc.replace(s, hours_of_operation_id=v),
    "describe_hours_of_operation_hours_of_operation_id",
)
"""Lens on :attr:`DescribeHoursOfOperation.hours_of_operation_id`."""


def new_describe_hours_of_operation_response(
    http_status: int,
) -> DescribeHoursOfOperationResponse:
    """Create a :class:`DescribeHoursOfOperationResponse` with all optional fields omitted."""
    return DescribeHoursOfOperationResponse(
        http_status=http_status,
    )


describe_hours_of_operation_response_http_status = _rt.Lens[
    DescribeHoursOfOperationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_hours_of_operation_response_http_status",
)
"""Lens on :attr:`DescribeHoursOfOperationResponse.http_status`."""


describe_hours_of_operation_response_hours_of_operation = _rt.Lens[
    DescribeHoursOfOperationResponse, HoursOfOperation | None
](
    lambda s: s.hours_of_operation,
    lambda s, v: _dc.replace(s, hours_of_operation=v),
    "describe_hours_of_operation_response_hours_of_operation",
)
"""Lens on :attr:`DescribeHoursOfOperationResponse.hours_of_operation`."""


def _serialize(
    request: DescribeHoursOfOperation, validate: bool = True
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
        method="GET",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DescribeHoursOfOperationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeHoursOfOperationResponseDraft()
    draft.http_status = status
    try:
        draft.hours_of_operation = (
            None
            if (value := data.get("HoursOfOperation")) is None
            else HoursOfOperation._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "HoursOfOperation")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeHoursOfOperationResponse)


OPERATION: _rt.Operation[DescribeHoursOfOperation, DescribeHoursOfOperationResponse] = (
    _rt.Operation(
        "DescribeHoursOfOperation",
        DescribeHoursOfOperation,
        DescribeHoursOfOperationResponse,
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
"""The DescribeHoursOfOperation operation: its types, errors and wire codec."""
