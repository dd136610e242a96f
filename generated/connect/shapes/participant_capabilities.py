"""The ParticipantCapabilities shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_VIDEO_CAPABILITY_VALUES = frozenset(("SEND",))
_SCREEN_SHARE_CAPABILITY_VALUES = frozenset(("SEND",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ParticipantCapabilities:
    """The configuration for the allowed video and screen sharing capabilities
    for participants present over the call. For more information, see `Set
    up in-app, web, video calling, and screen sharing capabilities
    <https://docs.aws.amazon.com/connect/latest/adminguide/inapp-calling.html>`__
    in the *Connect Customer Administrator Guide*.

    Fields:

    - ``video``: The configuration having the video and screen sharing capabilities for participants over the call.
    - ``screen_share``: The screen sharing capability that is enabled for the participant.
    """

    video: str | None = None
    """The configuration having the video and screen sharing capabilities for
    participants over the call.
    """

    screen_share: str | None = None
    """The screen sharing capability that is enabled for the participant.
    ``SEND`` indicates the participant can share their screen.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.video
        if value is not None:
            path = prefix + "video"
            _rt.check_str(errors, path, value, enum=_VIDEO_CAPABILITY_VALUES)
        value = self.screen_share
        if value is not None:
            path = prefix + "screen_share"
            _rt.check_str(errors, path, value, enum=_SCREEN_SHARE_CAPABILITY_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.video is not None:
            result["Video"] = self.video
        if self.screen_share is not None:
            result["ScreenShare"] = self.screen_share
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ParticipantCapabilities:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ParticipantCapabilities")
        return cls(
            video=data.get("Video"),
            screen_share=data.get("ScreenShare"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.video is not None:
            data["Video"] = self.video
        if self.screen_share is not None:
            data["ScreenShare"] = self.screen_share
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ParticipantCapabilities:
        draft = _ParticipantCapabilitiesDraft()
        try:
            draft.video = (
                None
                if (value := data.get("Video")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Video"))
            )
            draft.screen_share = (
                None
                if (value := data.get("ScreenShare")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ScreenShare")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ParticipantCapabilitiesDraft:
    """A :class:`ParticipantCapabilities` being decoded (see ``_rt.seal``)."""

    __slots__ = ("video", "screen_share")
    video: str | None
    screen_share: str | None


def new_participant_capabilities() -> ParticipantCapabilities:
    """Create a :class:`ParticipantCapabilities` with all optional fields omitted."""
    return ParticipantCapabilities()


participant_capabilities_video = _rt.Lens[ParticipantCapabilities, str | None](
    lambda s: s.video,
    lambda s, v: _dc.replace(s, video=v),
    "participant_capabilities_video",
)
"""Lens on :attr:`ParticipantCapabilities.video`."""


participant_capabilities_screen_share = _rt.Lens[ParticipantCapabilities, str | None](
    lambda s: s.screen_share,
    lambda s, v: _dc.replace(s, screen_share=v),
    "participant_capabilities_screen_share",
)
"""Lens on :attr:`ParticipantCapabilities.screen_share`."""
