"""The SearchableAgentCriteriaStep shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_SEARCH_CONTACTS_MATCH_TYPE_VALUES = frozenset(
    (
        "MATCH_ALL",
        "MATCH_ANY",
        "MATCH_EXACT",
        "MATCH_NONE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchableAgentCriteriaStep:
    """The agent criteria to search for preferred agents on the routing
    criteria.

    Fields:

    - ``agent_ids``: The identifiers of agents used in preferred agents matching.
    - ``match_type``: The match type combining multiple agent criteria steps.
    """

    agent_ids: list[str] | None = None
    """The identifiers of agents used in preferred agents matching."""

    match_type: str | None = None
    """The match type combining multiple agent criteria steps."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.agent_ids
        if value is not None:
            path = prefix + "agent_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 100)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=256)
        value = self.match_type
        if value is not None:
            path = prefix + "match_type"
            _rt.check_str(errors, path, value, enum=_SEARCH_CONTACTS_MATCH_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.agent_ids is not None:
            result["AgentIds"] = list(self.agent_ids)
        if self.match_type is not None:
            result["MatchType"] = self.match_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchableAgentCriteriaStep:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchableAgentCriteriaStep")
        return cls(
            agent_ids=(
                None
                if (value := data.get("AgentIds")) is None
                else list(_rt.expect_sequence(value, path + "AgentIds"))
            ),
            match_type=data.get("MatchType"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.agent_ids is not None:
            data["AgentIds"] = self.agent_ids
        if self.match_type is not None:
            data["MatchType"] = self.match_type
        return data


def new_searchable_agent_criteria_step() -> SearchableAgentCriteriaStep:
    """Create a :class:`SearchableAgentCriteriaStep` with all optional fields omitted."""
    return SearchableAgentCriteriaStep()


searchable_agent_criteria_step_agent_ids = _rt.Lens[
    SearchableAgentCriteriaStep, list[str] | None
](
    lambda s: s.agent_ids,
    lambda s, v: _dc.replace(s, agent_ids=v),
    "searchable_agent_criteria_step_agent_ids",
)
"""Lens on :attr:`SearchableAgentCriteriaStep.agent_ids`."""


searchable_agent_criteria_step_match_type = _rt.Lens[
    SearchableAgentCriteriaStep, str | None
](
    lambda s: s.match_type,
    lambda s, v: _dc.replace(s, match_type=v),
    "searchable_agent_criteria_step_match_type",
)
"""Lens on :attr:`SearchableAgentCriteriaStep.match_type`."""
