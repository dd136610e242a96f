"""The AutoAcceptConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_CHANNEL_VALUES = frozenset(
    (
        "VOICE",
        "CHAT",
        "TASK",
        "EMAIL",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AutoAcceptConfig:
    """Configuration settings for auto-accept for a specific channel.

    Fields:

    - ``channel``: The channel for this auto-accept configuration.
    - ``auto_accept``: Indicates whether auto-accept is enabled for this channel.
    - ``agent_first_callback_auto_accept``: Indicates whether auto-accept is enabled for agent-first callbacks.
    """

    channel: str | None
    """The channel for this auto-accept configuration. Valid values: VOICE,
    CHAT, TASK, EMAIL.
    """

    auto_accept: bool | None
    """Indicates whether auto-accept is enabled for this channel. When enabled,
    available agents are automatically connected to contacts from this
    channel.
    """

    agent_first_callback_auto_accept: bool | None = None
    """Indicates whether auto-accept is enabled for agent-first callbacks. This
    setting only applies to the VOICE channel.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.channel
        if value is None:
            errors.append(prefix + "channel: required but missing")
        else:
            path = prefix + "channel"
            _rt.check_str(errors, path, value, enum=_CHANNEL_VALUES)
        value = self.auto_accept
        if value is None:
            errors.append(prefix + "auto_accept: required but missing")
        else:
            path = prefix + "auto_accept"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.agent_first_callback_auto_accept
        if value is not None:
            path = prefix + "agent_first_callback_auto_accept"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.channel is not None:
            result["Channel"] = self.channel
        if self.auto_accept is not None:
            result["AutoAccept"] = self.auto_accept
        if self.agent_first_callback_auto_accept is not None:
            result["AgentFirstCallbackAutoAccept"] = (
                self.agent_first_callback_auto_accept
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AutoAcceptConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AutoAcceptConfig")
        return cls(
            channel=data.get("Channel"),
            auto_accept=data.get("AutoAccept"),
            agent_first_callback_auto_accept=data.get("AgentFirstCallbackAutoAccept"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.channel is not None:
            data["Channel"] = self.channel
        if self.auto_accept is not None:
            data["AutoAccept"] = self.auto_accept
        if self.agent_first_callback_auto_accept is not None:
            data["AgentFirstCallbackAutoAccept"] = self.agent_first_callback_auto_accept
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AutoAcceptConfig:
        draft = _AutoAcceptConfigDraft()
        try:
            draft.channel = (
                None
                if (value := data.get("Channel")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Channel"))
            )
            draft.auto_accept = (
                None
                if (value := data.get("AutoAccept")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "AutoAccept")
                )
            )
            draft.agent_first_callback_auto_accept = (
                None
                if (value := data.get("AgentFirstCallbackAutoAccept")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "AgentFirstCallbackAutoAccept")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AutoAcceptConfigDraft:
    """A :class:`AutoAcceptConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("channel", "auto_accept", "agent_first_callback_auto_accept")
    channel: str | None
    auto_accept: bool | None
    agent_first_callback_auto_accept: bool | None


def new_auto_accept_config(
    channel: str,
    auto_accept: bool,
) -> AutoAcceptConfig:
    """Create a :class:`AutoAcceptConfig` with all optional fields omitted."""
    return AutoAcceptConfig(
        channel=channel,
        auto_accept=auto_accept,
    )


auto_accept_config_channel = _rt.Lens[AutoAcceptConfig, str | None](
    lambda s: s.channel,
    lambda s, v: _dc.replace(s, channel=v),
    "auto_accept_config_channel",
)
"""Lens on :attr:`AutoAcceptConfig.channel`."""


auto_accept_config_auto_accept = _rt.Lens[AutoAcceptConfig, bool | None](
    lambda s: s.auto_accept,
    lambda s, v: _dc.replace(s, auto_accept=v),
    "auto_accept_config_auto_accept",
)
"""Lens on :attr:`AutoAcceptConfig.auto_accept`."""


auto_accept_config_agent_first_callback_auto_accept = _rt.Lens[
    AutoAcceptConfig, bool | None
](
    lambda s: s.agent_first_callback_auto_accept,
    lambda s, v: _dc.replace(s, agent_first_callback_auto_accept=v),
    "auto_accept_config_agent_first_callback_auto_accept",
)
"""Lens on :attr:`AutoAcceptConfig.agent_first_callback_auto_accept`."""
