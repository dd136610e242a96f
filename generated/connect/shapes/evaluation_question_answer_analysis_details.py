"""The EvaluationQuestionAnswerAnalysisDetails shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_contact_lens_answer_analysis_details import (
    EvaluationContactLensAnswerAnalysisDetails,
)
from ..shapes.evaluation_gen_ai_answer_analysis_details import (
    EvaluationGenAIAnswerAnalysisDetails,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationQuestionAnswerAnalysisDetails:
    """Detailed analysis results of the automated answer to the evaluation
    question.

    Fields:

    - ``gen_ai``: Analysis results from the generative AI automation for the question.
    - ``contact_lens``: Analysis results from the Contact Lens automation for the question.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    gen_ai: EvaluationGenAIAnswerAnalysisDetails | None = None
    """Analysis results from the generative AI automation for the question."""

    contact_lens: EvaluationContactLensAnswerAnalysisDetails | None = None
    """Analysis results from the Contact Lens automation for the question."""

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
        value = self.gen_ai
        if value is not None:
            path = prefix + "gen_ai"
            if isinstance(value, EvaluationGenAIAnswerAnalysisDetails):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationGenAIAnswerAnalysisDetails, got {type(value).__name__}"
                )
        value = self.contact_lens
        if value is not None:
            path = prefix + "contact_lens"
            if isinstance(value, EvaluationContactLensAnswerAnalysisDetails):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationContactLensAnswerAnalysisDetails, got {type(value).__name__}"
                )
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "EvaluationQuestionAnswerAnalysisDetails")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "EvaluationQuestionAnswerAnalysisDetails",
            (self.gen_ai is not None) + (self.contact_lens is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.gen_ai is not None:
            result["GenAI"] = self.gen_ai.to_dict()
        if self.contact_lens is not None:
            result["ContactLens"] = self.contact_lens.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationQuestionAnswerAnalysisDetails:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationQuestionAnswerAnalysisDetails"
        )
        return cls(
            gen_ai=(
                None
                if (value := data.get("GenAI")) is None
                else EvaluationGenAIAnswerAnalysisDetails.from_dict(
                    value, path=path + "GenAI" + "."
                )
            ),
            contact_lens=(
                None
                if (value := data.get("ContactLens")) is None
                else EvaluationContactLensAnswerAnalysisDetails.from_dict(
                    value, path=path + "ContactLens" + "."
                )
            ),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationQuestionAnswerAnalysisDetails:
        draft = _EvaluationQuestionAnswerAnalysisDetailsDraft()
        try:
            draft.gen_ai = (
                None
                if (value := data.get("GenAI")) is None
                else EvaluationGenAIAnswerAnalysisDetails._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "GenAI")
                    )
                )
            )
            draft.contact_lens = (
                None
                if (value := data.get("ContactLens")) is None
                else EvaluationContactLensAnswerAnalysisDetails._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "ContactLens")
                    )
                )
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(
                data,
                (
                    "GenAI",
                    "ContactLens",
                ),
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationQuestionAnswerAnalysisDetailsDraft:
    """A :class:`EvaluationQuestionAnswerAnalysisDetails` being decoded (see ``_rt.seal``)."""

    __slots__ = ("gen_ai", "contact_lens", "sdk_unknown_member")
    gen_ai: EvaluationGenAIAnswerAnalysisDetails | None
    contact_lens: EvaluationContactLensAnswerAnalysisDetails | None
    sdk_unknown_member: str | None


def new_evaluation_question_answer_analysis_details() -> (
    EvaluationQuestionAnswerAnalysisDetails
):
    """Create a :class:`EvaluationQuestionAnswerAnalysisDetails` with all optional fields omitted."""
    return EvaluationQuestionAnswerAnalysisDetails()


evaluation_question_answer_analysis_details_sdk_unknown_member = _rt.Lens[
    EvaluationQuestionAnswerAnalysisDetails, str | None
](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "evaluation_question_answer_analysis_details_sdk_unknown_member",
)
"""Lens on :attr:`EvaluationQuestionAnswerAnalysisDetails.sdk_unknown_member`."""


evaluation_question_answer_analysis_details_gen_ai = _rt.Lens[
    EvaluationQuestionAnswerAnalysisDetails, EvaluationGenAIAnswerAnalysisDetails | None
](
    lambda s: s.gen_ai,
    lambda s, v: _dc.replace(s, gen_ai=v),
    "evaluation_question_answer_analysis_details_gen_ai",
)
"""Lens on :attr:`EvaluationQuestionAnswerAnalysisDetails.gen_ai`."""


evaluation_question_answer_analysis_details_contact_lens = _rt.Lens[
    EvaluationQuestionAnswerAnalysisDetails,
    EvaluationContactLensAnswerAnalysisDetails | None,
](
    lambda s: s.contact_lens,
    lambda s, v: _dc.replace(s, contact_lens=v),
    "evaluation_question_answer_analysis_details_contact_lens",
)
"""Lens on :attr:`EvaluationQuestionAnswerAnalysisDetails.contact_lens`."""
