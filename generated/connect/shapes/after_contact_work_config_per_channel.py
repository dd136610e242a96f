"""The AfterContactWorkConfigPerChannel shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.after_contact_work_config import AfterContactWorkConfig

_CHANNEL_VALUES = frozenset(
    (
        "VOICE",
        "CHAT",
        "TASK",
        "EMAIL",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AfterContactWorkConfigPerChannel:
    """Configuration settings for after contact work (ACW) timeout for a
    specific channel.

    Fields:

    - ``channel``: The channel for this ACW timeout configuration.
    - ``after_contact_work_config``: The ACW timeout settings for this channel.
    - ``agent_first_callback_after_contact_work_config``: The ACW timeout settings for agent-first callbacks.
    """

    channel: str | None
    """The channel for this ACW timeout configuration. Valid values: VOICE,
    CHAT, TASK, EMAIL.
    """

    after_contact_work_config: AfterContactWorkConfig | None
    """The ACW timeout settings for this channel."""

    agent_first_callback_after_contact_work_config: AfterContactWorkConfig | None = None
    """The ACW timeout settings for agent-first callbacks. This setting only
    applies to the VOICE channel.
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
        value = self.after_contact_work_config
        if value is None:
            errors.append(prefix + "after_contact_work_config: required but missing")
        else:
            path = prefix + "after_contact_work_config"
            if isinstance(value, AfterContactWorkConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AfterContactWorkConfig, got {type(value).__name__}"
                )
        value = self.agent_first_callback_after_contact_work_config
        if value is not None:
            path = prefix + "agent_first_callback_after_contact_work_config"
            if isinstance(value, AfterContactWorkConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AfterContactWorkConfig, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.channel is not None:
            result["Channel"] = self.channel
        if self.after_contact_work_config is not None:
            result["AfterContactWorkConfig"] = self.after_contact_work_config.to_dict()
        if self.agent_first_callback_after_contact_work_config is not None:
            result["AgentFirstCallbackAfterContactWorkConfig"] = (
                self.agent_first_callback_after_contact_work_config.to_dict()
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AfterContactWorkConfigPerChannel:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AfterContactWorkConfigPerChannel")
        return cls(
            channel=data.get("Channel"),
            after_contact_work_config=(
                None
                if (value := data.get("AfterContactWorkConfig")) is None
                else AfterContactWorkConfig.from_dict(
                    value, path=path + "AfterContactWorkConfig" + "."
                )
            ),
            agent_first_callback_after_contact_work_config=(
                None
                if (value := data.get("AgentFirstCallbackAfterContactWorkConfig"))
                is None
                else AfterContactWorkConfig.from_dict(
                    value, path=path + "AgentFirstCallbackAfterContactWorkConfig" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.channel is not None:
            data["Channel"] = self.channel
        if self.after_contact_work_config is not None:
            data["AfterContactWorkConfig"] = self.after_contact_work_config._to_json()
        if self.agent_first_callback_after_contact_work_config is not None:
            data["AgentFirstCallbackAfterContactWorkConfig"] = (
                self.agent_first_callback_after_contact_work_config._to_json()
            )
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AfterContactWorkConfigPerChannel:
        draft = _AfterContactWorkConfigPerChannelDraft()
        try:
            draft.channel = (
                None
                if (value := data.get("Channel")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Channel"))
            )
            draft.after_contact_work_config = (
                None
                if (value := data.get("AfterContactWorkConfig")) is None
                else AfterContactWorkConfig._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AfterContactWorkConfig")
                    )
                )
            )
            draft.agent_first_callback_after_contact_work_config = (
                None
                if (value := data.get("AgentFirstCallbackAfterContactWorkConfig"))
                is None
                else AfterContactWorkConfig._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(
                            value, "AgentFirstCallbackAfterContactWorkConfig"
                        )
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AfterContactWorkConfigPerChannelDraft:
    """A :class:`AfterContactWorkConfigPerChannel` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "channel",
        "after_contact_work_config",
        "agent_first_callback_after_contact_work_config",
    )
    channel: str | None
    after_contact_work_config: AfterContactWorkConfig | None
    agent_first_callback_after_contact_work_config: AfterContactWorkConfig | None


def new_after_contact_work_config_per_channel(
    channel: str,
    after_contact_work_config: AfterContactWorkConfig,
) -> AfterContactWorkConfigPerChannel:
    """Create a :class:`AfterContactWorkConfigPerChannel` with all optional fields omitted."""
    return AfterContactWorkConfigPerChannel(
        channel=channel,
        after_contact_work_config=after_contact_work_config,
    )


after_contact_work_config_per_channel_channel = _rt.Lens[
    AfterContactWorkConfigPerChannel, str | None
](
    lambda s: s.channel,
    lambda s, v: _dc.replace(s, channel=v),
    "after_contact_work_config_per_channel_channel",
)
"""Lens on :attr:`AfterContactWorkConfigPerChannel.channel`."""


after_contact_work_config_per_channel_after_contact_work_config = _rt.Lens[
    AfterContactWorkConfigPerChannel, AfterContactWorkConfig | None
](
    lambda s: s.after_contact_work_config,
    lambda s, v: _dc.replace(s, after_contact_work_config=v),
    "after_contact_work_config_per_channel_after_contact_work_config",
)
"""Lens on :attr:`AfterContactWorkConfigPerChannel.after_contact_work_config`."""


after_contact_work_config_per_channel_agent_first_callback_after_contact_work_config = _rt.Lens[
    AfterContactWorkConfigPerChannel, AfterContactWorkConfig | None
](
    lambda s: s.agent_first_callback_after_contact_work_config,
    lambda s, v: _dc.replace(s, agent_first_callback_after_contact_work_config=v),
    "after_contact_work_config_per_channel_agent_first_callback_after_contact_work_config",
)
"""Lens on :attr:`AfterContactWorkConfigPerChannel.agent_first_callback_after_contact_work_config`."""
