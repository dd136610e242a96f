"""The VoiceEnhancementConfig shape."""

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
_VOICE_ENHANCEMENT_MODE_VALUES = frozenset(
    (
        "VOICE_ISOLATION",
        "NOISE_SUPPRESSION",
        "NONE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class VoiceEnhancementConfig:
    """Configuration settings for voice enhancement.

    Fields:

    - ``channel``: The channel for this voice enhancement configuration.
    - ``voice_enhancement_mode``: The voice enhancement mode.
    """

    channel: str | None
    """The channel for this voice enhancement configuration. **Only** ``VOICE``
    **is supported for this data type.**
    """

    voice_enhancement_mode: str | None
    """The voice enhancement mode."""

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
        value = self.voice_enhancement_mode
        if value is None:
            errors.append(prefix + "voice_enhancement_mode: required but missing")
        else:
            path = prefix + "voice_enhancement_mode"
            _rt.check_str(errors, path, value, enum=_VOICE_ENHANCEMENT_MODE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.channel is not None:
            result["Channel"] = self.channel
        if self.voice_enhancement_mode is not None:
            result["VoiceEnhancementMode"] = self.voice_enhancement_mode
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> VoiceEnhancementConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "VoiceEnhancementConfig")
        return cls(
            channel=data.get("Channel"),
            voice_enhancement_mode=data.get("VoiceEnhancementMode"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.channel is not None:
            data["Channel"] = self.channel
        if self.voice_enhancement_mode is not None:
            data["VoiceEnhancementMode"] = self.voice_enhancement_mode
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> VoiceEnhancementConfig:
        draft = _VoiceEnhancementConfigDraft()
        try:
            draft.channel = (
                None
                if (value := data.get("Channel")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Channel"))
            )
            draft.voice_enhancement_mode = (
                None
                if (value := data.get("VoiceEnhancementMode")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "VoiceEnhancementMode")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _VoiceEnhancementConfigDraft:
    """A :class:`VoiceEnhancementConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("channel", "voice_enhancement_mode")
    channel: str | None
    voice_enhancement_mode: str | None


def new_voice_enhancement_config(
    channel: str,
    voice_enhancement_mode: str,
) -> VoiceEnhancementConfig:
    """Create a :class:`VoiceEnhancementConfig` with all optional fields omitted."""
    return VoiceEnhancementConfig(
        channel=channel,
        voice_enhancement_mode=voice_enhancement_mode,
    )


voice_enhancement_config_channel = _rt.Lens[VoiceEnhancementConfig, str | None](
    lambda s: s.channel,
    lambda s, v: _dc.replace(s, channel=v),
    "voice_enhancement_config_channel",
)
"""Lens on :attr:`VoiceEnhancementConfig.channel`."""


voice_enhancement_config_voice_enhancement_mode = _rt.Lens[
    VoiceEnhancementConfig, str | None
](
    lambda s: s.voice_enhancement_mode,
    lambda s, v: _dc.replace(s, voice_enhancement_mode=v),
    "voice_enhancement_config_voice_enhancement_mode",
)
"""Lens on :attr:`VoiceEnhancementConfig.voice_enhancement_mode`."""
