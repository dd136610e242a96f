"""The EvaluationAnswerOutput shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_answer_data import EvaluationAnswerData
from ..shapes.evaluation_suggested_answer import EvaluationSuggestedAnswer


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationAnswerOutput:
    """Information about output answers for a contact evaluation.

    Fields:

    - ``value``: The value for an answer in a contact evaluation.
    - ``system_suggested_value``: The system suggested value for an answer in a contact evaluation.
    - ``suggested_answers``: Automation suggested answers for the questions.
    """

    value: EvaluationAnswerData | None = None
    """The value for an answer in a contact evaluation."""

    system_suggested_value: EvaluationAnswerData | None = None
    """The system suggested value for an answer in a contact evaluation."""

    suggested_answers: list[EvaluationSuggestedAnswer] | None = None
    """Automation suggested answers for the questions."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.value
        if value is not None:
            path = prefix + "value"
            if isinstance(value, EvaluationAnswerData):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationAnswerData, got {type(value).__name__}"
                )
        value = self.system_suggested_value
        if value is not None:
            path = prefix + "system_suggested_value"
            if isinstance(value, EvaluationAnswerData):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationAnswerData, got {type(value).__name__}"
                )
        value = self.suggested_answers
        if value is not None:
            path = prefix + "suggested_answers"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationSuggestedAnswer):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationSuggestedAnswer, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.value is not None:
            result["Value"] = self.value.to_dict()
        if self.system_suggested_value is not None:
            result["SystemSuggestedValue"] = self.system_suggested_value.to_dict()
        if self.suggested_answers is not None:
            result["SuggestedAnswers"] = [v1.to_dict() for v1 in self.suggested_answers]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationAnswerOutput:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationAnswerOutput")
        return cls(
            value=(
                None
                if (value := data.get("Value")) is None
                else EvaluationAnswerData.from_dict(value, path=path + "Value" + ".")
            ),
            system_suggested_value=(
                None
                if (value := data.get("SystemSuggestedValue")) is None
                else EvaluationAnswerData.from_dict(
                    value, path=path + "SystemSuggestedValue" + "."
                )
            ),
            suggested_answers=(
                None
                if (value := data.get("SuggestedAnswers")) is None
                else [
                    EvaluationSuggestedAnswer.from_dict(
                        v1, path=path + "SuggestedAnswers" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "SuggestedAnswers")
                    )
                ]
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationAnswerOutput:
        draft = _EvaluationAnswerOutputDraft()
        try:
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
            draft.system_suggested_value = (
                None
                if (value := data.get("SystemSuggestedValue")) is None
                else EvaluationAnswerData._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "SystemSuggestedValue")
                    )
                )
            )
            draft.suggested_answers = (
                None
                if (value := data.get("SuggestedAnswers")) is None
                else [
                    EvaluationSuggestedAnswer._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "SuggestedAnswers")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "SuggestedAnswers")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationAnswerOutputDraft:
    """A :class:`EvaluationAnswerOutput` being decoded (see ``_rt.seal``)."""

    __slots__ = ("value", "system_suggested_value", "suggested_answers")
    value: EvaluationAnswerData | None
    system_suggested_value: EvaluationAnswerData | None
    suggested_answers: list[EvaluationSuggestedAnswer] | None


def new_evaluation_answer_output() -> EvaluationAnswerOutput:
    """Create a :class:`EvaluationAnswerOutput` with all optional fields omitted."""
    return EvaluationAnswerOutput()


evaluation_answer_output_value = _rt.Lens[
    EvaluationAnswerOutput, EvaluationAnswerData | None
](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "evaluation_answer_output_value",
)
"""Lens on :attr:`EvaluationAnswerOutput.value`."""


evaluation_answer_output_system_suggested_value = _rt.Lens[
    EvaluationAnswerOutput, EvaluationAnswerData | None
](
    lambda s: s.system_suggested_value,
    lambda s, v: _dc.replace(s, system_suggested_value=v),
    "evaluation_answer_output_system_suggested_value",
)
"""Lens on :attr:`EvaluationAnswerOutput.system_suggested_value`."""


evaluation_answer_output_suggested_answers = _rt.Lens[
    EvaluationAnswerOutput, list[EvaluationSuggestedAnswer] | None
](
    lambda s: s.suggested_answers,
    lambda s, v: _dc.replace(s, suggested_answers=v),
    "evaluation_answer_output_suggested_answers",
)
"""Lens on :attr:`EvaluationAnswerOutput.suggested_answers`."""
