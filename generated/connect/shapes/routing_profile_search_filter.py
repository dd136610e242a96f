"""The RoutingProfileSearchFilter shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.control_plane_tag_filter import ControlPlaneTagFilter


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RoutingProfileSearchFilter:
    """Filters to be applied to search results.

    Fields:

    - ``tag_filter``: An object that can be used to specify Tag conditions inside the ``SearchFilter``.
    """

    tag_filter: ControlPlaneTagFilter | None = None
    """An object that can be used to specify Tag conditions inside the
    ``SearchFilter``. This accepts an ``OR`` of ``AND`` (List of List) input
    where:

    - Top level list specifies conditions that need to be applied with
      ``OR`` operator
    - Inner list specifies conditions that need to be applied with ``AND``
      operator.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.tag_filter
        if value is not None:
            path = prefix + "tag_filter"
            if isinstance(value, ControlPlaneTagFilter):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ControlPlaneTagFilter, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.tag_filter is not None:
            result["TagFilter"] = self.tag_filter.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RoutingProfileSearchFilter:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RoutingProfileSearchFilter")
        return cls(
            tag_filter=(
                None
                if (value := data.get("TagFilter")) is None
                else ControlPlaneTagFilter.from_dict(
                    value, path=path + "TagFilter" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.tag_filter is not None:
            data["TagFilter"] = self.tag_filter._to_json()
        return data


def new_routing_profile_search_filter() -> RoutingProfileSearchFilter:
    """Create a :class:`RoutingProfileSearchFilter` with all optional fields omitted."""
    return RoutingProfileSearchFilter()


routing_profile_search_filter_tag_filter = _rt.Lens[
    RoutingProfileSearchFilter, ControlPlaneTagFilter | None
](
    lambda s: s.tag_filter,
    lambda s, v: _dc.replace(s, tag_filter=v),
    "routing_profile_search_filter_tag_filter",
)
"""Lens on :attr:`RoutingProfileSearchFilter.tag_filter`."""
