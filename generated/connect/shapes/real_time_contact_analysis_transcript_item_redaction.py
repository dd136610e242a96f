"""The RealTimeContactAnalysisTranscriptItemRedaction shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.real_time_contact_analysis_character_interval import (
    RealTimeContactAnalysisCharacterInterval,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RealTimeContactAnalysisTranscriptItemRedaction:
    """Object describing redaction applied to the segment.

    Fields:

    - ``character_offsets``: List of character intervals each describing a part of the text that was redacted.
    """

    character_offsets: list[RealTimeContactAnalysisCharacterInterval] | None = None
    """List of character intervals each describing a part of the text that was
    redacted. For ``OutputType.Raw``, part of the original text that
    contains data that can be redacted. For ``OutputType.Redacted``, part of
    the string with redaction tag.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.character_offsets
        if value is not None:
            path = prefix + "character_offsets"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, RealTimeContactAnalysisCharacterInterval):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RealTimeContactAnalysisCharacterInterval, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.character_offsets is not None:
            result["CharacterOffsets"] = [v1.to_dict() for v1 in self.character_offsets]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RealTimeContactAnalysisTranscriptItemRedaction:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "RealTimeContactAnalysisTranscriptItemRedaction"
        )
        return cls(
            character_offsets=(
                None
                if (value := data.get("CharacterOffsets")) is None
                else [
                    RealTimeContactAnalysisCharacterInterval.from_dict(
                        v1, path=path + "CharacterOffsets" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "CharacterOffsets")
                    )
                ]
            ),
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> RealTimeContactAnalysisTranscriptItemRedaction:
        draft = _RealTimeContactAnalysisTranscriptItemRedactionDraft()
        try:
            draft.character_offsets = (
                None
                if (value := data.get("CharacterOffsets")) is None
                else [
                    RealTimeContactAnalysisCharacterInterval._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "CharacterOffsets")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "CharacterOffsets")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RealTimeContactAnalysisTranscriptItemRedactionDraft:
    """A :class:`RealTimeContactAnalysisTranscriptItemRedaction` being decoded (see ``_rt.seal``)."""

    __slots__ = ("character_offsets",)
    character_offsets: list[RealTimeContactAnalysisCharacterInterval] | None


def new_real_time_contact_analysis_transcript_item_redaction() -> (
    RealTimeContactAnalysisTranscriptItemRedaction
):
    """Create a :class:`RealTimeContactAnalysisTranscriptItemRedaction` with all optional fields omitted."""
    return RealTimeContactAnalysisTranscriptItemRedaction()


real_time_contact_analysis_transcript_item_redaction_character_offsets = _rt.Lens[
    RealTimeContactAnalysisTranscriptItemRedaction,
    list[RealTimeContactAnalysisCharacterInterval] | None,
](
    lambda s: s.character_offsets,
    lambda s, v: _dc.replace(s, character_offsets=v),
    "real_time_contact_analysis_transcript_item_redaction_character_offsets",
)
"""Lens on :attr:`RealTimeContactAnalysisTranscriptItemRedaction.character_offsets`."""
