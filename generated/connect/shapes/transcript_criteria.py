"""The TranscriptCriteria shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PARTICIPANT_ROLE_VALUES = frozenset(
    (
        "AGENT",
        "CUSTOMER",
        "SYSTEM",
        "CUSTOM_BOT",
        "SUPERVISOR",
    )
)
_SEARCH_CONTACTS_MATCH_TYPE_VALUES = frozenset(
    (
        "MATCH_ALL",
        "MATCH_ANY",
        "MATCH_EXACT",
        "MATCH_NONE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TranscriptCriteria:
    """A structure that defines search criteria base on words or phrases,
    participants in the Contact Lens conversational analytics transcript.

    Fields:

    - ``participant_role``: The participant role in a transcript
    - ``search_text``: The words or phrases used to search within a transcript.
    - ``match_type``: The match type combining search criteria using multiple search texts in a transcript criteria.
    """

    participant_role: str
    """The participant role in a transcript"""

    search_text: list[str]
    """The words or phrases used to search within a transcript."""

    match_type: str
    """The match type combining search criteria using multiple search texts in
    a transcript criteria.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.participant_role
        if value is None:
            errors.append(prefix + "participant_role: required but missing")
        else:
            path = prefix + "participant_role"
            _rt.check_str(errors, path, value, enum=_PARTICIPANT_ROLE_VALUES)
        value = self.search_text
        if value is None:
            errors.append(prefix + "search_text: required but missing")
        else:
            path = prefix + "search_text"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 100)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=None, max_len=128)
        value = self.match_type
        if value is None:
            errors.append(prefix + "match_type: required but missing")
        else:
            path = prefix + "match_type"
            _rt.check_str(errors, path, value, enum=_SEARCH_CONTACTS_MATCH_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ParticipantRole"] = self.participant_role
        result["SearchText"] = list(self.search_text)
        result["MatchType"] = self.match_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TranscriptCriteria:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TranscriptCriteria")
        return cls(
            participant_role=_rt.required(data, "ParticipantRole", path),
            search_text=list(
                _rt.expect_sequence(
                    _rt.required(data, "SearchText", path), path + "SearchText"
                )
            ),
            match_type=_rt.required(data, "MatchType", path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["ParticipantRole"] = self.participant_role
        data["SearchText"] = self.search_text
        data["MatchType"] = self.match_type
        return data


def new_transcript_criteria(
    participant_role: str,
    search_text: list[str],
    match_type: str,
) -> TranscriptCriteria:
    """Create a :class:`TranscriptCriteria` with all optional fields omitted."""
    return TranscriptCriteria(
        participant_role=participant_role,
        search_text=search_text,
        match_type=match_type,
    )


transcript_criteria_participant_role = _rt.Lens[TranscriptCriteria, str](
    lambda s: s.participant_role,
    lambda s, v: _dc.replace(s, participant_role=v),
    "transcript_criteria_participant_role",
)
"""Lens on :attr:`TranscriptCriteria.participant_role`."""


transcript_criteria_search_text = _rt.Lens[TranscriptCriteria, list[str]](
    lambda s: s.search_text,
    lambda s, v: _dc.replace(s, search_text=v),
    "transcript_criteria_search_text",
)
"""Lens on :attr:`TranscriptCriteria.search_text`."""


transcript_criteria_match_type = _rt.Lens[TranscriptCriteria, str](
    lambda s: s.match_type,
    lambda s, v: _dc.replace(s, match_type=v),
    "transcript_criteria_match_type",
)
"""Lens on :attr:`TranscriptCriteria.match_type`."""
