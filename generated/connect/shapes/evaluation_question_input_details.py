"""The EvaluationQuestionInputDetails shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_EVALUATION_TRANSCRIPT_TYPE_VALUES = frozenset(
    (
        "RAW",
        "REDACTED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationQuestionInputDetails:
    """Details of the input data used for automated question processing.

    Fields:

    - ``transcript_type``: Transcript type.
    """

    transcript_type: str | None = None
    """Transcript type."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.transcript_type
        if value is not None:
            path = prefix + "transcript_type"
            _rt.check_str(errors, path, value, enum=_EVALUATION_TRANSCRIPT_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.transcript_type is not None:
            result["TranscriptType"] = self.transcript_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationQuestionInputDetails:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluationQuestionInputDetails")
        return cls(
            transcript_type=data.get("TranscriptType"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationQuestionInputDetails:
        draft = _EvaluationQuestionInputDetailsDraft()
        try:
            draft.transcript_type = (
                None
                if (value := data.get("TranscriptType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "TranscriptType")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationQuestionInputDetailsDraft:
    """A :class:`EvaluationQuestionInputDetails` being decoded (see ``_rt.seal``)."""

    __slots__ = ("transcript_type",)
    transcript_type: str | None


def new_evaluation_question_input_details() -> EvaluationQuestionInputDetails:
    """Create a :class:`EvaluationQuestionInputDetails` with all optional fields omitted."""
    return EvaluationQuestionInputDetails()


evaluation_question_input_details_transcript_type = _rt.Lens[
    EvaluationQuestionInputDetails, str | None
](
    lambda s: s.transcript_type,
    lambda s, v: _dc.replace(s, transcript_type=v),
    "evaluation_question_input_details_transcript_type",
)
"""Lens on :attr:`EvaluationQuestionInputDetails.transcript_type`."""
