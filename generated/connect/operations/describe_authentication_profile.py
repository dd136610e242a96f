"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.authentication_profile import AuthenticationProfile


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeAuthenticationProfile:
    """This API is in preview release for Connect Customer and is subject to
    change. To request access to this API, contact Amazon Web Services
    Support.

    Describes the target authentication profile.

    Fields:

    - ``authentication_profile_id``: A unique identifier for the authentication profile.
    - ``instance_id``: The identifier of the Connect Customer instance.
    """

    authentication_profile_id: str
    """A unique identifier for the authentication profile."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["AuthenticationProfileId"] = self.authentication_profile_id
        result["InstanceId"] = self.instance_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeAuthenticationProfile:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeAuthenticationProfile")
        return cls(
            authentication_profile_id=_rt.required(
                data, "AuthenticationProfileId", path
            ),
            instance_id=_rt.required(data, "InstanceId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeAuthenticationProfileResponse:
    """The response of DescribeAuthenticationProfile.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``authentication_profile``: The authentication profile object being described.
    """

    http_status: int
    """The HTTP status code of the response."""

    authentication_profile: AuthenticationProfile | None = None
    """The authentication profile object being described."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.authentication_profile
        if value is not None:
            path = prefix + "authentication_profile"
            if isinstance(value, AuthenticationProfile):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AuthenticationProfile, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.authentication_profile is not None:
            result["AuthenticationProfile"] = self.authentication_profile.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeAuthenticationProfileResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DescribeAuthenticationProfileResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            authentication_profile=(
                None
                if (value := data.get("AuthenticationProfile")) is None
                else AuthenticationProfile.from_dict(
                    value, path=path + "AuthenticationProfile" + "."
                )
            ),
        )


class _DescribeAuthenticationProfileResponseDraft:
    """A :class:`DescribeAuthenticationProfileResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "authentication_profile")
    http_status: int
    authentication_profile: AuthenticationProfile | None


def new_describe_authentication_profile(
    authentication_profile_id: str,
    instance_id: str,
) -> DescribeAuthenticationProfile:
    """Create a :class:`DescribeAuthenticationProfile` with all optional fields omitted."""
    return DescribeAuthenticationProfile(
        authentication_profile_id=authentication_profile_id,
        instance_id=instance_id,
    )


describe_authentication_profile_authentication_profile_id = _rt.Lens[
    DescribeAuthenticationProfile, str
](
    lambda s: s.authentication_profile_id,
    lambda s, v: _dc.replace(s, authentication_profile_id=v),
    "describe_authentication_profile_authentication_profile_id",
)
"""Lens on :attr:`DescribeAuthenticationProfile.authentication_profile_id`."""


describe_authentication_profile_instance_id = _rt.Lens[
    DescribeAuthenticationProfile, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_authentication_profile_instance_id",
)
"""Lens on :attr:`DescribeAuthenticationProfile.instance_id`."""


def new_describe_authentication_profile_response(
    http_status: int,
) -> DescribeAuthenticationProfileResponse:
    """Create a :class:`DescribeAuthenticationProfileResponse` with all optional fields omitted."""
    return DescribeAuthenticationProfileResponse(
        http_status=http_status,
    )


describe_authentication_profile_response_http_status = _rt.Lens[
    DescribeAuthenticationProfileResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_authentication_profile_response_http_status",
)
"""Lens on :attr:`DescribeAuthenticationProfileResponse.http_status`."""


describe_authentication_profile_response_authentication_profile = _rt.Lens[
    DescribeAuthenticationProfileResponse, AuthenticationProfile | None
](
    lambda s: s.authentication_profile,
    lambda s, v: _dc.replace(s, authentication_profile=v),
    "describe_authentication_profile_response_authentication_profile",
)
"""Lens on :attr:`DescribeAuthenticationProfileResponse.authentication_profile`."""


def _serialize(
    request: DescribeAuthenticationProfile, validate: bool = True
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
) -> DescribeAuthenticationProfileResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeAuthenticationProfileResponseDraft()
    draft.http_status = status
    try:
        draft.authentication_profile = (
            None
            if (value := data.get("AuthenticationProfile")) is None
            else AuthenticationProfile._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "AuthenticationProfile")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeAuthenticationProfileResponse)


OPERATION: _rt.Operation[
    DescribeAuthenticationProfile, DescribeAuthenticationProfileResponse
] = _rt.Operation(
    "DescribeAuthenticationProfile",
    DescribeAuthenticationProfile,
    DescribeAuthenticationProfileResponse,
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
"""The DescribeAuthenticationProfile operation: its types, errors and wire codec."""
