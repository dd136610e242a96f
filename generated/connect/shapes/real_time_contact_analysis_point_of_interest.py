"""The RealTimeContactAnalysisPointOfInterest shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.real_time_contact_analysis_transcript_item_with_character_offsets import (
    RealTimeContactAnalysisTranscriptItemWithCharacterOffsets,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RealTimeContactAnalysisPointOfInterest:
    """The section of the contact transcript segment that category rule was
    detected.

    Fields:

    - ``transcript_items``: List of the transcript items (segments) that are associated with a given point of interest.
    """

    transcript_items: (
        list[RealTimeContactAnalysisTranscriptItemWithCharacterOffsets] | None
    ) = None
    """List of the transcript items (segments) that are associated with a given
    point of interest.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.transcript_items
        if value is not None:
            path = prefix + "transcript_items"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(
                            v1,
                            RealTimeContactAnalysisTranscriptItemWithCharacterOffsets,
                        ):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RealTimeContactAnalysisTranscriptItemWithCharacterOffsets, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.transcript_items is not None:
            result["TranscriptItems"] = [v1.to_dict() for v1 in self.transcript_items]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RealTimeContactAnalysisPointOfInterest:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "RealTimeContactAnalysisPointOfInterest"
        )
        return cls(
            transcript_items=(
                None
                if (value := data.get("TranscriptItems")) is None
                else [
                    RealTimeContactAnalysisTranscriptItemWithCharacterOffsets.from_dict(
                        v1, path=path + "TranscriptItems" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "TranscriptItems")
                    )
                ]
            ),
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> RealTimeContactAnalysisPointOfInterest:
        draft = _RealTimeContactAnalysisPointOfInterestDraft()
        try:
            draft.transcript_items = (
                None
                if (value := data.get("TranscriptItems")) is None
                else [
                    RealTimeContactAnalysisTranscriptItemWithCharacterOffsets._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "TranscriptItems")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "TranscriptItems")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RealTimeContactAnalysisPointOfInterestDraft:
    """A :class:`RealTimeContactAnalysisPointOfInterest` being decoded (see ``_rt.seal``)."""

    __slots__ = ("transcript_items",)
    transcript_items: (
        list[RealTimeContactAnalysisTranscriptItemWithCharacterOffsets] | None
    )


def new_real_time_contact_analysis_point_of_interest() -> (
    RealTimeContactAnalysisPointOfInterest
):
    """Create a :class:`RealTimeContactAnalysisPointOfInterest` with all optional fields omitted."""
    return RealTimeContactAnalysisPointOfInterest()


real_time_contact_analysis_point_of_interest_transcript_items = _rt.Lens[
    RealTimeContactAnalysisPointOfInterest,
    list[RealTimeContactAnalysisTranscriptItemWithCharacterOffsets] | None,
](
    lambda s: s.transcript_items,
    lambda s, v: _dc.replace(s, transcript_items=v),
    "real_time_contact_analysis_point_of_interest_transcript_items",
)
"""Lens on :attr:`RealTimeContactAnalysisPointOfInterest.transcript_items`."""
