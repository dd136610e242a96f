"""The EvaluationAutomationRuleCategory shape."""

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

_QUESTION_RULE_CATEGORY_AUTOMATION_CONDITION_VALUES = frozenset(
    (
        "PRESENT",
        "NOT_PRESENT",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationAutomationRuleCategory:
    """The Contact Lens category used by evaluation automation.

    Fields:

    - ``category``: A category label.
    - ``condition``: An automation condition for a Contact Lens category.
    - ``points_of_interest``: A point of interest in a contact transcript that indicates match of condition.
    """

    category: str | None
    """A category label."""

    condition: str | None
    """An automation condition for a Contact Lens category."""

    points_of_interest: list[EvaluationTranscriptPointOfInterest] | None = None
    """A point of interest in a contact transcript that indicates match of
    condition.
    """

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
                enum=_QUESTION_RULE_CATEGORY_AUTOMATION_CONDITION_VALUES,
            )
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
        if self.category is not None:
            result["Category"] = self.category
        if self.condition is not None:
            result["Condition"] = self.condition
        if self.points_of_interest is not None:
            result["PointsOfInterest"] = [
                v1.to_dict() for v1 in self.points_of_interest
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationAutomationRuleCategory:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationAutomationRuleCategory")
        return cls(
            category=data.get("Category"),
            condition=data.get("Condition"),
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
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationAutomationRuleCategory:
        draft = _EvaluationAutomationRuleCategoryDraft()
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


class _EvaluationAutomationRuleCategoryDraft:
    """A :class:`EvaluationAutomationRuleCategory` being decoded (see ``_rt.seal``)."""

    __slots__ = ("category", "condition", "points_of_interest")
    category: str | None
    condition: str | None
    points_of_interest: list[EvaluationTranscriptPointOfInterest] | None


def new_evaluation_automation_rule_category(
    category: str,
    condition: str,
) -> EvaluationAutomationRuleCategory:
    """Create a :class:`EvaluationAutomationRuleCategory` with all optional fields omitted."""
    return EvaluationAutomationRuleCategory(
        category=category,
        condition=condition,
    )


evaluation_automation_rule_category_category = _rt.Lens[
    EvaluationAutomationRuleCategory, str | None
](
    lambda s: s.category,
    lambda s, v: _dc.replace(s, category=v),
    "evaluation_automation_rule_category_category",
)
"""Lens on :attr:`EvaluationAutomationRuleCategory.category`."""


evaluation_automation_rule_category_condition = _rt.Lens[
    EvaluationAutomationRuleCategory, str | None
](
    lambda s: s.condition,
    lambda s, v: _dc.replace(s, condition=v),
    "evaluation_automation_rule_category_condition",
)
"""Lens on :attr:`EvaluationAutomationRuleCategory.condition`."""


evaluation_automation_rule_category_points_of_interest = _rt.Lens[
    EvaluationAutomationRuleCategory, list[EvaluationTranscriptPointOfInterest] | None
](
    lambda s: s.points_of_interest,
    lambda s, v: _dc.replace(s, points_of_interest=v),
    "evaluation_automation_rule_category_points_of_interest",
)
"""Lens on :attr:`EvaluationAutomationRuleCategory.points_of_interest`."""
