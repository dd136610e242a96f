"""The EvaluationSuggestedAnswerTranscriptMillisecondOffsets shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationSuggestedAnswerTranscriptMillisecondOffsets:
    """The milliseconds offset for transcript reference in suggested answer.

    Fields:

    - ``begin_offset_millis``: Offset in milliseconds from the beginning of the transcript.
    """

    begin_offset_millis: int | None
    """Offset in milliseconds from the beginning of the transcript."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.begin_offset_millis
        if value is None:
            errors.append(prefix + "begin_offset_millis: required but missing")
        else:
            path = prefix + "begin_offset_millis"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.begin_offset_millis is not None:
            result["BeginOffsetMillis"] = self.begin_offset_millis
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationSuggestedAnswerTranscriptMillisecondOffsets:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationSuggestedAnswerTranscriptMillisecondOffsets"
        )
        return cls(
            begin_offset_millis=data.get("BeginOffsetMillis"),
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> EvaluationSuggestedAnswerTranscriptMillisecondOffsets:
        draft = _EvaluationSuggestedAnswerTranscriptMillisecondOffsetsDraft()
        try:
            draft.begin_offset_millis = (
                None
                if (value := data.get("BeginOffsetMillis")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "BeginOffsetMillis")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationSuggestedAnswerTranscriptMillisecondOffsetsDraft:
    """A :class:`EvaluationSuggestedAnswerTranscriptMillisecondOffsets` being decoded (see ``_rt.seal``)."""

    __slots__ = ("begin_offset_millis",)
    begin_offset_millis: int | None


def new_evaluation_suggested_answer_transcript_millisecond_offsets(
    begin_offset_millis: int,
) -> EvaluationSuggestedAnswerTranscriptMillisecondOffsets:
    """Create a :class:`EvaluationSuggestedAnswerTranscriptMillisecondOffsets` with all optional fields omitted."""
    return EvaluationSuggestedAnswerTranscriptMillisecondOffsets(
        begin_offset_millis=begin_offset_millis,
    )


evaluation_suggested_answer_transcript_millisecond_offsets_begin_offset_millis = _rt.Lens[
    EvaluationSuggestedAnswerTranscriptMillisecondOffsets, int | None
](
    lambda s: s.begin_offset_millis,
    lambda s, v: _dc.replace(s, begin_offset_millis=v),
    "evaluation_suggested_answer_transcript_millisecond_offsets_begin_offset_millis",
)
"""Lens on :attr:`EvaluationSuggestedAnswerTranscriptMillisecondOffsets.begin_offset_millis`."""
