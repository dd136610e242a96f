"""Whether agents with this routing profile will have their routing order calculated based on *time since their last inbound contact* or *longest idle time*."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_AGENT_AVAILABILITY_TIMER_VALUES = frozenset(
    (
        "TIME_SINCE_LAST_ACTIVITY",
        "TIME_SINCE_LAST_INBOUND",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateRoutingProfileAgentAvailabilityTimer:
    """Whether agents with this routing profile will have their routing order
    calculated based on *time since their last inbound contact* or *longest
    idle time*.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``routing_profile_id``: The identifier of the routing profile.
    - ``agent_availability_timer``: Whether agents with this routing profile will have their routing order calculated based on *time since their last inbound contact* or *longest idle time*.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    routing_profile_id: str
    """The identifier of the routing profile."""

    agent_availability_timer: str
    """Whether agents with this routing profile will have their routing order
    calculated based on *time since their last inbound contact* or *longest
    idle time*.
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
        value = self.agent_availability_timer
        if value is None:
            errors.append(prefix + "agent_availability_timer: required but missing")
        else:
            path = prefix + "agent_availability_timer"
            _rt.check_str(errors, path, value, enum=_AGENT_AVAILABILITY_TIMER_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["RoutingProfileId"] = self.routing_profile_id
        result["AgentAvailabilityTimer"] = self.agent_availability_timer
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateRoutingProfileAgentAvailabilityTimer:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateRoutingProfileAgentAvailabilityTimer"
        )
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            routing_profile_id=_rt.required(data, "RoutingProfileId", path),
            agent_availability_timer=_rt.required(data, "AgentAvailabilityTimer", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateRoutingProfileAgentAvailabilityTimerResponse:
    """The response of UpdateRoutingProfileAgentAvailabilityTimer.

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
    ) -> UpdateRoutingProfileAgentAvailabilityTimerResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateRoutingProfileAgentAvailabilityTimerResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateRoutingProfileAgentAvailabilityTimerResponseDraft:
    """A :class:`UpdateRoutingProfileAgentAvailabilityTimerResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_routing_profile_agent_availability_timer(
    instance_id: str,
    routing_profile_id: str,
    agent_availability_timer: str,
) -> UpdateRoutingProfileAgentAvailabilityTimer:
    """Create a :class:`UpdateRoutingProfileAgentAvailabilityTimer` with all optional fields omitted."""
    return UpdateRoutingProfileAgentAvailabilityTimer(
        instance_id=instance_id,
        routing_profile_id=routing_profile_id,
        agent_availability_timer=agent_availability_timer,
    )


update_routing_profile_agent_availability_timer_instance_id = _rt.Lens[
    UpdateRoutingProfileAgentAvailabilityTimer, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_routing_profile_agent_availability_timer_instance_id",
)
"""Lens on :attr:`UpdateRoutingProfileAgentAvailabilityTimer.instance_id`."""


update_routing_profile_agent_availability_timer_routing_profile_id = _rt.Lens[
    UpdateRoutingProfileAgentAvailabilityTimer, str
](
    lambda s: s.routing_profile_id,
    lambda s, v: _dc.replace(s, routing_profile_id=v),
    "update_routing_profile_agent_availability_timer_routing_profile_id",
)
"""Lens on :attr:`UpdateRoutingProfileAgentAvailabilityTimer.routing_profile_id`."""


update_routing_profile_agent_availability_timer_agent_availability_timer = _rt.Lens[
    UpdateRoutingProfileAgentAvailabilityTimer, str
](
    lambda s: s.agent_availability_timer,
    lambda s, v: _dc.replace(s, agent_availability_timer=v),
    "update_routing_profile_agent_availability_timer_agent_availability_timer",
)
"""Lens on :attr:`UpdateRoutingProfileAgentAvailabilityTimer.agent_availability_timer`."""


def new_update_routing_profile_agent_availability_timer_response(
    http_status: int,
) -> UpdateRoutingProfileAgentAvailabilityTimerResponse:
    """Create a :class:`UpdateRoutingProfileAgentAvailabilityTimerResponse` with all optional fields omitted."""
    return UpdateRoutingProfileAgentAvailabilityTimerResponse(
        http_status=http_status,
    )


update_routing_profile_agent_availability_timer_response_http_status = _rt.Lens[
    UpdateRoutingProfileAgentAvailabilityTimerResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_routing_profile_agent_availability_timer_response_http_status",
)
"""Lens on :attr:`UpdateRoutingProfileAgentAvailabilityTimerResponse.http_status`."""


def _serialize(
    request: UpdateRoutingProfileAgentAvailabilityTimer, validate: bool = True
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
        + "/agent-availability-timer"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["AgentAvailabilityTimer"] = request.agent_availability_timer
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
) -> UpdateRoutingProfileAgentAvailabilityTimerResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateRoutingProfileAgentAvailabilityTimerResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateRoutingProfileAgentAvailabilityTimerResponse)


OPERATION: _rt.Operation[
    UpdateRoutingProfileAgentAvailabilityTimer,
    UpdateRoutingProfileAgentAvailabilityTimerResponse,
] = _rt.Operation(
    "UpdateRoutingProfileAgentAvailabilityTimer",
    UpdateRoutingProfileAgentAvailabilityTimer,
    UpdateRoutingProfileAgentAvailabilityTimerResponse,
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
"""The UpdateRoutingProfileAgentAvailabilityTimer operation: its types, errors and wire codec."""
