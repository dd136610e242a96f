"""The EvaluationFormTextQuestionProperties shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_form_text_question_automation import (
    EvaluationFormTextQuestionAutomation,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormTextQuestionProperties:
    """Information about properties for a text question in an evaluation form.

    Fields:

    - ``automation``: The automation properties of the text question.
    """

    automation: EvaluationFormTextQuestionAutomation | None = None
    """The automation properties of the text question."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.automation
        if value is not None:
            path = prefix + "automation"
            if isinstance(value, EvaluationFormTextQuestionAutomation):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationFormTextQuestionAutomation, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.automation is not None:
            result["Automation"] = self.automation.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormTextQuestionProperties:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormTextQuestionProperties"
        )
        return cls(
            automation=(
                None
                if (value := data.get("Automation")) is None
                else EvaluationFormTextQuestionAutomation.from_dict(
                    value, path=path + "Automation" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.automation is not None:
            data["Automation"] = self.automation._to_json()
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationFormTextQuestionProperties:
        draft = _EvaluationFormTextQuestionPropertiesDraft()
        try:
            draft.automation = (
                None
                if (value := data.get("Automation")) is None
                else EvaluationFormTextQuestionAutomation._from_json(
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


class _EvaluationFormTextQuestionPropertiesDraft:
    """A :class:`EvaluationFormTextQuestionProperties` being decoded (see ``_rt.seal``)."""

    __slots__ = ("automation",)
    automation: EvaluationFormTextQuestionAutomation | None


def new_evaluation_form_text_question_properties() -> (
    EvaluationFormTextQuestionProperties
):
    """Create a :class:`EvaluationFormTextQuestionProperties` with all optional fields omitted."""
    return EvaluationFormTextQuestionProperties()


evaluation_form_text_question_properties_automation = _rt.Lens[
    EvaluationFormTextQuestionProperties, EvaluationFormTextQuestionAutomation | None
](
    lambda s: s.automation,
    lambda s, v: _dc.replace(s, automation=v),
    "evaluation_form_text_question_properties_automation",
)
"""Lens on :attr:`EvaluationFormTextQuestionProperties.automation`."""
