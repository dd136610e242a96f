"""Describes the specified user."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.user import User


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeUser:
    """Describes the specified user. You can `find the instance ID in the
    Connect Customer console
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    (it’s the final part of the ARN). The console does not display the user
    IDs. Instead, list the users and note the IDs provided in the output.

    Fields:

    - ``user_id``: The identifier of the user account.
    - ``instance_id``: The identifier of the Connect Customer instance.
    """

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
        result["UserId"] = self.user_id
        result["InstanceId"] = self.instance_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeUser:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeUser")
        return cls(
            user_id=_rt.required(data, "UserId", path),
            instance_id=_rt.required(data, "InstanceId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeUserResponse:
    """The response of DescribeUser.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``user``: Information about the user account and configuration settings.
    """

    http_status: int
    """The HTTP status code of the response."""

    user: User | None = None
    """Information about the user account and configuration settings."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.user
        if value is not None:
            path = prefix + "user"
            if isinstance(value, User):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected User, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.user is not None:
            result["User"] = self.user.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeUserResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeUserResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            user=(
                None
                if (value := data.get("User")) is None
                else User.from_dict(value, path=path + "User" + ".")
            ),
        )


class _DescribeUserResponseDraft:
    """A :class:`DescribeUserResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "user")
    http_status: int
    user: User | None


def new_describe_user(
    user_id: str,
    instance_id: str,
) -> DescribeUser:
    """Create a :class:`DescribeUser` with all optional fields omitted."""
    return DescribeUser(
        user_id=user_id,
        instance_id=instance_id,
    )


describe_user_user_id = _rt.Lens[DescribeUser, str](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "describe_user_user_id",
)
"""Lens on :attr:`DescribeUser.user_id`."""


describe_user_instance_id = _rt.Lens[DescribeUser, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_user_instance_id",
)
"""Lens on :attr:`DescribeUser.instance_id`."""


def new_describe_user_response(
    http_status: int,
) -> DescribeUserResponse:
    """Create a :class:`DescribeUserResponse` with all optional fields omitted."""
    return DescribeUserResponse(
        http_status=http_status,
    )


describe_user_response_http_status = _rt.Lens[DescribeUserResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_user_response_http_status",
)
"""Lens on :attr:`DescribeUserResponse.http_status`."""


describe_user_response_user = _rt.Lens[DescribeUserResponse, User | None](
    lambda s: s.user,
    lambda s, v: _dc.replace(s, user=v),
    "describe_user_response_user",
)
"""Lens on :attr:`DescribeUserResponse.user`."""


def _serialize(request: DescribeUser, validate: bool = True) -> _rt.HttpRequest:
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
        method="GET",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DescribeUserResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body, redact=True)
    draft = _DescribeUserResponseDraft()
    draft.http_status = status
    try:
        draft.user = (
            None
            if (value := data.get("User")) is None
            else User._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "User")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(redact=True),
            http_status=status,
            body=body,
            redact=True,
        ) from None
    except _rt.DeserializationError as exc:  # a payload that does not read: no excerpt
        raise exc.redacted() from None
    return _rt.seal(draft, DescribeUserResponse)


OPERATION: _rt.Operation[DescribeUser, DescribeUserResponse] = _rt.Operation(
    "DescribeUser",
    DescribeUser,
    DescribeUserResponse,
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
"""The DescribeUser operation: its types, errors and wire codec."""
