"""The EvaluationSuggestedAnswer shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_answer_data import EvaluationAnswerData
from ..shapes.evaluation_question_answer_analysis_details import (
    EvaluationQuestionAnswerAnalysisDetails,
)
from ..shapes.evaluation_question_input_details import EvaluationQuestionInputDetails

_EVALUATION_SUGGESTED_ANSWER_STATUS_VALUES = frozenset(
    (
        "IN_PROGRESS",
        "FAILED",
        "SUCCEEDED",
    )
)
_EVALUATION_QUESTION_ANSWER_ANALYSIS_TYPE_VALUES = frozenset(
    (
        "CONTACT_LENS_DATA",
        "GEN_AI",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationSuggestedAnswer:
    """The information about the suggested answer for the question.

    Fields:

    - ``status``: The status of the suggested answer.
    - ``analysis_type``: Type of analysis used to provide suggested answer.
    - ``value``: Information about answer data for a contact evaluation.
    - ``input``: Details about the input used to question automation.
    - ``analysis_details``: Detailed analysis results.
    """

    status: str | None
    """The status of the suggested answer. D"""

    analysis_type: str | None
    """Type of analysis used to provide suggested answer."""

    value: EvaluationAnswerData | None = None
    """Information about answer data for a contact evaluation. Answer data must
    be either string, numeric, or not applicable.
    """

    input: EvaluationQuestionInputDetails | None = None
    """Details about the input used to question automation."""

    analysis_details: EvaluationQuestionAnswerAnalysisDetails | None = None
    """Detailed analysis results."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.status
        if value is None:
            errors.append(prefix + "status: required but missing")
        else:
            path = prefix + "status"
            _rt.check_str(
                errors, path, value, enum=_EVALUATION_SUGGESTED_ANSWER_STATUS_VALUES
            )
        value = self.analysis_type
        if value is None:
            errors.append(prefix + "analysis_type: required but missing")
        else:
            path = prefix + "analysis_type"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_EVALUATION_QUESTION_ANSWER_ANALYSIS_TYPE_VALUES,
            )
        value = self.value
        if value is not None:
            path = prefix + "value"
            if isinstance(value, EvaluationAnswerData):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationAnswerData, got {type(value).__name__}"
                )
        value = self.input
        if value is not None:
            path = prefix + "input"
            if isinstance(value, EvaluationQuestionInputDetails):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationQuestionInputDetails, got {type(value).__name__}"
                )
        value = self.analysis_details
        if value is not None:
            path = prefix + "analysis_details"
            if isinstance(value, EvaluationQuestionAnswerAnalysisDetails):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationQuestionAnswerAnalysisDetails, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.status is not None:
            result["Status"] = self.status
        if self.analysis_type is not None:
            result["AnalysisType"] = self.analysis_type
        if self.value is not None:
            result["Value"] = self.value.to_dict()
        if self.input is not None:
            result["Input"] = self.input.to_dict()
        if self.analysis_details is not None:
            result["AnalysisDetails"] = self.analysis_details.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationSuggestedAnswer:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationSuggestedAnswer")
        return cls(
            status=data.get("Status"),
            analysis_type=data.get("AnalysisType"),
            value=(
                None
                if (value := data.get("Value")) is None
                else EvaluationAnswerData.from_dict(value, path=path + "Value" + ".")
            ),
            input=(
                None
                if (value := data.get("Input")) is None
                else EvaluationQuestionInputDetails.from_dict(
                    value, path=path + "Input" + "."
                )
            ),
            analysis_details=(
                None
                if (value := data.get("AnalysisDetails")) is None
                else EvaluationQuestionAnswerAnalysisDetails.from_dict(
                    value, path=path + "AnalysisDetails" + "."
                )
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationSuggestedAnswer:
        draft = _EvaluationSuggestedAnswerDraft()
        try:
            draft.status = (
                None
                if (value := data.get("Status")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Status"))
            )
            draft.analysis_type = (
                None
                if (value := data.get("AnalysisType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AnalysisType")
                )
            )
            draft.value = (
                None
                if (value := data.get("Value")) is None
                else EvaluationAnswerData._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Value")
                    )
                )
            )
            draft.input = (
                None
                if (value := data.get("Input")) is None
                else EvaluationQuestionInputDetails._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Input")
                    )
                )
            )
            draft.analysis_details = (
                None
                if (value := data.get("AnalysisDetails")) is None
                else EvaluationQuestionAnswerAnalysisDetails._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AnalysisDetails")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationSuggestedAnswerDraft:
    """A :class:`EvaluationSuggestedAnswer` being decoded (see ``_rt.seal``)."""

    __slots__ = ("status", "analysis_type", "value", "input", "analysis_details")
    status: str | None
    analysis_type: str | None
    value: EvaluationAnswerData | None
    input: EvaluationQuestionInputDetails | None
    analysis_details: EvaluationQuestionAnswerAnalysisDetails | None


def new_evaluation_suggested_answer(
    status: str,
    analysis_type: str,
) -> EvaluationSuggestedAnswer:
    """Create a :class:`EvaluationSuggestedAnswer` with all optional fields omitted."""
    return EvaluationSuggestedAnswer(
        status=status,
        analysis_type=analysis_type,
    )


evaluation_suggested_answer_status = _rt.Lens[EvaluationSuggestedAnswer, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "evaluation_suggested_answer_status",
)
"""Lens on :attr:`EvaluationSuggestedAnswer.status`."""


evaluation_suggested_answer_analysis_type = _rt.Lens[
    EvaluationSuggestedAnswer, str | None
](
    lambda s: s.analysis_type,
    lambda s, v: _dc.replace(s, analysis_type=v),
    "evaluation_suggested_answer_analysis_type",
)
"""Lens on :attr:`EvaluationSuggestedAnswer.analysis_type`."""


evaluation_suggested_answer_value = _rt.Lens[
    EvaluationSuggestedAnswer, EvaluationAnswerData | None
](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "evaluation_suggested_answer_value",
)
"""Lens on :attr:`EvaluationSuggestedAnswer.value`."""


evaluation_suggested_answer_input = _rt.Lens[
    EvaluationSuggestedAnswer, EvaluationQuestionInputDetails | None
](
    lambda s: s.input,
    lambda s, v: _dc.replace(s, input=v),
    "evaluation_suggested_answer_input",
)
"""Lens on :attr:`EvaluationSuggestedAnswer.input`."""


evaluation_suggested_answer_analysis_details = _rt.Lens[
    EvaluationSuggestedAnswer, EvaluationQuestionAnswerAnalysisDetails | None
](
    lambda s: s.analysis_details,
    lambda s, v: _dc.replace(s, analysis_details=v),
    "evaluation_suggested_answer_analysis_details",
)
"""Lens on :attr:`EvaluationSuggestedAnswer.analysis_details`."""
