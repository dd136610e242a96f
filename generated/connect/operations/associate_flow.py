"""Associates a connect resource to a flow."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_FLOW_ASSOCIATION_RESOURCE_TYPE_VALUES = frozenset(
    (
        "SMS_PHONE_NUMBER",
        "INBOUND_EMAIL",
        "OUTBOUND_EMAIL",
        "ANALYTICS_CONNECTOR",
        "WHATSAPP_MESSAGING_PHONE_NUMBER",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateFlow:
    """Associates a connect resource to a flow.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``resource_id``: The identifier of the resource.
    - ``flow_id``: The identifier of the flow.
    - ``resource_type``: A valid resource type.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    resource_id: str
    """The identifier of the resource.

    - Amazon Web Services End User Messaging SMS phone number ARN when using
      ``SMS_PHONE_NUMBER``
    - Amazon Web Services End User Messaging Social phone number ARN when
      using ``WHATSAPP_MESSAGING_PHONE_NUMBER``
    """

    flow_id: str
    """The identifier of the flow."""

    resource_type: str
    """A valid resource type."""

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
        value = self.resource_id
        if value is None:
            errors.append(prefix + "resource_id: required but missing")
        else:
            path = prefix + "resource_id"
            _rt.check_str(errors, path, value)
        value = self.flow_id
        if value is None:
            errors.append(prefix + "flow_id: required but missing")
        else:
            path = prefix + "flow_id"
            _rt.check_str(errors, path, value)
        value = self.resource_type
        if value is None:
            errors.append(prefix + "resource_type: required but missing")
        else:
            path = prefix + "resource_type"
            _rt.check_str(
                errors, path, value, enum=_FLOW_ASSOCIATION_RESOURCE_TYPE_VALUES
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ResourceId"] = self.resource_id
        result["FlowId"] = self.flow_id
        result["ResourceType"] = self.resource_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssociateFlow:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociateFlow")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            resource_id=_rt.required(data, "ResourceId", path),
            flow_id=_rt.required(data, "FlowId", path),
            resource_type=_rt.required(data, "ResourceType", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateFlowResponse:
    """The response of AssociateFlow.

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
    ) -> AssociateFlowResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociateFlowResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _AssociateFlowResponseDraft:
    """A :class:`AssociateFlowResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_associate_flow(
    instance_id: str,
    resource_id: str,
    flow_id: str,
    resource_type: str,
) -> AssociateFlow:
    """Create a :class:`AssociateFlow` with all optional fields omitted."""
    return AssociateFlow(
        instance_id=instance_id,
        resource_id=resource_id,
        flow_id=flow_id,
        resource_type=resource_type,
    )


associate_flow_instance_id = _rt.Lens[AssociateFlow, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "associate_flow_instance_id",
)
"""Lens on :attr:`AssociateFlow.instance_id`."""


associate_flow_resource_id = _rt.Lens[AssociateFlow, str](
    lambda s: s.resource_id,
    lambda s, v: _dc.replace(s, resource_id=v),
    "associate_flow_resource_id",
)
"""Lens on :attr:`AssociateFlow.resource_id`."""


associate_flow_flow_id = _rt.Lens[AssociateFlow, str](
    lambda s: s.flow_id,
    lambda s, v: _dc.replace(s, flow_id=v),
    "associate_flow_flow_id",
)
"""Lens on :attr:`AssociateFlow.flow_id`."""


associate_flow_resource_type = _rt.Lens[AssociateFlow, str](
    lambda s: s.resource_type,
    lambda s, v: _dc.replace(s, resource_type=v),
    "associate_flow_resource_type",
)
"""Lens on :attr:`AssociateFlow.resource_type`."""


def new_associate_flow_response(
    http_status: int,
) -> AssociateFlowResponse:
    """Create a :class:`AssociateFlowResponse` with all optional fields omitted."""
    return AssociateFlowResponse(
        http_status=http_status,
    )


associate_flow_response_http_status = _rt.Lens[AssociateFlowResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "associate_flow_response_http_status",
)
"""Lens on :attr:`AssociateFlowResponse.http_status`."""


def _serialize(request: AssociateFlow, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/flow-associations/" + _rt.quote_label(request.instance_id, "instance_id")
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ResourceId"] = request.resource_id
    data["FlowId"] = request.flow_id
    data["ResourceType"] = request.resource_type
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="PUT",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> AssociateFlowResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _AssociateFlowResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, AssociateFlowResponse)


OPERATION: _rt.Operation[AssociateFlow, AssociateFlowResponse] = _rt.Operation(
    "AssociateFlow",
    AssociateFlow,
    AssociateFlowResponse,
    (
        _errors.AccessDeniedException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The AssociateFlow operation: its types, errors and wire codec."""
