"""The MediaPlacement shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class MediaPlacement:
    """A set of endpoints used by clients to connect to the media service group
    for an Amazon Chime SDK meeting.

    Fields:

    - ``audio_host_url``: The audio host URL.
    - ``audio_fallback_url``: The audio fallback URL.
    - ``signaling_url``: The signaling URL.
    - ``turn_control_url``: The turn control URL.
    - ``event_ingestion_url``: The event ingestion URL to which you send client meeting events.
    """

    audio_host_url: str | None = None
    """The audio host URL."""

    audio_fallback_url: str | None = None
    """The audio fallback URL."""

    signaling_url: str | None = None
    """The signaling URL."""

    turn_control_url: str | None = None
    """The turn control URL."""

    event_ingestion_url: str | None = None
    """The event ingestion URL to which you send client meeting events."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.audio_host_url
        if value is not None:
            path = prefix + "audio_host_url"
            _rt.check_str(errors, path, value, min_len=1, max_len=2000)
        value = self.audio_fallback_url
        if value is not None:
            path = prefix + "audio_fallback_url"
            _rt.check_str(errors, path, value, min_len=1, max_len=2000)
        value = self.signaling_url
        if value is not None:
            path = prefix + "signaling_url"
            _rt.check_str(errors, path, value, min_len=1, max_len=2000)
        value = self.turn_control_url
        if value is not None:
            path = prefix + "turn_control_url"
            _rt.check_str(errors, path, value, min_len=1, max_len=2000)
        value = self.event_ingestion_url
        if value is not None:
            path = prefix + "event_ingestion_url"
            _rt.check_str(errors, path, value, min_len=1, max_len=2000)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.audio_host_url is not None:
            result["AudioHostUrl"] = self.audio_host_url
        if self.audio_fallback_url is not None:
            result["AudioFallbackUrl"] = self.audio_fallback_url
        if self.signaling_url is not None:
            result["SignalingUrl"] = self.signaling_url
        if self.turn_control_url is not None:
            result["TurnControlUrl"] = self.turn_control_url
        if self.event_ingestion_url is not None:
            result["EventIngestionUrl"] = self.event_ingestion_url
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> MediaPlacement:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "MediaPlacement")
        return cls(
            audio_host_url=data.get("AudioHostUrl"),
            audio_fallback_url=data.get("AudioFallbackUrl"),
            signaling_url=data.get("SignalingUrl"),
            turn_control_url=data.get("TurnControlUrl"),
            event_ingestion_url=data.get("EventIngestionUrl"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> MediaPlacement:
        draft = _MediaPlacementDraft()
        try:
            draft.audio_host_url = (
                None
                if (value := data.get("AudioHostUrl")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AudioHostUrl")
                )
            )
            draft.audio_fallback_url = (
                None
                if (value := data.get("AudioFallbackUrl")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AudioFallbackUrl")
                )
            )
            draft.signaling_url = (
                None
                if (value := data.get("SignalingUrl")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "SignalingUrl")
                )
            )
            draft.turn_control_url = (
                None
                if (value := data.get("TurnControlUrl")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "TurnControlUrl")
                )
            )
            draft.event_ingestion_url = (
                None
                if (value := data.get("EventIngestionUrl")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EventIngestionUrl")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _MediaPlacementDraft:
    """A :class:`MediaPlacement` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "audio_host_url",
        "audio_fallback_url",
        "signaling_url",
        "turn_control_url",
        "event_ingestion_url",
    )
    audio_host_url: str | None
    audio_fallback_url: str | None
    signaling_url: str | None
    turn_control_url: str | None
    event_ingestion_url: str | None


def new_media_placement() -> MediaPlacement:
    """Create a :class:`MediaPlacement` with all optional fields omitted."""
    return MediaPlacement()


media_placement_audio_host_url = _rt.Lens[MediaPlacement, str | None](
    lambda s: s.audio_host_url,
    lambda s, v: _dc.replace(s, audio_host_url=v),
    "media_placement_audio_host_url",
)
"""Lens on :attr:`MediaPlacement.audio_host_url`."""


media_placement_audio_fallback_url = _rt.Lens[MediaPlacement, str | None](
    lambda s: s.audio_fallback_url,
    lambda s, v: _dc.replace(s, audio_fallback_url=v),
    "media_placement_audio_fallback_url",
)
"""Lens on :attr:`MediaPlacement.audio_fallback_url`."""


media_placement_signaling_url = _rt.Lens[MediaPlacement, str | None](
    lambda s: s.signaling_url,
    lambda s, v: _dc.replace(s, signaling_url=v),
    "media_placement_signaling_url",
)
"""Lens on :attr:`MediaPlacement.signaling_url`."""


media_placement_turn_control_url = _rt.Lens[MediaPlacement, str | None](
    lambda s: s.turn_control_url,
    lambda s, v: _dc.replace(s, turn_control_url=v),
    "media_placement_turn_control_url",
)
"""Lens on :attr:`MediaPlacement.turn_control_url`."""


media_placement_event_ingestion_url = _rt.Lens[MediaPlacement, str | None](
    lambda s: s.event_ingestion_url,
    lambda s, v: _dc.replace(s, event_ingestion_url=v),
    "media_placement_event_ingestion_url",
)
"""Lens on :attr:`MediaPlacement.event_ingestion_url`."""
