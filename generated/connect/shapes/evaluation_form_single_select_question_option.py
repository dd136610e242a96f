"""The EvaluationFormSingleSelectQuestionOption shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.automatic_fail_configuration import AutomaticFailConfiguration


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormSingleSelectQuestionOption:
    """Information about the automation configuration in single select
    questions.

    Fields:

    - ``ref_id``: The identifier of the answer option.
    - ``text``: The title of the answer option.
    - ``score``: The score assigned to the answer option.
    - ``automatic_fail``: The flag to mark the option as automatic fail.
    - ``automatic_fail_configuration``: Whether automatic fail is configured on a single select question.
    """

    ref_id: str | None
    """The identifier of the answer option. An identifier must be unique within
    the question.
    """

    text: str | None
    """The title of the answer option."""

    score: int | None = None
    """The score assigned to the answer option."""

    automatic_fail: bool | None = None
    """The flag to mark the option as automatic fail. If an automatic fail
    answer is provided, the overall evaluation gets a score of 0.
    """

    automatic_fail_configuration: AutomaticFailConfiguration | None = None
    """Whether automatic fail is configured on a single select question."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.ref_id
        if value is None:
            errors.append(prefix + "ref_id: required but missing")
        else:
            path = prefix + "ref_id"
            _rt.check_str(errors, path, value)
        value = self.text
        if value is None:
            errors.append(prefix + "text: required but missing")
        else:
            path = prefix + "text"
            _rt.check_str(errors, path, value)
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
        if self.ref_id is not None:
            result["RefId"] = self.ref_id
        if self.text is not None:
            result["Text"] = self.text
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
    ) -> EvaluationFormSingleSelectQuestionOption:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormSingleSelectQuestionOption"
        )
        return cls(
            ref_id=data.get("RefId"),
            text=data.get("Text"),
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
        if self.ref_id is not None:
            data["RefId"] = self.ref_id
        if self.text is not None:
            data["Text"] = self.text
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
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormSingleSelectQuestionOption:
        draft = _EvaluationFormSingleSelectQuestionOptionDraft()
        try:
            draft.ref_id = (
                None
                if (value := data.get("RefId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "RefId"))
            )
            draft.text = (
                None
                if (value := data.get("Text")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Text"))
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


class _EvaluationFormSingleSelectQuestionOptionDraft:
    """A :class:`EvaluationFormSingleSelectQuestionOption` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "ref_id",
        "text",
        "score",
        "automatic_fail",
        "automatic_fail_configuration",
    )
    ref_id: str | None
    text: str | None
    score: int | None
    automatic_fail: bool | None
    automatic_fail_configuration: AutomaticFailConfiguration | None


def new_evaluation_form_single_select_question_option(
    ref_id: str,
    text: str,
) -> EvaluationFormSingleSelectQuestionOption:
    """Create a :class:`EvaluationFormSingleSelectQuestionOption` with all optional fields omitted."""
    return EvaluationFormSingleSelectQuestionOption(
        ref_id=ref_id,
        text=text,
    )


evaluation_form_single_select_question_option_ref_id = _rt.Lens[
    EvaluationFormSingleSelectQuestionOption, str | None
](
    lambda s: s.ref_id,
    lambda s, v: _dc.replace(s, ref_id=v),
    "evaluation_form_single_select_question_option_ref_id",
)
"""Lens on :attr:`EvaluationFormSingleSelectQuestionOption.ref_id`."""


evaluation_form_single_select_question_option_text = _rt.Lens[
    EvaluationFormSingleSelectQuestionOption, str | None
](
    lambda s: s.text,
    lambda s, v: _dc.replace(s, text=v),
    "evaluation_form_single_select_question_option_text",
)
"""Lens on :attr:`EvaluationFormSingleSelectQuestionOption.text`."""


evaluation_form_single_select_question_option_score = _rt.Lens[
    EvaluationFormSingleSelectQuestionOption, int | None
](
    lambda s: s.score,
    lambda s, v: _dc.replace(s, score=v),
    "evaluation_form_single_select_question_option_score",
)
"""Lens on :attr:`EvaluationFormSingleSelectQuestionOption.score`."""


evaluation_form_single_select_question_option_automatic_fail = _rt.Lens[
    EvaluationFormSingleSelectQuestionOption, bool | None
](
    lambda s: s.automatic_fail,
    lambda s, v: _dc.replace(s, automatic_fail=v),
    "evaluation_form_single_select_question_option_automatic_fail",
)
"""Lens on :attr:`EvaluationFormSingleSelectQuestionOption.automatic_fail`."""


evaluation_form_single_select_question_option_automatic_fail_configuration = _rt.Lens[
    EvaluationFormSingleSelectQuestionOption, AutomaticFailConfiguration | None
](
    lambda s: s.automatic_fail_configuration,
    lambda s, v: _dc.replace(s, automatic_fail_configuration=v),
    "evaluation_form_single_select_question_option_automatic_fail_configuration",
)
"""Lens on :attr:`EvaluationFormSingleSelectQuestionOption.automatic_fail_configuration`."""
