"""The VoiceRecordingConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_VOICE_RECORDING_TRACK_VALUES = frozenset(
    (
        "FROM_AGENT",
        "TO_AGENT",
        "ALL",
    )
)
_IVR_RECORDING_TRACK_VALUES = frozenset(("ALL",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class VoiceRecordingConfiguration:
    """Contains information about the recording configuration settings.

    Fields:

    - ``voice_recording_track``: Identifies which track is being recorded.
    - ``ivr_recording_track``: Identifies which IVR track is being recorded.
    """

    voice_recording_track: str | None = None
    """Identifies which track is being recorded."""

    ivr_recording_track: str | None = None
    """Identifies which IVR track is being recorded.

    One and only one of the track configurations should be presented in the
    request.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.voice_recording_track
        if value is not None:
            path = prefix + "voice_recording_track"
            _rt.check_str(errors, path, value, enum=_VOICE_RECORDING_TRACK_VALUES)
        value = self.ivr_recording_track
        if value is not None:
            path = prefix + "ivr_recording_track"
            _rt.check_str(errors, path, value, enum=_IVR_RECORDING_TRACK_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.voice_recording_track is not None:
            result["VoiceRecordingTrack"] = self.voice_recording_track
        if self.ivr_recording_track is not None:
            result["IvrRecordingTrack"] = self.ivr_recording_track
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> VoiceRecordingConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "VoiceRecordingConfiguration")
        return cls(
            voice_recording_track=data.get("VoiceRecordingTrack"),
            ivr_recording_track=data.get("IvrRecordingTrack"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.voice_recording_track is not None:
            data["VoiceRecordingTrack"] = self.voice_recording_track
        if self.ivr_recording_track is not None:
            data["IvrRecordingTrack"] = self.ivr_recording_track
        return data


def new_voice_recording_configuration() -> VoiceRecordingConfiguration:
    """Create a :class:`VoiceRecordingConfiguration` with all optional fields omitted."""
    return VoiceRecordingConfiguration()


voice_recording_configuration_voice_recording_track = _rt.Lens[
    VoiceRecordingConfiguration, str | None
](
    lambda s: s.voice_recording_track,
    lambda s, v: _dc.replace(s, voice_recording_track=v),
    "voice_recording_configuration_voice_recording_track",
)
"""Lens on :attr:`VoiceRecordingConfiguration.voice_recording_track`."""


voice_recording_configuration_ivr_recording_track = _rt.Lens[
    VoiceRecordingConfiguration, str | None
](
    lambda s: s.ivr_recording_track,
    lambda s, v: _dc.replace(s, ivr_recording_track=v),
    "voice_recording_configuration_ivr_recording_track",
)
"""Lens on :attr:`VoiceRecordingConfiguration.ivr_recording_track`."""
