"""The EvaluationFormQuestion shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_form_item_enablement_configuration import (
    EvaluationFormItemEnablementConfiguration,
)
from ..shapes.evaluation_form_question_type_properties import (
    EvaluationFormQuestionTypeProperties,
)

_EVALUATION_FORM_QUESTION_TYPE_VALUES = frozenset(
    (
        "TEXT",
        "SINGLESELECT",
        "NUMERIC",
        "MULTISELECT",
        "DATETIME",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormQuestion:
    """Information about a question from an evaluation form.

    Fields:

    - ``title``: The title of the question.
    - ``ref_id``: The identifier of the question.
    - ``question_type``: The type of the question.
    - ``instructions``: The instructions of the section.
    - ``not_applicable_enabled``: The flag to enable not applicable answers to the question.
    - ``question_type_properties``: The properties of the type of question.
    - ``enablement``: A question conditional enablement.
    - ``weight``: The scoring weight of the section.
    """

    title: str | None
    """The title of the question."""

    ref_id: str | None
    """The identifier of the question. An identifier must be unique within the
    evaluation form.
    """

    question_type: str | None
    """The type of the question."""

    instructions: str | None = None
    """The instructions of the section."""

    not_applicable_enabled: bool | None = None
    """The flag to enable not applicable answers to the question."""

    question_type_properties: EvaluationFormQuestionTypeProperties | None = None
    """The properties of the type of question. Text questions do not have to
    define question type properties.
    """

    enablement: EvaluationFormItemEnablementConfiguration | None = None
    """A question conditional enablement."""

    weight: float | None = None
    """The scoring weight of the section."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.title
        if value is None:
            errors.append(prefix + "title: required but missing")
        else:
            path = prefix + "title"
            _rt.check_str(errors, path, value)
        value = self.ref_id
        if value is None:
            errors.append(prefix + "ref_id: required but missing")
        else:
            path = prefix + "ref_id"
            _rt.check_str(errors, path, value)
        value = self.question_type
        if value is None:
            errors.append(prefix + "question_type: required but missing")
        else:
            path = prefix + "question_type"
            _rt.check_str(
                errors, path, value, enum=_EVALUATION_FORM_QUESTION_TYPE_VALUES
            )
        value = self.instructions
        if value is not None:
            path = prefix + "instructions"
            _rt.check_str(errors, path, value)
        value = self.not_applicable_enabled
        if value is not None:
            path = prefix + "not_applicable_enabled"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.question_type_properties
        if value is not None:
            path = prefix + "question_type_properties"
            if isinstance(value, EvaluationFormQuestionTypeProperties):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormQuestionTypeProperties, got {type(value).__name__}"
                )
        value = self.enablement
        if value is not None:
            path = prefix + "enablement"
            if isinstance(value, EvaluationFormItemEnablementConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormItemEnablementConfiguration, got {type(value).__name__}"
                )
        value = self.weight
        if value is not None:
            path = prefix + "weight"
            _rt.check_number(errors, path, value, False)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.title is not None:
            result["Title"] = self.title
        if self.ref_id is not None:
            result["RefId"] = self.ref_id
        if self.question_type is not None:
            result["QuestionType"] = self.question_type
        if self.instructions is not None:
            result["Instructions"] = self.instructions
        if self.not_applicable_enabled is not None:
            result["NotApplicableEnabled"] = self.not_applicable_enabled
        if self.question_type_properties is not None:
            result["QuestionTypeProperties"] = self.question_type_properties.to_dict()
        if self.enablement is not None:
            result["Enablement"] = self.enablement.to_dict()
        if self.weight is not None:
            result["Weight"] = self.weight
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormQuestion:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationFormQuestion")
        return cls(
            title=data.get("Title"),
            ref_id=data.get("RefId"),
            question_type=data.get("QuestionType"),
            instructions=data.get("Instructions"),
            not_applicable_enabled=data.get("NotApplicableEnabled"),
            question_type_properties=(
                None
                if (value := data.get("QuestionTypeProperties")) is None
                else EvaluationFormQuestionTypeProperties.from_dict(
                    value, path=path + "QuestionTypeProperties" + "."
                )
            ),
            enablement=(
                None
                if (value := data.get("Enablement")) is None
                else EvaluationFormItemEnablementConfiguration.from_dict(
                    value, path=path + "Enablement" + "."
                )
            ),
            weight=data.get("Weight"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.title is not None:
            data["Title"] = self.title
        if self.ref_id is not None:
            data["RefId"] = self.ref_id
        if self.question_type is not None:
            data["QuestionType"] = self.question_type
        if self.instructions is not None:
            data["Instructions"] = self.instructions
        if self.not_applicable_enabled is not None:
            data["NotApplicableEnabled"] = self.not_applicable_enabled
        if self.question_type_properties is not None:
            data["QuestionTypeProperties"] = self.question_type_properties._to_json()
        if self.enablement is not None:
            data["Enablement"] = self.enablement._to_json()
        if self.weight is not None:
            data["Weight"] = _rt.float_to_json(self.weight)
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationFormQuestion:
        draft = _EvaluationFormQuestionDraft()
        try:
            draft.title = (
                None
                if (value := data.get("Title")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Title"))
            )
            draft.ref_id = (
                None
                if (value := data.get("RefId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "RefId"))
            )
            draft.question_type = (
                None
                if (value := data.get("QuestionType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "QuestionType")
                )
            )
            draft.instructions = (
                None
                if (value := data.get("Instructions")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "Instructions")
                )
            )
            draft.not_applicable_enabled = (
                None
                if (value := data.get("NotApplicableEnabled")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "NotApplicableEnabled")
                )
            )
            draft.question_type_properties = (
                None
                if (value := data.get("QuestionTypeProperties")) is None
                else EvaluationFormQuestionTypeProperties._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "QuestionTypeProperties")
                    )
                )
            )
            draft.enablement = (
                None
                if (value := data.get("Enablement")) is None
                else EvaluationFormItemEnablementConfiguration._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Enablement")
                    )
                )
            )
            draft.weight = (
                None
                if (value := data.get("Weight")) is None
                else _rt.expect_float(value, "Weight")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormQuestionDraft:
    """A :class:`EvaluationFormQuestion` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "title",
        "ref_id",
        "question_type",
        "instructions",
        "not_applicable_enabled",
        "question_type_properties",
        "enablement",
        "weight",
    )
    title: str | None
    ref_id: str | None
    question_type: str | None
    instructions: str | None
    not_applicable_enabled: bool | None
    question_type_properties: EvaluationFormQuestionTypeProperties | None
    enablement: EvaluationFormItemEnablementConfiguration | None
    weight: float | None


def new_evaluation_form_question(
    title: str,
    ref_id: str,
    question_type: str,
) -> EvaluationFormQuestion:
    """Create a :class:`EvaluationFormQuestion` with all optional fields omitted."""
    return EvaluationFormQuestion(
        title=title,
        ref_id=ref_id,
        question_type=question_type,
    )


evaluation_form_question_title = _rt.Lens[EvaluationFormQuestion, str | None](
    lambda s: s.title,
    lambda s, v: _dc.replace(s, title=v),
    "evaluation_form_question_title",
)
"""Lens on :attr:`EvaluationFormQuestion.title`."""


evaluation_form_question_ref_id = _rt.Lens[EvaluationFormQuestion, str | None](
    lambda s: s.ref_id,
    lambda s, v: _dc.replace(s, ref_id=v),
    "evaluation_form_question_ref_id",
)
"""Lens on :attr:`EvaluationFormQuestion.ref_id`."""


evaluation_form_question_question_type = _rt.Lens[EvaluationFormQuestion, str | None](
    lambda s: s.question_type,
    lambda s, v: _dc.replace(s, question_type=v),
    "evaluation_form_question_question_type",
)
"""Lens on :attr:`EvaluationFormQuestion.question_type`."""


evaluation_form_question_instructions = _rt.Lens[EvaluationFormQuestion, str | None](
    lambda s: s.instructions,
    lambda s, v: _dc.replace(s, instructions=v),
    "evaluation_form_question_instructions",
)
"""Lens on :attr:`EvaluationFormQuestion.instructions`."""


evaluation_form_question_not_applicable_enabled = _rt.Lens[
    EvaluationFormQuestion, bool | None
](
    lambda s: s.not_applicable_enabled,
    lambda s, v: _dc.replace(s, not_applicable_enabled=v),
    "evaluation_form_question_not_applicable_enabled",
)
"""Lens on :attr:`EvaluationFormQuestion.not_applicable_enabled`."""


evaluation_form_question_question_type_properties = _rt.Lens[
    EvaluationFormQuestion, EvaluationFormQuestionTypeProperties | None
](
    lambda s: s.question_type_properties,
    lambda s, v: _dc.replace(s, question_type_properties=v),
    "evaluation_form_question_question_type_properties",
)
"""Lens on :attr:`EvaluationFormQuestion.question_type_properties`."""


evaluation_form_question_enablement = _rt.Lens[
    EvaluationFormQuestion, EvaluationFormItemEnablementConfiguration | None
](
    lambda s: s.enablement,
    lambda s, v: _dc.replace(s, enablement=v),
    "evaluation_form_question_enablement",
)
"""Lens on :attr:`EvaluationFormQuestion.enablement`."""


evaluation_form_question_weight = _rt.Lens[EvaluationFormQuestion, float | None](
    lambda s: s.weight,
    lambda s, v: _dc.replace(s, weight=v),
    "evaluation_form_question_weight",
)
"""Lens on :attr:`EvaluationFormQuestion.weight`."""
