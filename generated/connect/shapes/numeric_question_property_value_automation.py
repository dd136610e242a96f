"""The NumericQuestionPropertyValueAutomation shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_NUMERIC_QUESTION_PROPERTY_AUTOMATION_LABEL_VALUES = frozenset(
    (
        "OVERALL_CUSTOMER_SENTIMENT_SCORE",
        "OVERALL_AGENT_SENTIMENT_SCORE",
        "CUSTOMER_SENTIMENT_SCORE_WITHOUT_AGENT",
        "CUSTOMER_SENTIMENT_SCORE_WITH_AGENT",
        "NON_TALK_TIME",
        "NON_TALK_TIME_PERCENTAGE",
        "NUMBER_OF_INTERRUPTIONS",
        "CONTACT_DURATION",
        "AGENT_INTERACTION_DURATION",
        "CUSTOMER_HOLD_TIME",
        "LONGEST_HOLD_DURATION",
        "NUMBER_OF_HOLDS",
        "AGENT_INTERACTION_AND_HOLD_DURATION",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class NumericQuestionPropertyValueAutomation:
    """Information about the property value used in automation of a numeric
    questions. Label values are associated with minimum and maximum values
    for the numeric question.

    - Sentiment scores have a minimum value of -5 and maximum value of 5.
    - Duration labels, such as ``NON_TALK_TIME``, ``CONTACT_DURATION``,
      ``AGENT_INTERACTION_DURATION``, ``CUSTOMER_HOLD_TIME`` have a minimum
      value of 0 and maximum value of 63072000.
    - Percentages have a minimum value of 0 and maximum value of 100.
    - ``NUMBER_OF_INTERRUPTIONS`` has a minimum value of 0 and maximum value
      of 1000.

    Fields:

    - ``label``: The property label of the automation.
    """

    label: str | None
    """The property label of the automation."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.label
        if value is None:
            errors.append(prefix + "label: required but missing")
        else:
            path = prefix + "label"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_NUMERIC_QUESTION_PROPERTY_AUTOMATION_LABEL_VALUES,
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.label is not None:
            result["Label"] = self.label
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> NumericQuestionPropertyValueAutomation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "NumericQuestionPropertyValueAutomation"
        )
        return cls(
            label=data.get("Label"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.label is not None:
            data["Label"] = self.label
        return data

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> NumericQuestionPropertyValueAutomation:
        draft = _NumericQuestionPropertyValueAutomationDraft()
        try:
            draft.label = (
                None
                if (value := data.get("Label")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Label"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _NumericQuestionPropertyValueAutomationDraft:
    """A :class:`NumericQuestionPropertyValueAutomation` being decoded (see ``_rt.seal``)."""

    __slots__ = ("label",)
    label: str | None


def new_numeric_question_property_value_automation(
    label: str,
) -> NumericQuestionPropertyValueAutomation:
    """Create a :class:`NumericQuestionPropertyValueAutomation` with all optional fields omitted."""
    return NumericQuestionPropertyValueAutomation(
        label=label,
    )


numeric_question_property_value_automation_label = _rt.Lens[
    NumericQuestionPropertyValueAutomation, str | None
](
    lambda s: s.label,
    lambda s, v: _dc.replace(s, label=v),
    "numeric_question_property_value_automation_label",
)
"""Lens on :attr:`NumericQuestionPropertyValueAutomation.label`."""
