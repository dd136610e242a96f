"""Disassociates a set of queues from a routing profile."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.routing_profile_queue_reference import RoutingProfileQueueReference


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateRoutingProfileQueues:
    """Disassociates a set of queues from a routing profile.

    Up to 10 queue references can be disassociated in a single API call.
    More than 10 queue references results in a single call results in an
    InvalidParameterException.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``routing_profile_id``: The identifier of the routing profile.
    - ``queue_references``: The queues to disassociate from this routing profile.
    - ``manual_assignment_queue_references``: The manual assignment queues to disassociate with this routing profile.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    routing_profile_id: str
    """The identifier of the routing profile."""

    queue_references: list[RoutingProfileQueueReference] | None = None
    """The queues to disassociate from this routing profile."""

    manual_assignment_queue_references: list[RoutingProfileQueueReference] | None = None
    """The manual assignment queues to disassociate with this routing profile."""

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
        value = self.queue_references
        if value is not None:
            path = prefix + "queue_references"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, RoutingProfileQueueReference):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RoutingProfileQueueReference, got {type(v1).__name__}"
                            )
        value = self.manual_assignment_queue_references
        if value is not None:
            path = prefix + "manual_assignment_queue_references"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, RoutingProfileQueueReference):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RoutingProfileQueueReference, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["RoutingProfileId"] = self.routing_profile_id
        if self.queue_references is not None:
            result["QueueReferences"] = [v1.to_dict() for v1 in self.queue_references]
        if self.manual_assignment_queue_references is not None:
            result["ManualAssignmentQueueReferences"] = [
                v1.to_dict() for v1 in self.manual_assignment_queue_references
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DisassociateRoutingProfileQueues:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DisassociateRoutingProfileQueues")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            routing_profile_id=_rt.required(data, "RoutingProfileId", path),
            queue_references=(
                None
                if (value := data.get("QueueReferences")) is None
                else [
                    RoutingProfileQueueReference.from_dict(
                        v1, path=path + "QueueReferences" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "QueueReferences")
                    )
                ]
            ),
            manual_assignment_queue_references=(
                None
                if (value := data.get("ManualAssignmentQueueReferences")) is None
                else [
                    RoutingProfileQueueReference.from_dict(
                        v1,
                        path=path + "ManualAssignmentQueueReferences" + f"[{i1}]" + ".",
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(
                            value, path + "ManualAssignmentQueueReferences"
                        )
                    )
                ]
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateRoutingProfileQueuesResponse:
    """The response of DisassociateRoutingProfileQueues.

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
    ) -> DisassociateRoutingProfileQueuesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DisassociateRoutingProfileQueuesResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DisassociateRoutingProfileQueuesResponseDraft:
    """A :class:`DisassociateRoutingProfileQueuesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_disassociate_routing_profile_queues(
    instance_id: str,
    routing_profile_id: str,
) -> DisassociateRoutingProfileQueues:
    """Create a :class:`DisassociateRoutingProfileQueues` with all optional fields omitted."""
    return DisassociateRoutingProfileQueues(
        instance_id=instance_id,
        routing_profile_id=routing_profile_id,
    )


disassociate_routing_profile_queues_instance_id = _rt.Lens[
    DisassociateRoutingProfileQueues, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "disassociate_routing_profile_queues_instance_id",
)
"""Lens on :attr:`DisassociateRoutingProfileQueues.instance_id`."""


disassociate_routing_profile_queues_routing_profile_id = _rt.Lens[
    DisassociateRoutingProfileQueues, str
](
    lambda s: s.routing_profile_id,
    lambda s, v: _dc.replace(s, routing_profile_id=v),
    "disassociate_routing_profile_queues_routing_profile_id",
)
"""Lens on :attr:`DisassociateRoutingProfileQueues.routing_profile_id`."""


disassociate_routing_profile_queues_queue_references = _rt.Lens[
    DisassociateRoutingProfileQueues, list[RoutingProfileQueueReference] | None
](
    lambda s: s.queue_references,
    lambda s, v: _dc.replace(s, queue_references=v),
    "disassociate_routing_profile_queues_queue_references",
)
"""Lens on :attr:`DisassociateRoutingProfileQueues.queue_references`."""


disassociate_routing_profile_queues_manual_assignment_queue_references = _rt.Lens[
    DisassociateRoutingProfileQueues, list[RoutingProfileQueueReference] | None
](
    lambda s: s.manual_assignment_queue_references,
    lambda s, v: _dc.replace(s, manual_assignment_queue_references=v),
    "disassociate_routing_profile_queues_manual_assignment_queue_references",
)
"""Lens on :attr:`DisassociateRoutingProfileQueues.manual_assignment_queue_references`."""


def new_disassociate_routing_profile_queues_response(
    http_status: int,
) -> DisassociateRoutingProfileQueuesResponse:
    """Create a :class:`DisassociateRoutingProfileQueuesResponse` with all optional fields omitted."""
    return DisassociateRoutingProfileQueuesResponse(
        http_status=http_status,
    )


disassociate_routing_profile_queues_response_http_status = _rt.Lens[
    DisassociateRoutingProfileQueuesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "disassociate_routing_profile_queues_response_http_status",
)
"""Lens on :attr:`DisassociateRoutingProfileQueuesResponse.http_status`."""


def _serialize(
    request: DisassociateRoutingProfileQueues, validate: bool = True
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
        + "/disassociate-queues"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.queue_references is not None:
        data["QueueReferences"] = [v1._to_json() for v1 in request.queue_references]
    if request.manual_assignment_queue_references is not None:
        data["ManualAssignmentQueueReferences"] = [
            v1._to_json() for v1 in request.manual_assignment_queue_references
        ]
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
) -> DisassociateRoutingProfileQueuesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DisassociateRoutingProfileQueuesResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DisassociateRoutingProfileQueuesResponse)


OPERATION: _rt.Operation[
    DisassociateRoutingProfileQueues, DisassociateRoutingProfileQueuesResponse
] = _rt.Operation(
    "DisassociateRoutingProfileQueues",
    DisassociateRoutingProfileQueues,
    DisassociateRoutingProfileQueuesResponse,
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
"""The DisassociateRoutingProfileQueues operation: its types, errors and wire codec."""
