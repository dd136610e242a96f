"""Provides information about the flow modules for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.contact_flow_module_summary import ContactFlowModuleSummary

_CONTACT_FLOW_MODULE_STATE_VALUES = frozenset(
    (
        "ACTIVE",
        "ARCHIVED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListContactFlowModules:
    """Provides information about the flow modules for the specified Connect
    Customer instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    - ``contact_flow_module_state``: The state of the flow module.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

    contact_flow_module_state: str | None = None
    """The state of the flow module."""

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
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=1000)
        value = self.contact_flow_module_state
        if value is not None:
            path = prefix + "contact_flow_module_state"
            _rt.check_str(errors, path, value, enum=_CONTACT_FLOW_MODULE_STATE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.contact_flow_module_state is not None:
            result["ContactFlowModuleState"] = self.contact_flow_module_state
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListContactFlowModules:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListContactFlowModules")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            contact_flow_module_state=data.get("ContactFlowModuleState"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListContactFlowModulesResponse:
    """The response of ListContactFlowModules.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_flow_modules_summary_list``: Information about the flow module.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_flow_modules_summary_list: list[ContactFlowModuleSummary] | None = None
    """Information about the flow module."""

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
        value = self.contact_flow_modules_summary_list
        if value is not None:
            path = prefix + "contact_flow_modules_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ContactFlowModuleSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ContactFlowModuleSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contact_flow_modules_summary_list is not None:
            result["ContactFlowModulesSummaryList"] = [
                v1.to_dict() for v1 in self.contact_flow_modules_summary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListContactFlowModulesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListContactFlowModulesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            contact_flow_modules_summary_list=(
                None
                if (value := data.get("ContactFlowModulesSummaryList")) is None
                else [
                    ContactFlowModuleSummary.from_dict(
                        v1,
                        path=path + "ContactFlowModulesSummaryList" + f"[{i1}]" + ".",
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(
                            value, path + "ContactFlowModulesSummaryList"
                        )
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListContactFlowModulesResponseDraft:
    """A :class:`ListContactFlowModulesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contact_flow_modules_summary_list", "next_token")
    http_status: int
    contact_flow_modules_summary_list: list[ContactFlowModuleSummary] | None
    next_token: str | None


def new_list_contact_flow_modules(
    instance_id: str,
) -> ListContactFlowModules:
    """Create a :class:`ListContactFlowModules` with all optional fields omitted."""
    return ListContactFlowModules(
        instance_id=instance_id,
    )


list_contact_flow_modules_instance_id = _rt.Lens[ListContactFlowModules, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_contact_flow_modules_instance_id",
)
"""Lens on :attr:`ListContactFlowModules.instance_id`."""


list_contact_flow_modules_next_token = _rt.Lens[ListContactFlowModules, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_contact_flow_modules_next_token",
)
"""Lens on :attr:`ListContactFlowModules.next_token`."""


list_contact_flow_modules_max_results = _rt.Lens[ListContactFlowModules, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_contact_flow_modules_max_results",
)
"""Lens on :attr:`ListContactFlowModules.max_results`."""


list_contact_flow_modules_contact_flow_module_state = _rt.Lens[
    ListContactFlowModules, str | None
](
    lambda s: s.contact_flow_module_state,
    lambda s, v: _dc.replace(s, contact_flow_module_state=v),
    "list_contact_flow_modules_contact_flow_module_state",
)
"""Lens on :attr:`ListContactFlowModules.contact_flow_module_state`."""


def new_list_contact_flow_modules_response(
    http_status: int,
) -> ListContactFlowModulesResponse:
    """Create a :class:`ListContactFlowModulesResponse` with all optional fields omitted."""
    return ListContactFlowModulesResponse(
        http_status=http_status,
    )


list_contact_flow_modules_response_http_status = _rt.Lens[
    ListContactFlowModulesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_contact_flow_modules_response_http_status",
)
"""Lens on :attr:`ListContactFlowModulesResponse.http_status`."""


list_contact_flow_modules_response_contact_flow_modules_summary_list = _rt.Lens[
    ListContactFlowModulesResponse, list[ContactFlowModuleSummary] | None
](
    lambda s: s.contact_flow_modules_summary_list,
    lambda s, v: _dc.replace(s, contact_flow_modules_summary_list=v),
    "list_contact_flow_modules_response_contact_flow_modules_summary_list",
)
"""Lens on :attr:`ListContactFlowModulesResponse.contact_flow_modules_summary_list`."""


list_contact_flow_modules_response_next_token = _rt.Lens[
    ListContactFlowModulesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_contact_flow_modules_response_next_token",
)
"""Lens on :attr:`ListContactFlowModulesResponse.next_token`."""


def _serialize(
    request: ListContactFlowModules, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/contact-flow-modules-summary/" + _rt.quote_label(
        request.instance_id, "instance_id"
    )
    query: list[tuple[str, str | None]] = []
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
    if request.contact_flow_module_state is not None:
        query.append(("state", request.contact_flow_module_state))
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
) -> ListContactFlowModulesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListContactFlowModulesResponseDraft()
    draft.http_status = status
    try:
        draft.contact_flow_modules_summary_list = (
            None
            if (value := data.get("ContactFlowModulesSummaryList")) is None
            else [
                ContactFlowModuleSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "ContactFlowModulesSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "ContactFlowModulesSummaryList")
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
    return _rt.seal(draft, ListContactFlowModulesResponse)


OPERATION: _rt.Operation[ListContactFlowModules, ListContactFlowModulesResponse] = (
    _rt.Operation(
        "ListContactFlowModules",
        ListContactFlowModules,
        ListContactFlowModulesResponse,
        (
            _errors.AccessDeniedException,
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.InternalServiceException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The ListContactFlowModules operation: its types, errors and wire codec."""
