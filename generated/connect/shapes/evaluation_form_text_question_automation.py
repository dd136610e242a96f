"""The EvaluationFormTextQuestionAutomation shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_form_question_automation_answer_source import (
    EvaluationFormQuestionAutomationAnswerSource,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormTextQuestionAutomation:
    """Information about the automation configuration in text questions.

    Fields:

    - ``answer_source``: Automation answer source.
    """

    answer_source: EvaluationFormQuestionAutomationAnswerSource | None = None
    """Automation answer source."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.answer_source
        if value is not None:
            path = prefix + "answer_source"
            if isinstance(value, EvaluationFormQuestionAutomationAnswerSource):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormQuestionAutomationAnswerSource, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.answer_source is not None:
            result["AnswerSource"] = self.answer_source.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormTextQuestionAutomation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormTextQuestionAutomation"
        )
        return cls(
            answer_source=(
                None
                if (value := data.get("AnswerSource")) is None
                else EvaluationFormQuestionAutomationAnswerSource.from_dict(
                    value, path=path + "AnswerSource" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.answer_source is not None:
            data["AnswerSource"] = self.answer_source._to_json()
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormTextQuestionAutomation:
        draft = _EvaluationFormTextQuestionAutomationDraft()
        try:
            draft.answer_source = (
                None
                if (value := data.get("AnswerSource")) is None
                else EvaluationFormQuestionAutomationAnswerSource._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AnswerSource")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormTextQuestionAutomationDraft:
    """A :class:`EvaluationFormTextQuestionAutomation` being decoded (see ``_rt.seal``)."""

    __slots__ = ("answer_source",)
    answer_source: EvaluationFormQuestionAutomationAnswerSource | None


def new_evaluation_form_text_question_automation() -> (
    EvaluationFormTextQuestionAutomation
):
    """Create a :class:`EvaluationFormTextQuestionAutomation` with all optional fields omitted."""
    return EvaluationFormTextQuestionAutomation()


evaluation_form_text_question_automation_answer_source = _rt.Lens[
    EvaluationFormTextQuestionAutomation,
    EvaluationFormQuestionAutomationAnswerSource | None,
](
    lambda s: s.answer_source,
    lambda s, v: _dc.replace(s, answer_source=v),
    "evaluation_form_text_question_automation_answer_source",
)
"""Lens on :attr:`EvaluationFormTextQuestionAutomation.answer_source`."""
