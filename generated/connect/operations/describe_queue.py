"""Describes the specified queue."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.queue import Queue


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeQueue:
    """Describes the specified queue.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``queue_id``: The identifier for the queue.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    queue_id: str
    """The identifier for the queue."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["QueueId"] = self.queue_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeQueue:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeQueue")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            queue_id=_rt.required(data, "QueueId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeQueueResponse:
    """The response of DescribeQueue.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``queue``: The name of the queue.
    """

    http_status: int
    """The HTTP status code of the response."""

    queue: Queue | None = None
    """The name of the queue."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.queue
        if value is not None:
            path = prefix + "queue"
            if isinstance(value, Queue):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Queue, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.queue is not None:
            result["Queue"] = self.queue.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeQueueResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeQueueResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            queue=(
                None
                if (value := data.get("Queue")) is None
                else Queue.from_dict(value, path=path + "Queue" + ".")
            ),
        )


class _DescribeQueueResponseDraft:
    """A :class:`DescribeQueueResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "queue")
    http_status: int
    queue: Queue | None


def new_describe_queue(
    instance_id: str,
    queue_id: str,
) -> DescribeQueue:
    """Create a :class:`DescribeQueue` with all optional fields omitted."""
    return DescribeQueue(
        instance_id=instance_id,
        queue_id=queue_id,
    )


describe_queue_instance_id = _rt.Lens[DescribeQueue, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_queue_instance_id",
)
"""Lens on :attr:`DescribeQueue.instance_id`."""


describe_queue_queue_id = _rt.Lens[DescribeQueue, str](
    lambda s: s.queue_id,
    lambda s, v: _dc.replace(s, queue_id=v),
    "describe_queue_queue_id",
)
"""Lens on :attr:`DescribeQueue.queue_id`."""


def new_describe_queue_response(
    http_status: int,
) -> DescribeQueueResponse:
    """Create a :class:`DescribeQueueResponse` with all optional fields omitted."""
    return DescribeQueueResponse(
        http_status=http_status,
    )


describe_queue_response_http_status = _rt.Lens[DescribeQueueResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_queue_response_http_status",
)
"""Lens on :attr:`DescribeQueueResponse.http_status`."""


describe_queue_response_queue = _rt.Lens[DescribeQueueResponse, Queue | None](
    lambda s: s.queue,
    lambda s, v: _dc.replace(s, queue=v),
    "describe_queue_response_queue",
)
"""Lens on :attr:`DescribeQueueResponse.queue`."""


def _serialize(request: DescribeQueue, validate: bool = True) -> _rt.HttpRequest:
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
) -> DescribeQueueResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeQueueResponseDraft()
    draft.http_status = status
    try:
        draft.queue = (
            None
            if (value := data.get("Queue")) is None
            else Queue._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Queue")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeQueueResponse)


OPERATION: _rt.Operation[DescribeQueue, DescribeQueueResponse] = _rt.Operation(
    "DescribeQueue",
    DescribeQueue,
    DescribeQueueResponse,
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
"""The DescribeQueue operation: its types, errors and wire codec."""
