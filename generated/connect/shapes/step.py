"""The Step shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.expiry import Expiry
from ..shapes.expression import Expression

_ROUTING_CRITERIA_STEP_STATUS_VALUES = frozenset(
    (
        "ACTIVE",
        "INACTIVE",
        "JOINED",
        "EXPIRED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Step:
    """Step signifies the criteria to be used for routing to an agent

    Fields:

    - ``expiry``: An object to specify the expiration of a routing step.
    - ``expression``: A tagged union to specify expression for a routing step.
    - ``status``: Represents status of the Routing step.
    """

    expiry: Expiry | None = None
    """An object to specify the expiration of a routing step."""

    expression: Expression | None = None
    """A tagged union to specify expression for a routing step."""

    status: str | None = None
    """Represents status of the Routing step."""

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
            if isinstance(value, Expiry):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Expiry, got {type(value).__name__}")
        value = self.expression
        if value is not None:
            path = prefix + "expression"
            if isinstance(value, Expression):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected Expression, got {type(value).__name__}"
                )
        value = self.status
        if value is not None:
            path = prefix + "status"
            _rt.check_str(
                errors, path, value, enum=_ROUTING_CRITERIA_STEP_STATUS_VALUES
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.expiry is not None:
            result["Expiry"] = self.expiry.to_dict()
        if self.expression is not None:
            result["Expression"] = self.expression.to_dict()
        if self.status is not None:
            result["Status"] = self.status
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Step:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Step")
        return cls(
            expiry=(
                None
                if (value := data.get("Expiry")) is None
                else Expiry.from_dict(value, path=path + "Expiry" + ".")
            ),
            expression=(
                None
                if (value := data.get("Expression")) is None
                else Expression.from_dict(value, path=path + "Expression" + ".")
            ),
            status=data.get("Status"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Step:
        draft = _StepDraft()
        try:
            draft.expiry = (
                None
                if (value := data.get("Expiry")) is None
                else Expiry._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Expiry")
                    )
                )
            )
            draft.expression = (
                None
                if (value := data.get("Expression")) is None
                else Expression._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Expression")
                    )
                )
            )
            draft.status = (
                None
                if (value := data.get("Status")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Status"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _StepDraft:
    """A :class:`Step` being decoded (see ``_rt.seal``)."""

    __slots__ = ("expiry", "expression", "status")
    expiry: Expiry | None
    expression: Expression | None
    status: str | None


def new_step() -> Step:
    """Create a :class:`Step` with all optional fields omitted."""
    return Step()


step_expiry = _rt.Lens[Step, Expiry | None](
    lambda s: s.expiry,
    lambda s, v: _dc.replace(s, expiry=v),
    "step_expiry",
)
"""Lens on :attr:`Step.expiry`."""


step_expression = _rt.Lens[Step, Expression | None](
    lambda s: s.expression,
    lambda s, v: _dc.replace(s, expression=v),
    "step_expression",
)
"""Lens on :attr:`Step.expression`."""


step_status = _rt.Lens[Step, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "step_status",
)
"""Lens on :attr:`Step.status`."""
