"""The RealtimeContactAnalysisSegment shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.real_time_contact_analysis_segment_attachments import (
    RealTimeContactAnalysisSegmentAttachments,
)
from ..shapes.real_time_contact_analysis_segment_categories import (
    RealTimeContactAnalysisSegmentCategories,
)
from ..shapes.real_time_contact_analysis_segment_event import (
    RealTimeContactAnalysisSegmentEvent,
)
from ..shapes.real_time_contact_analysis_segment_issues import (
    RealTimeContactAnalysisSegmentIssues,
)
from ..shapes.real_time_contact_analysis_segment_post_contact_summary import (
    RealTimeContactAnalysisSegmentPostContactSummary,
)
from ..shapes.real_time_contact_analysis_segment_transcript import (
    RealTimeContactAnalysisSegmentTranscript,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RealtimeContactAnalysisSegment:
    """An analyzed segment for a real-time analysis session.

    Fields:

    - ``transcript``: The analyzed transcript segment.
    - ``categories``: The matched category rules.
    - ``issues``: Segment type containing a list of detected issues.
    - ``event``: Segment type describing a contact event.
    - ``attachments``: The analyzed attachments.
    - ``post_contact_summary``: Information about the post-contact summary.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    transcript: RealTimeContactAnalysisSegmentTranscript | None = None
    """The analyzed transcript segment."""

    categories: RealTimeContactAnalysisSegmentCategories | None = None
    """The matched category rules."""

    issues: RealTimeContactAnalysisSegmentIssues | None = None
    """Segment type containing a list of detected issues."""

    event: RealTimeContactAnalysisSegmentEvent | None = None
    """Segment type describing a contact event."""

    attachments: RealTimeContactAnalysisSegmentAttachments | None = None
    """The analyzed attachments."""

    post_contact_summary: RealTimeContactAnalysisSegmentPostContactSummary | None = None
    """Information about the post-contact summary."""

    sdk_unknown_member: str | None = None
    """The name of the member a response set when it is one these bindings
    do not know (the service added it later); ``None`` otherwise.  A value
    with it set cannot be sent.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.transcript
        if value is not None:
            path = prefix + "transcript"
            if isinstance(value, RealTimeContactAnalysisSegmentTranscript):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RealTimeContactAnalysisSegmentTranscript, got {type(value).__name__}"
                )
        value = self.categories
        if value is not None:
            path = prefix + "categories"
            if isinstance(value, RealTimeContactAnalysisSegmentCategories):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RealTimeContactAnalysisSegmentCategories, got {type(value).__name__}"
                )
        value = self.issues
        if value is not None:
            path = prefix + "issues"
            if isinstance(value, RealTimeContactAnalysisSegmentIssues):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RealTimeContactAnalysisSegmentIssues, got {type(value).__name__}"
                )
        value = self.event
        if value is not None:
            path = prefix + "event"
            if isinstance(value, RealTimeContactAnalysisSegmentEvent):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RealTimeContactAnalysisSegmentEvent, got {type(value).__name__}"
                )
        value = self.attachments
        if value is not None:
            path = prefix + "attachments"
            if isinstance(value, RealTimeContactAnalysisSegmentAttachments):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RealTimeContactAnalysisSegmentAttachments, got {type(value).__name__}"
                )
        value = self.post_contact_summary
        if value is not None:
            path = prefix + "post_contact_summary"
            if isinstance(value, RealTimeContactAnalysisSegmentPostContactSummary):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RealTimeContactAnalysisSegmentPostContactSummary, got {type(value).__name__}"
                )
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "RealtimeContactAnalysisSegment")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "RealtimeContactAnalysisSegment",
            (self.transcript is not None)
            + (self.categories is not None)
            + (self.issues is not None)
            + (self.event is not None)
            + (self.attachments is not None)
            + (self.post_contact_summary is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.transcript is not None:
            result["Transcript"] = self.transcript.to_dict()
        if self.categories is not None:
            result["Categories"] = self.categories.to_dict()
        if self.issues is not None:
            result["Issues"] = self.issues.to_dict()
        if self.event is not None:
            result["Event"] = self.event.to_dict()
        if self.attachments is not None:
            result["Attachments"] = self.attachments.to_dict()
        if self.post_contact_summary is not None:
            result["PostContactSummary"] = self.post_contact_summary.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RealtimeContactAnalysisSegment:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RealtimeContactAnalysisSegment")
        return cls(
            transcript=(
                None
                if (value := data.get("Transcript")) is None
                else RealTimeContactAnalysisSegmentTranscript.from_dict(
                    value, path=path + "Transcript" + "."
                )
            ),
            categories=(
                None
                if (value := data.get("Categories")) is None
                else RealTimeContactAnalysisSegmentCategories.from_dict(
                    value, path=path + "Categories" + "."
                )
            ),
            issues=(
                None
                if (value := data.get("Issues")) is None
                else RealTimeContactAnalysisSegmentIssues.from_dict(
                    value, path=path + "Issues" + "."
                )
            ),
            event=(
                None
                if (value := data.get("Event")) is None
                else RealTimeContactAnalysisSegmentEvent.from_dict(
                    value, path=path + "Event" + "."
                )
            ),
            attachments=(
                None
                if (value := data.get("Attachments")) is None
                else RealTimeContactAnalysisSegmentAttachments.from_dict(
                    value, path=path + "Attachments" + "."
                )
            ),
            post_contact_summary=(
                None
                if (value := data.get("PostContactSummary")) is None
                else RealTimeContactAnalysisSegmentPostContactSummary.from_dict(
                    value, path=path + "PostContactSummary" + "."
                )
            ),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> RealtimeContactAnalysisSegment:
        draft = _RealtimeContactAnalysisSegmentDraft()
        try:
            draft.transcript = (
                None
                if (value := data.get("Transcript")) is None
                else RealTimeContactAnalysisSegmentTranscript._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Transcript")
                    )
                )
            )
            draft.categories = (
                None
                if (value := data.get("Categories")) is None
                else RealTimeContactAnalysisSegmentCategories._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Categories")
                    )
                )
            )
            draft.issues = (
                None
                if (value := data.get("Issues")) is None
                else RealTimeContactAnalysisSegmentIssues._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Issues")
                    )
                )
            )
            draft.event = (
                None
                if (value := data.get("Event")) is None
                else RealTimeContactAnalysisSegmentEvent._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Event")
                    )
                )
            )
            draft.attachments = (
                None
                if (value := data.get("Attachments")) is None
                else RealTimeContactAnalysisSegmentAttachments._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Attachments")
                    )
                )
            )
            draft.post_contact_summary = (
                None
                if (value := data.get("PostContactSummary")) is None
                else RealTimeContactAnalysisSegmentPostContactSummary._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "PostContactSummary")
                    )
                )
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(
                data,
                (
                    "Transcript",
                    "Categories",
                    "Issues",
                    "Event",
                    "Attachments",
                    "PostContactSummary",
                ),
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RealtimeContactAnalysisSegmentDraft:
    """A :class:`RealtimeContactAnalysisSegment` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "transcript",
        "categories",
        "issues",
        "event",
        "attachments",
        "post_contact_summary",
        "sdk_unknown_member",
    )
    transcript: RealTimeContactAnalysisSegmentTranscript | None
    categories: RealTimeContactAnalysisSegmentCategories | None
    issues: RealTimeContactAnalysisSegmentIssues | None
    event: RealTimeContactAnalysisSegmentEvent | None
    attachments: RealTimeContactAnalysisSegmentAttachments | None
    post_contact_summary: RealTimeContactAnalysisSegmentPostContactSummary | None
    sdk_unknown_member: str | None


def new_realtime_contact_analysis_segment() -> RealtimeContactAnalysisSegment:
    """Create a :class:`RealtimeContactAnalysisSegment` with all optional fields omitted."""
    return RealtimeContactAnalysisSegment()


realtime_contact_analysis_segment_sdk_unknown_member = _rt.Lens[
    RealtimeContactAnalysisSegment, str | None
](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "realtime_contact_analysis_segment_sdk_unknown_member",
)
"""Lens on :attr:`RealtimeContactAnalysisSegment.sdk_unknown_member`."""


realtime_contact_analysis_segment_transcript = _rt.Lens[
    RealtimeContactAnalysisSegment, RealTimeContactAnalysisSegmentTranscript | None
](
    lambda s: s.transcript,
    lambda s, v: _dc.replace(s, transcript=v),
    "realtime_contact_analysis_segment_transcript",
)
"""Lens on :attr:`RealtimeContactAnalysisSegment.transcript`."""


realtime_contact_analysis_segment_categories = _rt.Lens[
    RealtimeContactAnalysisSegment, RealTimeContactAnalysisSegmentCategories | None
](
    lambda s: s.categories,
    lambda s, v: _dc.replace(s, categories=v),
    "realtime_contact_analysis_segment_categories",
)
"""Lens on :attr:`RealtimeContactAnalysisSegment.categories`."""


realtime_contact_analysis_segment_issues = _rt.Lens[
    RealtimeContactAnalysisSegment, RealTimeContactAnalysisSegmentIssues | None
](
    lambda s: s.issues,
    lambda s, v: _dc.replace(s, issues=v),
    "realtime_contact_analysis_segment_issues",
)
"""Lens on :attr:`RealtimeContactAnalysisSegment.issues`."""


realtime_contact_analysis_segment_event = _rt.Lens[
    RealtimeContactAnalysisSegment, RealTimeContactAnalysisSegmentEvent | None
](
    lambda s: s.event,
    lambda s, v: _dc.replace(s, event=v),
    "realtime_contact_analysis_segment_event",
)
"""Lens on :attr:`RealtimeContactAnalysisSegment.event`."""


realtime_contact_analysis_segment_attachments = _rt.Lens[
    RealtimeContactAnalysisSegment, RealTimeContactAnalysisSegmentAttachments | None
](
    lambda s: s.attachments,
    lambda s, v: _dc.replace(s, attachments=v),
    "realtime_contact_analysis_segment_attachments",
)
"""Lens on :attr:`RealtimeContactAnalysisSegment.attachments`."""


realtime_contact_analysis_segment_post_contact_summary = _rt.Lens[
    RealtimeContactAnalysisSegment,
    RealTimeContactAnalysisSegmentPostContactSummary | None,
](
    lambda s: s.post_contact_summary,
    lambda s, v: _dc.replace(s, post_contact_summary=v),
    "realtime_contact_analysis_segment_post_contact_summary",
)
"""Lens on :attr:`RealtimeContactAnalysisSegment.post_contact_summary`."""
