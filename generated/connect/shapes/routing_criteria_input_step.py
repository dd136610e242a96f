"""The RoutingCriteriaInputStep shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.expression import Expression
from ..shapes.routing_criteria_input_step_expiry import RoutingCriteriaInputStepExpiry


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RoutingCriteriaInputStep:
    """Step defines the list of agents to be routed or route based on the agent
    requirements such as ProficiencyLevel, Name, or Value.

    Fields:

    - ``expiry``: An object to specify the expiration of a routing step.
    - ``expression``: A tagged union to specify expression for a routing step.
    """

    expiry: RoutingCriteriaInputStepExpiry | None = None
    """An object to specify the expiration of a routing step."""

    expression: Expression | None = None
    """A tagged union to specify expression for a routing step."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.expiry
        if value is not None:
            path = prefix + "expiry"
            if isinstance(value, RoutingCriteriaInputStepExpiry):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RoutingCriteriaInputStepExpiry, got {type(value).__name__}"
                )
        value = self.expression
        if value is not None:
            path = prefix + "expression"
            if isinstance(value, Expression):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected Expression, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.expiry is not None:
            result["Expiry"] = self.expiry.to_dict()
        if self.expression is not None:
            result["Expression"] = self.expression.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RoutingCriteriaInputStep:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RoutingCriteriaInputStep")
        return cls(
            expiry=(
                None
                if (value := data.get("Expiry")) is None
                else RoutingCriteriaInputStepExpiry.from_dict(
                    value, path=path + "Expiry" + "."
                )
            ),
            expression=(
                None
                if (value := data.get("Expression")) is None
                else Expression.from_dict(value, path=path + "Expression" + ".")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.expiry is not None:
            data["Expiry"] = self.expiry._to_json()
        if self.expression is not None:
            data["Expression"] = self.expression._to_json()
        return data


def new_routing_criteria_input_step() -> RoutingCriteriaInputStep:
    """Create a :class:`RoutingCriteriaInputStep` with all optional fields omitted."""
    return RoutingCriteriaInputStep()


routing_criteria_input_step_expiry = _rt.Lens[
    RoutingCriteriaInputStep, RoutingCriteriaInputStepExpiry | None
](
    lambda s: s.expiry,
    lambda s, v: _dc.replace(s, expiry=v),
    "routing_criteria_input_step_expiry",
)
"""Lens on :attr:`RoutingCriteriaInputStep.expiry`."""


routing_criteria_input_step_expression = _rt.Lens[
    RoutingCriteriaInputStep, Expression | None
](
    lambda s: s.expression,
    lambda s, v: _dc.replace(s, expression=v),
    "routing_criteria_input_step_expression",
)
"""Lens on :attr:`RoutingCriteriaInputStep.expression`."""
