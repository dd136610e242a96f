"""The EvaluationContactLensAnswerAnalysisDetails shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_automation_rule_category import (
    EvaluationAutomationRuleCategory,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationContactLensAnswerAnalysisDetails:
    """Analysis details providing explanation for Contact Lens automation
    decision.

    Fields:

    - ``matched_rule_categories``: A list of match rule categories.
    """

    matched_rule_categories: list[EvaluationAutomationRuleCategory] | None = None
    """A list of match rule categories."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.matched_rule_categories
        if value is not None:
            path = prefix + "matched_rule_categories"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationAutomationRuleCategory):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationAutomationRuleCategory, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.matched_rule_categories is not None:
            result["MatchedRuleCategories"] = [
                v1.to_dict() for v1 in self.matched_rule_categories
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationContactLensAnswerAnalysisDetails:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationContactLensAnswerAnalysisDetails"
        )
        return cls(
            matched_rule_categories=(
                None
                if (value := data.get("MatchedRuleCategories")) is None
                else [
                    EvaluationAutomationRuleCategory.from_dict(
                        v1, path=path + "MatchedRuleCategories" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "MatchedRuleCategories")
                    )
                ]
            ),
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationContactLensAnswerAnalysisDetails:
        draft = _EvaluationContactLensAnswerAnalysisDetailsDraft()
        try:
            draft.matched_rule_categories = (
                None
                if (value := data.get("MatchedRuleCategories")) is None
                else [
                    EvaluationAutomationRuleCategory._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "MatchedRuleCategories")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "MatchedRuleCategories")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationContactLensAnswerAnalysisDetailsDraft:
    """A :class:`EvaluationContactLensAnswerAnalysisDetails` being decoded (see ``_rt.seal``)."""

    __slots__ = ("matched_rule_categories",)
    matched_rule_categories: list[EvaluationAutomationRuleCategory] | None


def new_evaluation_contact_lens_answer_analysis_details() -> (
    EvaluationContactLensAnswerAnalysisDetails
):
    """Create a :class:`EvaluationContactLensAnswerAnalysisDetails` with all optional fields omitted."""
    return EvaluationContactLensAnswerAnalysisDetails()


evaluation_contact_lens_answer_analysis_details_matched_rule_categories = _rt.Lens[
    EvaluationContactLensAnswerAnalysisDetails,
    list[EvaluationAutomationRuleCategory] | None,
](
    lambda s: s.matched_rule_categories,
    lambda s, v: _dc.replace(s, matched_rule_categories=v),
    "evaluation_contact_lens_answer_analysis_details_matched_rule_categories",
)
"""Lens on :attr:`EvaluationContactLensAnswerAnalysisDetails.matched_rule_categories`."""
