"""The AgentHierarchyGroups shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AgentHierarchyGroups:
    """A structure that defines search criteria for contacts using agent
    hierarchy group levels. For more information about agent hierarchies,
    see `Set Up Agent Hierarchies
    <https://docs.aws.amazon.com/connect/latest/adminguide/agent-hierarchy.html>`__
    in the *Connect Customer Administrator Guide*.

    Fields:

    - ``l1_ids``: The identifiers for level 1 hierarchy groups.
    - ``l2_ids``: The identifiers for level 2 hierarchy groups.
    - ``l3_ids``: The identifiers for level 3 hierarchy groups.
    - ``l4_ids``: The identifiers for level 4 hierarchy groups.
    - ``l5_ids``: The identifiers for level 5 hierarchy groups.
    """

    l1_ids: list[str] | None = None
    """The identifiers for level 1 hierarchy groups."""

    l2_ids: list[str] | None = None
    """The identifiers for level 2 hierarchy groups."""

    l3_ids: list[str] | None = None
    """The identifiers for level 3 hierarchy groups."""

    l4_ids: list[str] | None = None
    """The identifiers for level 4 hierarchy groups."""

    l5_ids: list[str] | None = None
    """The identifiers for level 5 hierarchy groups."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.l1_ids
        if value is not None:
            path = prefix + "l1_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.l2_ids
        if value is not None:
            path = prefix + "l2_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.l3_ids
        if value is not None:
            path = prefix + "l3_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.l4_ids
        if value is not None:
            path = prefix + "l4_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.l5_ids
        if value is not None:
            path = prefix + "l5_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.l1_ids is not None:
            result["L1Ids"] = list(self.l1_ids)
        if self.l2_ids is not None:
            result["L2Ids"] = list(self.l2_ids)
        if self.l3_ids is not None:
            result["L3Ids"] = list(self.l3_ids)
        if self.l4_ids is not None:
            result["L4Ids"] = list(self.l4_ids)
        if self.l5_ids is not None:
            result["L5Ids"] = list(self.l5_ids)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AgentHierarchyGroups:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AgentHierarchyGroups")
        return cls(
            l1_ids=(
                None
                if (value := data.get("L1Ids")) is None
                else list(_rt.expect_sequence(value, path + "L1Ids"))
            ),
            l2_ids=(
                None
                if (value := data.get("L2Ids")) is None
                else list(_rt.expect_sequence(value, path + "L2Ids"))
            ),
            l3_ids=(
                None
                if (value := data.get("L3Ids")) is None
                else list(_rt.expect_sequence(value, path + "L3Ids"))
            ),
            l4_ids=(
                None
                if (value := data.get("L4Ids")) is None
                else list(_rt.expect_sequence(value, path + "L4Ids"))
            ),
            l5_ids=(
                None
                if (value := data.get("L5Ids")) is None
                else list(_rt.expect_sequence(value, path + "L5Ids"))
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.l1_ids is not None:
            data["L1Ids"] = self.l1_ids
        if self.l2_ids is not None:
            data["L2Ids"] = self.l2_ids
        if self.l3_ids is not None:
            data["L3Ids"] = self.l3_ids
        if self.l4_ids is not None:
            data["L4Ids"] = self.l4_ids
        if self.l5_ids is not None:
            data["L5Ids"] = self.l5_ids
        return data


def new_agent_hierarchy_groups() -> AgentHierarchyGroups:
    """Create a :class:`AgentHierarchyGroups` with all optional fields omitted."""
    return AgentHierarchyGroups()


agent_hierarchy_groups_l1_ids = _rt.Lens[AgentHierarchyGroups, list[str] | None](
    lambda s: s.l1_ids,
    lambda s, v: _dc.replace(s, l1_ids=v),
    "agent_hierarchy_groups_l1_ids",
)
"""Lens on :attr:`AgentHierarchyGroups.l1_ids`."""


agent_hierarchy_groups_l2_ids = _rt.Lens[AgentHierarchyGroups, list[str] | None](
    lambda s: s.l2_ids,
    lambda s, v: _dc.replace(s, l2_ids=v),
    "agent_hierarchy_groups_l2_ids",
)
"""Lens on :attr:`AgentHierarchyGroups.l2_ids`."""


agent_hierarchy_groups_l3_ids = _rt.Lens[AgentHierarchyGroups, list[str] | None](
    lambda s: s.l3_ids,
    lambda s, v: _dc.replace(s, l3_ids=v),
    "agent_hierarchy_groups_l3_ids",
)
"""Lens on :attr:`AgentHierarchyGroups.l3_ids`."""


agent_hierarchy_groups_l4_ids = _rt.Lens[AgentHierarchyGroups, list[str] | None](
    lambda s: s.l4_ids,
    lambda s, v: _dc.replace(s, l4_ids=v),
    "agent_hierarchy_groups_l4_ids",
)
"""Lens on :attr:`AgentHierarchyGroups.l4_ids`."""


agent_hierarchy_groups_l5_ids = _rt.Lens[AgentHierarchyGroups, list[str] | None](
    lambda s: s.l5_ids,
    lambda s, v: _dc.replace(s, l5_ids=v),
    "agent_hierarchy_groups_l5_ids",
)
"""Lens on :attr:`AgentHierarchyGroups.l5_ids`."""
