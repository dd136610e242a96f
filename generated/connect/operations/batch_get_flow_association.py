"""Retrieve the flow associations for the given resources."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.flow_association_summary import FlowAssociationSummary

_LIST_FLOW_ASSOCIATION_RESOURCE_TYPE_VALUES = frozenset(
    (
        "WHATSAPP_MESSAGING_PHONE_NUMBER",
        "VOICE_PHONE_NUMBER",
        "INBOUND_EMAIL",
        "OUTBOUND_EMAIL",
        "ANALYTICS_CONNECTOR",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class BatchGetFlowAssociation:
    """Retrieve the flow associations for the given resources.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``resource_ids``: A list of resource identifiers to retrieve flow associations.
    - ``resource_type``: The type of resource association.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    resource_ids: list[str]
    """A list of resource identifiers to retrieve flow associations.

    - Amazon Web Services End User Messaging SMS phone number ARN when using
      ``SMS_PHONE_NUMBER``
    - Amazon Web Services End User Messaging Social phone number ARN when
      using ``WHATSAPP_MESSAGING_PHONE_NUMBER``
    """

    resource_type: str | None = None
    """The type of resource association."""

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
        value = self.resource_ids
        if value is None:
            errors.append(prefix + "resource_ids: required but missing")
        else:
            path = prefix + "resource_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 100)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.resource_type
        if value is not None:
            path = prefix + "resource_type"
            _rt.check_str(
                errors, path, value, enum=_LIST_FLOW_ASSOCIATION_RESOURCE_TYPE_VALUES
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ResourceIds"] = list(self.resource_ids)
        if self.resource_type is not None:
            result["ResourceType"] = self.resource_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> BatchGetFlowAssociation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "BatchGetFlowAssociation")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            resource_ids=list(
                _rt.expect_sequence(
                    _rt.required(data, "ResourceIds", path), path + "ResourceIds"
                )
            ),
            resource_type=data.get("ResourceType"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class BatchGetFlowAssociationResponse:
    """The response of BatchGetFlowAssociation.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``flow_association_summary_list``: Information about flow associations.
    """

    http_status: int
    """The HTTP status code of the response."""

    flow_association_summary_list: list[FlowAssociationSummary] | None = None
    """Information about flow associations."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.flow_association_summary_list
        if value is not None:
            path = prefix + "flow_association_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, FlowAssociationSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected FlowAssociationSummary, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.flow_association_summary_list is not None:
            result["FlowAssociationSummaryList"] = [
                v1.to_dict() for v1 in self.flow_association_summary_list
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> BatchGetFlowAssociationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "BatchGetFlowAssociationResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            flow_association_summary_list=(
                None
                if (value := data.get("FlowAssociationSummaryList")) is None
                else [
                    FlowAssociationSummary.from_dict(
                        v1, path=path + "FlowAssociationSummaryList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "FlowAssociationSummaryList")
                    )
                ]
            ),
        )


class _BatchGetFlowAssociationResponseDraft:
    """A :class:`BatchGetFlowAssociationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "flow_association_summary_list")
    http_status: int
    flow_association_summary_list: list[FlowAssociationSummary] | None


def new_batch_get_flow_association(
    instance_id: str,
    resource_ids: list[str],
) -> BatchGetFlowAssociation:
    """Create a :class:`BatchGetFlowAssociation` with all optional fields omitted."""
    return BatchGetFlowAssociation(
        instance_id=instance_id,
        resource_ids=resource_ids,
    )


batch_get_flow_association_instance_id = _rt.Lens[BatchGetFlowAssociation, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "batch_get_flow_association_instance_id",
)
"""Lens on :attr:`BatchGetFlowAssociation.instance_id`."""


batch_get_flow_association_resource_ids = _rt.Lens[BatchGetFlowAssociation, list[str]](
    lambda s: s.resource_ids,
    lambda s, v: _dc.replace(s, resource_ids=v),
    "batch_get_flow_association_resource_ids",
)
"""Lens on :attr:`BatchGetFlowAssociation.resource_ids`."""


batch_get_flow_association_resource_type = _rt.Lens[
    BatchGetFlowAssociation, str | None
](
    lambda s: s.resource_type,
    lambda s, v: _dc.replace(s, resource_type=v),
    "batch_get_flow_association_resource_type",
)
"""Lens on :attr:`BatchGetFlowAssociation.resource_type`."""


def new_batch_get_flow_association_response(
    http_status: int,
) -> BatchGetFlowAssociationResponse:
    """Create a :class:`BatchGetFlowAssociationResponse` with all optional fields omitted."""
    return BatchGetFlowAssociationResponse(
        http_status=http_status,
    )


batch_get_flow_association_response_http_status = _rt.Lens[
    BatchGetFlowAssociationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "batch_get_flow_association_response_http_status",
)
"""Lens on :attr:`BatchGetFlowAssociationResponse.http_status`."""


batch_get_flow_association_response_flow_association_summary_list = _rt.Lens[
    BatchGetFlowAssociationResponse, list[FlowAssociationSummary] | None
](
    lambda s: s.flow_association_summary_list,
    lambda s, v: _dc.replace(s, flow_association_summary_list=v),
    "batch_get_flow_association_response_flow_association_summary_list",
)
"""Lens on :attr:`BatchGetFlowAssociationResponse.flow_association_summary_list`."""


def _serialize(
    request: BatchGetFlowAssociation, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/flow-associations-batch/" + _rt.quote_label(
        request.instance_id, "instance_id"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ResourceIds"] = request.resource_ids
    if request.resource_type is not None:
        data["ResourceType"] = request.resource_type
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
) -> BatchGetFlowAssociationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _BatchGetFlowAssociationResponseDraft()
    draft.http_status = status
    try:
        draft.flow_association_summary_list = (
            None
            if (value := data.get("FlowAssociationSummaryList")) is None
            else [
                FlowAssociationSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "FlowAssociationSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "FlowAssociationSummaryList")
                )
                if v1 is not None
            ]
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, BatchGetFlowAssociationResponse)


OPERATION: _rt.Operation[BatchGetFlowAssociation, BatchGetFlowAssociationResponse] = (
    _rt.Operation(
        "BatchGetFlowAssociation",
        BatchGetFlowAssociation,
        BatchGetFlowAssociationResponse,
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
"""The BatchGetFlowAssociation operation: its types, errors and wire codec."""
