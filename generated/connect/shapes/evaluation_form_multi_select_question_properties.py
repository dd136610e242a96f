"""The EvaluationFormMultiSelectQuestionProperties shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_form_multi_select_question_automation import (
    EvaluationFormMultiSelectQuestionAutomation,
)
from ..shapes.evaluation_form_multi_select_question_option import (
    EvaluationFormMultiSelectQuestionOption,
)

_EVALUATION_FORM_MULTI_SELECT_QUESTION_DISPLAY_MODE_VALUES = frozenset(
    (
        "DROPDOWN",
        "CHECKBOX",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormMultiSelectQuestionProperties:
    """Properties for a multi-select question in an evaluation form.

    Fields:

    - ``options``: Options available for this multi-select question.
    - ``display_as``: Display format for the multi-select question.
    - ``automation``: Automation configuration for this multi-select question.
    """

    options: list[EvaluationFormMultiSelectQuestionOption] | None
    """Options available for this multi-select question."""

    display_as: str | None = None
    """Display format for the multi-select question."""

    automation: EvaluationFormMultiSelectQuestionAutomation | None = None
    """Automation configuration for this multi-select question."""

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
                        if isinstance(v1, EvaluationFormMultiSelectQuestionOption):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationFormMultiSelectQuestionOption, got {type(v1).__name__}"
                            )
        value = self.display_as
        if value is not None:
            path = prefix + "display_as"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_EVALUATION_FORM_MULTI_SELECT_QUESTION_DISPLAY_MODE_VALUES,
            )
        value = self.automation
        if value is not None:
            path = prefix + "automation"
            if isinstance(value, EvaluationFormMultiSelectQuestionAutomation):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormMultiSelectQuestionAutomation, got {type(value).__name__}"
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
    ) -> EvaluationFormMultiSelectQuestionProperties:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormMultiSelectQuestionProperties"
        )
        return cls(
            options=(
                None
                if (value := data.get("Options")) is None
                else [
                    EvaluationFormMultiSelectQuestionOption.from_dict(
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
                else EvaluationFormMultiSelectQuestionAutomation.from_dict(
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
    ) -> EvaluationFormMultiSelectQuestionProperties:
        draft = _EvaluationFormMultiSelectQuestionPropertiesDraft()
        try:
            draft.options = (
                None
                if (value := data.get("Options")) is None
                else [
                    EvaluationFormMultiSelectQuestionOption._from_json(
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
                else EvaluationFormMultiSelectQuestionAutomation._from_json(
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


class _EvaluationFormMultiSelectQuestionPropertiesDraft:
    """A :class:`EvaluationFormMultiSelectQuestionProperties` being decoded (see ``_rt.seal``)."""

    __slots__ = ("options", "display_as", "automation")
    options: list[EvaluationFormMultiSelectQuestionOption] | None
    display_as: str | None
    automation: EvaluationFormMultiSelectQuestionAutomation | None


def new_evaluation_form_multi_select_question_properties(
    options: list[EvaluationFormMultiSelectQuestionOption],
) -> EvaluationFormMultiSelectQuestionProperties:
    """Create a :class:`EvaluationFormMultiSelectQuestionProperties` with all optional fields omitted."""
    return EvaluationFormMultiSelectQuestionProperties(
        options=options,
    )


evaluation_form_multi_select_question_properties_options = _rt.Lens[
    EvaluationFormMultiSelectQuestionProperties,
    list[EvaluationFormMultiSelectQuestionOption] | None,
](
    lambda s: s.options,
    lambda s, v: _dc.replace(s, options=v),
    "evaluation_form_multi_select_question_properties_options",
)
"""Lens on :attr:`EvaluationFormMultiSelectQuestionProperties.options`."""


evaluation_form_multi_select_question_properties_display_as = _rt.Lens[
    EvaluationFormMultiSelectQuestionProperties, str | None
](
    lambda s: s.display_as,
    lambda s, v: _dc.replace(s, display_as=v),
    "evaluation_form_multi_select_question_properties_display_as",
)
"""Lens on :attr:`EvaluationFormMultiSelectQuestionProperties.display_as`."""


evaluation_form_multi_select_question_properties_automation = _rt.Lens[
    EvaluationFormMultiSelectQuestionProperties,
    EvaluationFormMultiSelectQuestionAutomation | None,
](
    lambda s: s.automation,
    lambda s, v: _dc.replace(s, automation=v),
    "evaluation_form_multi_select_question_properties_automation",
)
"""Lens on :attr:`EvaluationFormMultiSelectQuestionProperties.automation`."""
