"""The EvaluationScore shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationScore:
    """Information about scores of a contact evaluation item (section or
    question).

    Fields:

    - ``percentage``: The score percentage for an item in a contact evaluation.
    - ``not_applicable``: The flag to mark the item as not applicable for scoring.
    - ``automatic_fail``: The flag that marks the item as automatic fail.
    - ``applied_weight``: Weight applied to this evaluation score.
    """

    percentage: float | None = None
    """The score percentage for an item in a contact evaluation."""

    not_applicable: bool | None = None
    """The flag to mark the item as not applicable for scoring."""

    automatic_fail: bool | None = None
    """The flag that marks the item as automatic fail. If the item or a child
    item gets an automatic fail answer, this flag will be true.
    """

    applied_weight: float | None = None
    """Weight applied to this evaluation score."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.percentage
        if value is not None:
            path = prefix + "percentage"
            _rt.check_number(errors, path, value, False, minimum=0, maximum=100)
        value = self.not_applicable
        if value is not None:
            path = prefix + "not_applicable"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.automatic_fail
        if value is not None:
            path = prefix + "automatic_fail"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.applied_weight
        if value is not None:
            path = prefix + "applied_weight"
            _rt.check_number(errors, path, value, False)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.percentage is not None:
            result["Percentage"] = self.percentage
        if self.not_applicable is not None:
            result["NotApplicable"] = self.not_applicable
        if self.automatic_fail is not None:
            result["AutomaticFail"] = self.automatic_fail
        if self.applied_weight is not None:
            result["AppliedWeight"] = self.applied_weight
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationScore:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationScore")
        return cls(
            percentage=data.get("Percentage"),
            not_applicable=data.get("NotApplicable"),
            automatic_fail=data.get("AutomaticFail"),
            applied_weight=data.get("AppliedWeight"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationScore:
        draft = _EvaluationScoreDraft()
        try:
            draft.percentage = (
                None
                if (value := data.get("Percentage")) is None
                else _rt.expect_float(value, "Percentage")
            )
            draft.not_applicable = (
                None
                if (value := data.get("NotApplicable")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "NotApplicable")
                )
            )
            draft.automatic_fail = (
                None
                if (value := data.get("AutomaticFail")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "AutomaticFail")
                )
            )
            draft.applied_weight = (
                None
                if (value := data.get("AppliedWeight")) is None
                else _rt.expect_float(value, "AppliedWeight")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationScoreDraft:
    """A :class:`EvaluationScore` being decoded (see ``_rt.seal``)."""

    __slots__ = ("percentage", "not_applicable", "automatic_fail", "applied_weight")
    percentage: float | None
    not_applicable: bool | None
    automatic_fail: bool | None
    applied_weight: float | None


def new_evaluation_score() -> EvaluationScore:
    """Create a :class:`EvaluationScore` with all optional fields omitted."""
    return EvaluationScore()


evaluation_score_percentage = _rt.Lens[EvaluationScore, float | None](
    lambda s: s.percentage,
    lambda s, v: _dc.replace(s, percentage=v),
    "evaluation_score_percentage",
)
"""Lens on :attr:`EvaluationScore.percentage`."""


evaluation_score_not_applicable = _rt.Lens[EvaluationScore, bool | None](
    lambda s: s.not_applicable,
    lambda s, v: _dc.replace(s, not_applicable=v),
    "evaluation_score_not_applicable",
)
"""Lens on :attr:`EvaluationScore.not_applicable`."""


evaluation_score_automatic_fail = _rt.Lens[EvaluationScore, bool | None](
    lambda s: s.automatic_fail,
    lambda s, v: _dc.replace(s, automatic_fail=v),
    "evaluation_score_automatic_fail",
)
"""Lens on :attr:`EvaluationScore.automatic_fail`."""


evaluation_score_applied_weight = _rt.Lens[EvaluationScore, float | None](
    lambda s: s.applied_weight,
    lambda s, v: _dc.replace(s, applied_weight=v),
    "evaluation_score_applied_weight",
)
"""Lens on :attr:`EvaluationScore.applied_weight`."""
