"""The UpdateParticipantRoleConfigChannelInfo shape."""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import runtime as _rt
from ..shapes.chat_participant_role_config import ChatParticipantRoleConfig


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateParticipantRoleConfigChannelInfo:
    """Configuration information for the chat participant role."""

    chat: ChatParticipantRoleConfig | None = None
    """Configuration information for the chat participant role."""

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
        _rt.check_union(
            errors,
            prefix[:-1] or "UpdateParticipantRoleConfigChannelInfo",
            (self.chat is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.chat is not None:
            result["Chat"] = self.chat.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any]
    ) -> UpdateParticipantRoleConfigChannelInfo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`)."""
        return cls(
            chat=(
                None
                if (value := data.get("Chat")) is None
                else ChatParticipantRoleConfig.from_dict(value)
            ),
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


update_participant_role_config_channel_info_chat: _rt.Lens[
    UpdateParticipantRoleConfigChannelInfo, ChatParticipantRoleConfig | None
] = _rt.Lens(
    lambda s: s.chat,
    lambda s, v: _dc.replace(s, chat=v),
    "update_participant_role_config_channel_info_chat",
)
"""Lens on :attr:`UpdateParticipantRoleConfigChannelInfo.chat`."""
