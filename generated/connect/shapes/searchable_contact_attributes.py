"""The SearchableContactAttributes shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.searchable_contact_attributes_criteria import (
    SearchableContactAttributesCriteria,
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
class SearchableContactAttributes:
    """A structure that defines search criteria based on user-defined contact
    attributes that are configured for contact search.

    Fields:

    - ``criteria``: The list of criteria based on user-defined contact attributes that are configured for contact search.
    - ``match_type``: The match type combining search criteria using multiple searchable contact attributes.
    """

    criteria: list[SearchableContactAttributesCriteria]
    """The list of criteria based on user-defined contact attributes that are
    configured for contact search.
    """

    match_type: str | None = None
    """The match type combining search criteria using multiple searchable
    contact attributes.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.criteria
        if value is None:
            errors.append(prefix + "criteria: required but missing")
        else:
            path = prefix + "criteria"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 15)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, SearchableContactAttributesCriteria):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected SearchableContactAttributesCriteria, got {type(v1).__name__}"
                            )
        value = self.match_type
        if value is not None:
            path = prefix + "match_type"
            _rt.check_str(errors, path, value, enum=_SEARCH_CONTACTS_MATCH_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Criteria"] = [v1.to_dict() for v1 in self.criteria]
        if self.match_type is not None:
            result["MatchType"] = self.match_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchableContactAttributes:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchableContactAttributes")
        return cls(
            criteria=[
                SearchableContactAttributesCriteria.from_dict(
                    v1, path=path + "Criteria" + f"[{i1}]" + "."
                )
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "Criteria", path), path + "Criteria"
                    )
                )
            ],
            match_type=data.get("MatchType"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["Criteria"] = [v1._to_json() for v1 in self.criteria]
        if self.match_type is not None:
            data["MatchType"] = self.match_type
        return data


def new_searchable_contact_attributes(
    criteria: list[SearchableContactAttributesCriteria],
) -> SearchableContactAttributes:
    """Create a :class:`SearchableContactAttributes` with all optional fields omitted."""
    return SearchableContactAttributes(
        criteria=criteria,
    )


searchable_contact_attributes_criteria = _rt.Lens[
    SearchableContactAttributes, list[SearchableContactAttributesCriteria]
](
    lambda s: s.criteria,
    lambda s, v: _dc.replace(s, criteria=v),
    "searchable_contact_attributes_criteria",
)
"""Lens on :attr:`SearchableContactAttributes.criteria`."""


searchable_contact_attributes_match_type = _rt.Lens[
    SearchableContactAttributes, str | None
](
    lambda s: s.match_type,
    lambda s, v: _dc.replace(s, match_type=v),
    "searchable_contact_attributes_match_type",
)
"""Lens on :attr:`SearchableContactAttributes.match_type`."""
