"""The EvaluationFormQuestionAutomationAnswerSource shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_EVALUATION_FORM_QUESTION_AUTOMATION_ANSWER_SOURCE_TYPE_VALUES = frozenset(
    (
        "CONTACT_LENS_DATA",
        "GEN_AI",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormQuestionAutomationAnswerSource:
    """A question automation answer.

    Fields:

    - ``source_type``: The automation answer source type.
    """

    source_type: str | None
    """The automation answer source type."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.source_type
        if value is None:
            errors.append(prefix + "source_type: required but missing")
        else:
            path = prefix + "source_type"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_EVALUATION_FORM_QUESTION_AUTOMATION_ANSWER_SOURCE_TYPE_VALUES,
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.source_type is not None:
            result["SourceType"] = self.source_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormQuestionAutomationAnswerSource:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormQuestionAutomationAnswerSource"
        )
        return cls(
            source_type=data.get("SourceType"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.source_type is not None:
            data["SourceType"] = self.source_type
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormQuestionAutomationAnswerSource:
        draft = _EvaluationFormQuestionAutomationAnswerSourceDraft()
        try:
            draft.source_type = (
                None
                if (value := data.get("SourceType")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "SourceType")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormQuestionAutomationAnswerSourceDraft:
    """A :class:`EvaluationFormQuestionAutomationAnswerSource` being decoded (see ``_rt.seal``)."""

    __slots__ = ("source_type",)
    source_type: str | None


def new_evaluation_form_question_automation_answer_source(
    source_type: str,
) -> EvaluationFormQuestionAutomationAnswerSource:
    """Create a :class:`EvaluationFormQuestionAutomationAnswerSource` with all optional fields omitted."""
    return EvaluationFormQuestionAutomationAnswerSource(
        source_type=source_type,
    )


evaluation_form_question_automation_answer_source_source_type = _rt.Lens[
    EvaluationFormQuestionAutomationAnswerSource, str | None
](
    lambda s: s.source_type,
    lambda s, v: _dc.replace(s, source_type=v),
    "evaluation_form_question_automation_answer_source_source_type",
)
"""Lens on :attr:`EvaluationFormQuestionAutomationAnswerSource.source_type`."""
