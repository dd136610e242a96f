"""The FilterV2 shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.filter_v2_string_condition import FilterV2StringCondition


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class FilterV2:
    """Contains the filter to apply when retrieving metrics with the
    `GetMetricDataV2
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_GetMetricDataV2.html>`__
    API.

    Fields:

    - ``filter_key``: The key to use for filtering data.
    - ``filter_values``: The identifiers to use for filtering data.
    - ``string_condition``: System defined filtering condition.
    """

    filter_key: str | None = None
    """The key to use for filtering data. For example, ``QUEUE``,
    ``ROUTING_PROFILE, AGENT``, ``CHANNEL``, ``AGENT_HIERARCHY_LEVEL_ONE``,
    ``AGENT_HIERARCHY_LEVEL_TWO``, ``AGENT_HIERARCHY_LEVEL_THREE``,
    ``AGENT_HIERARCHY_LEVEL_FOUR``, ``AGENT_HIERARCHY_LEVEL_FIVE``. There
    must be at least 1 key and a maximum 5 keys.
    """

    filter_values: list[str] | None = None
    """The identifiers to use for filtering data. For example, if you have a
    filter key of ``QUEUE``, you would add queue IDs or ARNs in
    ``FilterValues``.
    """

    string_condition: FilterV2StringCondition | None = None
    """System defined filtering condition. For example, the NOT_EXISTS
    StringCondition returns documents where the field specified by FilterKey
    does not exist in the document.

    When the NOT_EXISTS StringCondition is added to a FilterV2 object,
    FilterValues must be null or empty.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.filter_key
        if value is not None:
            path = prefix + "filter_key"
            _rt.check_str(errors, path, value, min_len=1, max_len=250)
        value = self.filter_values
        if value is not None:
            path = prefix + "filter_values"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 100)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=250)
        value = self.string_condition
        if value is not None:
            path = prefix + "string_condition"
            if isinstance(value, FilterV2StringCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected FilterV2StringCondition, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.filter_key is not None:
            result["FilterKey"] = self.filter_key
        if self.filter_values is not None:
            result["FilterValues"] = list(self.filter_values)
        if self.string_condition is not None:
            result["StringCondition"] = self.string_condition.to_dict()
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> FilterV2:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "FilterV2")
        return cls(
            filter_key=data.get("FilterKey"),
            filter_values=(
                None
                if (value := data.get("FilterValues")) is None
                else list(_rt.expect_sequence(value, path + "FilterValues"))
            ),
            string_condition=(
                None
                if (value := data.get("StringCondition")) is None
                else FilterV2StringCondition.from_dict(
                    value, path=path + "StringCondition" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.filter_key is not None:
            data["FilterKey"] = self.filter_key
        if self.filter_values is not None:
            data["FilterValues"] = self.filter_values
        if self.string_condition is not None:
            data["StringCondition"] = self.string_condition._to_json()
        return data


def new_filter_v2() -> FilterV2:
    """Create a :class:`FilterV2` with all optional fields omitted."""
    return FilterV2()


filter_v2_filter_key = _rt.Lens[FilterV2, str | None](
    lambda s: s.filter_key,
    lambda s, v: _dc.replace(s, filter_key=v),
    "filter_v2_filter_key",
)
"""Lens on :attr:`FilterV2.filter_key`."""


filter_v2_filter_values = _rt.Lens[FilterV2, list[str] | None](
    lambda s: s.filter_values,
    lambda s, v: _dc.replace(s, filter_values=v),
    "filter_v2_filter_values",
)
"""Lens on :attr:`FilterV2.filter_values`."""


filter_v2_string_condition = _rt.Lens[FilterV2, FilterV2StringCondition | None](
    lambda s: s.string_condition,
    lambda s, v: _dc.replace(s, string_condition=v),
    "filter_v2_string_condition",
)
"""Lens on :attr:`FilterV2.string_condition`."""
