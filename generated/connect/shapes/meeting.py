"""The Meeting shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.media_placement import MediaPlacement
from ..shapes.meeting_features_configuration import MeetingFeaturesConfiguration


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Meeting:
    """A meeting created using the Amazon Chime SDK.

    Fields:

    - ``media_region``: The Amazon Web Services Region in which you create the meeting.
    - ``media_placement``: The media placement for the meeting.
    - ``meeting_features``: The configuration settings of the features available to a meeting.
    - ``meeting_id``: The Amazon Chime SDK meeting ID.
    """

    media_region: str | None = None
    """The Amazon Web Services Region in which you create the meeting."""

    media_placement: MediaPlacement | None = None
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
        value = self.media_region
        if value is not None:
            path = prefix + "media_region"
            _rt.check_str(errors, path, value)
        value = self.media_placement
        if value is not None:
            path = prefix + "media_placement"
            if isinstance(value, MediaPlacement):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected MediaPlacement, got {type(value).__name__}"
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
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.media_region is not None:
            result["MediaRegion"] = self.media_region
        if self.media_placement is not None:
            result["MediaPlacement"] = self.media_placement.to_dict()
        if self.meeting_features is not None:
            result["MeetingFeatures"] = self.meeting_features.to_dict()
        if self.meeting_id is not None:
            result["MeetingId"] = self.meeting_id
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Meeting:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Meeting")
        return cls(
            media_region=data.get("MediaRegion"),
            media_placement=(
                None
                if (value := data.get("MediaPlacement")) is None
                else MediaPlacement.from_dict(value, path=path + "MediaPlacement" + ".")
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
    def _from_json(cls, data: dict[str, _t.Any]) -> Meeting:
        draft = _MeetingDraft()
        try:
            draft.media_region = (
                None
                if (value := data.get("MediaRegion")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "MediaRegion")
                )
            )
            draft.media_placement = (
                None
                if (value := data.get("MediaPlacement")) is None
                else MediaPlacement._from_json(
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


class _MeetingDraft:
    """A :class:`Meeting` being decoded (see ``_rt.seal``)."""

    __slots__ = ("media_region", "media_placement", "meeting_features", "meeting_id")
    media_region: str | None
    media_placement: MediaPlacement | None
    meeting_features: MeetingFeaturesConfiguration | None
    meeting_id: str | None


def new_meeting() -> Meeting:
    """Create a :class:`Meeting` with all optional fields omitted."""
    return Meeting()


meeting_media_region = _rt.Lens[Meeting, str | None](
    lambda s: s.media_region,
    lambda s, v: _dc.replace(s, media_region=v),
    "meeting_media_region",
)
"""Lens on :attr:`Meeting.media_region`."""


meeting_media_placement = _rt.Lens[Meeting, MediaPlacement | None](
    lambda s: s.media_placement,
    lambda s, v: _dc.replace(s, media_placement=v),
    "meeting_media_placement",
)
"""Lens on :attr:`Meeting.media_placement`."""


meeting_meeting_features = _rt.Lens[Meeting, MeetingFeaturesConfiguration | None](
    lambda s: s.meeting_features,
    lambda s, v: _dc.replace(s, meeting_features=v),
    "meeting_meeting_features",
)
"""Lens on :attr:`Meeting.meeting_features`."""


meeting_meeting_id = _rt.Lens[Meeting, str | None](
    lambda s: s.meeting_id,
    lambda s, v: _dc.replace(s, meeting_id=v),
    "meeting_meeting_id",
)
"""Lens on :attr:`Meeting.meeting_id`."""
