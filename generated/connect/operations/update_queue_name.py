"""Updates the name and description of a queue."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateQueueName:
    """Updates the name and description of a queue. At least ``Name`` or
    ``Description`` must be provided.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``queue_id``: The identifier for the queue.
    - ``name``: The name of the queue.
    - ``description``: The description of the queue.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    queue_id: str
    """The identifier for the queue."""

    name: str | None = None
    """The name of the queue."""

    description: str | None = None
    """The description of the queue."""

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
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=127)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=1, max_len=250)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["QueueId"] = self.queue_id
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateQueueName:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateQueueName")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            queue_id=_rt.required(data, "QueueId", path),
            name=data.get("Name"),
            description=data.get("Description"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateQueueNameResponse:
    """The response of UpdateQueueName.

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
    ) -> UpdateQueueNameResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateQueueNameResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateQueueNameResponseDraft:
    """A :class:`UpdateQueueNameResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_queue_name(
    instance_id: str,
    queue_id: str,
) -> UpdateQueueName:
    """Create a :class:`UpdateQueueName` with all optional fields omitted."""
    return UpdateQueueName(
        instance_id=instance_id,
        queue_id=queue_id,
    )


update_queue_name_instance_id = _rt.Lens[UpdateQueueName, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_queue_name_instance_id",
)
"""Lens on :attr:`UpdateQueueName.instance_id`."""


update_queue_name_queue_id = _rt.Lens[UpdateQueueName, str](
    lambda s: s.queue_id,
    lambda s, v: _dc.replace(s, queue_id=v),
    "update_queue_name_queue_id",
)
"""Lens on :attr:`UpdateQueueName.queue_id`."""


update_queue_name_name = _rt.Lens[UpdateQueueName, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_queue_name_name",
)
"""Lens on :attr:`UpdateQueueName.name`."""


update_queue_name_description = _rt.Lens[UpdateQueueName, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_queue_name_description",
)
"""Lens on :attr:`UpdateQueueName.description`."""


def new_update_queue_name_response(
    http_status: int,
) -> UpdateQueueNameResponse:
    """Create a :class:`UpdateQueueNameResponse` with all optional fields omitted."""
    return UpdateQueueNameResponse(
        http_status=http_status,
    )


update_queue_name_response_http_status = _rt.Lens[UpdateQueueNameResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_queue_name_response_http_status",
)
"""Lens on :attr:`UpdateQueueNameResponse.http_status`."""


def _serialize(request: UpdateQueueName, validate: bool = True) -> _rt.HttpRequest:
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
        + "/name"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.name is not None:
        data["Name"] = request.name
    if request.description is not None:
        data["Description"] = request.description
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
) -> UpdateQueueNameResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateQueueNameResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateQueueNameResponse)


OPERATION: _rt.Operation[UpdateQueueName, UpdateQueueNameResponse] = _rt.Operation(
    "UpdateQueueName",
    UpdateQueueName,
    UpdateQueueNameResponse,
    (
        _errors.DuplicateResourceException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateQueueName operation: its types, errors and wire codec."""
