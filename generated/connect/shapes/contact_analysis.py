"""The ContactAnalysis shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.transcript import Transcript


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactAnalysis:
    """A structure that defines search criteria for contacts using analysis
    outputs from Connect Customer Contact Lens.

    Fields:

    - ``transcript``: Search criteria based on transcript analyzed by Connect Customer Contact Lens.
    """

    transcript: Transcript | None = None
    """Search criteria based on transcript analyzed by Connect Customer Contact
    Lens.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.transcript
        if value is not None:
            path = prefix + "transcript"
            if isinstance(value, Transcript):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected Transcript, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.transcript is not None:
            result["Transcript"] = self.transcript.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactAnalysis:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactAnalysis")
        return cls(
            transcript=(
                None
                if (value := data.get("Transcript")) is None
                else Transcript.from_dict(value, path=path + "Transcript" + ".")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.transcript is not None:
            data["Transcript"] = self.transcript._to_json()
        return data


def new_contact_analysis() -> ContactAnalysis:
    """Create a :class:`ContactAnalysis` with all optional fields omitted."""
    return ContactAnalysis()


contact_analysis_transcript = _rt.Lens[ContactAnalysis, Transcript | None](
    lambda s: s.transcript,
    lambda s, v: _dc.replace(s, transcript=v),
    "contact_analysis_transcript",
)
"""Lens on :attr:`ContactAnalysis.transcript`."""
