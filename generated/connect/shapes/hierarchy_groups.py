"""The HierarchyGroups shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.agent_hierarchy_group import AgentHierarchyGroup


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class HierarchyGroups:
    """Information about the agent hierarchy. Hierarchies can be configured
    with up to five levels.

    Fields:

    - ``level1``: The group at level one of the agent hierarchy.
    - ``level2``: The group at level two of the agent hierarchy.
    - ``level3``: The group at level three of the agent hierarchy.
    - ``level4``: The group at level four of the agent hierarchy.
    - ``level5``: The group at level five of the agent hierarchy.
    """

    level1: AgentHierarchyGroup | None = None
    """The group at level one of the agent hierarchy."""

    level2: AgentHierarchyGroup | None = None
    """The group at level two of the agent hierarchy."""

    level3: AgentHierarchyGroup | None = None
    """The group at level three of the agent hierarchy."""

    level4: AgentHierarchyGroup | None = None
    """The group at level four of the agent hierarchy."""

    level5: AgentHierarchyGroup | None = None
    """The group at level five of the agent hierarchy."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.level1
        if value is not None:
            path = prefix + "level1"
            if isinstance(value, AgentHierarchyGroup):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AgentHierarchyGroup, got {type(value).__name__}"
                )
        value = self.level2
        if value is not None:
            path = prefix + "level2"
            if isinstance(value, AgentHierarchyGroup):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AgentHierarchyGroup, got {type(value).__name__}"
                )
        value = self.level3
        if value is not None:
            path = prefix + "level3"
            if isinstance(value, AgentHierarchyGroup):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AgentHierarchyGroup, got {type(value).__name__}"
                )
        value = self.level4
        if value is not None:
            path = prefix + "level4"
            if isinstance(value, AgentHierarchyGroup):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AgentHierarchyGroup, got {type(value).__name__}"
                )
        value = self.level5
        if value is not None:
            path = prefix + "level5"
            if isinstance(value, AgentHierarchyGroup):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AgentHierarchyGroup, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.level1 is not None:
            result["Level1"] = self.level1.to_dict()
        if self.level2 is not None:
            result["Level2"] = self.level2.to_dict()
        if self.level3 is not None:
            result["Level3"] = self.level3.to_dict()
        if self.level4 is not None:
            result["Level4"] = self.level4.to_dict()
        if self.level5 is not None:
            result["Level5"] = self.level5.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> HierarchyGroups:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "HierarchyGroups")
        return cls(
            level1=(
                None
                if (value := data.get("Level1")) is None
                else AgentHierarchyGroup.from_dict(value, path=path + "Level1" + ".")
            ),
            level2=(
                None
                if (value := data.get("Level2")) is None
                else AgentHierarchyGroup.from_dict(value, path=path + "Level2" + ".")
            ),
            level3=(
                None
                if (value := data.get("Level3")) is None
                else AgentHierarchyGroup.from_dict(value, path=path + "Level3" + ".")
            ),
            level4=(
                None
                if (value := data.get("Level4")) is None
                else AgentHierarchyGroup.from_dict(value, path=path + "Level4" + ".")
            ),
            level5=(
                None
                if (value := data.get("Level5")) is None
                else AgentHierarchyGroup.from_dict(value, path=path + "Level5" + ".")
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> HierarchyGroups:
        draft = _HierarchyGroupsDraft()
        try:
            draft.level1 = (
                None
                if (value := data.get("Level1")) is None
                else AgentHierarchyGroup._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Level1")
                    )
                )
            )
            draft.level2 = (
                None
                if (value := data.get("Level2")) is None
                else AgentHierarchyGroup._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Level2")
                    )
                )
            )
            draft.level3 = (
                None
                if (value := data.get("Level3")) is None
                else AgentHierarchyGroup._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Level3")
                    )
                )
            )
            draft.level4 = (
                None
                if (value := data.get("Level4")) is None
                else AgentHierarchyGroup._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Level4")
                    )
                )
            )
            draft.level5 = (
                None
                if (value := data.get("Level5")) is None
                else AgentHierarchyGroup._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Level5")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _HierarchyGroupsDraft:
    """A :class:`HierarchyGroups` being decoded (see ``_rt.seal``)."""

    __slots__ = ("level1", "level2", "level3", "level4", "level5")
    level1: AgentHierarchyGroup | None
    level2: AgentHierarchyGroup | None
    level3: AgentHierarchyGroup | None
    level4: AgentHierarchyGroup | None
    level5: AgentHierarchyGroup | None


def new_hierarchy_groups() -> HierarchyGroups:
    """Create a :class:`HierarchyGroups` with all optional fields omitted."""
    return HierarchyGroups()


hierarchy_groups_level1 = _rt.Lens[HierarchyGroups, AgentHierarchyGroup | None](
    lambda s: s.level1,
    lambda s, v: _dc.replace(s, level1=v),
    "hierarchy_groups_level1",
)
"""Lens on :attr:`HierarchyGroups.level1`."""


hierarchy_groups_level2 = _rt.Lens[HierarchyGroups, AgentHierarchyGroup | None](
    lambda s: s.level2,
    lambda s, v: _dc.replace(s, level2=v),
    "hierarchy_groups_level2",
)
"""Lens on :attr:`HierarchyGroups.level2`."""


hierarchy_groups_level3 = _rt.Lens[HierarchyGroups, AgentHierarchyGroup | None](
    lambda s: s.level3,
    lambda s, v: _dc.replace(s, level3=v),
    "hierarchy_groups_level3",
)
"""Lens on :attr:`HierarchyGroups.level3`."""


hierarchy_groups_level4 = _rt.Lens[HierarchyGroups, AgentHierarchyGroup | None](
    lambda s: s.level4,
    lambda s, v: _dc.replace(s, level4=v),
    "hierarchy_groups_level4",
)
"""Lens on :attr:`HierarchyGroups.level4`."""


hierarchy_groups_level5 = _rt.Lens[HierarchyGroups, AgentHierarchyGroup | None](
    lambda s: s.level5,
    lambda s, v: _dc.replace(s, level5=v),
    "hierarchy_groups_level5",
)
"""Lens on :attr:`HierarchyGroups.level5`."""
