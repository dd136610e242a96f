"""The SearchContactsAdditionalTimeRangeCriteria shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.search_contacts_time_range import SearchContactsTimeRange
from ..shapes.search_contacts_timestamp_condition import (
    SearchContactsTimestampCondition,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchContactsAdditionalTimeRangeCriteria:
    """The criteria of the time range to additionally filter on.

    Fields:

    - ``time_range``: A structure of time range that you want to search results.
    - ``timestamp_condition``: List of the timestamp conditions.
    """

    time_range: SearchContactsTimeRange | None = None
    """A structure of time range that you want to search results."""

    timestamp_condition: SearchContactsTimestampCondition | None = None
    """List of the timestamp conditions."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.time_range
        if value is not None:
            path = prefix + "time_range"
            if isinstance(value, SearchContactsTimeRange):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected SearchContactsTimeRange, got {type(value).__name__}"
                )
        value = self.timestamp_condition
        if value is not None:
            path = prefix + "timestamp_condition"
            if isinstance(value, SearchContactsTimestampCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected SearchContactsTimestampCondition, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.time_range is not None:
            result["TimeRange"] = self.time_range.to_dict()
        if self.timestamp_condition is not None:
            result["TimestampCondition"] = self.timestamp_condition.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchContactsAdditionalTimeRangeCriteria:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "SearchContactsAdditionalTimeRangeCriteria"
        )
        return cls(
            time_range=(
                None
                if (value := data.get("TimeRange")) is None
                else SearchContactsTimeRange.from_dict(
                    value, path=path + "TimeRange" + "."
                )
            ),
            timestamp_condition=(
                None
                if (value := data.get("TimestampCondition")) is None
                else SearchContactsTimestampCondition.from_dict(
                    value, path=path + "TimestampCondition" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.time_range is not None:
            data["TimeRange"] = self.time_range._to_json()
        if self.timestamp_condition is not None:
            data["TimestampCondition"] = self.timestamp_condition._to_json()
        return data


def new_search_contacts_additional_time_range_criteria() -> (
    SearchContactsAdditionalTimeRangeCriteria
):
    """Create a :class:`SearchContactsAdditionalTimeRangeCriteria` with all optional fields omitted."""
    return SearchContactsAdditionalTimeRangeCriteria()


search_contacts_additional_time_range_criteria_time_range = _rt.Lens[
    SearchContactsAdditionalTimeRangeCriteria, SearchContactsTimeRange | None
](
    lambda s: s.time_range,
    lambda s, v: _dc.replace(s, time_range=v),
    "search_contacts_additional_time_range_criteria_time_range",
)
"""Lens on :attr:`SearchContactsAdditionalTimeRangeCriteria.time_range`."""


search_contacts_additional_time_range_criteria_timestamp_condition = _rt.Lens[
    SearchContactsAdditionalTimeRangeCriteria, SearchContactsTimestampCondition | None
](
    lambda s: s.timestamp_condition,
    lambda s, v: _dc.replace(s, timestamp_condition=v),
    "search_contacts_additional_time_range_criteria_timestamp_condition",
)
"""Lens on :attr:`SearchContactsAdditionalTimeRangeCriteria.timestamp_condition`."""
