"""The SearchContactsTimeRange shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_SEARCH_CONTACTS_TIME_RANGE_TYPE_VALUES = frozenset(
    (
        "INITIATION_TIMESTAMP",
        "SCHEDULED_TIMESTAMP",
        "CONNECTED_TO_AGENT_TIMESTAMP",
        "DISCONNECT_TIMESTAMP",
        "ENQUEUE_TIMESTAMP",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchContactsTimeRange:
    """A structure of time range that you want to search results.

    Fields:

    - ``type``: The type of timestamp to search.
    - ``start_time``: The start time of the time range.
    - ``end_time``: The end time of the time range.
    """

    type: str
    """The type of timestamp to search."""

    start_time: _dt.datetime
    """The start time of the time range."""

    end_time: _dt.datetime
    """The end time of the time range."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.type
        if value is None:
            errors.append(prefix + "type: required but missing")
        else:
            path = prefix + "type"
            _rt.check_str(
                errors, path, value, enum=_SEARCH_CONTACTS_TIME_RANGE_TYPE_VALUES
            )
        value = self.start_time
        if value is None:
            errors.append(prefix + "start_time: required but missing")
        else:
            path = prefix + "start_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.end_time
        if value is None:
            errors.append(prefix + "end_time: required but missing")
        else:
            path = prefix + "end_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Type"] = self.type
        result["StartTime"] = self.start_time
        result["EndTime"] = self.end_time
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchContactsTimeRange:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchContactsTimeRange")
        return cls(
            type=_rt.required(data, "Type", path),
            start_time=_rt.required(data, "StartTime", path),
            end_time=_rt.required(data, "EndTime", path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["Type"] = self.type
        data["StartTime"] = _rt.epoch_seconds(self.start_time)
        data["EndTime"] = _rt.epoch_seconds(self.end_time)
        return data


def new_search_contacts_time_range(
    type: str,
    start_time: _dt.datetime,
    end_time: _dt.datetime,
) -> SearchContactsTimeRange:
    """Create a :class:`SearchContactsTimeRange` with all optional fields omitted."""
    return SearchContactsTimeRange(
        type=type,
        start_time=start_time,
        end_time=end_time,
    )


search_contacts_time_range_type = _rt.Lens[SearchContactsTimeRange, str](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "search_contacts_time_range_type",
)
"""Lens on :attr:`SearchContactsTimeRange.type`."""


search_contacts_time_range_start_time = _rt.Lens[SearchContactsTimeRange, _dt.datetime](
    lambda s: s.start_time,
    lambda s, v: _dc.replace(s, start_time=v),
    "search_contacts_time_range_start_time",
)
"""Lens on :attr:`SearchContactsTimeRange.start_time`."""


search_contacts_time_range_end_time = _rt.Lens[SearchContactsTimeRange, _dt.datetime](
    lambda s: s.end_time,
    lambda s, v: _dc.replace(s, end_time=v),
    "search_contacts_time_range_end_time",
)
"""Lens on :attr:`SearchContactsTimeRange.end_time`."""
