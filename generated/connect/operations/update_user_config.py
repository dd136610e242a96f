"""Updates the configuration settings for the specified user, including per-channel auto-accept and after contact work (ACW) timeout settings."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.after_contact_work_config_per_channel import (
    AfterContactWorkConfigPerChannel,
)
from ..shapes.auto_accept_config import AutoAcceptConfig
from ..shapes.persistent_connection_config import PersistentConnectionConfig
from ..shapes.phone_number_config import PhoneNumberConfig
from ..shapes.voice_enhancement_config import VoiceEnhancementConfig


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateUserConfig:
    """Updates the configuration settings for the specified user, including
    per-channel auto-accept and after contact work (ACW) timeout settings.

    .. note::

       This operation replaces the UpdateUserPhoneConfig API. While
       UpdateUserPhoneConfig applies the same ACW timeout to all channels,
       UpdateUserConfig allows you to set different auto-accept and ACW
       timeout values for each channel type.

    Fields:

    - ``user_id``: The identifier of the user account.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``auto_accept_configs``: The list of auto-accept configuration settings for each channel.
    - ``after_contact_work_configs``: The list of after contact work (ACW) timeout configuration settings for each channel.
    - ``phone_number_configs``: The list of phone number configuration settings for each channel.
    - ``persistent_connection_configs``: The list of persistent connection configuration settings for each channel.
    - ``voice_enhancement_configs``: The list of voice enhancement configuration settings for each channel.
    """

    user_id: str
    """The identifier of the user account."""

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    auto_accept_configs: list[AutoAcceptConfig] | None = None
    """The list of auto-accept configuration settings for each channel. When
    auto-accept is enabled for a channel, available agents are automatically
    connected to contacts from that channel without needing to manually
    accept. Auto-accept connects agents to contacts in less than one second.
    """

    after_contact_work_configs: list[AfterContactWorkConfigPerChannel] | None = None
    """The list of after contact work (ACW) timeout configuration settings for
    each channel. ACW timeout specifies how many seconds agents have for
    after contact work, such as entering notes about the contact. The
    minimum setting is 1 second, and the maximum is 2,000,000 seconds (24
    days). Enter 0 for an indefinite amount of time, meaning agents must
    manually choose to end ACW.
    """

    phone_number_configs: list[PhoneNumberConfig] | None = None
    """The list of phone number configuration settings for each channel."""

    persistent_connection_configs: list[PersistentConnectionConfig] | None = None
    """The list of persistent connection configuration settings for each
    channel.
    """

    voice_enhancement_configs: list[VoiceEnhancementConfig] | None = None
    """The list of voice enhancement configuration settings for each channel."""

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
        value = self.auto_accept_configs
        if value is not None:
            path = prefix + "auto_accept_configs"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, AutoAcceptConfig):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected AutoAcceptConfig, got {type(v1).__name__}"
                            )
        value = self.after_contact_work_configs
        if value is not None:
            path = prefix + "after_contact_work_configs"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, AfterContactWorkConfigPerChannel):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected AfterContactWorkConfigPerChannel, got {type(v1).__name__}"
                            )
        value = self.phone_number_configs
        if value is not None:
            path = prefix + "phone_number_configs"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, PhoneNumberConfig):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected PhoneNumberConfig, got {type(v1).__name__}"
                            )
        value = self.persistent_connection_configs
        if value is not None:
            path = prefix + "persistent_connection_configs"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, PersistentConnectionConfig):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected PersistentConnectionConfig, got {type(v1).__name__}"
                            )
        value = self.voice_enhancement_configs
        if value is not None:
            path = prefix + "voice_enhancement_configs"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, VoiceEnhancementConfig):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected VoiceEnhancementConfig, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["UserId"] = self.user_id
        result["InstanceId"] = self.instance_id
        if self.auto_accept_configs is not None:
            result["AutoAcceptConfigs"] = [
                v1.to_dict() for v1 in self.auto_accept_configs
            ]
        if self.after_contact_work_configs is not None:
            result["AfterContactWorkConfigs"] = [
                v1.to_dict() for v1 in self.after_contact_work_configs
            ]
        if self.phone_number_configs is not None:
            result["PhoneNumberConfigs"] = [
                v1.to_dict() for v1 in self.phone_number_configs
            ]
        if self.persistent_connection_configs is not None:
            result["PersistentConnectionConfigs"] = [
                v1.to_dict() for v1 in self.persistent_connection_configs
            ]
        if self.voice_enhancement_configs is not None:
            result["VoiceEnhancementConfigs"] = [
                v1.to_dict() for v1 in self.voice_enhancement_configs
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateUserConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateUserConfig")
        return cls(
            user_id=_rt.required(data, "UserId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            auto_accept_configs=(
                None
                if (value := data.get("AutoAcceptConfigs")) is None
                else [
                    AutoAcceptConfig.from_dict(
                        v1, path=path + "AutoAcceptConfigs" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "AutoAcceptConfigs")
                    )
                ]
            ),
            after_contact_work_configs=(
                None
                if (value := data.get("AfterContactWorkConfigs")) is None
                else [
                    AfterContactWorkConfigPerChannel.from_dict(
                        v1, path=path + "AfterContactWorkConfigs" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "AfterContactWorkConfigs")
                    )
                ]
            ),
            phone_number_configs=(
                None
                if (value := data.get("PhoneNumberConfigs")) is None
                else [
                    PhoneNumberConfig.from_dict(
                        v1, path=path + "PhoneNumberConfigs" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "PhoneNumberConfigs")
                    )
                ]
            ),
            persistent_connection_configs=(
                None
                if (value := data.get("PersistentConnectionConfigs")) is None
                else [
                    PersistentConnectionConfig.from_dict(
                        v1, path=path + "PersistentConnectionConfigs" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "PersistentConnectionConfigs")
                    )
                ]
            ),
            voice_enhancement_configs=(
                None
                if (value := data.get("VoiceEnhancementConfigs")) is None
                else [
                    VoiceEnhancementConfig.from_dict(
                        v1, path=path + "VoiceEnhancementConfigs" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "VoiceEnhancementConfigs")
                    )
                ]
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateUserConfigResponse:
    """The response of UpdateUserConfig.

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
    ) -> UpdateUserConfigResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateUserConfigResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateUserConfigResponseDraft:
    """A :class:`UpdateUserConfigResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_user_config(
    user_id: str,
    instance_id: str,
) -> UpdateUserConfig:
    """Create a :class:`UpdateUserConfig` with all optional fields omitted."""
    return UpdateUserConfig(
        user_id=user_id,
        instance_id=instance_id,
    )


update_user_config_user_id = _rt.Lens[UpdateUserConfig, str](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "update_user_config_user_id",
)
"""Lens on :attr:`UpdateUserConfig.user_id`."""


update_user_config_instance_id = _rt.Lens[UpdateUserConfig, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_user_config_instance_id",
)
"""Lens on :attr:`UpdateUserConfig.instance_id`."""


update_user_config_auto_accept_configs = _rt.Lens[
    UpdateUserConfig, list[AutoAcceptConfig] | None
](
    lambda s: s.auto_accept_configs,
    lambda s, v: _dc.replace(s, auto_accept_configs=v),
    "update_user_config_auto_accept_configs",
)
"""Lens on :attr:`UpdateUserConfig.auto_accept_configs`."""


update_user_config_after_contact_work_configs = _rt.Lens[
    UpdateUserConfig, list[AfterContactWorkConfigPerChannel] | None
](
    lambda s: s.after_contact_work_configs,
    lambda s, v: _dc.replace(s, after_contact_work_configs=v),
    "update_user_config_after_contact_work_configs",
)
"""Lens on :attr:`UpdateUserConfig.after_contact_work_configs`."""


update_user_config_phone_number_configs = _rt.Lens[
    UpdateUserConfig, list[PhoneNumberConfig] | None
](
    lambda s: s.phone_number_configs,
    lambda s, v: _dc.replace(s, phone_number_configs=v),
    "update_user_config_phone_number_configs",
)
"""Lens on :attr:`UpdateUserConfig.phone_number_configs`."""


update_user_config_persistent_connection_configs = _rt.Lens[
    UpdateUserConfig, list[PersistentConnectionConfig] | None
](
    lambda s: s.persistent_connection_configs,
    lambda s, v: _dc.replace(s, persistent_connection_configs=v),
    "update_user_config_persistent_connection_configs",
)
"""Lens on :attr:`UpdateUserConfig.persistent_connection_configs`."""


update_user_config_voice_enhancement_configs = _rt.Lens[
    UpdateUserConfig, list[VoiceEnhancementConfig] | None
](
    lambda s: s.voice_enhancement_configs,
    lambda s, v: _dc.replace(s, voice_enhancement_configs=v),
    "update_user_config_voice_enhancement_configs",
)
"""Lens on :attr:`UpdateUserConfig.voice_enhancement_configs`."""


def new_update_user_config_response(
    http_status: int,
) -> UpdateUserConfigResponse:
    """Create a :class:`UpdateUserConfigResponse` with all optional fields omitted."""
    return UpdateUserConfigResponse(
        http_status=http_status,
    )


update_user_config_response_http_status = _rt.Lens[UpdateUserConfigResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_user_config_response_http_status",
)
"""Lens on :attr:`UpdateUserConfigResponse.http_status`."""


def _serialize(request: UpdateUserConfig, validate: bool = True) -> _rt.HttpRequest:
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
        + "/config"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.auto_accept_configs is not None:
        data["AutoAcceptConfigs"] = [
            v1._to_json() for v1 in request.auto_accept_configs
        ]
    if request.after_contact_work_configs is not None:
        data["AfterContactWorkConfigs"] = [
            v1._to_json() for v1 in request.after_contact_work_configs
        ]
    if request.phone_number_configs is not None:
        data["PhoneNumberConfigs"] = [
            v1._to_json() for v1 in request.phone_number_configs
        ]
    if request.persistent_connection_configs is not None:
        data["PersistentConnectionConfigs"] = [
            v1._to_json() for v1 in request.persistent_connection_configs
        ]
    if request.voice_enhancement_configs is not None:
        data["VoiceEnhancementConfigs"] = [
            v1._to_json() for v1 in request.voice_enhancement_configs
        ]
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
) -> UpdateUserConfigResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateUserConfigResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateUserConfigResponse)


OPERATION: _rt.Operation[UpdateUserConfig, UpdateUserConfigResponse] = _rt.Operation(
    "UpdateUserConfig",
    UpdateUserConfig,
    UpdateUserConfigResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
        _errors.ConditionalOperationFailedException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateUserConfig operation: its types, errors and wire codec."""
