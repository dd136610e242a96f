"""List the flow association based on the filters."""

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
class ListFlowAssociations:
    """List the flow association based on the filters.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``resource_type``: A valid resource type.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    resource_type: str | None = None
    """A valid resource type."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

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
        value = self.resource_type
        if value is not None:
            path = prefix + "resource_type"
            _rt.check_str(
                errors, path, value, enum=_LIST_FLOW_ASSOCIATION_RESOURCE_TYPE_VALUES
            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=1000)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.resource_type is not None:
            result["ResourceType"] = self.resource_type
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListFlowAssociations:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListFlowAssociations")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            resource_type=data.get("ResourceType"),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListFlowAssociationsResponse:
    """The response of ListFlowAssociations.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``flow_association_summary_list``: Summary of flow associations.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    flow_association_summary_list: list[FlowAssociationSummary] | None = None
    """Summary of flow associations."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

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
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.flow_association_summary_list is not None:
            result["FlowAssociationSummaryList"] = [
                v1.to_dict() for v1 in self.flow_association_summary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListFlowAssociationsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListFlowAssociationsResponse")
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
            next_token=data.get("NextToken"),
        )


class _ListFlowAssociationsResponseDraft:
    """A :class:`ListFlowAssociationsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "flow_association_summary_list", "next_token")
    http_status: int
    flow_association_summary_list: list[FlowAssociationSummary] | None
    next_token: str | None


def new_list_flow_associations(
    instance_id: str,
) -> ListFlowAssociations:
    """Create a :class:`ListFlowAssociations` with all optional fields omitted."""
    return ListFlowAssociations(
        instance_id=instance_id,
    )


list_flow_associations_instance_id = _rt.Lens[ListFlowAssociations, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_flow_associations_instance_id",
)
"""Lens on :attr:`ListFlowAssociations.instance_id`."""


list_flow_associations_resource_type = _rt.Lens[ListFlowAssociations, str | None](
    lambda s: s.resource_type,
    lambda s, v: _dc.replace(s, resource_type=v),
    "list_flow_associations_resource_type",
)
"""Lens on :attr:`ListFlowAssociations.resource_type`."""


list_flow_associations_next_token = _rt.Lens[ListFlowAssociations, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_flow_associations_next_token",
)
"""Lens on :attr:`ListFlowAssociations.next_token`."""


list_flow_associations_max_results = _rt.Lens[ListFlowAssociations, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_flow_associations_max_results",
)
"""Lens on :attr:`ListFlowAssociations.max_results`."""


def new_list_flow_associations_response(
    http_status: int,
) -> ListFlowAssociationsResponse:
    """Create a :class:`ListFlowAssociationsResponse` with all optional fields omitted."""
    return ListFlowAssociationsResponse(
        http_status=http_status,
    )


list_flow_associations_response_http_status = _rt.Lens[
    ListFlowAssociationsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_flow_associations_response_http_status",
)
"""Lens on :attr:`ListFlowAssociationsResponse.http_status`."""


list_flow_associations_response_flow_association_summary_list = _rt.Lens[
    ListFlowAssociationsResponse, list[FlowAssociationSummary] | None
](
    lambda s: s.flow_association_summary_list,
    lambda s, v: _dc.replace(s, flow_association_summary_list=v),
    "list_flow_associations_response_flow_association_summary_list",
)
"""Lens on :attr:`ListFlowAssociationsResponse.flow_association_summary_list`."""


list_flow_associations_response_next_token = _rt.Lens[
    ListFlowAssociationsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_flow_associations_response_next_token",
)
"""Lens on :attr:`ListFlowAssociationsResponse.next_token`."""


def _serialize(request: ListFlowAssociations, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/flow-associations-summary/" + _rt.quote_label(
        request.instance_id, "instance_id"
    )
    query: list[tuple[str, str | None]] = []
    if request.resource_type is not None:
        query.append(("ResourceType", request.resource_type))
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
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
) -> ListFlowAssociationsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListFlowAssociationsResponseDraft()
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
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListFlowAssociationsResponse)


OPERATION: _rt.Operation[ListFlowAssociations, ListFlowAssociationsResponse] = (
    _rt.Operation(
        "ListFlowAssociations",
        ListFlowAssociations,
        ListFlowAssociationsResponse,
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
"""The ListFlowAssociations operation: its types, errors and wire codec."""
