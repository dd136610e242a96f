"""The UpdateParticipantRoleConfigChannelInfo shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.chat_participant_role_config import ChatParticipantRoleConfig


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateParticipantRoleConfigChannelInfo:
    """Configuration information for the chat participant role.

    Fields:

    - ``chat``: Configuration information for the chat participant role.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    chat: ChatParticipantRoleConfig | None = None
    """Configuration information for the chat participant role."""

    sdk_unknown_member: str | None = None
    """The name of the member a response set when it is one these bindings
    do not know (the service added it later); ``None`` otherwise.  A value
    with it set cannot be sent.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.chat
        if value is not None:
            path = prefix + "chat"
            if isinstance(value, ChatParticipantRoleConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ChatParticipantRoleConfig, got {type(value).__name__}"
                )
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "UpdateParticipantRoleConfigChannelInfo")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "UpdateParticipantRoleConfigChannelInfo",
            (self.chat is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.chat is not None:
            result["Chat"] = self.chat.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateParticipantRoleConfigChannelInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateParticipantRoleConfigChannelInfo"
        )
        return cls(
            chat=(
                None
                if (value := data.get("Chat")) is None
                else ChatParticipantRoleConfig.from_dict(
                    value, path=path + "Chat" + "."
                )
            ),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.chat is not None:
            data["Chat"] = self.chat._to_json()
        return data


def new_update_participant_role_config_channel_info() -> (
    UpdateParticipantRoleConfigChannelInfo
):
    """Create a :class:`UpdateParticipantRoleConfigChannelInfo` with all optional fields omitted."""
    return UpdateParticipantRoleConfigChannelInfo()


update_participant_role_config_channel_info_sdk_unknown_member = _rt.Lens[
    UpdateParticipantRoleConfigChannelInfo, str | None
](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "update_participant_role_config_channel_info_sdk_unknown_member",
)
"""Lens on :attr:`UpdateParticipantRoleConfigChannelInfo.sdk_unknown_member`."""


update_participant_role_config_channel_info_chat = _rt.Lens[
    UpdateParticipantRoleConfigChannelInfo, ChatParticipantRoleConfig | None
](
    lambda s: s.chat,
    lambda s, v: _dc.replace(s, chat=v),
    "update_participant_role_config_channel_info_chat",
)
"""Lens on :attr:`UpdateParticipantRoleConfigChannelInfo.chat`."""
