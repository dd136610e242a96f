"""The TagSearchCondition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_STRING_COMPARISON_TYPE_VALUES = frozenset(
    (
        "STARTS_WITH",
        "CONTAINS",
        "EXACT",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TagSearchCondition:
    """The search criteria to be used to return tags.

    Fields:

    - ``tag_key``: The tag key used in the tag search condition.
    - ``tag_value``: The tag value used in the tag search condition.
    - ``tag_key_comparison_type``: The type of comparison to be made when evaluating the tag key in tag search condition.
    - ``tag_value_comparison_type``: The type of comparison to be made when evaluating the tag value in tag search condition.
    """

    tag_key: str | None = None
    """The tag key used in the tag search condition."""

    tag_value: str | None = None
    """The tag value used in the tag search condition."""

    tag_key_comparison_type: str | None = None
    """The type of comparison to be made when evaluating the tag key in tag
    search condition.
    """

    tag_value_comparison_type: str | None = None
    """The type of comparison to be made when evaluating the tag value in tag
    search condition.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.tag_key
        if value is not None:
            path = prefix + "tag_key"
            _rt.check_str(errors, path, value, min_len=None, max_len=128)
        value = self.tag_value
        if value is not None:
            path = prefix + "tag_value"
            _rt.check_str(errors, path, value, min_len=None, max_len=256)
        value = self.tag_key_comparison_type
        if value is not None:
            path = prefix + "tag_key_comparison_type"
            _rt.check_str(errors, path, value, enum=_STRING_COMPARISON_TYPE_VALUES)
        value = self.tag_value_comparison_type
        if value is not None:
            path = prefix + "tag_value_comparison_type"
            _rt.check_str(errors, path, value, enum=_STRING_COMPARISON_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.tag_key is not None:
            result["tagKey"] = self.tag_key
        if self.tag_value is not None:
            result["tagValue"] = self.tag_value
        if self.tag_key_comparison_type is not None:
            result["tagKeyComparisonType"] = self.tag_key_comparison_type
        if self.tag_value_comparison_type is not None:
            result["tagValueComparisonType"] = self.tag_value_comparison_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TagSearchCondition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TagSearchCondition")
        return cls(
            tag_key=data.get("tagKey"),
            tag_value=data.get("tagValue"),
            tag_key_comparison_type=data.get("tagKeyComparisonType"),
            tag_value_comparison_type=data.get("tagValueComparisonType"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.tag_key is not None:
            data["tagKey"] = self.tag_key
        if self.tag_value is not None:
            data["tagValue"] = self.tag_value
        if self.tag_key_comparison_type is not None:
            data["tagKeyComparisonType"] = self.tag_key_comparison_type
        if self.tag_value_comparison_type is not None:
            data["tagValueComparisonType"] = self.tag_value_comparison_type
        return data


def new_tag_search_condition() -> TagSearchCondition:
    """Create a :class:`TagSearchCondition` with all optional fields omitted."""
    return TagSearchCondition()


tag_search_condition_tag_key = _rt.Lens[TagSearchCondition, str | None](
    lambda s: s.tag_key,
    lambda s, v: _dc.replace(s, tag_key=v),
    "tag_search_condition_tag_key",
)
"""Lens on :attr:`TagSearchCondition.tag_key`."""


tag_search_condition_tag_value = _rt.Lens[TagSearchCondition, str | None](
    lambda s: s.tag_value,
    lambda s, v: _dc.replace(s, tag_value=v),
    "tag_search_condition_tag_value",
)
"""Lens on :attr:`TagSearchCondition.tag_value`."""


tag_search_condition_tag_key_comparison_type = _rt.Lens[TagSearchCondition, str | None](
    lambda s: s.tag_key_comparison_type,
    lambda s, v: _dc.replace(s, tag_key_comparison_type=v),
    "tag_search_condition_tag_key_comparison_type",
)
"""Lens on :attr:`TagSearchCondition.tag_key_comparison_type`."""


tag_search_condition_tag_value_comparison_type = _rt.Lens[
    TagSearchCondition, str | None
](
    lambda s: s.tag_value_comparison_type,
    lambda s, v: _dc.replace(s, tag_value_comparison_type=v),
    "tag_search_condition_tag_value_comparison_type",
)
"""Lens on :attr:`TagSearchCondition.tag_value_comparison_type`."""
