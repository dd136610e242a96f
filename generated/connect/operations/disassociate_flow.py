"""Disassociates a connect resource from a flow."""

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
class DisassociateFlow:
    """Disassociates a connect resource from a flow.

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
    ) -> DisassociateFlow:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DisassociateFlow")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            resource_id=_rt.required(data, "ResourceId", path),
            resource_type=_rt.required(data, "ResourceType", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateFlowResponse:
    """The response of DisassociateFlow.

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
    ) -> DisassociateFlowResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DisassociateFlowResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DisassociateFlowResponseDraft:
    """A :class:`DisassociateFlowResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_disassociate_flow(
    instance_id: str,
    resource_id: str,
    resource_type: str,
) -> DisassociateFlow:
    """Create a :class:`DisassociateFlow` with all optional fields omitted."""
    return DisassociateFlow(
        instance_id=instance_id,
        resource_id=resource_id,
        resource_type=resource_type,
    )


disassociate_flow_instance_id = _rt.Lens[DisassociateFlow, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "disassociate_flow_instance_id",
)
"""Lens on :attr:`DisassociateFlow.instance_id`."""


disassociate_flow_resource_id = _rt.Lens[DisassociateFlow, str](
    lambda s: s.resource_id,
    lambda s, v: _dc.replace(s, resource_id=v),
    "disassociate_flow_resource_id",
)
"""Lens on :attr:`DisassociateFlow.resource_id`."""


disassociate_flow_resource_type = _rt.Lens[DisassociateFlow, str](
    lambda s: s.resource_type,
    lambda s, v: _dc.replace(s, resource_type=v),
    "disassociate_flow_resource_type",
)
"""Lens on :attr:`DisassociateFlow.resource_type`."""


def new_disassociate_flow_response(
    http_status: int,
) -> DisassociateFlowResponse:
    """Create a :class:`DisassociateFlowResponse` with all optional fields omitted."""
    return DisassociateFlowResponse(
        http_status=http_status,
    )


disassociate_flow_response_http_status = _rt.Lens[DisassociateFlowResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "disassociate_flow_response_http_status",
)
"""Lens on :attr:`DisassociateFlowResponse.http_status`."""


def _serialize(request: DisassociateFlow, validate: bool = True) -> _rt.HttpRequest:
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
        method="DELETE",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DisassociateFlowResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DisassociateFlowResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DisassociateFlowResponse)


OPERATION: _rt.Operation[DisassociateFlow, DisassociateFlowResponse] = _rt.Operation(
    "DisassociateFlow",
    DisassociateFlow,
    DisassociateFlowResponse,
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
"""The DisassociateFlow operation: its types, errors and wire codec."""
