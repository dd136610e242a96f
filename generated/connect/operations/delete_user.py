"""Deletes a user account from the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteUser:
    """Deletes a user account from the specified Connect Customer instance.

    For information about what happens to a user's data when their account
    is deleted, see `Delete Users from Your Connect Customer Instance
    <https://docs.aws.amazon.com/connect/latest/adminguide/delete-users.html>`__
    in the *Connect Customer Administrator Guide*.

    .. important::

       After calling DeleteUser, call `DeleteQuickConnect
       <https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteQuickConnect.html>`__
       to delete any records related to the deleted users. This will help
       you:

       - Avoid dangling resources that impact your service quotas.
       - Remove deleted users so they don't appear to agents as transfer
         options.
       - Avoid the disruption of other Connect Customer processes, such as
         instance replication and syncing if you're using `Connect Customer
         Global Resiliency
         <https://docs.aws.amazon.com/connect/latest/adminguide/setup-connect-global-resiliency.html>`__.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``user_id``: The identifier of the user.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    user_id: str
    """The identifier of the user."""

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
        value = self.user_id
        if value is None:
            errors.append(prefix + "user_id: required but missing")
        else:
            path = prefix + "user_id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["UserId"] = self.user_id
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> DeleteUser:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteUser")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            user_id=_rt.required(data, "UserId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteUserResponse:
    """The response of DeleteUser.

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
    ) -> DeleteUserResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteUserResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteUserResponseDraft:
    """A :class:`DeleteUserResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_user(
    instance_id: str,
    user_id: str,
) -> DeleteUser:
    """Create a :class:`DeleteUser` with all optional fields omitted."""
    return DeleteUser(
        instance_id=instance_id,
        user_id=user_id,
    )


delete_user_instance_id = _rt.Lens[DeleteUser, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_user_instance_id",
)
"""Lens on :attr:`DeleteUser.instance_id`."""


delete_user_user_id = _rt.Lens[DeleteUser, str](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "delete_user_user_id",
)
"""Lens on :attr:`DeleteUser.user_id`."""


def new_delete_user_response(
    http_status: int,
) -> DeleteUserResponse:
    """Create a :class:`DeleteUserResponse` with all optional fields omitted."""
    return DeleteUserResponse(
        http_status=http_status,
    )


delete_user_response_http_status = _rt.Lens[DeleteUserResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_user_response_http_status",
)
"""Lens on :attr:`DeleteUserResponse.http_status`."""


def _serialize(request: DeleteUser, validate: bool = True) -> _rt.HttpRequest:
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
    )
    query: list[tuple[str, str | None]] = []
    body = b""
    return _rt.HttpRequest(
        method="DELETE",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DeleteUserResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteUserResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteUserResponse)


OPERATION: _rt.Operation[DeleteUser, DeleteUserResponse] = _rt.Operation(
    "DeleteUser",
    DeleteUser,
    DeleteUserResponse,
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
"""The DeleteUser operation: its types, errors and wire codec."""
