"""The WebRTCMeeting shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.meeting_features_configuration import MeetingFeaturesConfiguration
from ..shapes.web_rtc_media_placement import WebRTCMediaPlacement

_PATTERN_1 = _rt.Pattern(
    "[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}",
    "[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class WebRTCMeeting:
    """A meeting created using the Amazon Chime SDK.

    Fields:

    - ``media_placement``: The media placement for the meeting.
    - ``meeting_features``: The configuration settings of the features available to a meeting.
    - ``meeting_id``: The Amazon Chime SDK meeting ID.
    """

    media_placement: WebRTCMediaPlacement | None = None
    """The media placement for the meeting."""

    meeting_features: MeetingFeaturesConfiguration | None = None
    """The configuration settings of the features available to a meeting."""

    meeting_id: str | None = None
    """The Amazon Chime SDK meeting ID."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.media_placement
        if value is not None:
            path = prefix + "media_placement"
            if isinstance(value, WebRTCMediaPlacement):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected WebRTCMediaPlacement, got {type(value).__name__}"
                )
        value = self.meeting_features
        if value is not None:
            path = prefix + "meeting_features"
            if isinstance(value, MeetingFeaturesConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected MeetingFeaturesConfiguration, got {type(value).__name__}"
                )
        value = self.meeting_id
        if value is not None:
            path = prefix + "meeting_id"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.media_placement is not None:
            result["MediaPlacement"] = self.media_placement.to_dict()
        if self.meeting_features is not None:
            result["MeetingFeatures"] = self.meeting_features.to_dict()
        if self.meeting_id is not None:
            result["MeetingId"] = self.meeting_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> WebRTCMeeting:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "WebRTCMeeting")
        return cls(
            media_placement=(
                None
                if (value := data.get("MediaPlacement")) is None
                else WebRTCMediaPlacement.from_dict(
                    value, path=path + "MediaPlacement" + "."
                )
            ),
            meeting_features=(
                None
                if (value := data.get("MeetingFeatures")) is None
                else MeetingFeaturesConfiguration.from_dict(
                    value, path=path + "MeetingFeatures" + "."
                )
            ),
            meeting_id=data.get("MeetingId"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> WebRTCMeeting:
        draft = _WebRTCMeetingDraft()
        try:
            draft.media_placement = (
                None
                if (value := data.get("MediaPlacement")) is None
                else WebRTCMediaPlacement._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "MediaPlacement")
                    )
                )
            )
            draft.meeting_features = (
                None
                if (value := data.get("MeetingFeatures")) is None
                else MeetingFeaturesConfiguration._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "MeetingFeatures")
                    )
                )
            )
            draft.meeting_id = (
                None
                if (value := data.get("MeetingId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "MeetingId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _WebRTCMeetingDraft:
    """A :class:`WebRTCMeeting` being decoded (see ``_rt.seal``)."""

    __slots__ = ("media_placement", "meeting_features", "meeting_id")
    media_placement: WebRTCMediaPlacement | None
    meeting_features: MeetingFeaturesConfiguration | None
    meeting_id: str | None


def new_web_rtc_meeting() -> WebRTCMeeting:
    """Create a :class:`WebRTCMeeting` with all optional fields omitted."""
    return WebRTCMeeting()


web_rtc_meeting_media_placement = _rt.Lens[WebRTCMeeting, WebRTCMediaPlacement | None](
    lambda s: s.media_placement,
    lambda s, v: _dc.replace(s, media_placement=v),
    "web_rtc_meeting_media_placement",
)
"""Lens on :attr:`WebRTCMeeting.media_placement`."""


web_rtc_meeting_meeting_features = _rt.Lens[
    WebRTCMeeting, MeetingFeaturesConfiguration | None
](
    lambda s: s.meeting_features,
    lambda s, v: _dc.replace(s, meeting_features=v),
    "web_rtc_meeting_meeting_features",
)
"""Lens on :attr:`WebRTCMeeting.meeting_features`."""


web_rtc_meeting_meeting_id = _rt.Lens[WebRTCMeeting, str | None](
    lambda s: s.meeting_id,
    lambda s, v: _dc.replace(s, meeting_id=v),
    "web_rtc_meeting_meeting_id",
)
"""Lens on :attr:`WebRTCMeeting.meeting_id`."""
