"""Lists the permissions granted to a security profile."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListSecurityProfilePermissions:
    """Lists the permissions granted to a security profile.

    For information about security profiles, see `Security Profiles
    <https://docs.aws.amazon.com/connect/latest/adminguide/connect-security-profiles.html>`__
    in the *Connect Customer Administrator Guide*. For a mapping of the API
    name and user interface name of the security profile permissions, see
    `List of security profile permissions
    <https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html>`__.

    Fields:

    - ``security_profile_id``: The identifier for the security profle.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    security_profile_id: str
    """The identifier for the security profle."""

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
    ) -> ListSecurityProfilePermissions:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListSecurityProfilePermissions")
        return cls(
            security_profile_id=_rt.required(data, "SecurityProfileId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListSecurityProfilePermissionsResponse:
    """The response of ListSecurityProfilePermissions.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``permissions``: The permissions granted to the security profile.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``last_modified_time``: The timestamp when this resource was last modified.
    - ``last_modified_region``: The Amazon Web Services Region where this resource was last modified.
    """

    http_status: int
    """The HTTP status code of the response."""

    permissions: list[str] | None = None
    """The permissions granted to the security profile. For a complete list of
    valid permissions, see `List of security profile permissions
    <https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html>`__.
    """

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    last_modified_time: _dt.datetime | None = None
    """The timestamp when this resource was last modified."""

    last_modified_region: str | None = None
    """The Amazon Web Services Region where this resource was last modified."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.permissions
        if value is not None:
            path = prefix + "permissions"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 500)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=128)
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
        if self.permissions is not None:
            result["Permissions"] = list(self.permissions)
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
    ) -> ListSecurityProfilePermissionsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListSecurityProfilePermissionsResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            permissions=(
                None
                if (value := data.get("Permissions")) is None
                else list(_rt.expect_sequence(value, path + "Permissions"))
            ),
            next_token=data.get("NextToken"),
            last_modified_time=data.get("LastModifiedTime"),
            last_modified_region=data.get("LastModifiedRegion"),
        )


class _ListSecurityProfilePermissionsResponseDraft:
    """A :class:`ListSecurityProfilePermissionsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "permissions",
        "next_token",
        "last_modified_time",
        "last_modified_region",
    )
    http_status: int
    permissions: list[str] | None
    next_token: str | None
    last_modified_time: _dt.datetime | None
    last_modified_region: str | None


def new_list_security_profile_permissions(
    security_profile_id: str,
    instance_id: str,
) -> ListSecurityProfilePermissions:
    """Create a :class:`ListSecurityProfilePermissions` with all optional fields omitted."""
    return ListSecurityProfilePermissions(
        security_profile_id=security_profile_id,
        instance_id=instance_id,
    )


list_security_profile_permissions_security_profile_id = _rt.Lens[
    ListSecurityProfilePermissions, str
](
    lambda s: s.security_profile_id,
    lambda s, v: _dc.replace(s, security_profile_id=v),
    "list_security_profile_permissions_security_profile_id",
)
"""Lens on :attr:`ListSecurityProfilePermissions.security_profile_id`."""


list_security_profile_permissions_instance_id = _rt.Lens[
    ListSecurityProfilePermissions, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_security_profile_permissions_instance_id",
)
"""Lens on :attr:`ListSecurityProfilePermissions.instance_id`."""


list_security_profile_permissions_next_token = _rt.Lens[
    ListSecurityProfilePermissions, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_security_profile_permissions_next_token",
)
"""Lens on :attr:`ListSecurityProfilePermissions.next_token`."""


list_security_profile_permissions_max_results = _rt.Lens[
    ListSecurityProfilePermissions, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_security_profile_permissions_max_results",
)
"""Lens on :attr:`ListSecurityProfilePermissions.max_results`."""


def new_list_security_profile_permissions_response(
    http_status: int,
) -> ListSecurityProfilePermissionsResponse:
    """Create a :class:`ListSecurityProfilePermissionsResponse` with all optional fields omitted."""
    return ListSecurityProfilePermissionsResponse(
        http_status=http_status,
    )


list_security_profile_permissions_response_http_status = _rt.Lens[
    ListSecurityProfilePermissionsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_security_profile_permissions_response_http_status",
)
"""Lens on :attr:`ListSecurityProfilePermissionsResponse.http_status`."""


list_security_profile_permissions_response_permissions = _rt.Lens[
    ListSecurityProfilePermissionsResponse, list[str] | None
](
    lambda s: s.permissions,
    lambda s, v: _dc.replace(s, permissions=v),
    "list_security_profile_permissions_response_permissions",
)
"""Lens on :attr:`ListSecurityProfilePermissionsResponse.permissions`."""


list_security_profile_permissions_response_next_token = _rt.Lens[
    ListSecurityProfilePermissionsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_security_profile_permissions_response_next_token",
)
"""Lens on :attr:`ListSecurityProfilePermissionsResponse.next_token`."""


list_security_profile_permissions_response_last_modified_time = _rt.Lens[
    ListSecurityProfilePermissionsResponse, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "list_security_profile_permissions_response_last_modified_time",
)
"""Lens on :attr:`ListSecurityProfilePermissionsResponse.last_modified_time`."""


list_security_profile_permissions_response_last_modified_region = _rt.Lens[
    ListSecurityProfilePermissionsResponse, str | None
](
    lambda s: s.last_modified_region,
    lambda s, v: _dc.replace(s, last_modified_region=v),
    "list_security_profile_permissions_response_last_modified_region",
)
"""Lens on :attr:`ListSecurityProfilePermissionsResponse.last_modified_region`."""


def _serialize(
    request: ListSecurityProfilePermissions, validate: bool = True
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
        "/security-profiles-permissions/"
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
) -> ListSecurityProfilePermissionsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListSecurityProfilePermissionsResponseDraft()
    draft.http_status = status
    try:
        draft.permissions = (
            None
            if (value := data.get("Permissions")) is None
            else [
                (v1 if type(v1) is str else _rt.expect_str(v1, "Permissions"))
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Permissions")
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
    return _rt.seal(draft, ListSecurityProfilePermissionsResponse)


OPERATION: _rt.Operation[
    ListSecurityProfilePermissions, ListSecurityProfilePermissionsResponse
] = _rt.Operation(
    "ListSecurityProfilePermissions",
    ListSecurityProfilePermissions,
    ListSecurityProfilePermissionsResponse,
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
"""The ListSecurityProfilePermissions operation: its types, errors and wire codec."""
