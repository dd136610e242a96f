"""The EvaluationGenAIAnswerAnalysisDetails shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_transcript_point_of_interest import (
    EvaluationTranscriptPointOfInterest,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationGenAIAnswerAnalysisDetails:
    """An analysis for a generative AI answer to the question.

    Fields:

    - ``justification``: Generative AI automation answer justification.
    - ``points_of_interest``: Generative AI automation answer analysis points of interest.
    """

    justification: str | None = None
    """Generative AI automation answer justification."""

    points_of_interest: list[EvaluationTranscriptPointOfInterest] | None = None
    """Generative AI automation answer analysis points of interest."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.justification
        if value is not None:
            path = prefix + "justification"
            _rt.check_str(errors, path, value, min_len=1, max_len=None)
        value = self.points_of_interest
        if value is not None:
            path = prefix + "points_of_interest"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 100)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationTranscriptPointOfInterest):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationTranscriptPointOfInterest, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.justification is not None:
            result["Justification"] = self.justification
        if self.points_of_interest is not None:
            result["PointsOfInterest"] = [
                v1.to_dict() for v1 in self.points_of_interest
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationGenAIAnswerAnalysisDetails:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationGenAIAnswerAnalysisDetails"
        )
        return cls(
            justification=data.get("Justification"),
            points_of_interest=(
                None
                if (value := data.get("PointsOfInterest")) is None
                else [
                    EvaluationTranscriptPointOfInterest.from_dict(
                        v1, path=path + "PointsOfInterest" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "PointsOfInterest")
                    )
                ]
            ),
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationGenAIAnswerAnalysisDetails:
        draft = _EvaluationGenAIAnswerAnalysisDetailsDraft()
        try:
            draft.justification = (
                None
                if (value := data.get("Justification")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "Justification")
                )
            )
            draft.points_of_interest = (
                None
                if (value := data.get("PointsOfInterest")) is None
                else [
                    EvaluationTranscriptPointOfInterest._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "PointsOfInterest")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "PointsOfInterest")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationGenAIAnswerAnalysisDetailsDraft:
    """A :class:`EvaluationGenAIAnswerAnalysisDetails` being decoded (see ``_rt.seal``)."""

    __slots__ = ("justification", "points_of_interest")
    justification: str | None
    points_of_interest: list[EvaluationTranscriptPointOfInterest] | None


def new_evaluation_gen_ai_answer_analysis_details() -> (
    EvaluationGenAIAnswerAnalysisDetails
):
    """Create a :class:`EvaluationGenAIAnswerAnalysisDetails` with all optional fields omitted."""
    return EvaluationGenAIAnswerAnalysisDetails()


evaluation_gen_ai_answer_analysis_details_justification = _rt.Lens[
    EvaluationGenAIAnswerAnalysisDetails, str | None
](
    lambda s: s.justification,
    lambda s, v: _dc.replace(s, justification=v),
    "evaluation_gen_ai_answer_analysis_details_justification",
)
"""Lens on :attr:`EvaluationGenAIAnswerAnalysisDetails.justification`."""


evaluation_gen_ai_answer_analysis_details_points_of_interest = _rt.Lens[
    EvaluationGenAIAnswerAnalysisDetails,
    list[EvaluationTranscriptPointOfInterest] | None,
](
    lambda s: s.points_of_interest,
    lambda s, v: _dc.replace(s, points_of_interest=v),
    "evaluation_gen_ai_answer_analysis_details_points_of_interest",
)
"""Lens on :attr:`EvaluationGenAIAnswerAnalysisDetails.points_of_interest`."""
