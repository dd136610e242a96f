"""The SearchContactsTimestampCondition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
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
_SEARCH_CONTACTS_TIME_RANGE_CONDITION_TYPE_VALUES = frozenset(("NOT_EXISTS",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchContactsTimestampCondition:
    """The timestamp condition indicating which contact timestamp should be
    used and how it should be filtered. It is not an actual timestamp value.

    Fields:

    - ``type``: Type of the timestamps to use for the filter.
    - ``condition_type``: Condition of the timestamp on the contact.
    """

    type: str
    """Type of the timestamps to use for the filter."""

    condition_type: str
    """Condition of the timestamp on the contact."""

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
        value = self.condition_type
        if value is None:
            errors.append(prefix + "condition_type: required but missing")
        else:
            path = prefix + "condition_type"
            _rt.check_str(
                errors,
                path,
                value,
                enum=_SEARCH_CONTACTS_TIME_RANGE_CONDITION_TYPE_VALUES,
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Type"] = self.type
        result["ConditionType"] = self.condition_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchContactsTimestampCondition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchContactsTimestampCondition")
        return cls(
            type=_rt.required(data, "Type", path),
            condition_type=_rt.required(data, "ConditionType", path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["Type"] = self.type
        data["ConditionType"] = self.condition_type
        return data


def new_search_contacts_timestamp_condition(
    type: str,
    condition_type: str,
) -> SearchContactsTimestampCondition:
    """Create a :class:`SearchContactsTimestampCondition` with all optional fields omitted."""
    return SearchContactsTimestampCondition(
        type=type,
        condition_type=condition_type,
    )


search_contacts_timestamp_condition_type = _rt.Lens[
    SearchContactsTimestampCondition, str
](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "search_contacts_timestamp_condition_type",
)
"""Lens on :attr:`SearchContactsTimestampCondition.type`."""


search_contacts_timestamp_condition_condition_type = _rt.Lens[
    SearchContactsTimestampCondition, str
](
    lambda s: s.condition_type,
    lambda s, v: _dc.replace(s, condition_type=v),
    "search_contacts_timestamp_condition_condition_type",
)
"""Lens on :attr:`SearchContactsTimestampCondition.condition_type`."""
