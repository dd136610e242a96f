"""The SearchableRoutingCriteriaStep shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.searchable_agent_criteria_step import SearchableAgentCriteriaStep


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchableRoutingCriteriaStep:
    """Routing criteria of the contact to match on.

    Fields:

    - ``agent_criteria``: Agent matching the routing step of the routing criteria
    """

    agent_criteria: SearchableAgentCriteriaStep | None = None
    """Agent matching the routing step of the routing criteria"""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.agent_criteria
        if value is not None:
            path = prefix + "agent_criteria"
            if isinstance(value, SearchableAgentCriteriaStep):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected SearchableAgentCriteriaStep, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.agent_criteria is not None:
            result["AgentCriteria"] = self.agent_criteria.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchableRoutingCriteriaStep:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchableRoutingCriteriaStep")
        return cls(
            agent_criteria=(
                None
                if (value := data.get("AgentCriteria")) is None
                else SearchableAgentCriteriaStep.from_dict(
                    value, path=path + "AgentCriteria" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.agent_criteria is not None:
            data["AgentCriteria"] = self.agent_criteria._to_json()
        return data


def new_searchable_routing_criteria_step() -> SearchableRoutingCriteriaStep:
    """Create a :class:`SearchableRoutingCriteriaStep` with all optional fields omitted."""
    return SearchableRoutingCriteriaStep()


searchable_routing_criteria_step_agent_criteria = _rt.Lens[
    SearchableRoutingCriteriaStep, SearchableAgentCriteriaStep | None
](
    lambda s: s.agent_criteria,
    lambda s, v: _dc.replace(s, agent_criteria=v),
    "searchable_routing_criteria_step_agent_criteria",
)
"""Lens on :attr:`SearchableRoutingCriteriaStep.agent_criteria`."""
