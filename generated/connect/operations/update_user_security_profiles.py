"""Assigns the specified security profiles to the specified user."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateUserSecurityProfiles:
    """Assigns the specified security profiles to the specified user.

    Fields:

    - ``security_profile_ids``: The identifiers of the security profiles for the user.
    - ``user_id``: The identifier of the user account.
    - ``instance_id``: The identifier of the Connect Customer instance.
    """

    security_profile_ids: list[str]
    """The identifiers of the security profiles for the user."""

    user_id: str
    """The identifier of the user account."""

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
        value = self.security_profile_ids
        if value is None:
            errors.append(prefix + "security_profile_ids: required but missing")
        else:
            path = prefix + "security_profile_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.user_id
        if value is None:
            errors.append(prefix + "user_id: required but missing")
        else:
            path = prefix + "user_id"
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
        result["SecurityProfileIds"] = list(self.security_profile_ids)
        result["UserId"] = self.user_id
        result["InstanceId"] = self.instance_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateUserSecurityProfiles:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateUserSecurityProfiles")
        return cls(
            security_profile_ids=list(
                _rt.expect_sequence(
                    _rt.required(data, "SecurityProfileIds", path),
                    path + "SecurityProfileIds",
                )
            ),
            user_id=_rt.required(data, "UserId", path),
            instance_id=_rt.required(data, "InstanceId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateUserSecurityProfilesResponse:
    """The response of UpdateUserSecurityProfiles.

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
    ) -> UpdateUserSecurityProfilesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateUserSecurityProfilesResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateUserSecurityProfilesResponseDraft:
    """A :class:`UpdateUserSecurityProfilesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_user_security_profiles(
    security_profile_ids: list[str],
    user_id: str,
    instance_id: str,
) -> UpdateUserSecurityProfiles:
    """Create a :class:`UpdateUserSecurityProfiles` with all optional fields omitted."""
    return UpdateUserSecurityProfiles(
        security_profile_ids=security_profile_ids,
        user_id=user_id,
        instance_id=instance_id,
    )


update_user_security_profiles_security_profile_ids = _rt.Lens[
    UpdateUserSecurityProfiles, list[str]
](
    lambda s: s.security_profile_ids,
    lambda s, v: _dc.replace(s, security_profile_ids=v),
    "update_user_security_profiles_security_profile_ids",
)
"""Lens on :attr:`UpdateUserSecurityProfiles.security_profile_ids`."""


update_user_security_profiles_user_id = _rt.Lens[UpdateUserSecurityProfiles, str](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "update_user_security_profiles_user_id",
)
"""Lens on :attr:`UpdateUserSecurityProfiles.user_id`."""


update_user_security_profiles_instance_id = _rt.Lens[UpdateUserSecurityProfiles, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_user_security_profiles_instance_id",
)
"""Lens on :attr:`UpdateUserSecurityProfiles.instance_id`."""


def new_update_user_security_profiles_response(
    http_status: int,
) -> UpdateUserSecurityProfilesResponse:
    """Create a :class:`UpdateUserSecurityProfilesResponse` with all optional fields omitted."""
    return UpdateUserSecurityProfilesResponse(
        http_status=http_status,
    )


update_user_security_profiles_response_http_status = _rt.Lens[
    UpdateUserSecurityProfilesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_user_security_profiles_response_http_status",
)
"""Lens on :attr:`UpdateUserSecurityProfilesResponse.http_status`."""


def _serialize(
    request: UpdateUserSecurityProfiles, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.user_id == "":
        raise _rt.ValidationError(["user_id: a URI label must be set and not empty"])
    path = (
        "/users/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.user_id, "user_id")
        + "/security-profiles"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["SecurityProfileIds"] = request.security_profile_ids
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
) -> UpdateUserSecurityProfilesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateUserSecurityProfilesResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateUserSecurityProfilesResponse)


OPERATION: _rt.Operation[
    UpdateUserSecurityProfiles, UpdateUserSecurityProfilesResponse
] = _rt.Operation(
    "UpdateUserSecurityProfiles",
    UpdateUserSecurityProfiles,
    UpdateUserSecurityProfilesResponse,
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
"""The UpdateUserSecurityProfiles operation: its types, errors and wire codec."""
