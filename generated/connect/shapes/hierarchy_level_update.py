"""The HierarchyLevelUpdate shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class HierarchyLevelUpdate:
    """Contains information about the hierarchy level to update.

    Fields:

    - ``name``: The name of the user hierarchy level.
    """

    name: str
    """The name of the user hierarchy level. Must not be more than 50
    characters.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Name"] = self.name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> HierarchyLevelUpdate:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "HierarchyLevelUpdate")
        return cls(
            name=_rt.required(data, "Name", path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["Name"] = self.name
        return data


def new_hierarchy_level_update(
    name: str,
) -> HierarchyLevelUpdate:
    """Create a :class:`HierarchyLevelUpdate` with all optional fields omitted."""
    return HierarchyLevelUpdate(
        name=name,
    )


hierarchy_level_update_name = _rt.Lens[HierarchyLevelUpdate, str](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "hierarchy_level_update_name",
)
"""Lens on :attr:`HierarchyLevelUpdate.name`."""
