"""The NameCriteria shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_SEARCH_CONTACTS_MATCH_TYPE_VALUES = frozenset(
    (
        "MATCH_ALL",
        "MATCH_ANY",
        "MATCH_EXACT",
        "MATCH_NONE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class NameCriteria:
    """The search criteria based on the contact name

    Fields:

    - ``search_text``: The words or phrases used to match the contact name.
    - ``match_type``: The match type combining name search criteria using multiple search texts in a name criteria.
    """

    search_text: list[str]
    """The words or phrases used to match the contact name."""

    match_type: str
    """The match type combining name search criteria using multiple search
    texts in a name criteria.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
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
        result["SearchText"] = list(self.search_text)
        result["MatchType"] = self.match_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> NameCriteria:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "NameCriteria")
        return cls(
            search_text=list(
                _rt.expect_sequence(
                    _rt.required(data, "SearchText", path), path + "SearchText"
                )
            ),
            match_type=_rt.required(data, "MatchType", path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["SearchText"] = self.search_text
        data["MatchType"] = self.match_type
        return data


def new_name_criteria(
    search_text: list[str],
    match_type: str,
) -> NameCriteria:
    """Create a :class:`NameCriteria` with all optional fields omitted."""
    return NameCriteria(
        search_text=search_text,
        match_type=match_type,
    )


name_criteria_search_text = _rt.Lens[NameCriteria, list[str]](
    lambda s: s.search_text,
    lambda s, v: _dc.replace(s, search_text=v),
    "name_criteria_search_text",
)
"""Lens on :attr:`NameCriteria.search_text`."""


name_criteria_match_type = _rt.Lens[NameCriteria, str](
    lambda s: s.match_type,
    lambda s, v: _dc.replace(s, match_type=v),
    "name_criteria_match_type",
)
"""Lens on :attr:`NameCriteria.match_type`."""
