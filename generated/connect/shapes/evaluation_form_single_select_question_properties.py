"""The EvaluationFormSingleSelectQuestionProperties shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_form_single_select_question_automation import (
    EvaluationFormSingleSelectQuestionAutomation,
)
from ..shapes.evaluation_form_single_select_question_option import (
    EvaluationFormSingleSelectQuestionOption,
)

_EVALUATION_FORM_SINGLE_SELECT_QUESTION_DISPLAY_MODE_VALUES = frozenset(
    (
        "DROPDOWN",
        "RADIO",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormSingleSelectQuestionProperties:
    """Information about the options in single select questions.

    Fields:

    - ``options``: The answer options of the single select question.
    - ``display_as``: The display mode of the single select question.
    - ``automation``: The display mode of the single select question.
    """

    options: list[EvaluationFormSingleSelectQuestionOption] | None
    """The answer options of the single select question."""

    display_as: str | None = None
    """The display mode of the single select question."""

    automation: EvaluationFormSingleSelectQuestionAutomation | None = None
    """The display mode of the single select question."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.options
        if value is None:
            errors.append(prefix + "options: required but missing")
        else:
            path = prefix + "options"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationFormSingleSelectQuestionOption):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationFormSingleSelectQuestionOption, got {type(v1).__name__}"
                            )
        value = self.display_as
        if value is not None:
            path = prefix + "display_as"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_EVALUATION_FORM_SINGLE_SELECT_QUESTION_DISPLAY_MODE_VALUES,
            )
        value = self.automation
        if value is not None:
            path = prefix + "automation"
            if isinstance(value, EvaluationFormSingleSelectQuestionAutomation):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormSingleSelectQuestionAutomation, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.options is not None:
            result["Options"] = [v1.to_dict() for v1 in self.options]
        if self.display_as is not None:
            result["DisplayAs"] = self.display_as
        if self.automation is not None:
            result["Automation"] = self.automation.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormSingleSelectQuestionProperties:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormSingleSelectQuestionProperties"
        )
        return cls(
            options=(
                None
                if (value := data.get("Options")) is None
                else [
                    EvaluationFormSingleSelectQuestionOption.from_dict(
                        v1, path=path + "Options" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Options")
                    )
                ]
            ),
            display_as=data.get("DisplayAs"),
            automation=(
                None
                if (value := data.get("Automation")) is None
                else EvaluationFormSingleSelectQuestionAutomation.from_dict(
                    value, path=path + "Automation" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.options is not None:
            data["Options"] = [v1._to_json() for v1 in self.options]
        if self.display_as is not None:
            data["DisplayAs"] = self.display_as
        if self.automation is not None:
            data["Automation"] = self.automation._to_json()
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormSingleSelectQuestionProperties:
        draft = _EvaluationFormSingleSelectQuestionPropertiesDraft()
        try:
            draft.options = (
                None
                if (value := data.get("Options")) is None
                else [
                    EvaluationFormSingleSelectQuestionOption._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Options")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Options")
                    )
                    if v1 is not None
                ]
            )
            draft.display_as = (
                None
                if (value := data.get("DisplayAs")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "DisplayAs")
                )
            )
            draft.automation = (
                None
                if (value := data.get("Automation")) is None
                else EvaluationFormSingleSelectQuestionAutomation._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Automation")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormSingleSelectQuestionPropertiesDraft:
    """A :class:`EvaluationFormSingleSelectQuestionProperties` being decoded (see ``_rt.seal``)."""

    __slots__ = ("options", "display_as", "automation")
    options: list[EvaluationFormSingleSelectQuestionOption] | None
    display_as: str | None
    automation: EvaluationFormSingleSelectQuestionAutomation | None


def new_evaluation_form_single_select_question_properties(
    options: list[EvaluationFormSingleSelectQuestionOption],
) -> EvaluationFormSingleSelectQuestionProperties:
    """Create a :class:`EvaluationFormSingleSelectQuestionProperties` with all optional fields omitted."""
    return EvaluationFormSingleSelectQuestionProperties(
        options=options,
    )


evaluation_form_single_select_question_properties_options = _rt.Lens[
    EvaluationFormSingleSelectQuestionProperties,
    list[EvaluationFormSingleSelectQuestionOption] | None,
](
    lambda s: s.options,
    lambda s, v: _dc.replace(s, options=v),
    "evaluation_form_single_select_question_properties_options",
)
"""Lens on :attr:`EvaluationFormSingleSelectQuestionProperties.options`."""


evaluation_form_single_select_question_properties_display_as = _rt.Lens[
    EvaluationFormSingleSelectQuestionProperties, str | None
](
    lambda s: s.display_as,
    lambda s, v: _dc.replace(s, display_as=v),
    "evaluation_form_single_select_question_properties_display_as",
)
"""Lens on :attr:`EvaluationFormSingleSelectQuestionProperties.display_as`."""


evaluation_form_single_select_question_properties_automation = _rt.Lens[
    EvaluationFormSingleSelectQuestionProperties,
    EvaluationFormSingleSelectQuestionAutomation | None,
](
    lambda s: s.automation,
    lambda s, v: _dc.replace(s, automation=v),
    "evaluation_form_single_select_question_properties_automation",
)
"""Lens on :attr:`EvaluationFormSingleSelectQuestionProperties.automation`."""
