"""Updates the phone configuration settings for the specified user."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.user_phone_config import UserPhoneConfig


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateUserPhoneConfig:
    """Updates the phone configuration settings for the specified user.

    .. note::

       We recommend using the `UpdateUserConfig
       <https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateUserConfig.html>`__
       API, which supports additional functionality that is not available in
       the UpdateUserPhoneConfig API, such as voice enhancement settings and
       per-channel configuration for auto-accept and After Contact Work
       (ACW) timeouts. In comparison, the UpdateUserPhoneConfig API will
       always set the same ACW timeouts to all channels the user handles.

    Fields:

    - ``phone_config``: Information about phone configuration settings for the user.
    - ``user_id``: The identifier of the user account.
    - ``instance_id``: The identifier of the Connect Customer instance.
    """

    phone_config: UserPhoneConfig
    """Information about phone configuration settings for the user."""

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
        value = self.phone_config
        if value is None:
            errors.append(prefix + "phone_config: required but missing")
        else:
            path = prefix + "phone_config"
            if isinstance(value, UserPhoneConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected UserPhoneConfig, got {type(value).__name__}"
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
        result["PhoneConfig"] = self.phone_config.to_dict()
        result["UserId"] = self.user_id
        result["InstanceId"] = self.instance_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateUserPhoneConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateUserPhoneConfig")
        return cls(
            phone_config=UserPhoneConfig.from_dict(
                _rt.required(data, "PhoneConfig", path), path=path + "PhoneConfig" + "."
            ),
            user_id=_rt.required(data, "UserId", path),
            instance_id=_rt.required(data, "InstanceId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateUserPhoneConfigResponse:
    """The response of UpdateUserPhoneConfig.

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
    ) -> UpdateUserPhoneConfigResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateUserPhoneConfigResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateUserPhoneConfigResponseDraft:
    """A :class:`UpdateUserPhoneConfigResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_user_phone_config(
    phone_config: UserPhoneConfig,
    user_id: str,
    instance_id: str,
) -> UpdateUserPhoneConfig:
    """Create a :class:`UpdateUserPhoneConfig` with all optional fields omitted."""
    return UpdateUserPhoneConfig(
        phone_config=phone_config,
        user_id=user_id,
        instance_id=instance_id,
    )


update_user_phone_config_phone_config = _rt.Lens[
    UpdateUserPhoneConfig, UserPhoneConfig
](
    lambda s: s.phone_config,
    lambda s, v: _dc.replace(s, phone_config=v),
    "update_user_phone_config_phone_config",
)
"""Lens on :attr:`UpdateUserPhoneConfig.phone_config`."""


update_user_phone_config_user_id = _rt.Lens[UpdateUserPhoneConfig, str](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "update_user_phone_config_user_id",
)
"""Lens on :attr:`UpdateUserPhoneConfig.user_id`."""


update_user_phone_config_instance_id = _rt.Lens[UpdateUserPhoneConfig, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_user_phone_config_instance_id",
)
"""Lens on :attr:`UpdateUserPhoneConfig.instance_id`."""


def new_update_user_phone_config_response(
    http_status: int,
) -> UpdateUserPhoneConfigResponse:
    """Create a :class:`UpdateUserPhoneConfigResponse` with all optional fields omitted."""
    return UpdateUserPhoneConfigResponse(
        http_status=http_status,
    )


update_user_phone_config_response_http_status = _rt.Lens[
    UpdateUserPhoneConfigResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_user_phone_config_response_http_status",
)
"""Lens on :attr:`UpdateUserPhoneConfigResponse.http_status`."""


def _serialize(
    request: UpdateUserPhoneConfig, validate: bool = True
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
        + "/phone-config"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["PhoneConfig"] = request.phone_config._to_json()
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
) -> UpdateUserPhoneConfigResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateUserPhoneConfigResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateUserPhoneConfigResponse)


OPERATION: _rt.Operation[UpdateUserPhoneConfig, UpdateUserPhoneConfigResponse] = (
    _rt.Operation(
        "UpdateUserPhoneConfig",
        UpdateUserPhoneConfig,
        UpdateUserPhoneConfigResponse,
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
"""The UpdateUserPhoneConfig operation: its types, errors and wire codec."""
