"""The UserDataFilters shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.contact_filter import ContactFilter


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UserDataFilters:
    """A filter for the user data.

    Fields:

    - ``queues``: A list of up to 100 queues or ARNs.
    - ``contact_filter``: A filter for the user data based on the contact information that is associated to the user.
    - ``routing_profiles``: A list of up to 100 routing profile IDs or ARNs.
    - ``agents``: A list of up to 100 agent IDs or ARNs.
    - ``user_hierarchy_groups``: A UserHierarchyGroup ID or ARN.
    """

    queues: list[str] | None = None
    """A list of up to 100 queues or ARNs."""

    contact_filter: ContactFilter | None = None
    """A filter for the user data based on the contact information that is
    associated to the user. It contains a list of contact states.
    """

    routing_profiles: list[str] | None = None
    """A list of up to 100 routing profile IDs or ARNs."""

    agents: list[str] | None = None
    """A list of up to 100 agent IDs or ARNs."""

    user_hierarchy_groups: list[str] | None = None
    """A UserHierarchyGroup ID or ARN."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.queues
        if value is not None:
            path = prefix + "queues"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 100)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.contact_filter
        if value is not None:
            path = prefix + "contact_filter"
            if isinstance(value, ContactFilter):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ContactFilter, got {type(value).__name__}"
                )
        value = self.routing_profiles
        if value is not None:
            path = prefix + "routing_profiles"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 100)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.agents
        if value is not None:
            path = prefix + "agents"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 100)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.user_hierarchy_groups
        if value is not None:
            path = prefix + "user_hierarchy_groups"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 1)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.queues is not None:
            result["Queues"] = list(self.queues)
        if self.contact_filter is not None:
            result["ContactFilter"] = self.contact_filter.to_dict()
        if self.routing_profiles is not None:
            result["RoutingProfiles"] = list(self.routing_profiles)
        if self.agents is not None:
            result["Agents"] = list(self.agents)
        if self.user_hierarchy_groups is not None:
            result["UserHierarchyGroups"] = list(self.user_hierarchy_groups)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UserDataFilters:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UserDataFilters")
        return cls(
            queues=(
                None
                if (value := data.get("Queues")) is None
                else list(_rt.expect_sequence(value, path + "Queues"))
            ),
            contact_filter=(
                None
                if (value := data.get("ContactFilter")) is None
                else ContactFilter.from_dict(value, path=path + "ContactFilter" + ".")
            ),
            routing_profiles=(
                None
                if (value := data.get("RoutingProfiles")) is None
                else list(_rt.expect_sequence(value, path + "RoutingProfiles"))
            ),
            agents=(
                None
                if (value := data.get("Agents")) is None
                else list(_rt.expect_sequence(value, path + "Agents"))
            ),
            user_hierarchy_groups=(
                None
                if (value := data.get("UserHierarchyGroups")) is None
                else list(_rt.expect_sequence(value, path + "UserHierarchyGroups"))
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.queues is not None:
            data["Queues"] = self.queues
        if self.contact_filter is not None:
            data["ContactFilter"] = self.contact_filter._to_json()
        if self.routing_profiles is not None:
            data["RoutingProfiles"] = self.routing_profiles
        if self.agents is not None:
            data["Agents"] = self.agents
        if self.user_hierarchy_groups is not None:
            data["UserHierarchyGroups"] = self.user_hierarchy_groups
        return data


def new_user_data_filters() -> UserDataFilters:
    """Create a :class:`UserDataFilters` with all optional fields omitted."""
    return UserDataFilters()


user_data_filters_queues = _rt.Lens[UserDataFilters, list[str] | None](
    lambda s: s.queues,
    lambda s, v: _dc.replace(s, queues=v),
    "user_data_filters_queues",
)
"""Lens on :attr:`UserDataFilters.queues`."""


user_data_filters_contact_filter = _rt.Lens[UserDataFilters, ContactFilter | None](
    lambda s: s.contact_filter,
    lambda s, v: _dc.replace(s, contact_filter=v),
    "user_data_filters_contact_filter",
)
"""Lens on :attr:`UserDataFilters.contact_filter`."""


user_data_filters_routing_profiles = _rt.Lens[UserDataFilters, list[str] | None](
    lambda s: s.routing_profiles,
    lambda s, v: _dc.replace(s, routing_profiles=v),
    "user_data_filters_routing_profiles",
)
"""Lens on :attr:`UserDataFilters.routing_profiles`."""


user_data_filters_agents = _rt.Lens[UserDataFilters, list[str] | None](
    lambda s: s.agents,
    lambda s, v: _dc.replace(s, agents=v),
    "user_data_filters_agents",
)
"""Lens on :attr:`UserDataFilters.agents`."""


user_data_filters_user_hierarchy_groups = _rt.Lens[UserDataFilters, list[str] | None](
    lambda s: s.user_hierarchy_groups,
    lambda s, v: _dc.replace(s, user_hierarchy_groups=v),
    "user_data_filters_user_hierarchy_groups",
)
"""Lens on :attr:`UserDataFilters.user_hierarchy_groups`."""
