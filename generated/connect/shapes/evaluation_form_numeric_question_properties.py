"""The EvaluationFormNumericQuestionProperties shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_form_numeric_question_automation import (
    EvaluationFormNumericQuestionAutomation,
)
from ..shapes.evaluation_form_numeric_question_option import (
    EvaluationFormNumericQuestionOption,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormNumericQuestionProperties:
    """Information about properties for a numeric question in an evaluation
    form.

    Fields:

    - ``min_value``: The minimum answer value.
    - ``max_value``: The maximum answer value.
    - ``options``: The scoring options of the numeric question.
    - ``automation``: The automation properties of the numeric question.
    """

    min_value: int | None
    """The minimum answer value."""

    max_value: int | None
    """The maximum answer value."""

    options: list[EvaluationFormNumericQuestionOption] | None = None
    """The scoring options of the numeric question."""

    automation: EvaluationFormNumericQuestionAutomation | None = None
    """The automation properties of the numeric question."""

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
        value = self.options
        if value is not None:
            path = prefix + "options"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EvaluationFormNumericQuestionOption):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EvaluationFormNumericQuestionOption, got {type(v1).__name__}"
                            )
        value = self.automation
        if value is not None:
            path = prefix + "automation"
            if isinstance(value, EvaluationFormNumericQuestionAutomation):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormNumericQuestionAutomation, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.min_value is not None:
            result["MinValue"] = self.min_value
        if self.max_value is not None:
            result["MaxValue"] = self.max_value
        if self.options is not None:
            result["Options"] = [v1.to_dict() for v1 in self.options]
        if self.automation is not None:
            result["Automation"] = self.automation.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormNumericQuestionProperties:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormNumericQuestionProperties"
        )
        return cls(
            min_value=data.get("MinValue"),
            max_value=data.get("MaxValue"),
            options=(
                None
                if (value := data.get("Options")) is None
                else [
                    EvaluationFormNumericQuestionOption.from_dict(
                        v1, path=path + "Options" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Options")
                    )
                ]
            ),
            automation=(
                None
                if (value := data.get("Automation")) is None
                else EvaluationFormNumericQuestionAutomation.from_dict(
                    value, path=path + "Automation" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.min_value is not None:
            data["MinValue"] = self.min_value
        if self.max_value is not None:
            data["MaxValue"] = self.max_value
        if self.options is not None:
            data["Options"] = [v1._to_json() for v1 in self.options]
        if self.automation is not None:
            data["Automation"] = self.automation._to_json()
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormNumericQuestionProperties:
        draft = _EvaluationFormNumericQuestionPropertiesDraft()
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
            draft.options = (
                None
                if (value := data.get("Options")) is None
                else [
                    EvaluationFormNumericQuestionOption._from_json(
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
            draft.automation = (
                None
                if (value := data.get("Automation")) is None
                else EvaluationFormNumericQuestionAutomation._from_json(
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


class _EvaluationFormNumericQuestionPropertiesDraft:
    """A :class:`EvaluationFormNumericQuestionProperties` being decoded (see ``_rt.seal``)."""

    __slots__ = ("min_value", "max_value", "options", "automation")
    min_value: int | None
    max_value: int | None
    options: list[EvaluationFormNumericQuestionOption] | None
    automation: EvaluationFormNumericQuestionAutomation | None


def new_evaluation_form_numeric_question_properties(
    min_value: int,
    max_value: int,
) -> EvaluationFormNumericQuestionProperties:
    """Create a :class:`EvaluationFormNumericQuestionProperties` with all optional fields omitted."""
    return EvaluationFormNumericQuestionProperties(
        min_value=min_value,
        max_value=max_value,
    )


evaluation_form_numeric_question_properties_min_value = _rt.Lens[
    EvaluationFormNumericQuestionProperties, int | None
](
    lambda s: s.min_value,
    lambda s, v: _dc.replace(s, min_value=v),
    "evaluation_form_numeric_question_properties_min_value",
)
"""Lens on :attr:`EvaluationFormNumericQuestionProperties.min_value`."""


evaluation_form_numeric_question_properties_max_value = _rt.Lens[
    EvaluationFormNumericQuestionProperties, int | None
](
    lambda s: s.max_value,
    lambda s, v: _dc.replace(s, max_value=v),
    "evaluation_form_numeric_question_properties_max_value",
)
"""Lens on :attr:`EvaluationFormNumericQuestionProperties.max_value`."""


evaluation_form_numeric_question_properties_options = _rt.Lens[
    EvaluationFormNumericQuestionProperties,
    list[EvaluationFormNumericQuestionOption] | None,
](
    lambda s: s.options,
    lambda s, v: _dc.replace(s, options=v),
    "evaluation_form_numeric_question_properties_options",
)
"""Lens on :attr:`EvaluationFormNumericQuestionProperties.options`."""


evaluation_form_numeric_question_properties_automation = _rt.Lens[
    EvaluationFormNumericQuestionProperties,
    EvaluationFormNumericQuestionAutomation | None,
](
    lambda s: s.automation,
    lambda s, v: _dc.replace(s, automation=v),
    "evaluation_form_numeric_question_properties_automation",
)
"""Lens on :attr:`EvaluationFormNumericQuestionProperties.automation`."""
