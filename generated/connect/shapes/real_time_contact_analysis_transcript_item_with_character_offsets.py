"""The RealTimeContactAnalysisTranscriptItemWithCharacterOffsets shape."""

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
class RealTimeContactAnalysisTranscriptItemWithCharacterOffsets:
    """Transcript representation containing Id and list of character intervals
    that are associated with analysis data. For example, this object within
    a ``RealTimeContactAnalysisPointOfInterest`` in
    ``Category.MatchedDetails`` would have character interval describing
    part of the text that matched category.

    Fields:

    - ``id``: Transcript identifier.
    - ``character_offsets``: List of character intervals within transcript content/text.
    """

    id: str | None
    """Transcript identifier. Matches the identifier from one of the
    TranscriptSegments.
    """

    character_offsets: RealTimeContactAnalysisCharacterInterval | None = None
    """List of character intervals within transcript content/text."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is None:
            errors.append(prefix + "id: required but missing")
        else:
            path = prefix + "id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.character_offsets
        if value is not None:
            path = prefix + "character_offsets"
            if isinstance(value, RealTimeContactAnalysisCharacterInterval):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RealTimeContactAnalysisCharacterInterval, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.character_offsets is not None:
            result["CharacterOffsets"] = self.character_offsets.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RealTimeContactAnalysisTranscriptItemWithCharacterOffsets:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data,
            path[:-1] or "RealTimeContactAnalysisTranscriptItemWithCharacterOffsets",
        )
        return cls(
            id=data.get("Id"),
            character_offsets=(
                None
                if (value := data.get("CharacterOffsets")) is None
                else RealTimeContactAnalysisCharacterInterval.from_dict(
                    value, path=path + "CharacterOffsets" + "."
                )
            ),
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> RealTimeContactAnalysisTranscriptItemWithCharacterOffsets:
        draft = _RealTimeContactAnalysisTranscriptItemWithCharacterOffsetsDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.character_offsets = (
                None
                if (value := data.get("CharacterOffsets")) is None
                else RealTimeContactAnalysisCharacterInterval._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "CharacterOffsets")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RealTimeContactAnalysisTranscriptItemWithCharacterOffsetsDraft:
    """A :class:`RealTimeContactAnalysisTranscriptItemWithCharacterOffsets` being decoded (see ``_rt.seal``)."""

    __slots__ = ("id", "character_offsets")
    id: str | None
    character_offsets: RealTimeContactAnalysisCharacterInterval | None


def new_real_time_contact_analysis_transcript_item_with_character_offsets(
    id: str,
) -> RealTimeContactAnalysisTranscriptItemWithCharacterOffsets:
    """Create a :class:`RealTimeContactAnalysisTranscriptItemWithCharacterOffsets` with all optional fields omitted."""
    return RealTimeContactAnalysisTranscriptItemWithCharacterOffsets(
        id=id,
    )


real_time_contact_analysis_transcript_item_with_character_offsets_id = _rt.Lens[
    RealTimeContactAnalysisTranscriptItemWithCharacterOffsets, str | None
](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "real_time_contact_analysis_transcript_item_with_character_offsets_id",
)
"""Lens on :attr:`RealTimeContactAnalysisTranscriptItemWithCharacterOffsets.id`."""


real_time_contact_analysis_transcript_item_with_character_offsets_character_offsets = _rt.Lens[
    RealTimeContactAnalysisTranscriptItemWithCharacterOffsets,
    RealTimeContactAnalysisCharacterInterval | None,
](
    lambda s: s.character_offsets,
    lambda s, v: _dc.replace(s, character_offsets=v),
    "real_time_contact_analysis_transcript_item_with_character_offsets_character_offsets",
)
"""Lens on :attr:`RealTimeContactAnalysisTranscriptItemWithCharacterOffsets.character_offsets`."""
