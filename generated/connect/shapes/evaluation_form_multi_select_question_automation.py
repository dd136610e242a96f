"""The EvaluationFormMultiSelectQuestionAutomation shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_form_multi_select_question_automation_option import (
    EvaluationFormMultiSelectQuestionAutomationOption,
)
from ..shapes.evaluation_form_question_automation_answer_source import (
    EvaluationFormQuestionAutomationAnswerSource,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormMultiSelectQuestionAutomation:
    """Automation configuration for multi-select questions.

    Fields:

    - ``options``: Automation options for the multi-select question.
    - ``default_option_ref_ids``: Reference IDs of default options.
    - ``answer_source``: A question automation answer.
    """

    options: list[EvaluationFormMultiSelectQuestionAutomationOption] | None = None
    """Automation options for the multi-select question."""

    default_option_ref_ids: list[str] | None = None
    """Reference IDs of default options."""

    answer_source: EvaluationFormQuestionAutomationAnswerSource | None = None
    """A question automation answer."""

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
                            v1, EvaluationFormMultiSelectQuestionAutomationOption
                        ):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationFormMultiSelectQuestionAutomationOption, got {type(v1).__name__}"
                            )
        value = self.default_option_ref_ids
        if value is not None:
            path = prefix + "default_option_ref_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
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
        if self.default_option_ref_ids is not None:
            result["DefaultOptionRefIds"] = list(self.default_option_ref_ids)
        if self.answer_source is not None:
            result["AnswerSource"] = self.answer_source.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormMultiSelectQuestionAutomation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormMultiSelectQuestionAutomation"
        )
        return cls(
            options=(
                None
                if (value := data.get("Options")) is None
                else [
                    EvaluationFormMultiSelectQuestionAutomationOption.from_dict(
                        v1, path=path + "Options" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Options")
                    )
                ]
            ),
            default_option_ref_ids=(
                None
                if (value := data.get("DefaultOptionRefIds")) is None
                else list(_rt.expect_sequence(value, path + "DefaultOptionRefIds"))
            ),
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
        if self.default_option_ref_ids is not None:
            data["DefaultOptionRefIds"] = self.default_option_ref_ids
        if self.answer_source is not None:
            data["AnswerSource"] = self.answer_source._to_json()
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormMultiSelectQuestionAutomation:
        draft = _EvaluationFormMultiSelectQuestionAutomationDraft()
        try:
            draft.options = (
                None
                if (value := data.get("Options")) is None
                else [
                    EvaluationFormMultiSelectQuestionAutomationOption._from_json(
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
            draft.default_option_ref_ids = (
                None
                if (value := data.get("DefaultOptionRefIds")) is None
                else [
                    (
                        v1
                        if type(v1) is str
                        else _rt.expect_str(v1, "DefaultOptionRefIds")
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "DefaultOptionRefIds")
                    )
                    if v1 is not None
                ]
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


class _EvaluationFormMultiSelectQuestionAutomationDraft:
    """A :class:`EvaluationFormMultiSelectQuestionAutomation` being decoded (see ``_rt.seal``)."""

    __slots__ = ("options", "default_option_ref_ids", "answer_source")
    options: list[EvaluationFormMultiSelectQuestionAutomationOption] | None
    default_option_ref_ids: list[str] | None
    answer_source: EvaluationFormQuestionAutomationAnswerSource | None


def new_evaluation_form_multi_select_question_automation() -> (
    EvaluationFormMultiSelectQuestionAutomation
):
    """Create a :class:`EvaluationFormMultiSelectQuestionAutomation` with all optional fields omitted."""
    return EvaluationFormMultiSelectQuestionAutomation()


evaluation_form_multi_select_question_automation_options = _rt.Lens[
    EvaluationFormMultiSelectQuestionAutomation,
    list[EvaluationFormMultiSelectQuestionAutomationOption] | None,
](
    lambda s: s.options,
    lambda s, v: _dc.replace(s, options=v),
    "evaluation_form_multi_select_question_automation_options",
)
"""Lens on :attr:`EvaluationFormMultiSelectQuestionAutomation.options`."""


evaluation_form_multi_select_question_automation_default_option_ref_ids = _rt.Lens[
    EvaluationFormMultiSelectQuestionAutomation, list[str] | None
](
    lambda s: s.default_option_ref_ids,
    lambda s, v: _dc.replace(s, default_option_ref_ids=v),
    "evaluation_form_multi_select_question_automation_default_option_ref_ids",
)
"""Lens on :attr:`EvaluationFormMultiSelectQuestionAutomation.default_option_ref_ids`."""


evaluation_form_multi_select_question_automation_answer_source = _rt.Lens[
    EvaluationFormMultiSelectQuestionAutomation,
    EvaluationFormQuestionAutomationAnswerSource | None,
](
    lambda s: s.answer_source,
    lambda s, v: _dc.replace(s, answer_source=v),
    "evaluation_form_multi_select_question_automation_answer_source",
)
"""Lens on :attr:`EvaluationFormMultiSelectQuestionAutomation.answer_source`."""
