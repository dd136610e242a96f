"""Gets basic information about the security profile."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.security_profile import SecurityProfile


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeSecurityProfile:
    """Gets basic information about the security profile.

    For information about security profiles, see `Security Profiles
    <https://docs.aws.amazon.com/connect/latest/adminguide/connect-security-profiles.html>`__
    in the *Connect Customer Administrator Guide*. For a mapping of the API
    name and user interface name of the security profile permissions, see
    `List of security profile permissions
    <https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html>`__.

    Fields:

    - ``security_profile_id``: The identifier for the security profle.
    - ``instance_id``: The identifier of the Connect Customer instance.
    """

    security_profile_id: str
    """The identifier for the security profle."""

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["SecurityProfileId"] = self.security_profile_id
        result["InstanceId"] = self.instance_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeSecurityProfile:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeSecurityProfile")
        return cls(
            security_profile_id=_rt.required(data, "SecurityProfileId", path),
            instance_id=_rt.required(data, "InstanceId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeSecurityProfileResponse:
    """The response of DescribeSecurityProfile.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``security_profile``: The security profile.
    """

    http_status: int
    """The HTTP status code of the response."""

    security_profile: SecurityProfile | None = None
    """The security profile."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.security_profile
        if value is not None:
            path = prefix + "security_profile"
            if isinstance(value, SecurityProfile):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected SecurityProfile, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.security_profile is not None:
            result["SecurityProfile"] = self.security_profile.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeSecurityProfileResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeSecurityProfileResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            security_profile=(
                None
                if (value := data.get("SecurityProfile")) is None
                else SecurityProfile.from_dict(
                    value, path=path + "SecurityProfile" + "."
                )
            ),
        )


class _DescribeSecurityProfileResponseDraft:
    """A :class:`DescribeSecurityProfileResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "security_profile")
    http_status: int
    security_profile: SecurityProfile | None


def new_describe_security_profile(
    security_profile_id: str,
    instance_id: str,
) -> DescribeSecurityProfile:
    """Create a :class:`DescribeSecurityProfile` with all optional fields omitted."""
    return DescribeSecurityProfile(
        security_profile_id=security_profile_id,
        instance_id=instance_id,
    )


describe_security_profile_security_profile_id = _rt.Lens[DescribeSecurityProfile, str](
    lambda s: s.security_profile_id,
    lambda s, v: _dc.replace(s, security_profile_id=v),
    "describe_security_profile_security_profile_id",
)
"""Lens on :attr:`DescribeSecurityProfile.security_profile_id`."""


describe_security_profile_instance_id = _rt.Lens[DescribeSecurityProfile, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_security_profile_instance_id",
)
"""Lens on :attr:`DescribeSecurityProfile.instance_id`."""


def new_describe_security_profile_response(
    http_status: int,
) -> DescribeSecurityProfileResponse:
    """Create a :class:`DescribeSecurityProfileResponse` with all optional fields omitted."""
    return DescribeSecurityProfileResponse(
        http_status=http_status,
    )


describe_security_profile_response_http_status = _rt.Lens[
    DescribeSecurityProfileResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_security_profile_response_http_status",
)
"""Lens on :attr:`DescribeSecurityProfileResponse.http_status`."""


describe_security_profile_response_security_profile = _rt.Lens[
    DescribeSecurityProfileResponse, SecurityProfile | None
](
    lambda s: s.security_profile,
    lambda s, v: _dc.replace(s, security_profile=v),
    "describe_security_profile_response_security_profile",
)
"""Lens on :attr:`DescribeSecurityProfileResponse.security_profile`."""


def _serialize(
    request: DescribeSecurityProfile, validate: bool = True
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
        "/security-profiles/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.security_profile_id, "security_profile_id")
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
) -> DescribeSecurityProfileResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeSecurityProfileResponseDraft()
    draft.http_status = status
    try:
        draft.security_profile = (
            None
            if (value := data.get("SecurityProfile")) is None
            else SecurityProfile._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "SecurityProfile")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeSecurityProfileResponse)


OPERATION: _rt.Operation[DescribeSecurityProfile, DescribeSecurityProfileResponse] = (
    _rt.Operation(
        "DescribeSecurityProfile",
        DescribeSecurityProfile,
        DescribeSecurityProfileResponse,
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
)
"""The DescribeSecurityProfile operation: its types, errors and wire codec."""
