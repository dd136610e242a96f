"""The AgentsCriteria shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AgentsCriteria:
    """Can be used to define a list of preferred agents to target the contact
    to within the queue. Note that agents must have the queue in their
    routing profile in order to be offered the contact.

    Fields:

    - ``agent_ids``: An object to specify a list of agents, by user ID.
    """

    agent_ids: list[str] | None = None
    """An object to specify a list of agents, by user ID."""

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
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=None, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.agent_ids is not None:
            result["AgentIds"] = list(self.agent_ids)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AgentsCriteria:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AgentsCriteria")
        return cls(
            agent_ids=(
                None
                if (value := data.get("AgentIds")) is None
                else list(_rt.expect_sequence(value, path + "AgentIds"))
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.agent_ids is not None:
            data["AgentIds"] = self.agent_ids
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AgentsCriteria:
        draft = _AgentsCriteriaDraft()
        try:
            draft.agent_ids = (
                None
                if (value := data.get("AgentIds")) is None
                else [
                    (v1 if type(v1) is str else _rt.expect_str(v1, "AgentIds"))
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "AgentIds")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AgentsCriteriaDraft:
    """A :class:`AgentsCriteria` being decoded (see ``_rt.seal``)."""

    __slots__ = ("agent_ids",)
    agent_ids: list[str] | None


def new_agents_criteria() -> AgentsCriteria:
    """Create a :class:`AgentsCriteria` with all optional fields omitted."""
    return AgentsCriteria()


agents_criteria_agent_ids = _rt.Lens[AgentsCriteria, list[str] | None](
    lambda s: s.agent_ids,
    lambda s, v: _dc.replace(s, agent_ids=v),
    "agents_criteria_agent_ids",
)
"""Lens on :attr:`AgentsCriteria.agent_ids`."""
