"""The EvaluationTranscriptPointOfInterest shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_suggested_answer_transcript_millisecond_offsets import (
    EvaluationSuggestedAnswerTranscriptMillisecondOffsets,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationTranscriptPointOfInterest:
    """Information about the point of interest in transcript provided to
    evaluation.

    Fields:

    - ``millisecond_offsets``: Offset in milliseconds from the beginning of transcript.
    - ``transcript_segment``: Segment of transcript.
    """

    millisecond_offsets: (
        EvaluationSuggestedAnswerTranscriptMillisecondOffsets | None
    ) = None
    """Offset in milliseconds from the beginning of transcript."""

    transcript_segment: str | None = None
    """Segment of transcript."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.millisecond_offsets
        if value is not None:
            path = prefix + "millisecond_offsets"
            if isinstance(value, EvaluationSuggestedAnswerTranscriptMillisecondOffsets):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationSuggestedAnswerTranscriptMillisecondOffsets, got {type(value).__name__}"
                )
        value = self.transcript_segment
        if value is not None:
            path = prefix + "transcript_segment"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.millisecond_offsets is not None:
            result["MillisecondOffsets"] = self.millisecond_offsets.to_dict()
        if self.transcript_segment is not None:
            result["TranscriptSegment"] = self.transcript_segment
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationTranscriptPointOfInterest:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationTranscriptPointOfInterest"
        )
        return cls(
            millisecond_offsets=(
                None
                if (value := data.get("MillisecondOffsets")) is None
                else EvaluationSuggestedAnswerTranscriptMillisecondOffsets.from_dict(
                    value, path=path + "MillisecondOffsets" + "."
                )
            ),
            transcript_segment=data.get("TranscriptSegment"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationTranscriptPointOfInterest:
        draft = _EvaluationTranscriptPointOfInterestDraft()
        try:
            draft.millisecond_offsets = (
                None
                if (value := data.get("MillisecondOffsets")) is None
                else EvaluationSuggestedAnswerTranscriptMillisecondOffsets._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "MillisecondOffsets")
                    )
                )
            )
            draft.transcript_segment = (
                None
                if (value := data.get("TranscriptSegment")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "TranscriptSegment")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationTranscriptPointOfInterestDraft:
    """A :class:`EvaluationTranscriptPointOfInterest` being decoded (see ``_rt.seal``)."""

    __slots__ = ("millisecond_offsets", "transcript_segment")
    millisecond_offsets: EvaluationSuggestedAnswerTranscriptMillisecondOffsets | None
    transcript_segment: str | None


def new_evaluation_transcript_point_of_interest() -> (
    EvaluationTranscriptPointOfInterest
):
    """Create a :class:`EvaluationTranscriptPointOfInterest` with all optional fields omitted."""
    return EvaluationTranscriptPointOfInterest()


evaluation_transcript_point_of_interest_millisecond_offsets = _rt.Lens[
    EvaluationTranscriptPointOfInterest,
    EvaluationSuggestedAnswerTranscriptMillisecondOffsets | None,
](
    lambda s: s.millisecond_offsets,
    lambda s, v: _dc.replace(s, millisecond_offsets=v),
    "evaluation_transcript_point_of_interest_millisecond_offsets",
)
"""Lens on :attr:`EvaluationTranscriptPointOfInterest.millisecond_offsets`."""


evaluation_transcript_point_of_interest_transcript_segment = _rt.Lens[
    EvaluationTranscriptPointOfInterest, str | None
](
    lambda s: s.transcript_segment,
    lambda s, v: _dc.replace(s, transcript_segment=v),
    "evaluation_transcript_point_of_interest_transcript_segment",
)
"""Lens on :attr:`EvaluationTranscriptPointOfInterest.transcript_segment`."""
