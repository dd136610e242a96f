"""The EvaluationAnswerInput shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.evaluation_answer_data import EvaluationAnswerData


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationAnswerInput:
    """Information about input answers for a contact evaluation.

    Fields:

    - ``value``: The value for an answer in a contact evaluation.
    """

    value: EvaluationAnswerData | None = None
    """The value for an answer in a contact evaluation."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.value
        if value is not None:
            path = prefix + "value"
            if isinstance(value, EvaluationAnswerData):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EvaluationAnswerData, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.value is not None:
            result["Value"] = self.value.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationAnswerInput:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationAnswerInput")
        return cls(
            value=(
                None
                if (value := data.get("Value")) is None
                else EvaluationAnswerData.from_dict(value, path=path + "Value" + ".")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.value is not None:
            data["Value"] = self.value._to_json()
        return data


def new_evaluation_answer_input() -> EvaluationAnswerInput:
    """Create a :class:`EvaluationAnswerInput` with all optional fields omitted."""
    return EvaluationAnswerInput()


evaluation_answer_input_value = _rt.Lens[
    EvaluationAnswerInput, EvaluationAnswerData | None
](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "evaluation_answer_input_value",
)
"""Lens on :attr:`EvaluationAnswerInput.value`."""
