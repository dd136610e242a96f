"""The ResourceTagsSearchCriteria shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.tag_search_condition import TagSearchCondition


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ResourceTagsSearchCriteria:
    """The search criteria to be used to search tags.

    Fields:

    - ``tag_search_condition``: The search criteria to be used to return tags.
    """

    tag_search_condition: TagSearchCondition | None = None
    """The search criteria to be used to return tags."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.tag_search_condition
        if value is not None:
            path = prefix + "tag_search_condition"
            if isinstance(value, TagSearchCondition):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TagSearchCondition, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.tag_search_condition is not None:
            result["TagSearchCondition"] = self.tag_search_condition.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ResourceTagsSearchCriteria:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ResourceTagsSearchCriteria")
        return cls(
            tag_search_condition=(
                None
                if (value := data.get("TagSearchCondition")) is None
                else TagSearchCondition.from_dict(
                    value, path=path + "TagSearchCondition" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.tag_search_condition is not None:
            data["TagSearchCondition"] = self.tag_search_condition._to_json()
        return data


def new_resource_tags_search_criteria() -> ResourceTagsSearchCriteria:
    """Create a :class:`ResourceTagsSearchCriteria` with all optional fields omitted."""
    return ResourceTagsSearchCriteria()


resource_tags_search_criteria_tag_search_condition = _rt.Lens[
    ResourceTagsSearchCriteria, TagSearchCondition | None
](
    lambda s: s.tag_search_condition,
    lambda s, v: _dc.replace(s, tag_search_condition=v),
    "resource_tags_search_criteria_tag_search_condition",
)
"""Lens on :attr:`ResourceTagsSearchCriteria.tag_search_condition`."""
