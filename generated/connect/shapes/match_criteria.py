"""The MatchCriteria shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.agents_criteria import AgentsCriteria


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class MatchCriteria:
    """An object to define AgentsCriteria.

    Fields:

    - ``agents_criteria``: An object to define agentIds.
    """

    agents_criteria: AgentsCriteria | None = None
    """An object to define agentIds."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.agents_criteria
        if value is not None:
            path = prefix + "agents_criteria"
            if isinstance(value, AgentsCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AgentsCriteria, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.agents_criteria is not None:
            result["AgentsCriteria"] = self.agents_criteria.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> MatchCriteria:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "MatchCriteria")
        return cls(
            agents_criteria=(
                None
                if (value := data.get("AgentsCriteria")) is None
                else AgentsCriteria.from_dict(value, path=path + "AgentsCriteria" + ".")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.agents_criteria is not None:
            data["AgentsCriteria"] = self.agents_criteria._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> MatchCriteria:
        draft = _MatchCriteriaDraft()
        try:
            draft.agents_criteria = (
                None
                if (value := data.get("AgentsCriteria")) is None
                else AgentsCriteria._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AgentsCriteria")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _MatchCriteriaDraft:
    """A :class:`MatchCriteria` being decoded (see ``_rt.seal``)."""

    __slots__ = ("agents_criteria",)
    agents_criteria: AgentsCriteria | None


def new_match_criteria() -> MatchCriteria:
    """Create a :class:`MatchCriteria` with all optional fields omitted."""
    return MatchCriteria()


match_criteria_agents_criteria = _rt.Lens[MatchCriteria, AgentsCriteria | None](
    lambda s: s.agents_criteria,
    lambda s, v: _dc.replace(s, agents_criteria=v),
    "match_criteria_agents_criteria",
)
"""Lens on :attr:`MatchCriteria.agents_criteria`."""
