"""Retrieves a paginated list of all versions for a specific contact flow module."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.contact_flow_module_version_summary import ContactFlowModuleVersionSummary


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListContactFlowModuleVersions:
    """Retrieves a paginated list of all versions for a specific contact flow
    module.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_module_id``: The identifier of the flow module.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_flow_module_id: str
    """The identifier of the flow module."""

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
        value = self.contact_flow_module_id
        if value is None:
            errors.append(prefix + "contact_flow_module_id: required but missing")
        else:
            path = prefix + "contact_flow_module_id"
            _rt.check_str(errors, path, value)
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
        result["ContactFlowModuleId"] = self.contact_flow_module_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListContactFlowModuleVersions:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListContactFlowModuleVersions")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_module_id=_rt.required(data, "ContactFlowModuleId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListContactFlowModuleVersionsResponse:
    """The response of ListContactFlowModuleVersions.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_flow_module_version_summary_list``: Information about the flow module versions.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_flow_module_version_summary_list: (
        list[ContactFlowModuleVersionSummary] | None
    ) = None
    """Information about the flow module versions."""

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
        value = self.contact_flow_module_version_summary_list
        if value is not None:
            path = prefix + "contact_flow_module_version_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ContactFlowModuleVersionSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ContactFlowModuleVersionSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contact_flow_module_version_summary_list is not None:
            result["ContactFlowModuleVersionSummaryList"] = [
                v1.to_dict() for v1 in self.contact_flow_module_version_summary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListContactFlowModuleVersionsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListContactFlowModuleVersionsResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            contact_flow_module_version_summary_list=(
                None
                if (value := data.get("ContactFlowModuleVersionSummaryList")) is None
                else [
                    ContactFlowModuleVersionSummary.from_dict(
                        v1,
                        path=path
                        + "ContactFlowModuleVersionSummaryList"
                        + f"[{i1}]"
                        + ".",
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(
                            value, path + "ContactFlowModuleVersionSummaryList"
                        )
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListContactFlowModuleVersionsResponseDraft:
    """A :class:`ListContactFlowModuleVersionsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "contact_flow_module_version_summary_list",
        "next_token",
    )
    http_status: int
    contact_flow_module_version_summary_list: (
        list[ContactFlowModuleVersionSummary] | None
    )
    next_token: str | None


def new_list_contact_flow_module_versions(
    instance_id: str,
    contact_flow_module_id: str,
) -> ListContactFlowModuleVersions:
    """Create a :class:`ListContactFlowModuleVersions` with all optional fields omitted."""
    return ListContactFlowModuleVersions(
        instance_id=instance_id,
        contact_flow_module_id=contact_flow_module_id,
    )


list_contact_flow_module_versions_instance_id = _rt.Lens[
    ListContactFlowModuleVersions, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_contact_flow_module_versions_instance_id",
)
"""Lens on :attr:`ListContactFlowModuleVersions.instance_id`."""


list_contact_flow_module_versions_contact_flow_module_id = _rt.Lens[
    ListContactFlowModuleVersions, str
](
    lambda s: s.contact_flow_module_id,
    lambda s, v: _dc.replace(s, contact_flow_module_id=v),
    "list_contact_flow_module_versions_contact_flow_module_id",
)
"""Lens on :attr:`ListContactFlowModuleVersions.contact_flow_module_id`."""


list_contact_flow_module_versions_next_token = _rt.Lens[
    ListContactFlowModuleVersions, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_contact_flow_module_versions_next_token",
)
"""Lens on :attr:`ListContactFlowModuleVersions.next_token`."""


list_contact_flow_module_versions_max_results = _rt.Lens[
    ListContactFlowModuleVersions, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_contact_flow_module_versions_max_results",
)
"""Lens on :attr:`ListContactFlowModuleVersions.max_results`."""


def new_list_contact_flow_module_versions_response(
    http_status: int,
) -> ListContactFlowModuleVersionsResponse:
    """Create a :class:`ListContactFlowModuleVersionsResponse` with all optional fields omitted."""
    return ListContactFlowModuleVersionsResponse(
        http_status=http_status,
    )


list_contact_flow_module_versions_response_http_status = _rt.Lens[
    ListContactFlowModuleVersionsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_contact_flow_module_versions_response_http_status",
)
"""Lens on :attr:`ListContactFlowModuleVersionsResponse.http_status`."""


list_contact_flow_module_versions_response_contact_flow_module_version_summary_list = _rt.Lens[
    ListContactFlowModuleVersionsResponse, list[ContactFlowModuleVersionSummary] | None
](
    lambda s: s.contact_flow_module_version_summary_list,
    lambda s, v: _dc.replace(s, contact_flow_module_version_summary_list=v),
    "list_contact_flow_module_versions_response_contact_flow_module_version_summary_list",
)
"""Lens on :attr:`ListContactFlowModuleVersionsResponse.contact_flow_module_version_summary_list`."""


list_contact_flow_module_versions_response_next_token = _rt.Lens[
    ListContactFlowModuleVersionsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_contact_flow_module_versions_response_next_token",
)
"""Lens on :attr:`ListContactFlowModuleVersionsResponse.next_token`."""


def _serialize(
    request: ListContactFlowModuleVersions, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.contact_flow_module_id == "":
        raise _rt.ValidationError(
            ["contact_flow_module_id: a URI label must be set and not empty"]
        )
    path = (
        "/contact-flow-modules/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.contact_flow_module_id, "contact_flow_module_id")
        + "/versions"
    )
    query: list[tuple[str, str | None]] = []
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
) -> ListContactFlowModuleVersionsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListContactFlowModuleVersionsResponseDraft()
    draft.http_status = status
    try:
        draft.contact_flow_module_version_summary_list = (
            None
            if (value := data.get("ContactFlowModuleVersionSummaryList")) is None
            else [
                ContactFlowModuleVersionSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(
                            v1, "ContactFlowModuleVersionSummaryList"
                        )
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "ContactFlowModuleVersionSummaryList")
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
    return _rt.seal(draft, ListContactFlowModuleVersionsResponse)


OPERATION: _rt.Operation[
    ListContactFlowModuleVersions, ListContactFlowModuleVersionsResponse
] = _rt.Operation(
    "ListContactFlowModuleVersions",
    ListContactFlowModuleVersions,
    ListContactFlowModuleVersionsResponse,
    (
        _errors.AccessDeniedException,
        _errors.InternalServiceException,
        _errors.ResourceNotFoundException,
        _errors.InvalidParameterException,
        _errors.InvalidRequestException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The ListContactFlowModuleVersions operation: its types, errors and wire codec."""
