"""The AuthenticationProfile shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^[A-Za-z0-9:/]*$",
    "^[A-Za-z0-9:/]*(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_PATTERN_2 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AuthenticationProfile:
    """This API is in preview release for Connect Customer and is subject to
    change. To request access to this API, contact Amazon Web Services
    Support.

    Information about an authentication profile. An authentication profile
    is a resource that stores the authentication settings for users in your
    contact center. You use authentication profiles to set up IP address
    range restrictions and session timeouts. For more information, see `Set
    IP address restrictions or session timeouts
    <https://docs.aws.amazon.com/connect/latest/adminguide/authentication-profiles.html>`__.

    Fields:

    - ``id``: A unique identifier for the authentication profile.
    - ``arn``: The Amazon Resource Name (ARN) for the authentication profile.
    - ``name``: The name for the authentication profile.
    - ``description``: The description for the authentication profile.
    - ``allowed_ips``: A list of IP address range strings that are allowed to access the Connect Customer instance.
    - ``blocked_ips``: A list of IP address range strings that are blocked from accessing the Connect Customer instance.
    - ``is_default``: Shows whether the authentication profile is the default authentication profile for the Connect Customer instance.
    - ``created_time``: The timestamp when the authentication profile was created.
    - ``last_modified_time``: The timestamp when the authentication profile was last modified.
    - ``last_modified_region``: The Amazon Web Services Region where the authentication profile was last modified.
    - ``periodic_session_duration``: The short lived session duration configuration for users logged in to Connect Customer, in minutes.
    - ``max_session_duration``: The long lived session duration for users logged in to Connect Customer, in minutes.
    - ``session_inactivity_duration``: The period, in minutes, before an agent is automatically signed out of the contact center when they go inactive.
    - ``session_inactivity_handling_enabled``: Determines if automatic logout on user inactivity is enabled.
    """

    id: str | None = None
    """A unique identifier for the authentication profile."""

    arn: str | None = None
    """The Amazon Resource Name (ARN) for the authentication profile."""

    name: str | None = None
    """The name for the authentication profile."""

    description: str | None = None
    """The description for the authentication profile."""

    allowed_ips: list[str] | None = None
    """A list of IP address range strings that are allowed to access the
    Connect Customer instance. For more information about how to configure
    IP addresses, see `Configure IP address based access control
    <https://docs.aws.amazon.com/connect/latest/adminguide/authentication-profiles.html#configure-ip-based-ac>`__
    in the *Connect Customer Administrator Guide*.
    """

    blocked_ips: list[str] | None = None
    """A list of IP address range strings that are blocked from accessing the
    Connect Customer instance. For more information about how to configure
    IP addresses, see `Configure IP address based access control
    <https://docs.aws.amazon.com/connect/latest/adminguide/authentication-profiles.html#configure-ip-based-ac>`__
    in the *Connect Customer Administrator Guide*.
    """

    is_default: bool | None = None
    """Shows whether the authentication profile is the default authentication
    profile for the Connect Customer instance. The default authentication
    profile applies to all agents in an Connect Customer instance, unless
    overridden by another authentication profile.
    """

    created_time: _dt.datetime | None = None
    """The timestamp when the authentication profile was created."""

    last_modified_time: _dt.datetime | None = None
    """The timestamp when the authentication profile was last modified."""

    last_modified_region: str | None = None
    """The Amazon Web Services Region where the authentication profile was last
    modified.
    """

    periodic_session_duration: int | None = None
    """The short lived session duration configuration for users logged in to
    Connect Customer, in minutes. This value determines the maximum possible
    time before an agent is authenticated. For more information, see
    `Configure the session duration
    <https://docs.aws.amazon.com/connect/latest/adminguide/authentication-profiles.html#configure-session-timeouts>`__
    in the *Connect Customer Administrator Guide*.

    .. warning:: Deprecated. PeriodicSessionDuration is deprecated. Use SessionInactivityDuration instead. (since 10/31/2025)
    """

    max_session_duration: int | None = None
    """The long lived session duration for users logged in to Connect Customer,
    in minutes. After this time period, users must log in again. For more
    information, see `Configure the session duration
    <https://docs.aws.amazon.com/connect/latest/adminguide/authentication-profiles.html#configure-session-timeouts>`__
    in the *Connect Customer Administrator Guide*.
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
        value = self.id
        if value is not None:
            path = prefix + "id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value)
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
        value = self.is_default
        if value is not None:
            path = prefix + "is_default"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.created_time
        if value is not None:
            path = prefix + "created_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_modified_time
        if value is not None:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_modified_region
        if value is not None:
            path = prefix + "last_modified_region"
            _rt.check_str(errors, path, value, pattern=_PATTERN_2)
        value = self.periodic_session_duration
        if value is not None:
            path = prefix + "periodic_session_duration"
            _rt.check_number(errors, path, value, True, minimum=10, maximum=60)
        value = self.max_session_duration
        if value is not None:
            path = prefix + "max_session_duration"
            _rt.check_number(errors, path, value, True, minimum=360, maximum=720)
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
        if self.id is not None:
            result["Id"] = self.id
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        if self.allowed_ips is not None:
            result["AllowedIps"] = list(self.allowed_ips)
        if self.blocked_ips is not None:
            result["BlockedIps"] = list(self.blocked_ips)
        if self.is_default is not None:
            result["IsDefault"] = self.is_default
        if self.created_time is not None:
            result["CreatedTime"] = self.created_time
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.last_modified_region is not None:
            result["LastModifiedRegion"] = self.last_modified_region
        if self.periodic_session_duration is not None:
            result["PeriodicSessionDuration"] = self.periodic_session_duration
        if self.max_session_duration is not None:
            result["MaxSessionDuration"] = self.max_session_duration
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
    ) -> AuthenticationProfile:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AuthenticationProfile")
        return cls(
            id=data.get("Id"),
            arn=data.get("Arn"),
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
            is_default=data.get("IsDefault"),
            created_time=data.get("CreatedTime"),
            last_modified_time=data.get("LastModifiedTime"),
            last_modified_region=data.get("LastModifiedRegion"),
            periodic_session_duration=data.get("PeriodicSessionDuration"),
            max_session_duration=data.get("MaxSessionDuration"),
            session_inactivity_duration=data.get("SessionInactivityDuration"),
            session_inactivity_handling_enabled=data.get(
                "SessionInactivityHandlingEnabled"
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AuthenticationProfile:
        draft = _AuthenticationProfileDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.arn = (
                None
                if (value := data.get("Arn")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Arn"))
            )
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.description = (
                None
                if (value := data.get("Description")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "Description")
                )
            )
            draft.allowed_ips = (
                None
                if (value := data.get("AllowedIps")) is None
                else [
                    (v1 if type(v1) is str else _rt.expect_str(v1, "AllowedIps"))
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "AllowedIps")
                    )
                    if v1 is not None
                ]
            )
            draft.blocked_ips = (
                None
                if (value := data.get("BlockedIps")) is None
                else [
                    (v1 if type(v1) is str else _rt.expect_str(v1, "BlockedIps"))
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "BlockedIps")
                    )
                    if v1 is not None
                ]
            )
            draft.is_default = (
                None
                if (value := data.get("IsDefault")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "IsDefault")
                )
            )
            draft.created_time = (
                None
                if (value := data.get("CreatedTime")) is None
                else _rt.parse_timestamp(value, "CreatedTime")
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
            draft.periodic_session_duration = (
                None
                if (value := data.get("PeriodicSessionDuration")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "PeriodicSessionDuration")
                )
            )
            draft.max_session_duration = (
                None
                if (value := data.get("MaxSessionDuration")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "MaxSessionDuration")
                )
            )
            draft.session_inactivity_duration = (
                None
                if (value := data.get("SessionInactivityDuration")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "SessionInactivityDuration")
                )
            )
            draft.session_inactivity_handling_enabled = (
                None
                if (value := data.get("SessionInactivityHandlingEnabled")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "SessionInactivityHandlingEnabled")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AuthenticationProfileDraft:
    """A :class:`AuthenticationProfile` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "id",
        "arn",
        "name",
        "description",
        "allowed_ips",
        "blocked_ips",
        "is_default",
        "created_time",
        "last_modified_time",
        "last_modified_region",
        "periodic_session_duration",
        "max_session_duration",
        "session_inactivity_duration",
        "session_inactivity_handling_enabled",
    )
    id: str | None
    arn: str | None
    name: str | None
    description: str | None
    allowed_ips: list[str] | None
    blocked_ips: list[str] | None
    is_default: bool | None
    created_time: _dt.datetime | None
    last_modified_time: _dt.datetime | None
    last_modified_region: str | None
    periodic_session_duration: int | None
    max_session_duration: int | None
    session_inactivity_duration: int | None
    session_inactivity_handling_enabled: bool | None


def new_authentication_profile() -> AuthenticationProfile:
    """Create a :class:`AuthenticationProfile` with all optional fields omitted."""
    return AuthenticationProfile()


authentication_profile_id = _rt.Lens[AuthenticationProfile, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "authentication_profile_id",
)
"""Lens on :attr:`AuthenticationProfile.id`."""


authentication_profile_arn = _rt.Lens[AuthenticationProfile, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "authentication_profile_arn",
)
"""Lens on :attr:`AuthenticationProfile.arn`."""


authentication_profile_name = _rt.Lens[AuthenticationProfile, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "authentication_profile_name",
)
"""Lens on :attr:`AuthenticationProfile.name`."""


authentication_profile_description = _rt.Lens[AuthenticationProfile, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "authentication_profile_description",
)
"""Lens on :attr:`AuthenticationProfile.description`."""


authentication_profile_allowed_ips = _rt.Lens[AuthenticationProfile, list[str] | None](
    lambda s: s.allowed_ips,
    lambda s, v: _dc.replace(s, allowed_ips=v),
    "authentication_profile_allowed_ips",
)
"""Lens on :attr:`AuthenticationProfile.allowed_ips`."""


authentication_profile_blocked_ips = _rt.Lens[AuthenticationProfile, list[str] | None](
    lambda s: s.blocked_ips,
    lambda s, v: _dc.replace(s, blocked_ips=v),
    "authentication_profile_blocked_ips",
)
"""Lens on :attr:`AuthenticationProfile.blocked_ips`."""


authentication_profile_is_default = _rt.Lens[AuthenticationProfile, bool | None](
    lambda s: s.is_default,
    lambda s, v: _dc.replace(s, is_default=v),
    "authentication_profile_is_default",
)
"""Lens on :attr:`AuthenticationProfile.is_default`."""


authentication_profile_created_time = _rt.Lens[
    AuthenticationProfile, _dt.datetime | None
](
    lambda s: s.created_time,
    lambda s, v: _dc.replace(s, created_time=v),
    "authentication_profile_created_time",
)
"""Lens on :attr:`AuthenticationProfile.created_time`."""


authentication_profile_last_modified_time = _rt.Lens[
    AuthenticationProfile, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "authentication_profile_last_modified_time",
)
"""Lens on :attr:`AuthenticationProfile.last_modified_time`."""


authentication_profile_last_modified_region = _rt.Lens[
    AuthenticationProfile, str | None
](
    lambda s: s.last_modified_region,
    lambda s, v: _dc.replace(s, last_modified_region=v),
    "authentication_profile_last_modified_region",
)
"""Lens on :attr:`AuthenticationProfile.last_modified_region`."""


authentication_profile_periodic_session_duration = _rt.Lens[
    AuthenticationProfile, int | None
](
    lambda s: s.periodic_session_duration,
    lambda s, v: _dc.replace(s, periodic_session_duration=v),
    "authentication_profile_periodic_session_duration",
)
"""Lens on :attr:`AuthenticationProfile.periodic_session_duration`."""


authentication_profile_max_session_duration = _rt.Lens[
    AuthenticationProfile, int | None
](
    lambda s: s.max_session_duration,
    lambda s, v: _dc.replace(s, max_session_duration=v),
    "authentication_profile_max_session_duration",
)
"""Lens on :attr:`AuthenticationProfile.max_session_duration`."""


authentication_profile_session_inactivity_duration = _rt.Lens[
    AuthenticationProfile, int | None
](
    lambda s: s.session_inactivity_duration,
    lambda s, v: _dc.replace(s, session_inactivity_duration=v),
    "authentication_profile_session_inactivity_duration",
)
"""Lens on :attr:`AuthenticationProfile.session_inactivity_duration`."""


authentication_profile_session_inactivity_handling_enabled = _rt.Lens[
    AuthenticationProfile, bool | None
](
    lambda s: s.session_inactivity_handling_enabled,
    lambda s, v: _dc.replace(s, session_inactivity_handling_enabled=v),
    "authentication_profile_session_inactivity_handling_enabled",
)
"""Lens on :attr:`AuthenticationProfile.session_inactivity_handling_enabled`."""
