"""The EvaluationFormSingleSelectQuestionAutomation shape."""

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
from ..shapes.evaluation_form_single_select_question_automation_option import (
    EvaluationFormSingleSelectQuestionAutomationOption,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormSingleSelectQuestionAutomation:
    """Information about the automation configuration in single select
    questions. Automation options are evaluated in order, and the first
    matched option is applied. If no automation option matches, and there is
    a default option, then the default option is applied.

    Fields:

    - ``options``: The automation options of the single select question.
    - ``default_option_ref_id``: The identifier of the default answer option, when none of the automation options match the criteria.
    - ``answer_source``: Automation answer source.
    """

    options: list[EvaluationFormSingleSelectQuestionAutomationOption] | None = None
    """The automation options of the single select question."""

    default_option_ref_id: str | None = None
    """The identifier of the default answer option, when none of the automation
    options match the criteria.
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
        value = self.options
        if value is not None:
            path = prefix + "options"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(
                            v1, EvaluationFormSingleSelectQuestionAutomationOption
                        ):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationFormSingleSelectQuestionAutomationOption, got {type(v1).__name__}"
                            )
        value = self.default_option_ref_id
        if value is not None:
            path = prefix + "default_option_ref_id"
            _rt.check_str(errors, path, value)
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
        if self.options is not None:
            result["Options"] = [v1.to_dict() for v1 in self.options]
        if self.default_option_ref_id is not None:
            result["DefaultOptionRefId"] = self.default_option_ref_id
        if self.answer_source is not None:
            result["AnswerSource"] = self.answer_source.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormSingleSelectQuestionAutomation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormSingleSelectQuestionAutomation"
        )
        return cls(
            options=(
                None
                if (value := data.get("Options")) is None
                else [
                    EvaluationFormSingleSelectQuestionAutomationOption.from_dict(
                        v1, path=path + "Options" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Options")
                    )
                ]
            ),
            default_option_ref_id=data.get("DefaultOptionRefId"),
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
        if self.options is not None:
            data["Options"] = [v1._to_json() for v1 in self.options]
        if self.default_option_ref_id is not None:
            data["DefaultOptionRefId"] = self.default_option_ref_id
        if self.answer_source is not None:
            data["AnswerSource"] = self.answer_source._to_json()
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormSingleSelectQuestionAutomation:
        draft = _EvaluationFormSingleSelectQuestionAutomationDraft()
        try:
            draft.options = (
                None
                if (value := data.get("Options")) is None
                else [
                    EvaluationFormSingleSelectQuestionAutomationOption._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Options")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Options")
                    )
                    if v1 is not None
                ]
            )
            draft.default_option_ref_id = (
                None
                if (value := data.get("DefaultOptionRefId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DefaultOptionRefId")
                )
            )
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


class _EvaluationFormSingleSelectQuestionAutomationDraft:
    """A :class:`EvaluationFormSingleSelectQuestionAutomation` being decoded (see ``_rt.seal``)."""

    __slots__ = ("options", "default_option_ref_id", "answer_source")
    options: list[EvaluationFormSingleSelectQuestionAutomationOption] | None
    default_option_ref_id: str | None
    answer_source: EvaluationFormQuestionAutomationAnswerSource | None


def new_evaluation_form_single_select_question_automation() -> (
    EvaluationFormSingleSelectQuestionAutomation
):
    """Create a :class:`EvaluationFormSingleSelectQuestionAutomation` with all optional fields omitted."""
    return EvaluationFormSingleSelectQuestionAutomation()


evaluation_form_single_select_question_automation_options = _rt.Lens[
    EvaluationFormSingleSelectQuestionAutomation,
    list[EvaluationFormSingleSelectQuestionAutomationOption] | None,
](
    lambda s: s.options,
    lambda s, v: _dc.replace(s, options=v),
    "evaluation_form_single_select_question_automation_options",
)
"""Lens on :attr:`EvaluationFormSingleSelectQuestionAutomation.options`."""


evaluation_form_single_select_question_automation_default_option_ref_id = _rt.Lens[
    EvaluationFormSingleSelectQuestionAutomation, str | None
](
    lambda s: s.default_option_ref_id,
    lambda s, v: _dc.replace(s, default_option_ref_id=v),
    "evaluation_form_single_select_question_automation_default_option_ref_id",
)
"""Lens on :attr:`EvaluationFormSingleSelectQuestionAutomation.default_option_ref_id`."""


evaluation_form_single_select_question_automation_answer_source = _rt.Lens[
    EvaluationFormSingleSelectQuestionAutomation,
    EvaluationFormQuestionAutomationAnswerSource | None,
](
    lambda s: s.answer_source,
    lambda s, v: _dc.replace(s, answer_source=v),
    "evaluation_form_single_select_question_automation_answer_source",
)
"""Lens on :attr:`EvaluationFormSingleSelectQuestionAutomation.answer_source`."""
