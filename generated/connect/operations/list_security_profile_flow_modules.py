"""A list of Flow Modules an AI Agent can invoke as a tool"""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.flow_module import FlowModule

_PATTERN_1 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListSecurityProfileFlowModules:
    """A list of Flow Modules an AI Agent can invoke as a tool

    Fields:

    - ``security_profile_id``: The identifier for the security profile.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    security_profile_id: str
    """The identifier for the security profile."""

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
    """The maximum number of results to return per page. The default MaxResult
    size is 100.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.security_profile_id
        if value is None:
            errors.append(prefix + "security_profile_id: required but missing")
        else:
            path = prefix + "security_profile_id"
            _rt.check_str(errors, path, value)
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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["SecurityProfileId"] = self.security_profile_id
        result["InstanceId"] = self.instance_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListSecurityProfileFlowModules:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListSecurityProfileFlowModules")
        return cls(
            security_profile_id=_rt.required(data, "SecurityProfileId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListSecurityProfileFlowModulesResponse:
    """The response of ListSecurityProfileFlowModules.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``allowed_flow_modules``: A list of Flow Modules an AI Agent can invoke as a tool.
    - ``next_token``: The token for the next set of results.
    - ``last_modified_time``: The time the flow module was last modified.
    - ``last_modified_region``: The Region that flow module was last modified in.
    """

    http_status: int
    """The HTTP status code of the response."""

    allowed_flow_modules: list[FlowModule] | None = None
    """A list of Flow Modules an AI Agent can invoke as a tool."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    last_modified_time: _dt.datetime | None = None
    """The time the flow module was last modified."""

    last_modified_region: str | None = None
    """The Region that flow module was last modified in."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.allowed_flow_modules
        if value is not None:
            path = prefix + "allowed_flow_modules"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, FlowModule):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected FlowModule, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.last_modified_time
        if value is not None:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_modified_region
        if value is not None:
            path = prefix + "last_modified_region"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.allowed_flow_modules is not None:
            result["AllowedFlowModules"] = [
                v1.to_dict() for v1 in self.allowed_flow_modules
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.last_modified_region is not None:
            result["LastModifiedRegion"] = self.last_modified_region
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListSecurityProfileFlowModulesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListSecurityProfileFlowModulesResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            allowed_flow_modules=(
                None
                if (value := data.get("AllowedFlowModules")) is None
                else [
                    FlowModule.from_dict(
                        v1, path=path + "AllowedFlowModules" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "AllowedFlowModules")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
            last_modified_time=data.get("LastModifiedTime"),
            last_modified_region=data.get("LastModifiedRegion"),
        )


class _ListSecurityProfileFlowModulesResponseDraft:
    """A :class:`ListSecurityProfileFlowModulesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "allowed_flow_modules",
        "next_token",
        "last_modified_time",
        "last_modified_region",
    )
    http_status: int
    allowed_flow_modules: list[FlowModule] | None
    next_token: str | None
    last_modified_time: _dt.datetime | None
    last_modified_region: str | None


def new_list_security_profile_flow_modules(
    security_profile_id: str,
    instance_id: str,
) -> ListSecurityProfileFlowModules:
    """Create a :class:`ListSecurityProfileFlowModules` with all optional fields omitted."""
    return ListSecurityProfileFlowModules(
        security_profile_id=security_profile_id,
        instance_id=instance_id,
    )


list_security_profile_flow_modules_security_profile_id = _rt.Lens[
    ListSecurityProfileFlowModules, str
](
    lambda s: s.security_profile_id,
    lambda s, v: _dc.replace(s, security_profile_id=v),
    "list_security_profile_flow_modules_security_profile_id",
)
"""Lens on :attr:`ListSecurityProfileFlowModules.security_profile_id`."""


list_security_profile_flow_modules_instance_id = _rt.Lens[
    ListSecurityProfileFlowModules, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_security_profile_flow_modules_instance_id",
)
"""Lens on :attr:`ListSecurityProfileFlowModules.instance_id`."""


list_security_profile_flow_modules_next_token = _rt.Lens[
    ListSecurityProfileFlowModules, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_security_profile_flow_modules_next_token",
)
"""Lens on :attr:`ListSecurityProfileFlowModules.next_token`."""


list_security_profile_flow_modules_max_results = _rt.Lens[
    ListSecurityProfileFlowModules, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_security_profile_flow_modules_max_results",
)
"""Lens on :attr:`ListSecurityProfileFlowModules.max_results`."""


def new_list_security_profile_flow_modules_response(
    http_status: int,
) -> ListSecurityProfileFlowModulesResponse:
    """Create a :class:`ListSecurityProfileFlowModulesResponse` with all optional fields omitted."""
    return ListSecurityProfileFlowModulesResponse(
        http_status=http_status,
    )


list_security_profile_flow_modules_response_http_status = _rt.Lens[
    ListSecurityProfileFlowModulesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_security_profile_flow_modules_response_http_status",
)
"""Lens on :attr:`ListSecurityProfileFlowModulesResponse.http_status`."""


list_security_profile_flow_modules_response_allowed_flow_modules = _rt.Lens[
    ListSecurityProfileFlowModulesResponse, list[FlowModule] | None
](
    lambda s: s.allowed_flow_modules,
    lambda s, v: _dc.replace(s, allowed_flow_modules=v),
    "list_security_profile_flow_modules_response_allowed_flow_modules",
)
"""Lens on :attr:`ListSecurityProfileFlowModulesResponse.allowed_flow_modules`."""


list_security_profile_flow_modules_response_next_token = _rt.Lens[
    ListSecurityProfileFlowModulesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_security_profile_flow_modules_response_next_token",
)
"""Lens on :attr:`ListSecurityProfileFlowModulesResponse.next_token`."""


list_security_profile_flow_modules_response_last_modified_time = _rt.Lens[
    ListSecurityProfileFlowModulesResponse, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "list_security_profile_flow_modules_response_last_modified_time",
)
"""Lens on :attr:`ListSecurityProfileFlowModulesResponse.last_modified_time`."""


list_security_profile_flow_modules_response_last_modified_region = _rt.Lens[
    ListSecurityProfileFlowModulesResponse, str | None
](
    lambda s: s.last_modified_region,
    lambda s, v: _dc.replace(s, last_modified_region=v),
    "list_security_profile_flow_modules_response_last_modified_region",
)
"""Lens on :attr:`ListSecurityProfileFlowModulesResponse.last_modified_region`."""


def _serialize(
    request: ListSecurityProfileFlowModules, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.security_profile_id == "":
        raise _rt.ValidationError(
            ["security_profile_id: a URI label must be set and not empty"]
        )
    path = (
        "/security-profiles-flow-modules/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.security_profile_id, "security_profile_id")
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
) -> ListSecurityProfileFlowModulesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListSecurityProfileFlowModulesResponseDraft()
    draft.http_status = status
    try:
        draft.allowed_flow_modules = (
            None
            if (value := data.get("AllowedFlowModules")) is None
            else [
                FlowModule._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "AllowedFlowModules")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "AllowedFlowModules")
                )
                if v1 is not None
            ]
        )
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
        draft.last_modified_time = (
            None
            if (value := data.get("LastModifiedTime")) is None
            else _rt.parse_timestamp(value, "LastModifiedTime")
        )
        draft.last_modified_region = (
            None
            if (value := data.get("LastModifiedRegion")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "LastModifiedRegion")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListSecurityProfileFlowModulesResponse)


OPERATION: _rt.Operation[
    ListSecurityProfileFlowModules, ListSecurityProfileFlowModulesResponse
] = _rt.Operation(
    "ListSecurityProfileFlowModules",
    ListSecurityProfileFlowModules,
    ListSecurityProfileFlowModulesResponse,
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
"""The ListSecurityProfileFlowModules operation: its types, errors and wire codec."""
