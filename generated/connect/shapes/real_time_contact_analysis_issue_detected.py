"""The RealTimeContactAnalysisIssueDetected shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.real_time_contact_analysis_transcript_item_with_content import (
    RealTimeContactAnalysisTranscriptItemWithContent,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RealTimeContactAnalysisIssueDetected:
    """Potential issues that are detected based on an artificial intelligence
    analysis of each turn in the conversation.

    Fields:

    - ``transcript_items``: List of the transcript items (segments) that are associated with a given issue.
    """

    transcript_items: list[RealTimeContactAnalysisTranscriptItemWithContent] | None
    """List of the transcript items (segments) that are associated with a given
    issue.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.transcript_items
        if value is None:
            errors.append(prefix + "transcript_items: required but missing")
        else:
            path = prefix + "transcript_items"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(
                            v1, RealTimeContactAnalysisTranscriptItemWithContent
                        ):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RealTimeContactAnalysisTranscriptItemWithContent, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.transcript_items is not None:
            result["TranscriptItems"] = [v1.to_dict() for v1 in self.transcript_items]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RealTimeContactAnalysisIssueDetected:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "RealTimeContactAnalysisIssueDetected"
        )
        return cls(
            transcript_items=(
                None
                if (value := data.get("TranscriptItems")) is None
                else [
                    RealTimeContactAnalysisTranscriptItemWithContent.from_dict(
                        v1, path=path + "TranscriptItems" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "TranscriptItems")
                    )
                ]
            ),
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> RealTimeContactAnalysisIssueDetected:
        draft = _RealTimeContactAnalysisIssueDetectedDraft()
        try:
            draft.transcript_items = (
                None
                if (value := data.get("TranscriptItems")) is None
                else [
                    RealTimeContactAnalysisTranscriptItemWithContent._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "TranscriptItems")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "TranscriptItems")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RealTimeContactAnalysisIssueDetectedDraft:
    """A :class:`RealTimeContactAnalysisIssueDetected` being decoded (see ``_rt.seal``)."""

    __slots__ = ("transcript_items",)
    transcript_items: list[RealTimeContactAnalysisTranscriptItemWithContent] | None


def new_real_time_contact_analysis_issue_detected(
    transcript_items: list[RealTimeContactAnalysisTranscriptItemWithContent],
) -> RealTimeContactAnalysisIssueDetected:
    """Create a :class:`RealTimeContactAnalysisIssueDetected` with all optional fields omitted."""
    return RealTimeContactAnalysisIssueDetected(
        transcript_items=transcript_items,
    )


real_time_contact_analysis_issue_detected_transcript_items = _rt.Lens[
    RealTimeContactAnalysisIssueDetected,
    list[RealTimeContactAnalysisTranscriptItemWithContent] | None,
](
    lambda s: s.transcript_items,
    lambda s, v: _dc.replace(s, transcript_items=v),
    "real_time_contact_analysis_issue_detected_transcript_items",
)
"""Lens on :attr:`RealTimeContactAnalysisIssueDetected.transcript_items`."""
