"""The MeetingFeaturesConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.audio_features import AudioFeatures


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class MeetingFeaturesConfiguration:
    """The configuration settings of the features available to a meeting.

    Fields:

    - ``audio``: The configuration settings for the audio features available to a meeting.
    """

    audio: AudioFeatures | None = None
    """The configuration settings for the audio features available to a
    meeting.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.audio
        if value is not None:
            path = prefix + "audio"
            if isinstance(value, AudioFeatures):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AudioFeatures, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.audio is not None:
            result["Audio"] = self.audio.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> MeetingFeaturesConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "MeetingFeaturesConfiguration")
        return cls(
            audio=(
                None
                if (value := data.get("Audio")) is None
                else AudioFeatures.from_dict(value, path=path + "Audio" + ".")
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> MeetingFeaturesConfiguration:
        draft = _MeetingFeaturesConfigurationDraft()
        try:
            draft.audio = (
                None
                if (value := data.get("Audio")) is None
                else AudioFeatures._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Audio")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _MeetingFeaturesConfigurationDraft:
    """A :class:`MeetingFeaturesConfiguration` being decoded (see ``_rt.seal``)."""

    __slots__ = ("audio",)
    audio: AudioFeatures | None


def new_meeting_features_configuration() -> MeetingFeaturesConfiguration:
    """Create a :class:`MeetingFeaturesConfiguration` with all optional fields omitted."""
    return MeetingFeaturesConfiguration()


meeting_features_configuration_audio = _rt.Lens[
    MeetingFeaturesConfiguration, AudioFeatures | None
](
    lambda s: s.audio,
    lambda s, v: _dc.replace(s, audio=v),
    "meeting_features_configuration_audio",
)
"""Lens on :attr:`MeetingFeaturesConfiguration.audio`."""
