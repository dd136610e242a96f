"""The EvaluationFormSingleSelectQuestionAutomationOption shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.single_select_question_rule_category_automation import (
    SingleSelectQuestionRuleCategoryAutomation,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormSingleSelectQuestionAutomationOption:
    """Information about the automation option of a single select question.

    Fields:

    - ``rule_category``: The automation option based on a rule category for the single select question.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    rule_category: SingleSelectQuestionRuleCategoryAutomation | None = None
    """The automation option based on a rule category for the single select
    question.
    """

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
        value = self.rule_category
        if value is not None:
            path = prefix + "rule_category"
            if isinstance(value, SingleSelectQuestionRuleCategoryAutomation):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected SingleSelectQuestionRuleCategoryAutomation, got {type(value).__name__}"
                )
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "EvaluationFormSingleSelectQuestionAutomationOption")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "EvaluationFormSingleSelectQuestionAutomationOption",
            (self.rule_category is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.rule_category is not None:
            result["RuleCategory"] = self.rule_category.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormSingleSelectQuestionAutomationOption:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormSingleSelectQuestionAutomationOption"
        )
        return cls(
            rule_category=(
                None
                if (value := data.get("RuleCategory")) is None
                else SingleSelectQuestionRuleCategoryAutomation.from_dict(
                    value, path=path + "RuleCategory" + "."
                )
            ),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.rule_category is not None:
            data["RuleCategory"] = self.rule_category._to_json()
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormSingleSelectQuestionAutomationOption:
        draft = _EvaluationFormSingleSelectQuestionAutomationOptionDraft()
        try:
            draft.rule_category = (
                None
                if (value := data.get("RuleCategory")) is None
                else SingleSelectQuestionRuleCategoryAutomation._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "RuleCategory")
                    )
                )
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(data, ("RuleCategory",))
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormSingleSelectQuestionAutomationOptionDraft:
    """A :class:`EvaluationFormSingleSelectQuestionAutomationOption` being decoded (see ``_rt.seal``)."""

    __slots__ = ("rule_category", "sdk_unknown_member")
    rule_category: SingleSelectQuestionRuleCategoryAutomation | None
    sdk_unknown_member: str | None


def new_evaluation_form_single_select_question_automation_option() -> (
    EvaluationFormSingleSelectQuestionAutomationOption
):
    """Create a :class:`EvaluationFormSingleSelectQuestionAutomationOption` with all optional fields omitted."""
    return EvaluationFormSingleSelectQuestionAutomationOption()


evaluation_form_single_select_question_automation_option_sdk_unknown_member = _rt.Lens[
    EvaluationFormSingleSelectQuestionAutomationOption, str | None
](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "evaluation_form_single_select_question_automation_option_sdk_unknown_member",
)
"""Lens on :attr:`EvaluationFormSingleSelectQuestionAutomationOption.sdk_unknown_member`."""


evaluation_form_single_select_question_automation_option_rule_category = _rt.Lens[
    EvaluationFormSingleSelectQuestionAutomationOption,
    SingleSelectQuestionRuleCategoryAutomation | None,
](
    lambda s: s.rule_category,
    lambda s, v: _dc.replace(s, rule_category=v),
    "evaluation_form_single_select_question_automation_option_rule_category",
)
"""Lens on :attr:`EvaluationFormSingleSelectQuestionAutomationOption.rule_category`."""
