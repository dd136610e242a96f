"""The SingleSelectQuestionRuleCategoryAutomation shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_SINGLE_SELECT_QUESTION_RULE_CATEGORY_AUTOMATION_CONDITION_VALUES = frozenset(
    (
        "PRESENT",
        "NOT_PRESENT",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SingleSelectQuestionRuleCategoryAutomation:
    """Information about the automation option based on a rule category for a
    single select question.

    Fields:

    - ``category``: The category name, as defined in Rules.
    - ``condition``: The condition to apply for the automation option.
    - ``option_ref_id``: The identifier of the answer option.
    """

    category: str | None
    """The category name, as defined in Rules."""

    condition: str | None
    """The condition to apply for the automation option. If the condition is
    ``PRESENT``, then the option is applied when the contact data includes
    the category. Similarly, if the condition is ``NOT_PRESENT``, then the
    option is applied when the contact data does not include the category.
    """

    option_ref_id: str | None
    """The identifier of the answer option."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.category
        if value is None:
            errors.append(prefix + "category: required but missing")
        else:
            path = prefix + "category"
            _rt.check_str(errors, path, value)
        value = self.condition
        if value is None:
            errors.append(prefix + "condition: required but missing")
        else:
            path = prefix + "condition"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_SINGLE_SELECT_QUESTION_RULE_CATEGORY_AUTOMATION_CONDITION_VALUES,
            )
        value = self.option_ref_id
        if value is None:
            errors.append(prefix + "option_ref_id: required but missing")
        else:
            path = prefix + "option_ref_id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.category is not None:
            result["Category"] = self.category
        if self.condition is not None:
            result["Condition"] = self.condition
        if self.option_ref_id is not None:
            result["OptionRefId"] = self.option_ref_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SingleSelectQuestionRuleCategoryAutomation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "SingleSelectQuestionRuleCategoryAutomation"
        )
        return cls(
            category=data.get("Category"),
            condition=data.get("Condition"),
            option_ref_id=data.get("OptionRefId"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.category is not None:
            data["Category"] = self.category
        if self.condition is not None:
            data["Condition"] = self.condition
        if self.option_ref_id is not None:
            data["OptionRefId"] = self.option_ref_id
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> SingleSelectQuestionRuleCategoryAutomation:
        draft = _SingleSelectQuestionRuleCategoryAutomationDraft()
        try:
            draft.category = (
                None
                if (value := data.get("Category")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "Category")
                )
            )
            draft.condition = (
                None
                if (value := data.get("Condition")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "Condition")
                )
            )
            draft.option_ref_id = (
                None
                if (value := data.get("OptionRefId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "OptionRefId")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _SingleSelectQuestionRuleCategoryAutomationDraft:
    """A :class:`SingleSelectQuestionRuleCategoryAutomation` being decoded (see ``_rt.seal``)."""

    __slots__ = ("category", "condition", "option_ref_id")
    category: str | None
    condition: str | None
    option_ref_id: str | None


def new_single_select_question_rule_category_automation(
    category: str,
    condition: str,
    option_ref_id: str,
) -> SingleSelectQuestionRuleCategoryAutomation:
    """Create a :class:`SingleSelectQuestionRuleCategoryAutomation` with all optional fields omitted."""
    return SingleSelectQuestionRuleCategoryAutomation(
        category=category,
        condition=condition,
        option_ref_id=option_ref_id,
    )


single_select_question_rule_category_automation_category = _rt.Lens[
    SingleSelectQuestionRuleCategoryAutomation, str | None
](
    lambda s: s.category,
    lambda s, v: _dc.replace(s, category=v),
    "single_select_question_rule_category_automation_category",
)
"""Lens on :attr:`SingleSelectQuestionRuleCategoryAutomation.category`."""


single_select_question_rule_category_automation_condition = _rt.Lens[
    SingleSelectQuestionRuleCategoryAutomation, str | None
](
    lambda s: s.condition,
    lambda s, v: _dc.replace(s, condition=v),
    "single_select_question_rule_category_automation_condition",
)
"""Lens on :attr:`SingleSelectQuestionRuleCategoryAutomation.condition`."""


single_select_question_rule_category_automation_option_ref_id = _rt.Lens[
    SingleSelectQuestionRuleCategoryAutomation, str | None
](
    lambda s: s.option_ref_id,
    lambda s, v: _dc.replace(s, option_ref_id=v),
    "single_select_question_rule_category_automation_option_ref_id",
)
"""Lens on :attr:`SingleSelectQuestionRuleCategoryAutomation.option_ref_id`."""
