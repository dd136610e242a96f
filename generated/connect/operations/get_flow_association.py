"""Retrieves the flow associated for a given resource."""

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
class GetFlowAssociation:
    """Retrieves the flow associated for a given resource.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``resource_id``: The identifier of the resource.
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
        result["ResourceType"] = self.resource_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetFlowAssociation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetFlowAssociation")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            resource_id=_rt.required(data, "ResourceId", path),
            resource_type=_rt.required(data, "ResourceType", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetFlowAssociationResponse:
    """The response of GetFlowAssociation.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``resource_id``: The identifier of the resource.
    - ``flow_id``: The identifier of the flow.
    - ``resource_type``: A valid resource type.
    """

    http_status: int
    """The HTTP status code of the response."""

    resource_id: str | None = None
    """The identifier of the resource."""

    flow_id: str | None = None
    """The identifier of the flow."""

    resource_type: str | None = None
    """A valid resource type."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.resource_id
        if value is not None:
            path = prefix + "resource_id"
            _rt.check_str(errors, path, value)
        value = self.flow_id
        if value is not None:
            path = prefix + "flow_id"
            _rt.check_str(errors, path, value)
        value = self.resource_type
        if value is not None:
            path = prefix + "resource_type"
            _rt.check_str(
                errors, path, value, enum=_FLOW_ASSOCIATION_RESOURCE_TYPE_VALUES
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.resource_id is not None:
            result["ResourceId"] = self.resource_id
        if self.flow_id is not None:
            result["FlowId"] = self.flow_id
        if self.resource_type is not None:
            result["ResourceType"] = self.resource_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetFlowAssociationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetFlowAssociationResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            resource_id=data.get("ResourceId"),
            flow_id=data.get("FlowId"),
            resource_type=data.get("ResourceType"),
        )


class _GetFlowAssociationResponseDraft:
    """A :class:`GetFlowAssociationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "resource_id", "flow_id", "resource_type")
    http_status: int
    resource_id: str | None
    flow_id: str | None
    resource_type: str | None


def new_get_flow_association(
    instance_id: str,
    resource_id: str,
    resource_type: str,
) -> GetFlowAssociation:
    """Create a :class:`GetFlowAssociation` with all optional fields omitted."""
    return GetFlowAssociation(
        instance_id=instance_id,
        resource_id=resource_id,
        resource_type=resource_type,
    )


get_flow_association_instance_id = _rt.Lens[GetFlowAssociation, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "get_flow_association_instance_id",
)
"""Lens on :attr:`GetFlowAssociation.instance_id`."""


get_flow_association_resource_id = _rt.Lens[GetFlowAssociation, str](
    lambda s: s.resource_id,
    lambda s, v: _dc.replace(s, resource_id=v),
    "get_flow_association_resource_id",
)
"""Lens on :attr:`GetFlowAssociation.resource_id`."""


get_flow_association_resource_type = _rt.Lens[GetFlowAssociation, str](
    lambda s: s.resource_type,
    lambda s, v: _dc.replace(s, resource_type=v),
    "get_flow_association_resource_type",
)
"""Lens on :attr:`GetFlowAssociation.resource_type`."""


def new_get_flow_association_response(
    http_status: int,
) -> GetFlowAssociationResponse:
    """Create a :class:`GetFlowAssociationResponse` with all optional fields omitted."""
    return GetFlowAssociationResponse(
        http_status=http_status,
    )


get_flow_association_response_http_status = _rt.Lens[GetFlowAssociationResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "get_flow_association_response_http_status",
)
"""Lens on :attr:`GetFlowAssociationResponse.http_status`."""


get_flow_association_response_resource_id = _rt.Lens[
    GetFlowAssociationResponse, str | None
](
    lambda s: s.resource_id,
    lambda s, v: _dc.replace(s, resource_id=v),
    "get_flow_association_response_resource_id",
)
"""Lens on :attr:`GetFlowAssociationResponse.resource_id`."""


get_flow_association_response_flow_id = _rt.Lens[
    GetFlowAssociationResponse, str | None
](
    lambda s: s.flow_id,
    lambda s, v: _dc.replace(s, flow_id=v),
    "get_flow_association_response_flow_id",
)
"""Lens on :attr:`GetFlowAssociationResponse.flow_id`."""


get_flow_association_response_resource_type = _rt.Lens[
    GetFlowAssociationResponse, str | None
](
    lambda s: s.resource_type,
    lambda s, v: _dc.replace(s, resource_type=v),
    "get_flow_association_response_resource_type",
)
"""Lens on :attr:`GetFlowAssociationResponse.resource_type`."""


def _serialize(request: GetFlowAssociation, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.resource_id == "":
        raise _rt.ValidationError(
            ["resource_id: a URI label must be set and not empty"]
        )
    if request.resource_type == "":
        raise _rt.ValidationError(
            ["resource_type: a URI label must be set and not empty"]
        )
    path = (
        "/flow-associations/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.resource_id, "resource_id")
        + "/"
        + _rt.quote_label(request.resource_type, "resource_type")
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
) -> GetFlowAssociationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _GetFlowAssociationResponseDraft()
    draft.http_status = status
    try:
        draft.resource_id = (
            None
            if (value := data.get("ResourceId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "ResourceId"))
        )
        draft.flow_id = (
            None
            if (value := data.get("FlowId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "FlowId"))
        )
        draft.resource_type = (
            None
            if (value := data.get("ResourceType")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "ResourceType")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, GetFlowAssociationResponse)


OPERATION: _rt.Operation[GetFlowAssociation, GetFlowAssociationResponse] = (
    _rt.Operation(
        "GetFlowAssociation",
        GetFlowAssociation,
        GetFlowAssociationResponse,
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
)
"""The GetFlowAssociation operation: its types, errors and wire codec."""
