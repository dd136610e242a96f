"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^[A-Za-z0-9:/]*$",
    "^[A-Za-z0-9:/]*(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateAuthenticationProfile:
    """This API is in preview release for Connect Customer and is subject to
    change. To request access to this API, contact Amazon Web Services
    Support.

    Updates the selected authentication profile.

    Fields:

    - ``authentication_profile_id``: A unique identifier for the authentication profile.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``name``: The name for the authentication profile.
    - ``description``: The description for the authentication profile.
    - ``allowed_ips``: A list of IP address range strings that are allowed to access the instance.
    - ``blocked_ips``: A list of IP address range strings that are blocked from accessing the instance.
    - ``periodic_session_duration``: The short lived session duration configuration for users logged in to Connect Customer, in minutes.
    - ``session_inactivity_duration``: The period, in minutes, before an agent is automatically signed out of the contact center when they go inactive.
    - ``session_inactivity_handling_enabled``: Determines if automatic logout on user inactivity is enabled.
    """

    authentication_profile_id: str
    """A unique identifier for the authentication profile."""

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    name: str | None = None
    """The name for the authentication profile."""

    description: str | None = None
    """The description for the authentication profile."""

    allowed_ips: list[str] | None = None
    """A list of IP address range strings that are allowed to access the
    instance. For more information on how to configure IP addresses,
    see\\ `Configure session timeouts
    <https://docs.aws.amazon.com/connect/latest/adminguide/authentication-profiles.html#configure-session-timeouts>`__
    in the *Connect Customer Administrator Guide*.
    """

    blocked_ips: list[str] | None = None
    """A list of IP address range strings that are blocked from accessing the
    instance. For more information on how to configure IP addresses, For
    more information on how to configure IP addresses, see `Configure
    IP-based access control
    <https://docs.aws.amazon.com/connect/latest/adminguide/authentication-profiles.html#configure-ip-based-ac>`__
    in the *Connect Customer Administrator Guide*.
    """

    periodic_session_duration: int | None = None
    """The short lived session duration configuration for users logged in to
    Connect Customer, in minutes. This value determines the maximum possible
    time before an agent is authenticated. For more information, For more
    information on how to configure IP addresses, see `Configure session
    timeouts
    <https://docs.aws.amazon.com/connect/latest/adminguide/authentication-profiles.html#configure-session-timeouts>`__
    in the *Connect Customer Administrator Guide*.

    .. warning:: Deprecated. PeriodicSessionDuration is deprecated. Use SessionInactivityDuration instead. (since 10/31/2025)
    """

    session_inactivity_duration: int | None = None
    """The period, in minutes, before an agent is automatically signed out of
    the contact center when they go inactive.
    """

    session_inactivity_handling_enabled: bool | None = None
    """Determines if automatic logout on user inactivity is enabled."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.authentication_profile_id
        if value is None:
            errors.append(prefix + "authentication_profile_id: required but missing")
        else:
            path = prefix + "authentication_profile_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=128)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=1, max_len=250)
        value = self.allowed_ips
        if value is not None:
            path = prefix + "allowed_ips"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(
                            errors, p1, v1, min_len=2, max_len=50, pattern=_PATTERN_1
                        )
        value = self.blocked_ips
        if value is not None:
            path = prefix + "blocked_ips"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(
                            errors, p1, v1, min_len=2, max_len=50, pattern=_PATTERN_1
                        )
        value = self.periodic_session_duration
        if value is not None:
            path = prefix + "periodic_session_duration"
            _rt.check_number(errors, path, value, True, minimum=10, maximum=60)
        value = self.session_inactivity_duration
        if value is not None:
            path = prefix + "session_inactivity_duration"
            _rt.check_number(errors, path, value, True, minimum=15, maximum=720)
        value = self.session_inactivity_handling_enabled
        if value is not None:
            path = prefix + "session_inactivity_handling_enabled"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["AuthenticationProfileId"] = self.authentication_profile_id
        result["InstanceId"] = self.instance_id
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        if self.allowed_ips is not None:
            result["AllowedIps"] = list(self.allowed_ips)
        if self.blocked_ips is not None:
            result["BlockedIps"] = list(self.blocked_ips)
        if self.periodic_session_duration is not None:
            result["PeriodicSessionDuration"] = self.periodic_session_duration
        if self.session_inactivity_duration is not None:
            result["SessionInactivityDuration"] = self.session_inactivity_duration
        if self.session_inactivity_handling_enabled is not None:
            result["SessionInactivityHandlingEnabled"] = (
                self.session_inactivity_handling_enabled
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateAuthenticationProfile:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateAuthenticationProfile")
        return cls(
            authentication_profile_id=_rt.required(
                data, "AuthenticationProfileId", path
            ),
            instance_id=_rt.required(data, "InstanceId", path),
            name=data.get("Name"),
            description=data.get("Description"),
            allowed_ips=(
                None
                if (value := data.get("AllowedIps")) is None
                else list(_rt.expect_sequence(value, path + "AllowedIps"))
            ),
            blocked_ips=(
                None
                if (value := data.get("BlockedIps")) is None
                else list(_rt.expect_sequence(value, path + "BlockedIps"))
            ),
            periodic_session_duration=data.get("PeriodicSessionDuration"),
            session_inactivity_duration=data.get("SessionInactivityDuration"),
            session_inactivity_handling_enabled=data.get(
                "SessionInactivityHandlingEnabled"
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateAuthenticationProfileResponse:
    """The response of UpdateAuthenticationProfile.

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
    ) -> UpdateAuthenticationProfileResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateAuthenticationProfileResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateAuthenticationProfileResponseDraft:
    """A :class:`UpdateAuthenticationProfileResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_authentication_profile(
    authentication_profile_id: str,
    instance_id: str,
) -> UpdateAuthenticationProfile:
    """Create a :class:`UpdateAuthenticationProfile` with all optional fields omitted."""
    return UpdateAuthenticationProfile(
        authentication_profile_id=authentication_profile_id,
        instance_id=instance_id,
    )


update_authentication_profile_authentication_profile_id = _rt.Lens[
    UpdateAuthenticationProfile, str
](
    lambda s: s.authentication_profile_id,
    lambda s, v: _dc.replace(s, authentication_profile_id=v),
    "update_authentication_profile_authentication_profile_id",
)
"""Lens on :attr:`UpdateAuthenticationProfile.authentication_profile_id`."""


update_authentication_profile_instance_id = _rt.Lens[UpdateAuthenticationProfile, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_authentication_profile_instance_id",
)
"""Lens on :attr:`UpdateAuthenticationProfile.instance_id`."""


update_authentication_profile_name = _rt.Lens[UpdateAuthenticationProfile, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_authentication_profile_name",
)
"""Lens on :attr:`UpdateAuthenticationProfile.name`."""


update_authentication_profile_description = _rt.Lens[
    UpdateAuthenticationProfile, str | None
](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_authentication_profile_description",
)
"""Lens on :attr:`UpdateAuthenticationProfile.description`."""


update_authentication_profile_allowed_ips = _rt.Lens[
    UpdateAuthenticationProfile, list[str] | None
](
    lambda s: s.allowed_ips,
    lambda s, v: _dc.replace(s, allowed_ips=v),
    "update_authentication_profile_allowed_ips",
)
"""Lens on :attr:`UpdateAuthenticationProfile.allowed_ips`."""


update_authentication_profile_blocked_ips = _rt.Lens[
    UpdateAuthenticationProfile, list[str] | None
](
    lambda s: s.blocked_ips,
    lambda s, v: _dc.replace(s, blocked_ips=v),
    "update_authentication_profile_blocked_ips",
)
"""Lens on :attr:`UpdateAuthenticationProfile.blocked_ips`."""


update_authentication_profile_periodic_session_duration = _rt.Lens[
    UpdateAuthenticationProfile, int | None
](
    lambda s: s.periodic_session_duration,
    lambda s, v: _dc.replace(s, periodic_session_duration=v),
    "update_authentication_profile_periodic_session_duration",
)
"""Lens on :attr:`UpdateAuthenticationProfile.periodic_session_duration`."""


update_authentication_profile_session_inactivity_duration = _rt.Lens[
    UpdateAuthenticationProfile, int | None
](
    lambda s: s.session_inactivity_duration,
    lambda s, v: _dc.replace(s, session_inactivity_duration=v),
    "update_authentication_profile_session_inactivity_duration",
)
"""Lens on :attr:`UpdateAuthenticationProfile.session_inactivity_duration`."""


update_authentication_profile_session_inactivity_handling_enabled = _rt.Lens[
    UpdateAuthenticationProfile, bool | None
](
    lambda s: s.session_inactivity_handling_enabled,
    lambda s, v: _dc.replace(s, session_inactivity_handling_enabled=v),
    "update_authentication_profile_session_inactivity_handling_enabled",
)
"""Lens on :attr:`UpdateAuthenticationProfile.session_inactivity_handling_enabled`."""


def new_update_authentication_profile_response(
    http_status: int,
) -> UpdateAuthenticationProfileResponse:
    """Create a :class:`UpdateAuthenticationProfileResponse` with all optional fields omitted."""
    return UpdateAuthenticationProfileResponse(
        http_status=http_status,
    )


update_authentication_profile_response_http_status = _rt.Lens[
    UpdateAuthenticationProfileResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_authentication_profile_response_http_status",
)
"""Lens on :attr:`UpdateAuthenticationProfileResponse.http_status`."""


def _serialize(
    request: UpdateAuthenticationProfile, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.authentication_profile_id == "":
        raise _rt.ValidationError(
            ["authentication_profile_id: a URI label must be set and not empty"]
        )
    path = (
        "/authentication-profiles/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(
            request.authentication_profile_id, "authentication_profile_id"
        )
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.name is not None:
        data["Name"] = request.name
    if request.description is not None:
        data["Description"] = request.description
    if request.allowed_ips is not None:
        data["AllowedIps"] = request.allowed_ips
    if request.blocked_ips is not None:
        data["BlockedIps"] = request.blocked_ips
    if request.periodic_session_duration is not None:
        data["PeriodicSessionDuration"] = request.periodic_session_duration
    if request.session_inactivity_duration is not None:
        data["SessionInactivityDuration"] = request.session_inactivity_duration
    if request.session_inactivity_handling_enabled is not None:
        data["SessionInactivityHandlingEnabled"] = (
            request.session_inactivity_handling_enabled
        )
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
) -> UpdateAuthenticationProfileResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateAuthenticationProfileResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateAuthenticationProfileResponse)


OPERATION: _rt.Operation[
    UpdateAuthenticationProfile, UpdateAuthenticationProfileResponse
] = _rt.Operation(
    "UpdateAuthenticationProfile",
    UpdateAuthenticationProfile,
    UpdateAuthenticationProfileResponse,
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
"""The UpdateAuthenticationProfile operation: its types, errors and wire codec."""
