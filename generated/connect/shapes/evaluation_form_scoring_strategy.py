"""The EvaluationFormScoringStrategy shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_EVALUATION_FORM_SCORING_MODE_VALUES = frozenset(
    (
        "QUESTION_ONLY",
        "SECTION_ONLY",
    )
)
_EVALUATION_FORM_SCORING_STATUS_VALUES = frozenset(
    (
        "ENABLED",
        "DISABLED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormScoringStrategy:
    """Information about scoring strategy for an evaluation form.

    Fields:

    - ``mode``: The scoring mode of the evaluation form.
    - ``status``: The scoring status of the evaluation form.
    """

    mode: str | None
    """The scoring mode of the evaluation form."""

    status: str | None
    """The scoring status of the evaluation form."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.mode
        if value is None:
            errors.append(prefix + "mode: required but missing")
        else:
            path = prefix + "mode"
            _rt.check_str(
                errors, path, value, enum=_EVALUATION_FORM_SCORING_MODE_VALUES
            )
        value = self.status
        if value is None:
            errors.append(prefix + "status: required but missing")
        else:
            path = prefix + "status"
            _rt.check_str(
                errors, path, value, enum=_EVALUATION_FORM_SCORING_STATUS_VALUES
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.mode is not None:
            result["Mode"] = self.mode
        if self.status is not None:
            result["Status"] = self.status
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormScoringStrategy:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationFormScoringStrategy")
        return cls(
            mode=data.get("Mode"),
            status=data.get("Status"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.mode is not None:
            data["Mode"] = self.mode
        if self.status is not None:
            data["Status"] = self.status
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationFormScoringStrategy:
        draft = _EvaluationFormScoringStrategyDraft()
        try:
            draft.mode = (
                None
                if (value := data.get("Mode")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Mode"))
            )
            draft.status = (
                None
                if (value := data.get("Status")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Status"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormScoringStrategyDraft:
    """A :class:`EvaluationFormScoringStrategy` being decoded (see ``_rt.seal``)."""

    __slots__ = ("mode", "status")
    mode: str | None
    status: str | None


def new_evaluation_form_scoring_strategy(
    mode: str,
    status: str,
) -> EvaluationFormScoringStrategy:
    """Create a :class:`EvaluationFormScoringStrategy` with all optional fields omitted."""
    return EvaluationFormScoringStrategy(
        mode=mode,
        status=status,
    )


evaluation_form_scoring_strategy_mode = _rt.Lens[
    EvaluationFormScoringStrategy, str | None
](
    lambda s: s.mode,
    lambda s, v: _dc.replace(s, mode=v),
    "evaluation_form_scoring_strategy_mode",
)
"""Lens on :attr:`EvaluationFormScoringStrategy.mode`."""


evaluation_form_scoring_strategy_status = _rt.Lens[
    EvaluationFormScoringStrategy, str | None
](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "evaluation_form_scoring_strategy_status",
)
"""Lens on :attr:`EvaluationFormScoringStrategy.status`."""
