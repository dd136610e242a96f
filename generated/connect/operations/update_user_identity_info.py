"""Updates the identity information for the specified user."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.user_identity_info import UserIdentityInfo


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateUserIdentityInfo:
    """Updates the identity information for the specified user.

    .. important::

       We strongly recommend limiting who has the ability to invoke
       ``UpdateUserIdentityInfo``. Someone with that ability can change the
       login credentials of other users by changing their email address.
       This poses a security risk to your organization. They can change the
       email address of a user to the attacker's email address, and then
       reset the password through email. For more information, see `Best
       Practices for Security Profiles
       <https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-best-practices.html>`__
       in the *Connect Customer Administrator Guide*.

    Fields:

    - ``identity_info``: The identity information for the user.
    - ``user_id``: The identifier of the user account.
    - ``instance_id``: The identifier of the Connect Customer instance.
    """

    identity_info: UserIdentityInfo
    """The identity information for the user."""

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
        value = self.identity_info
        if value is None:
            errors.append(prefix + "identity_info: required but missing")
        else:
            path = prefix + "identity_info"
            if isinstance(value, UserIdentityInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected UserIdentityInfo, got {type(value).__name__}"
                )
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
        result["IdentityInfo"] = self.identity_info.to_dict()
        result["UserId"] = self.user_id
        result["InstanceId"] = self.instance_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateUserIdentityInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateUserIdentityInfo")
        return cls(
            identity_info=UserIdentityInfo.from_dict(
                _rt.required(data, "IdentityInfo", path),
                path=path + "IdentityInfo" + ".",
            ),
            user_id=_rt.required(data, "UserId", path),
            instance_id=_rt.required(data, "InstanceId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateUserIdentityInfoResponse:
    """The response of UpdateUserIdentityInfo.

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
    ) -> UpdateUserIdentityInfoResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateUserIdentityInfoResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateUserIdentityInfoResponseDraft:
    """A :class:`UpdateUserIdentityInfoResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_user_identity_info(
    identity_info: UserIdentityInfo,
    user_id: str,
    instance_id: str,
) -> UpdateUserIdentityInfo:
    """Create a :class:`UpdateUserIdentityInfo` with all optional fields omitted."""
    return UpdateUserIdentityInfo(
        identity_info=identity_info,
        user_id=user_id,
        instance_id=instance_id,
    )


update_user_identity_info_identity_info = _rt.Lens[
    UpdateUserIdentityInfo, UserIdentityInfo
](
    lambda s: s.identity_info,
    lambda s, v: _dc.replace(s, identity_info=v),
    "update_user_identity_info_identity_info",
)
"""Lens on :attr:`UpdateUserIdentityInfo.identity_info`."""


update_user_identity_info_user_id = _rt.Lens[UpdateUserIdentityInfo, str](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "update_user_identity_info_user_id",
)
"""Lens on :attr:`UpdateUserIdentityInfo.user_id`."""


update_user_identity_info_instance_id = _rt.Lens[UpdateUserIdentityInfo, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_user_identity_info_instance_id",
)
"""Lens on :attr:`UpdateUserIdentityInfo.instance_id`."""


def new_update_user_identity_info_response(
    http_status: int,
) -> UpdateUserIdentityInfoResponse:
    """Create a :class:`UpdateUserIdentityInfoResponse` with all optional fields omitted."""
    return UpdateUserIdentityInfoResponse(
        http_status=http_status,
    )


update_user_identity_info_response_http_status = _rt.Lens[
    UpdateUserIdentityInfoResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_user_identity_info_response_http_status",
)
"""Lens on :attr:`UpdateUserIdentityInfoResponse.http_status`."""


def _serialize(
    request: UpdateUserIdentityInfo, validate: bool = True
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
        + "/identity-info"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["IdentityInfo"] = request.identity_info._to_json()
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
) -> UpdateUserIdentityInfoResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateUserIdentityInfoResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateUserIdentityInfoResponse)


OPERATION: _rt.Operation[UpdateUserIdentityInfo, UpdateUserIdentityInfoResponse] = (
    _rt.Operation(
        "UpdateUserIdentityInfo",
        UpdateUserIdentityInfo,
        UpdateUserIdentityInfoResponse,
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
"""The UpdateUserIdentityInfo operation: its types, errors and wire codec."""
