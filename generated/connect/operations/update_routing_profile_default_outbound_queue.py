"""Updates the default outbound queue of a routing profile."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateRoutingProfileDefaultOutboundQueue:
    """Updates the default outbound queue of a routing profile.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``routing_profile_id``: The identifier of the routing profile.
    - ``default_outbound_queue_id``: The identifier for the default outbound queue.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    routing_profile_id: str
    """The identifier of the routing profile."""

    default_outbound_queue_id: str
    """The identifier for the default outbound queue."""

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
        value = self.routing_profile_id
        if value is None:
            errors.append(prefix + "routing_profile_id: required but missing")
        else:
            path = prefix + "routing_profile_id"
            _rt.check_str(errors, path, value)
        value = self.default_outbound_queue_id
        if value is None:
            errors.append(prefix + "default_outbound_queue_id: required but missing")
        else:
            path = prefix + "default_outbound_queue_id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["RoutingProfileId"] = self.routing_profile_id
        result["DefaultOutboundQueueId"] = self.default_outbound_queue_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateRoutingProfileDefaultOutboundQueue:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateRoutingProfileDefaultOutboundQueue"
        )
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            routing_profile_id=_rt.required(data, "RoutingProfileId", path),
            default_outbound_queue_id=_rt.required(
                data, "DefaultOutboundQueueId", path
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateRoutingProfileDefaultOutboundQueueResponse:
    """The response of UpdateRoutingProfileDefaultOutboundQueue.

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
    ) -> UpdateRoutingProfileDefaultOutboundQueueResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateRoutingProfileDefaultOutboundQueueResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateRoutingProfileDefaultOutboundQueueResponseDraft:
    """A :class:`UpdateRoutingProfileDefaultOutboundQueueResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_routing_profile_default_outbound_queue(
    instance_id: str,
    routing_profile_id: str,
    default_outbound_queue_id: str,
) -> UpdateRoutingProfileDefaultOutboundQueue:
    """Create a :class:`UpdateRoutingProfileDefaultOutboundQueue` with all optional fields omitted."""
    return UpdateRoutingProfileDefaultOutboundQueue(
        instance_id=instance_id,
        routing_profile_id=routing_profile_id,
        default_outbound_queue_id=default_outbound_queue_id,
    )


update_routing_profile_default_outbound_queue_instance_id = _rt.Lens[
    UpdateRoutingProfileDefaultOutboundQueue, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_routing_profile_default_outbound_queue_instance_id",
)
"""Lens on :attr:`UpdateRoutingProfileDefaultOutboundQueue.instance_id`."""


update_routing_profile_default_outbound_queue_routing_profile_id = _rt.Lens[
    UpdateRoutingProfileDefaultOutboundQueue, str
](
    lambda s: s.routing_profile_id,
    lambda s, v: _dc.replace(s, routing_profile_id=v),
    "update_routing_profile_default_outbound_queue_routing_profile_id",
)
"""Lens on :attr:`UpdateRoutingProfileDefaultOutboundQueue.routing_profile_id`."""


update_routing_profile_default_outbound_queue_default_outbound_queue_id = _rt.Lens[
    UpdateRoutingProfileDefaultOutboundQueue, str
](
    lambda s: s.default_outbound_queue_id,
    lambda s, v: _dc.replace(s, default_outbound_queue_id=v),
    "update_routing_profile_default_outbound_queue_default_outbound_queue_id",
)
"""Lens on :attr:`UpdateRoutingProfileDefaultOutboundQueue.default_outbound_queue_id`."""


def new_update_routing_profile_default_outbound_queue_response(
    http_status: int,
) -> UpdateRoutingProfileDefaultOutboundQueueResponse:
    """Create a :class:`UpdateRoutingProfileDefaultOutboundQueueResponse` with all optional fields omitted."""
    return UpdateRoutingProfileDefaultOutboundQueueResponse(
        http_status=http_status,
    )


update_routing_profile_default_outbound_queue_response_http_status = _rt.Lens[
    UpdateRoutingProfileDefaultOutboundQueueResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_routing_profile_default_outbound_queue_response_http_status",
)
"""Lens on :attr:`UpdateRoutingProfileDefaultOutboundQueueResponse.http_status`."""


def _serialize(
    request: UpdateRoutingProfileDefaultOutboundQueue, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.routing_profile_id == "":
        raise _rt.ValidationError(
            ["routing_profile_id: a URI label must be set and not empty"]
        )
    path = (
        "/routing-profiles/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.routing_profile_id, "routing_profile_id")
        + "/default-outbound-queue"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["DefaultOutboundQueueId"] = request.default_outbound_queue_id
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
) -> UpdateRoutingProfileDefaultOutboundQueueResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateRoutingProfileDefaultOutboundQueueResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateRoutingProfileDefaultOutboundQueueResponse)


OPERATION: _rt.Operation[
    UpdateRoutingProfileDefaultOutboundQueue,
    UpdateRoutingProfileDefaultOutboundQueueResponse,
] = _rt.Operation(
    "UpdateRoutingProfileDefaultOutboundQueue",
    UpdateRoutingProfileDefaultOutboundQueue,
    UpdateRoutingProfileDefaultOutboundQueueResponse,
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
"""The UpdateRoutingProfileDefaultOutboundQueue operation: its types, errors and wire codec."""
