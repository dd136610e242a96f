"""The RoutingCriteria shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.step import Step


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RoutingCriteria:
    """Latest routing criteria on the contact.

    Fields:

    - ``steps``: List of routing steps.
    - ``activation_timestamp``: The timestamp indicating when the routing criteria is set to active.
    - ``index``: Information about the index of the routing criteria.
    """

    steps: list[Step] | None = None
    """List of routing steps. When Connect Customer does not find an available
    agent meeting the requirements in a step for a given step duration, the
    routing criteria will move on to the next step sequentially until a join
    is completed with an agent. When all steps are exhausted, the contact
    will be offered to any agent in the queue.
    """

    activation_timestamp: _dt.datetime | None = None
    """The timestamp indicating when the routing criteria is set to active. A
    routing criteria is activated when contact is transferred to a queue.
    ActivationTimestamp will be set on routing criteria for contacts in
    agent queue even though Routing criteria is never activated for contacts
    in agent queue.
    """

    index: int | None = None
    """Information about the index of the routing criteria."""

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
                        if isinstance(v1, Step):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Step, got {type(v1).__name__}"
                            )
        value = self.activation_timestamp
        if value is not None:
            path = prefix + "activation_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.index
        if value is not None:
            path = prefix + "index"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.steps is not None:
            result["Steps"] = [v1.to_dict() for v1 in self.steps]
        if self.activation_timestamp is not None:
            result["ActivationTimestamp"] = self.activation_timestamp
        if self.index is not None:
            result["Index"] = self.index
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RoutingCriteria:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RoutingCriteria")
        return cls(
            steps=(
                None
                if (value := data.get("Steps")) is None
                else [
                    Step.from_dict(v1, path=path + "Steps" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Steps"))
                ]
            ),
            activation_timestamp=data.get("ActivationTimestamp"),
            index=data.get("Index"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> RoutingCriteria:
        draft = _RoutingCriteriaDraft()
        try:
            draft.steps = (
                None
                if (value := data.get("Steps")) is None
                else [
                    Step._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Steps")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Steps")
                    )
                    if v1 is not None
                ]
            )
            draft.activation_timestamp = (
                None
                if (value := data.get("ActivationTimestamp")) is None
                else _rt.parse_timestamp(value, "ActivationTimestamp")
            )
            draft.index = (
                None
                if (value := data.get("Index")) is None
                else (value if type(value) is int else _rt.expect_int(value, "Index"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RoutingCriteriaDraft:
    """A :class:`RoutingCriteria` being decoded (see ``_rt.seal``)."""

    __slots__ = ("steps", "activation_timestamp", "index")
    steps: list[Step] | None
    activation_timestamp: _dt.datetime | None
    index: int | None


def new_routing_criteria() -> RoutingCriteria:
    """Create a :class:`RoutingCriteria` with all optional fields omitted."""
    return RoutingCriteria()


routing_criteria_steps = _rt.Lens[RoutingCriteria, list[Step] | None](
    lambda s: s.steps,
    lambda s, v: _dc.replace(s, steps=v),
    "routing_criteria_steps",
)
"""Lens on :attr:`RoutingCriteria.steps`."""


routing_criteria_activation_timestamp = _rt.Lens[RoutingCriteria, _dt.datetime | None](
    lambda s: s.activation_timestamp,
    lambda s, v: _dc.replace(s, activation_timestamp=v),
    "routing_criteria_activation_timestamp",
)
"""Lens on :attr:`RoutingCriteria.activation_timestamp`."""


routing_criteria_index = _rt.Lens[RoutingCriteria, int | None](
    lambda s: s.index,
    lambda s, v: _dc.replace(s, index=v),
    "routing_criteria_index",
)
"""Lens on :attr:`RoutingCriteria.index`."""
