"""The EvaluationFormNumericQuestionOption shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.automatic_fail_configuration import AutomaticFailConfiguration


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormNumericQuestionOption:
    """Information about the option range used for scoring in numeric
    questions.

    Fields:

    - ``min_value``: The minimum answer value of the range option.
    - ``max_value``: The maximum answer value of the range option.
    - ``score``: The score assigned to answer values within the range option.
    - ``automatic_fail``: The flag to mark the option as automatic fail.
    - ``automatic_fail_configuration``: A configuration for automatic fail.
    """

    min_value: int | None
    """The minimum answer value of the range option."""

    max_value: int | None
    """The maximum answer value of the range option."""

    score: int | None = None
    """The score assigned to answer values within the range option."""

    automatic_fail: bool | None = None
    """The flag to mark the option as automatic fail. If an automatic fail
    answer is provided, the overall evaluation gets a score of 0.
    """

    automatic_fail_configuration: AutomaticFailConfiguration | None = None
    """A configuration for automatic fail."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.min_value
        if value is None:
            errors.append(prefix + "min_value: required but missing")
        else:
            path = prefix + "min_value"
            _rt.check_number(errors, path, value, True)
        value = self.max_value
        if value is None:
            errors.append(prefix + "max_value: required but missing")
        else:
            path = prefix + "max_value"
            _rt.check_number(errors, path, value, True)
        value = self.score
        if value is not None:
            path = prefix + "score"
            _rt.check_number(errors, path, value, True)
        value = self.automatic_fail
        if value is not None:
            path = prefix + "automatic_fail"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.automatic_fail_configuration
        if value is not None:
            path = prefix + "automatic_fail_configuration"
            if isinstance(value, AutomaticFailConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AutomaticFailConfiguration, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.min_value is not None:
            result["MinValue"] = self.min_value
        if self.max_value is not None:
            result["MaxValue"] = self.max_value
        if self.score is not None:
            result["Score"] = self.score
        if self.automatic_fail is not None:
            result["AutomaticFail"] = self.automatic_fail
        if self.automatic_fail_configuration is not None:
            result["AutomaticFailConfiguration"] = (
                self.automatic_fail_configuration.to_dict()
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormNumericQuestionOption:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormNumericQuestionOption"
        )
        return cls(
            min_value=data.get("MinValue"),
            max_value=data.get("MaxValue"),
            score=data.get("Score"),
            automatic_fail=data.get("AutomaticFail"),
            automatic_fail_configuration=(
                None
                if (value := data.get("AutomaticFailConfiguration")) is None
                else AutomaticFailConfiguration.from_dict(
                    value, path=path + "AutomaticFailConfiguration" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.min_value is not None:
            data["MinValue"] = self.min_value
        if self.max_value is not None:
            data["MaxValue"] = self.max_value
        if self.score is not None:
            data["Score"] = self.score
        if self.automatic_fail is not None:
            data["AutomaticFail"] = self.automatic_fail
        if self.automatic_fail_configuration is not None:
            data["AutomaticFailConfiguration"] = (
                self.automatic_fail_configuration._to_json()
            )
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationFormNumericQuestionOption:
        draft = _EvaluationFormNumericQuestionOptionDraft()
        try:
            draft.min_value = (
                None
                if (value := data.get("MinValue")) is None
                else (
                    value if type(value) is int else _rt.expect_int(value, "MinValue")
                )
            )
            draft.max_value = (
                None
                if (value := data.get("MaxValue")) is None
                else (
                    value if type(value) is int else _rt.expect_int(value, "MaxValue")
                )
            )
            draft.score = (
                None
                if (value := data.get("Score")) is None
                else (value if type(value) is int else _rt.expect_int(value, "Score"))
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
            draft.automatic_fail_configuration = (
                None
                if (value := data.get("AutomaticFailConfiguration")) is None
                else AutomaticFailConfiguration._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AutomaticFailConfiguration")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormNumericQuestionOptionDraft:
    """A :class:`EvaluationFormNumericQuestionOption` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "min_value",
        "max_value",
        "score",
        "automatic_fail",
        "automatic_fail_configuration",
    )
    min_value: int | None
    max_value: int | None
    score: int | None
    automatic_fail: bool | None
    automatic_fail_configuration: AutomaticFailConfiguration | None


def new_evaluation_form_numeric_question_option(
    min_value: int,
    max_value: int,
) -> EvaluationFormNumericQuestionOption:
    """Create a :class:`EvaluationFormNumericQuestionOption` with all optional fields omitted."""
    return EvaluationFormNumericQuestionOption(
        min_value=min_value,
        max_value=max_value,
    )


evaluation_form_numeric_question_option_min_value = _rt.Lens[
    EvaluationFormNumericQuestionOption, int | None
](
    lambda s: s.min_value,
    lambda s, v: _dc.replace(s, min_value=v),
    "evaluation_form_numeric_question_option_min_value",
)
"""Lens on :attr:`EvaluationFormNumericQuestionOption.min_value`."""


evaluation_form_numeric_question_option_max_value = _rt.Lens[
    EvaluationFormNumericQuestionOption, int | None
](
    lambda s: s.max_value,
    lambda s, v: _dc.replace(s, max_value=v),
    "evaluation_form_numeric_question_option_max_value",
)
"""Lens on :attr:`EvaluationFormNumericQuestionOption.max_value`."""


evaluation_form_numeric_question_option_score = _rt.Lens[
    EvaluationFormNumericQuestionOption, int | None
](
    lambda s: s.score,
    lambda s, v: _dc.replace(s, score=v),
    "evaluation_form_numeric_question_option_score",
)
"""Lens on :attr:`EvaluationFormNumericQuestionOption.score`."""


evaluation_form_numeric_question_option_automatic_fail = _rt.Lens[
    EvaluationFormNumericQuestionOption, bool | None
](
    lambda s: s.automatic_fail,
    lambda s, v: _dc.replace(s, automatic_fail=v),
    "evaluation_form_numeric_question_option_automatic_fail",
)
"""Lens on :attr:`EvaluationFormNumericQuestionOption.automatic_fail`."""


evaluation_form_numeric_question_option_automatic_fail_configuration = _rt.Lens[
    EvaluationFormNumericQuestionOption, AutomaticFailConfiguration | None
](
    lambda s: s.automatic_fail_configuration,
    lambda s, v: _dc.replace(s, automatic_fail_configuration=v),
    "evaluation_form_numeric_question_option_automatic_fail_configuration",
)
"""Lens on :attr:`EvaluationFormNumericQuestionOption.automatic_fail_configuration`."""
