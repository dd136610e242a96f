"""Updates the properties associated with a set of queues for a routing profile."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.routing_profile_queue_config import RoutingProfileQueueConfig


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateRoutingProfileQueues:
    """Updates the properties associated with a set of queues for a routing
    profile.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``routing_profile_id``: The identifier of the routing profile.
    - ``queue_configs``: The queues to be updated for this routing profile.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    routing_profile_id: str
    """The identifier of the routing profile."""

    queue_configs: list[RoutingProfileQueueConfig]
    """The queues to be updated for this routing profile. Queues must first be
    associated to the routing profile. You can do this using
    AssociateRoutingProfileQueues.
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
        value = self.routing_profile_id
        if value is None:
            errors.append(prefix + "routing_profile_id: required but missing")
        else:
            path = prefix + "routing_profile_id"
            _rt.check_str(errors, path, value)
        value = self.queue_configs
        if value is None:
            errors.append(prefix + "queue_configs: required but missing")
        else:
            path = prefix + "queue_configs"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, RoutingProfileQueueConfig):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RoutingProfileQueueConfig, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["RoutingProfileId"] = self.routing_profile_id
        result["QueueConfigs"] = [v1.to_dict() for v1 in self.queue_configs]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateRoutingProfileQueues:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateRoutingProfileQueues")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            routing_profile_id=_rt.required(data, "RoutingProfileId", path),
            queue_configs=[
                RoutingProfileQueueConfig.from_dict(
                    v1, path=path + "QueueConfigs" + f"[{i1}]" + "."
                )
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "QueueConfigs", path), path + "QueueConfigs"
                    )
                )
            ],
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateRoutingProfileQueuesResponse:
    """The response of UpdateRoutingProfileQueues.

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
    ) -> UpdateRoutingProfileQueuesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateRoutingProfileQueuesResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateRoutingProfileQueuesResponseDraft:
    """A :class:`UpdateRoutingProfileQueuesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_routing_profile_queues(
    instance_id: str,
    routing_profile_id: str,
    queue_configs: list[RoutingProfileQueueConfig],
) -> UpdateRoutingProfileQueues:
    """Create a :class:`UpdateRoutingProfileQueues` with all optional fields omitted."""
    return UpdateRoutingProfileQueues(
        instance_id=instance_id,
        routing_profile_id=routing_profile_id,
        queue_configs=queue_configs,
    )


update_routing_profile_queues_instance_id = _rt.Lens[UpdateRoutingProfileQueues, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_routing_profile_queues_instance_id",
)
"""Lens on :attr:`UpdateRoutingProfileQueues.instance_id`."""


update_routing_profile_queues_routing_profile_id = _rt.Lens[
    UpdateRoutingProfileQueues, str
](
    lambda s: s.routing_profile_id,
    lambda s, v: _dc.replace(s, routing_profile_id=v),
    "update_routing_profile_queues_routing_profile_id",
)
"""Lens on :attr:`UpdateRoutingProfileQueues.routing_profile_id`."""


update_routing_profile_queues_queue_configs = _rt.Lens[
    UpdateRoutingProfileQueues, list[RoutingProfileQueueConfig]
](
    lambda s: s.queue_configs,
    lambda s, v: _dc.replace(s, queue_configs=v),
    "update_routing_profile_queues_queue_configs",
)
"""Lens on :attr:`UpdateRoutingProfileQueues.queue_configs`."""


def new_update_routing_profile_queues_response(
    http_status: int,
) -> UpdateRoutingProfileQueuesResponse:
    """Create a :class:`UpdateRoutingProfileQueuesResponse` with all optional fields omitted."""
    return UpdateRoutingProfileQueuesResponse(
        http_status=http_status,
    )


update_routing_profile_queues_response_http_status = _rt.Lens[
    UpdateRoutingProfileQueuesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_routing_profile_queues_response_http_status",
)
"""Lens on :attr:`UpdateRoutingProfileQueuesResponse.http_status`."""


def _serialize(
    request: UpdateRoutingProfileQueues, validate: bool = True
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
        + "/queues"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["QueueConfigs"] = [v1._to_json() for v1 in request.queue_configs]
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
) -> UpdateRoutingProfileQueuesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateRoutingProfileQueuesResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateRoutingProfileQueuesResponse)


OPERATION: _rt.Operation[
    UpdateRoutingProfileQueues, UpdateRoutingProfileQueuesResponse
] = _rt.Operation(
    "UpdateRoutingProfileQueues",
    UpdateRoutingProfileQueues,
    UpdateRoutingProfileQueuesResponse,
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
"""The UpdateRoutingProfileQueues operation: its types, errors and wire codec."""
