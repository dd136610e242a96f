"""The SearchContactsAdditionalTimeRange shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.search_contacts_additional_time_range_criteria import (
    SearchContactsAdditionalTimeRangeCriteria,
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
class SearchContactsAdditionalTimeRange:
    """Time range that you **additionally** want to filter on.

    .. note::

       This is different from the `SearchContactsTimeRange
       <https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchContactsTimeRange.html>`__
       data type.

    Fields:

    - ``criteria``: List of criteria of the time range to additionally filter on.
    - ``match_type``: The match type combining multiple time range filters.
    """

    criteria: list[SearchContactsAdditionalTimeRangeCriteria]
    """List of criteria of the time range to additionally filter on."""

    match_type: str
    """The match type combining multiple time range filters."""

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
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, SearchContactsAdditionalTimeRangeCriteria):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected SearchContactsAdditionalTimeRangeCriteria, got {type(v1).__name__}"
                            )
        value = self.match_type
        if value is None:
            errors.append(prefix + "match_type: required but missing")
        else:
            path = prefix + "match_type"
            _rt.check_str(errors, path, value, enum=_SEARCH_CONTACTS_MATCH_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Criteria"] = [v1.to_dict() for v1 in self.criteria]
        result["MatchType"] = self.match_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchContactsAdditionalTimeRange:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "SearchContactsAdditionalTimeRange"
        )
        return cls(
            criteria=[
                SearchContactsAdditionalTimeRangeCriteria.from_dict(
                    v1, path=path + "Criteria" + f"[{i1}]" + "."
                )
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "Criteria", path), path + "Criteria"
                    )
                )
            ],
            match_type=_rt.required(data, "MatchType", path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["Criteria"] = [v1._to_json() for v1 in self.criteria]
        data["MatchType"] = self.match_type
        return data


def new_search_contacts_additional_time_range(
    criteria: list[SearchContactsAdditionalTimeRangeCriteria],
    match_type: str,
) -> SearchContactsAdditionalTimeRange:
    """Create a :class:`SearchContactsAdditionalTimeRange` with all optional fields omitted."""
    return SearchContactsAdditionalTimeRange(
        criteria=criteria,
        match_type=match_type,
    )


search_contacts_additional_time_range_criteria = _rt.Lens[
    SearchContactsAdditionalTimeRange, list[SearchContactsAdditionalTimeRangeCriteria]
](
    lambda s: s.criteria,
    lambda s, v: _dc.replace(s, criteria=v),
    "search_contacts_additional_time_range_criteria",
)
"""Lens on :attr:`SearchContactsAdditionalTimeRange.criteria`."""


search_contacts_additional_time_range_match_type = _rt.Lens[
    SearchContactsAdditionalTimeRange, str
](
    lambda s: s.match_type,
    lambda s, v: _dc.replace(s, match_type=v),
    "search_contacts_additional_time_range_match_type",
)
"""Lens on :attr:`SearchContactsAdditionalTimeRange.match_type`."""
