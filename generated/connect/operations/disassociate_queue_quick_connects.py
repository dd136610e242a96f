"""Disassociates a set of quick connects from a queue."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateQueueQuickConnects:
    """Disassociates a set of quick connects from a queue.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``queue_id``: The identifier for the queue.
    - ``quick_connect_ids``: The quick connects to disassociate from the queue.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    queue_id: str
    """The identifier for the queue."""

    quick_connect_ids: list[str]
    """The quick connects to disassociate from the queue."""

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
        value = self.quick_connect_ids
        if value is None:
            errors.append(prefix + "quick_connect_ids: required but missing")
        else:
            path = prefix + "quick_connect_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 50)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["QueueId"] = self.queue_id
        result["QuickConnectIds"] = list(self.quick_connect_ids)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DisassociateQueueQuickConnects:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DisassociateQueueQuickConnects")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            queue_id=_rt.required(data, "QueueId", path),
            quick_connect_ids=list(
                _rt.expect_sequence(
                    _rt.required(data, "QuickConnectIds", path),
                    path + "QuickConnectIds",
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateQueueQuickConnectsResponse:
    """The response of DisassociateQueueQuickConnects.

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
    ) -> DisassociateQueueQuickConnectsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DisassociateQueueQuickConnectsResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DisassociateQueueQuickConnectsResponseDraft:
    """A :class:`DisassociateQueueQuickConnectsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_disassociate_queue_quick_connects(
    instance_id: str,
    queue_id: str,
    quick_connect_ids: list[str],
) -> DisassociateQueueQuickConnects:
    """Create a :class:`DisassociateQueueQuickConnects` with all optional fields omitted."""
    return DisassociateQueueQuickConnects(
        instance_id=instance_id,
        queue_id=queue_id,
        quick_connect_ids=quick_connect_ids,
    )


disassociate_queue_quick_connects_instance_id = _rt.Lens[
    DisassociateQueueQuickConnects, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "disassociate_queue_quick_connects_instance_id",
)
"""Lens on :attr:`DisassociateQueueQuickConnects.instance_id`."""


disassociate_queue_quick_connects_queue_id = _rt.Lens[
    DisassociateQueueQuickConnects, str
](
    lambda s: s.queue_id,
    lambda s, v: _dc.replace(s, queue_id=v),
    "disassociate_queue_quick_connects_queue_id",
)
"""Lens on :attr:`DisassociateQueueQuickConnects.queue_id`."""


disassociate_queue_quick_connects_quick_connect_ids = _rt.Lens[
    DisassociateQueueQuickConnects, list[str]
](
    lambda s: s.quick_connect_ids,
    lambda s, v: _dc.replace(s, quick_connect_ids=v),
    "disassociate_queue_quick_connects_quick_connect_ids",
)
"""Lens on :attr:`DisassociateQueueQuickConnects.quick_connect_ids`."""


def new_disassociate_queue_quick_connects_response(
    http_status: int,
) -> DisassociateQueueQuickConnectsResponse:
    """Create a :class:`DisassociateQueueQuickConnectsResponse` with all optional fields omitted."""
    return DisassociateQueueQuickConnectsResponse(
        http_status=http_status,
    )


disassociate_queue_quick_connects_response_http_status = _rt.Lens[
    DisassociateQueueQuickConnectsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "disassociate_queue_quick_connects_response_http_status",
)
"""Lens on :attr:`DisassociateQueueQuickConnectsResponse.http_status`."""


def _serialize(
    request: DisassociateQueueQuickConnects, validate: bool = True
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
        + "/disassociate-quick-connects"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["QuickConnectIds"] = request.quick_connect_ids
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
) -> DisassociateQueueQuickConnectsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DisassociateQueueQuickConnectsResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DisassociateQueueQuickConnectsResponse)


OPERATION: _rt.Operation[
    DisassociateQueueQuickConnects, DisassociateQueueQuickConnectsResponse
] = _rt.Operation(
    "DisassociateQueueQuickConnects",
    DisassociateQueueQuickConnects,
    DisassociateQueueQuickConnectsResponse,
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
"""The DisassociateQueueQuickConnects operation: its types, errors and wire codec."""
