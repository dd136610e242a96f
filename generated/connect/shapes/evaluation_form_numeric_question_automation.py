"""The EvaluationFormNumericQuestionAutomation shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_form_question_automation_answer_source import (
    EvaluationFormQuestionAutomationAnswerSource,
)
from ..shapes.numeric_question_property_value_automation import (
    NumericQuestionPropertyValueAutomation,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormNumericQuestionAutomation:
    """Information about the automation configuration in numeric questions.

    Fields:

    - ``property_value``: The property value of the automation.
    - ``answer_source``: A source of automation answer for numeric question.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    property_value: NumericQuestionPropertyValueAutomation | None = None
    """The property value of the automation."""

    answer_source: EvaluationFormQuestionAutomationAnswerSource | None = None
    """A source of automation answer for numeric question."""

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
        value = self.property_value
        if value is not None:
            path = prefix + "property_value"
            if isinstance(value, NumericQuestionPropertyValueAutomation):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected NumericQuestionPropertyValueAutomation, got {type(value).__name__}"
                )
        value = self.answer_source
        if value is not None:
            path = prefix + "answer_source"
            if isinstance(value, EvaluationFormQuestionAutomationAnswerSource):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormQuestionAutomationAnswerSource, got {type(value).__name__}"
                )
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "EvaluationFormNumericQuestionAutomation")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "EvaluationFormNumericQuestionAutomation",
            (self.property_value is not None) + (self.answer_source is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.property_value is not None:
            result["PropertyValue"] = self.property_value.to_dict()
        if self.answer_source is not None:
            result["AnswerSource"] = self.answer_source.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormNumericQuestionAutomation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormNumericQuestionAutomation"
        )
        return cls(
            property_value=(
                None
                if (value := data.get("PropertyValue")) is None
                else NumericQuestionPropertyValueAutomation.from_dict(
                    value, path=path + "PropertyValue" + "."
                )
            ),
            answer_source=(
                None
                if (value := data.get("AnswerSource")) is None
                else EvaluationFormQuestionAutomationAnswerSource.from_dict(
                    value, path=path + "AnswerSource" + "."
                )
            ),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.property_value is not None:
            data["PropertyValue"] = self.property_value._to_json()
        if self.answer_source is not None:
            data["AnswerSource"] = self.answer_source._to_json()
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormNumericQuestionAutomation:
        draft = _EvaluationFormNumericQuestionAutomationDraft()
        try:
            draft.property_value = (
                None
                if (value := data.get("PropertyValue")) is None
                else NumericQuestionPropertyValueAutomation._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "PropertyValue")
                    )
                )
            )
            draft.answer_source = (
                None
                if (value := data.get("AnswerSource")) is None
                else EvaluationFormQuestionAutomationAnswerSource._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AnswerSource")
                    )
                )
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(
                data,
                (
                    "PropertyValue",
                    "AnswerSource",
                ),
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormNumericQuestionAutomationDraft:
    """A :class:`EvaluationFormNumericQuestionAutomation` being decoded (see ``_rt.seal``)."""

    __slots__ = ("property_value", "answer_source", "sdk_unknown_member")
    property_value: NumericQuestionPropertyValueAutomation | None
    answer_source: EvaluationFormQuestionAutomationAnswerSource | None
    sdk_unknown_member: str | None


def new_evaluation_form_numeric_question_automation() -> (
    EvaluationFormNumericQuestionAutomation
):
    """Create a :class:`EvaluationFormNumericQuestionAutomation` with all optional fields omitted."""
    return EvaluationFormNumericQuestionAutomation()


evaluation_form_numeric_question_automation_sdk_unknown_member = _rt.Lens[
    EvaluationFormNumericQuestionAutomation, str | None
](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "evaluation_form_numeric_question_automation_sdk_unknown_member",
)
"""Lens on :attr:`EvaluationFormNumericQuestionAutomation.sdk_unknown_member`."""


evaluation_form_numeric_question_automation_property_value = _rt.Lens[
    EvaluationFormNumericQuestionAutomation,
    NumericQuestionPropertyValueAutomation | None,
](
    lambda s: s.property_value,
    lambda s, v: _dc.replace(s, property_value=v),
    "evaluation_form_numeric_question_automation_property_value",
)
"""Lens on :attr:`EvaluationFormNumericQuestionAutomation.property_value`."""


evaluation_form_numeric_question_automation_answer_source = _rt.Lens[
    EvaluationFormNumericQuestionAutomation,
    EvaluationFormQuestionAutomationAnswerSource | None,
](
    lambda s: s.answer_source,
    lambda s, v: _dc.replace(s, answer_source=v),
    "evaluation_form_numeric_question_automation_answer_source",
)
"""Lens on :attr:`EvaluationFormNumericQuestionAutomation.answer_source`."""
