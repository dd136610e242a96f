"""The ChatParticipantRoleConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.participant_timer_configuration import ParticipantTimerConfiguration


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ChatParticipantRoleConfig:
    """Configuration information for the chat participant role.

    Fields:

    - ``participant_timer_config_list``: A list of participant timers.
    """

    participant_timer_config_list: list[ParticipantTimerConfiguration]
    """A list of participant timers. You can specify any unique combination of
    role and timer type. Duplicate entries error out the request with a 400.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.participant_timer_config_list
        if value is None:
            errors.append(
                prefix + "participant_timer_config_list: required but missing"
            )
        else:
            path = prefix + "participant_timer_config_list"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 6)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ParticipantTimerConfiguration):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ParticipantTimerConfiguration, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ParticipantTimerConfigList"] = [
            v1.to_dict() for v1 in self.participant_timer_config_list
        ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ChatParticipantRoleConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ChatParticipantRoleConfig")
        return cls(
            participant_timer_config_list=[
                ParticipantTimerConfiguration.from_dict(
                    v1, path=path + "ParticipantTimerConfigList" + f"[{i1}]" + "."
                )
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "ParticipantTimerConfigList", path),
                        path + "ParticipantTimerConfigList",
                    )
                )
            ],
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["ParticipantTimerConfigList"] = [
            v1._to_json() for v1 in self.participant_timer_config_list
        ]
        return data


def new_chat_participant_role_config(
    participant_timer_config_list: list[ParticipantTimerConfiguration],
) -> ChatParticipantRoleConfig:
    """Create a :class:`ChatParticipantRoleConfig` with all optional fields omitted."""
    return ChatParticipantRoleConfig(
        participant_timer_config_list=participant_timer_config_list,
    )


chat_participant_role_config_participant_timer_config_list = _rt.Lens[
    ChatParticipantRoleConfig, list[ParticipantTimerConfiguration]
](
    lambda s: s.participant_timer_config_list,
    lambda s, v: _dc.replace(s, participant_timer_config_list=v),
    "chat_participant_role_config_participant_timer_config_list",
)
"""Lens on :attr:`ChatParticipantRoleConfig.participant_timer_config_list`."""
