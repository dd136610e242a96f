"""The RealTimeContactAnalysisSegmentTranscript shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.real_time_contact_analysis_time_data import (
    RealTimeContactAnalysisTimeData,
)
from ..shapes.real_time_contact_analysis_transcript_item_redaction import (
    RealTimeContactAnalysisTranscriptItemRedaction,
)

_PARTICIPANT_ROLE_VALUES = frozenset(
    (
        "AGENT",
        "CUSTOMER",
        "SYSTEM",
        "CUSTOM_BOT",
        "SUPERVISOR",
    )
)
_REAL_TIME_CONTACT_ANALYSIS_SENTIMENT_LABEL_VALUES = frozenset(
    (
        "POSITIVE",
        "NEGATIVE",
        "NEUTRAL",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RealTimeContactAnalysisSegmentTranscript:
    """The analyzed transcript segment.

    Fields:

    - ``id``: The identifier of the transcript.
    - ``participant_id``: The identifier of the participant.
    - ``participant_role``: The role of the participant.
    - ``content``: The content of the transcript.
    - ``time``: Field describing the time of the event.
    - ``display_name``: The display name of the participant.
    - ``content_type``: The type of content of the item.
    - ``redaction``: Object describing redaction that was applied to the transcript.
    - ``sentiment``: The sentiment detected for this piece of transcript.
    """

    id: str | None
    """The identifier of the transcript."""

    participant_id: str | None
    """The identifier of the participant."""

    participant_role: str | None
    """The role of the participant. For example, is it a customer, agent, or
    system.
    """

    content: str | None
    """The content of the transcript. Can be redacted."""

    time: RealTimeContactAnalysisTimeData | None
    """Field describing the time of the event. It can have different
    representations of time.
    """

    display_name: str | None = None
    """The display name of the participant."""

    content_type: str | None = None
    """The type of content of the item. For example, ``text/plain``."""

    redaction: RealTimeContactAnalysisTranscriptItemRedaction | None = None
    """Object describing redaction that was applied to the transcript. If
    transcript has the field it means part of the transcript was redacted.
    """

    sentiment: str | None = None
    """The sentiment detected for this piece of transcript."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is None:
            errors.append(prefix + "id: required but missing")
        else:
            path = prefix + "id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.participant_id
        if value is None:
            errors.append(prefix + "participant_id: required but missing")
        else:
            path = prefix + "participant_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.participant_role
        if value is None:
            errors.append(prefix + "participant_role: required but missing")
        else:
            path = prefix + "participant_role"
            _rt.check_str(errors, path, value, enum=_PARTICIPANT_ROLE_VALUES)
        value = self.content
        if value is None:
            errors.append(prefix + "content: required but missing")
        else:
            path = prefix + "content"
            _rt.check_str(errors, path, value, min_len=1, max_len=16384)
        value = self.time
        if value is None:
            errors.append(prefix + "time: required but missing")
        else:
            path = prefix + "time"
            if isinstance(value, RealTimeContactAnalysisTimeData):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RealTimeContactAnalysisTimeData, got {type(value).__name__}"
                )
        value = self.display_name
        if value is not None:
            path = prefix + "display_name"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.content_type
        if value is not None:
            path = prefix + "content_type"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.redaction
        if value is not None:
            path = prefix + "redaction"
            if isinstance(value, RealTimeContactAnalysisTranscriptItemRedaction):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RealTimeContactAnalysisTranscriptItemRedaction, got {type(value).__name__}"
                )
        value = self.sentiment
        if value is not None:
            path = prefix + "sentiment"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_REAL_TIME_CONTACT_ANALYSIS_SENTIMENT_LABEL_VALUES,
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.participant_id is not None:
            result["ParticipantId"] = self.participant_id
        if self.participant_role is not None:
            result["ParticipantRole"] = self.participant_role
        if self.content is not None:
            result["Content"] = self.content
        if self.time is not None:
            result["Time"] = self.time.to_dict()
        if self.display_name is not None:
            result["DisplayName"] = self.display_name
        if self.content_type is not None:
            result["ContentType"] = self.content_type
        if self.redaction is not None:
            result["Redaction"] = self.redaction.to_dict()
        if self.sentiment is not None:
            result["Sentiment"] = self.sentiment
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RealTimeContactAnalysisSegmentTranscript:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "RealTimeContactAnalysisSegmentTranscript"
        )
        return cls(
            id=data.get("Id"),
            participant_id=data.get("ParticipantId"),
            participant_role=data.get("ParticipantRole"),
            content=data.get("Content"),
            time=(
                None
                if (value := data.get("Time")) is None
                else RealTimeContactAnalysisTimeData.from_dict(
                    value, path=path + "Time" + "."
                )
            ),
            display_name=data.get("DisplayName"),
            content_type=data.get("ContentType"),
            redaction=(
                None
                if (value := data.get("Redaction")) is None
                else RealTimeContactAnalysisTranscriptItemRedaction.from_dict(
                    value, path=path + "Redaction" + "."
                )
            ),
            sentiment=data.get("Sentiment"),
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> RealTimeContactAnalysisSegmentTranscript:
        draft = _RealTimeContactAnalysisSegmentTranscriptDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.participant_id = (
                None
                if (value := data.get("ParticipantId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ParticipantId")
                )
            )
            draft.participant_role = (
                None
                if (value := data.get("ParticipantRole")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ParticipantRole")
                )
            )
            draft.content = (
                None
                if (value := data.get("Content")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Content"))
            )
            draft.time = (
                None
                if (value := data.get("Time")) is None
                else RealTimeContactAnalysisTimeData._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Time")
                    )
                )
            )
            draft.display_name = (
                None
                if (value := data.get("DisplayName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DisplayName")
                )
            )
            draft.content_type = (
                None
                if (value := data.get("ContentType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContentType")
                )
            )
            draft.redaction = (
                None
                if (value := data.get("Redaction")) is None
                else RealTimeContactAnalysisTranscriptItemRedaction._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Redaction")
                    )
                )
            )
            draft.sentiment = (
                None
                if (value := data.get("Sentiment")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "Sentiment")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RealTimeContactAnalysisSegmentTranscriptDraft:
    """A :class:`RealTimeContactAnalysisSegmentTranscript` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "id",
        "participant_id",
        "participant_role",
        "content",
        "time",
        "display_name",
        "content_type",
        "redaction",
        "sentiment",
    )
    id: str | None
    participant_id: str | None
    participant_role: str | None
    content: str | None
    time: RealTimeContactAnalysisTimeData | None
    display_name: str | None
    content_type: str | None
    redaction: RealTimeContactAnalysisTranscriptItemRedaction | None
    sentiment: str | None


def new_real_time_contact_analysis_segment_transcript(
    id: str,
    participant_id: str,
    participant_role: str,
    content: str,
    time: RealTimeContactAnalysisTimeData,
) -> RealTimeContactAnalysisSegmentTranscript:
    """Create a :class:`RealTimeContactAnalysisSegmentTranscript` with all optional fields omitted."""
    return RealTimeContactAnalysisSegmentTranscript(
        id=id,
        participant_id=participant_id,
        participant_role=participant_role,
        content=content,
        time=time,
    )


real_time_contact_analysis_segment_transcript_id = _rt.Lens[
    RealTimeContactAnalysisSegmentTranscript, str | None
](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "real_time_contact_analysis_segment_transcript_id",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentTranscript.id`."""


real_time_contact_analysis_segment_transcript_participant_id = _rt.Lens[
    RealTimeContactAnalysisSegmentTranscript, str | None
](
    lambda s: s.participant_id,
    lambda s, v: _dc.replace(s, participant_id=v),
    "real_time_contact_analysis_segment_transcript_participant_id",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentTranscript.participant_id`."""


real_time_contact_analysis_segment_transcript_participant_role = _rt.Lens[
    RealTimeContactAnalysisSegmentTranscript, str | None
](
    lambda s: s.participant_role,
    lambda s, v: _dc.replace(s, participant_role=v),
    "real_time_contact_analysis_segment_transcript_participant_role",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentTranscript.participant_role`."""


real_time_contact_analysis_segment_transcript_content = _rt.Lens[
    RealTimeContactAnalysisSegmentTranscript, str | None
](
    lambda s: s.content,
    lambda s, v: _dc.replace(s, content=v),
    "real_time_contact_analysis_segment_transcript_content",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentTranscript.content`."""


real_time_contact_analysis_segment_transcript_time = _rt.Lens[
    RealTimeContactAnalysisSegmentTranscript, RealTimeContactAnalysisTimeData | None
](
    lambda s: s.time,
    lambda s, v: _dc.replace(s, time=v),
    "real_time_contact_analysis_segment_transcript_time",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentTranscript.time`."""


real_time_contact_analysis_segment_transcript_display_name = _rt.Lens[
    RealTimeContactAnalysisSegmentTranscript, str | None
](
    lambda s: s.display_name,
    lambda s, v: _dc.replace(s, display_name=v),
    "real_time_contact_analysis_segment_transcript_display_name",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentTranscript.display_name`."""


real_time_contact_analysis_segment_transcript_content_type = _rt.Lens[
    RealTimeContactAnalysisSegmentTranscript, str | None
](
    lambda s: s.content_type,
    lambda s, v: _dc.replace(s, content_type=v),
    "real_time_contact_analysis_segment_transcript_content_type",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentTranscript.content_type`."""


real_time_contact_analysis_segment_transcript_redaction = _rt.Lens[
    RealTimeContactAnalysisSegmentTranscript,
    RealTimeContactAnalysisTranscriptItemRedaction | None,
](
    lambda s: s.redaction,
    lambda s, v: _dc.replace(s, redaction=v),
    "real_time_contact_analysis_segment_transcript_redaction",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentTranscript.redaction`."""


real_time_contact_analysis_segment_transcript_sentiment = _rt.Lens[
    RealTimeContactAnalysisSegmentTranscript, str | None
](
    lambda s: s.sentiment,
    lambda s, v: _dc.replace(s, sentiment=v),
    "real_time_contact_analysis_segment_transcript_sentiment",
)
"""Lens on :attr:`RealTimeContactAnalysisSegmentTranscript.sentiment`."""
