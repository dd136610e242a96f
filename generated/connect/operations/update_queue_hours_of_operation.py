"""Updates the hours of operation for the specified queue."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateQueueHoursOfOperation:
    """Updates the hours of operation for the specified queue.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``queue_id``: The identifier for the queue.
    - ``hours_of_operation_id``: The identifier for the hours of operation.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    queue_id: str
    """The identifier for the queue."""

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
        value = self.queue_id
        if value is None:
            errors.append(prefix + "queue_id: required but missing")
        else:
            path = prefix + "queue_id"
            _rt.check_str(errors, path, value)
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
        result["QueueId"] = self.queue_id
        result["HoursOfOperationId"] = self.hours_of_operation_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateQueueHoursOfOperation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateQueueHoursOfOperation")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            queue_id=_rt.required(data, "QueueId", path),
            hours_of_operation_id=_rt.required(data, "HoursOfOperationId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateQueueHoursOfOperationResponse:
    """The response of UpdateQueueHoursOfOperation.

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
    ) -> UpdateQueueHoursOfOperationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateQueueHoursOfOperationResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateQueueHoursOfOperationResponseDraft:
    """A :class:`UpdateQueueHoursOfOperationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_queue_hours_of_operation(
    instance_id: str,
    queue_id: str,
    hours_of_operation_id: str,
) -> UpdateQueueHoursOfOperation:
    """Create a :class:`UpdateQueueHoursOfOperation` with all optional fields omitted."""
    return UpdateQueueHoursOfOperation(
        instance_id=instance_id,
        queue_id=queue_id,
        hours_of_operation_id=hours_of_operation_id,
    )


update_queue_hours_of_operation_instance_id = _rt.Lens[
    UpdateQueueHoursOfOperation, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_queue_hours_of_operation_instance_id",
)
"""Lens on :attr:`UpdateQueueHoursOfOperation.instance_id`."""


update_queue_hours_of_operation_queue_id = _rt.Lens[UpdateQueueHoursOfOperation, str](
    lambda s: s.queue_id,
    lambda s, v: _dc.replace(s, queue_id=v),
    "update_queue_hours_of_operation_queue_id",
)
"""Lens on :attr:`UpdateQueueHoursOfOperation.queue_id`."""


update_queue_hours_of_operation_hours_of_operation_id = _rt.Lens[
    UpdateQueueHoursOfOperation, str
](
    lambda s: s.hours_of_operation_id,
    lambda s, v: _dc.replace(s, hours_of_operation_id=v),
    "update_queue_hours_of_operation_hours_of_operation_id",
)
"""Lens on :attr:`UpdateQueueHoursOfOperation.hours_of_operation_id`."""


def new_update_queue_hours_of_operation_response(
    http_status: int,
) -> UpdateQueueHoursOfOperationResponse:
    """Create a :class:`UpdateQueueHoursOfOperationResponse` with all optional fields omitted."""
    return UpdateQueueHoursOfOperationResponse(
        http_status=http_status,
    )


update_queue_hours_of_operation_response_http_status = _rt.Lens[
    UpdateQueueHoursOfOperationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_queue_hours_of_operation_response_http_status",
)
"""Lens on :attr:`UpdateQueueHoursOfOperationResponse.http_status`."""


def _serialize(
    request: UpdateQueueHoursOfOperation, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.queue_id == "":
        raise _rt.ValidationError(["queue_id: a URI label must be set and not empty"])
    path = (
        "/queues/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.queue_id, "queue_id")
        + "/hours-of-operation"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["HoursOfOperationId"] = request.hours_of_operation_id
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
) -> UpdateQueueHoursOfOperationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateQueueHoursOfOperationResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateQueueHoursOfOperationResponse)


OPERATION: _rt.Operation[
    UpdateQueueHoursOfOperation, UpdateQueueHoursOfOperationResponse
] = _rt.Operation(
    "UpdateQueueHoursOfOperation",
    UpdateQueueHoursOfOperation,
    UpdateQueueHoursOfOperationResponse,
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
"""The UpdateQueueHoursOfOperation operation: its types, errors and wire codec."""
