"""Updates timeouts for when human chat participants are to be considered idle, and when agents are automatically disconnected from a chat due to idleness."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.update_participant_role_config_channel_info import (
    UpdateParticipantRoleConfigChannelInfo,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateParticipantRoleConfig:
    """Updates timeouts for when human chat participants are to be considered
    idle, and when agents are automatically disconnected from a chat due to
    idleness. You can set four timers:

    - Customer idle timeout
    - Customer auto-disconnect timeout
    - Agent idle timeout
    - Agent auto-disconnect timeout

    For more information about how chat timeouts work, see `Set up chat
    timeouts for human participants
    <https://docs.aws.amazon.com/connect/latest/adminguide/setup-chat-timeouts.html>`__.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``channel_configuration``: The Connect Customer channel you want to configure.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the contact in this instance of Connect Customer."""

    channel_configuration: UpdateParticipantRoleConfigChannelInfo
    """The Connect Customer channel you want to configure."""

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
        value = self.contact_id
        if value is None:
            errors.append(prefix + "contact_id: required but missing")
        else:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.channel_configuration
        if value is None:
            errors.append(prefix + "channel_configuration: required but missing")
        else:
            path = prefix + "channel_configuration"
            if isinstance(value, UpdateParticipantRoleConfigChannelInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected UpdateParticipantRoleConfigChannelInfo, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        result["ChannelConfiguration"] = self.channel_configuration.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateParticipantRoleConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateParticipantRoleConfig")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            channel_configuration=UpdateParticipantRoleConfigChannelInfo.from_dict(
                _rt.required(data, "ChannelConfiguration", path),
                path=path + "ChannelConfiguration" + ".",
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateParticipantRoleConfigResponse:
    """The response of UpdateParticipantRoleConfig.

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
    ) -> UpdateParticipantRoleConfigResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateParticipantRoleConfigResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateParticipantRoleConfigResponseDraft:
    """A :class:`UpdateParticipantRoleConfigResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_participant_role_config(
    instance_id: str,
    contact_id: str,
    channel_configuration: UpdateParticipantRoleConfigChannelInfo,
) -> UpdateParticipantRoleConfig:
    """Create a :class:`UpdateParticipantRoleConfig` with all optional fields omitted."""
    return UpdateParticipantRoleConfig(
        instance_id=instance_id,
        contact_id=contact_id,
        channel_configuration=channel_configuration,
    )


update_participant_role_config_instance_id = _rt.Lens[UpdateParticipantRoleConfig, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_participant_role_config_instance_id",
)
"""Lens on :attr:`UpdateParticipantRoleConfig.instance_id`."""


update_participant_role_config_contact_id = _rt.Lens[UpdateParticipantRoleConfig, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "update_participant_role_config_contact_id",
)
"""Lens on :attr:`UpdateParticipantRoleConfig.contact_id`."""


update_participant_role_config_channel_configuration = _rt.Lens[
    UpdateParticipantRoleConfig, UpdateParticipantRoleConfigChannelInfo
](
    lambda s: s.channel_configuration,
    lambda s, v: _dc.replace(s, channel_configuration=v),
    "update_participant_role_config_channel_configuration",
)
"""Lens on :attr:`UpdateParticipantRoleConfig.channel_configuration`."""


def new_update_participant_role_config_response(
    http_status: int,
) -> UpdateParticipantRoleConfigResponse:
    """Create a :class:`UpdateParticipantRoleConfigResponse` with all optional fields omitted."""
    return UpdateParticipantRoleConfigResponse(
        http_status=http_status,
    )


update_participant_role_config_response_http_status = _rt.Lens[
    UpdateParticipantRoleConfigResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_participant_role_config_response_http_status",
)
"""Lens on :attr:`UpdateParticipantRoleConfigResponse.http_status`."""


def _serialize(
    request: UpdateParticipantRoleConfig, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.contact_id == "":
        raise _rt.ValidationError(["contact_id: a URI label must be set and not empty"])
    path = (
        "/contact/participant-role-config/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.contact_id, "contact_id")
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ChannelConfiguration"] = request.channel_configuration._to_json()
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="PUT",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> UpdateParticipantRoleConfigResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateParticipantRoleConfigResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateParticipantRoleConfigResponse)


OPERATION: _rt.Operation[
    UpdateParticipantRoleConfig, UpdateParticipantRoleConfigResponse
] = _rt.Operation(
    "UpdateParticipantRoleConfig",
    UpdateParticipantRoleConfig,
    UpdateParticipantRoleConfigResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.AccessDeniedException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateParticipantRoleConfig operation: its types, errors and wire codec."""
