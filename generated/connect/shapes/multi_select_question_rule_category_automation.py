"""The MultiSelectQuestionRuleCategoryAutomation shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_MULTI_SELECT_QUESTION_RULE_CATEGORY_AUTOMATION_CONDITION_VALUES = frozenset(
    (
        "PRESENT",
        "NOT_PRESENT",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class MultiSelectQuestionRuleCategoryAutomation:
    """Automation rule for multi-select questions based on rule categories.

    Fields:

    - ``category``: The category name for this automation rule.
    - ``condition``: The condition for this automation rule.
    - ``option_ref_ids``: Reference IDs of options for this automation rule.
    """

    category: str | None
    """The category name for this automation rule."""

    condition: str | None
    """The condition for this automation rule."""

    option_ref_ids: list[str] | None
    """Reference IDs of options for this automation rule."""

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
            _rt.check_str(errors, path, value, min_len=1, max_len=50)
        value = self.condition
        if value is None:
            errors.append(prefix + "condition: required but missing")
        else:
            path = prefix + "condition"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_MULTI_SELECT_QUESTION_RULE_CATEGORY_AUTOMATION_CONDITION_VALUES,
            )
        value = self.option_ref_ids
        if value is None:
            errors.append(prefix + "option_ref_ids: required but missing")
        else:
            path = prefix + "option_ref_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.category is not None:
            result["Category"] = self.category
        if self.condition is not None:
            result["Condition"] = self.condition
        if self.option_ref_ids is not None:
            result["OptionRefIds"] = list(self.option_ref_ids)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> MultiSelectQuestionRuleCategoryAutomation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "MultiSelectQuestionRuleCategoryAutomation"
        )
        return cls(
            category=data.get("Category"),
            condition=data.get("Condition"),
            option_ref_ids=(
                None
                if (value := data.get("OptionRefIds")) is None
                else list(_rt.expect_sequence(value, path + "OptionRefIds"))
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.category is not None:
            data["Category"] = self.category
        if self.condition is not None:
            data["Condition"] = self.condition
        if self.option_ref_ids is not None:
            data["OptionRefIds"] = self.option_ref_ids
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> MultiSelectQuestionRuleCategoryAutomation:
        draft = _MultiSelectQuestionRuleCategoryAutomationDraft()
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
            draft.option_ref_ids = (
                None
                if (value := data.get("OptionRefIds")) is None
                else [
                    (v1 if type(v1) is str else _rt.expect_str(v1, "OptionRefIds"))
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "OptionRefIds")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _MultiSelectQuestionRuleCategoryAutomationDraft:
    """A :class:`MultiSelectQuestionRuleCategoryAutomation` being decoded (see ``_rt.seal``)."""

    __slots__ = ("category", "condition", "option_ref_ids")
    category: str | None
    condition: str | None
    option_ref_ids: list[str] | None


def new_multi_select_question_rule_category_automation(
    category: str,
    condition: str,
    option_ref_ids: list[str],
) -> MultiSelectQuestionRuleCategoryAutomation:
    """Create a :class:`MultiSelectQuestionRuleCategoryAutomation` with all optional fields omitted."""
    return MultiSelectQuestionRuleCategoryAutomation(
        category=category,
        condition=condition,
        option_ref_ids=option_ref_ids,
    )


multi_select_question_rule_category_automation_category = _rt.Lens[
    MultiSelectQuestionRuleCategoryAutomation, str | None
](
    lambda s: s.category,
    lambda s, v: _dc.replace(s, category=v),
    "multi_select_question_rule_category_automation_category",
)
"""Lens on :attr:`MultiSelectQuestionRuleCategoryAutomation.category`."""


multi_select_question_rule_category_automation_condition = _rt.Lens[
    MultiSelectQuestionRuleCategoryAutomation, str | None
](
    lambda s: s.condition,
    lambda s, v: _dc.replace(s, condition=v),
    "multi_select_question_rule_category_automation_condition",
)
"""Lens on :attr:`MultiSelectQuestionRuleCategoryAutomation.condition`."""


multi_select_question_rule_category_automation_option_ref_ids = _rt.Lens[
    MultiSelectQuestionRuleCategoryAutomation, list[str] | None
](
    lambda s: s.option_ref_ids,
    lambda s, v: _dc.replace(s, option_ref_ids=v),
    "multi_select_question_rule_category_automation_option_ref_ids",
)
"""Lens on :attr:`MultiSelectQuestionRuleCategoryAutomation.option_ref_ids`."""
