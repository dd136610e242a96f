"""The RoutingCriteriaInput shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.routing_criteria_input_step import RoutingCriteriaInputStep


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RoutingCriteriaInput:
    """An object to define the RoutingCriteria.

    Fields:

    - ``steps``: When Connect Customer does not find an available agent meeting the requirements in a step for a given step duration, the routing criteria will move on to the next step sequentially until a join is completed with an agent.
    """

    steps: list[RoutingCriteriaInputStep] | None = None
    """When Connect Customer does not find an available agent meeting the
    requirements in a step for a given step duration, the routing criteria
    will move on to the next step sequentially until a join is completed
    with an agent. When all steps are exhausted, the contact will be offered
    to any agent in the queue.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.steps
        if value is not None:
            path = prefix + "steps"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, RoutingCriteriaInputStep):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RoutingCriteriaInputStep, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.steps is not None:
            result["Steps"] = [v1.to_dict() for v1 in self.steps]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RoutingCriteriaInput:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RoutingCriteriaInput")
        return cls(
            steps=(
                None
                if (value := data.get("Steps")) is None
                else [
                    RoutingCriteriaInputStep.from_dict(
                        v1, path=path + "Steps" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Steps"))
                ]
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.steps is not None:
            data["Steps"] = [v1._to_json() for v1 in self.steps]
        return data


def new_routing_criteria_input() -> RoutingCriteriaInput:
    """Create a :class:`RoutingCriteriaInput` with all optional fields omitted."""
    return RoutingCriteriaInput()


routing_criteria_input_steps = _rt.Lens[
    RoutingCriteriaInput, list[RoutingCriteriaInputStep] | None
](
    lambda s: s.steps,
    lambda s, v: _dc.replace(s, steps=v),
    "routing_criteria_input_steps",
)
"""Lens on :attr:`RoutingCriteriaInput.steps`."""
