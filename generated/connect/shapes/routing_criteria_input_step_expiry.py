"""The RoutingCriteriaInputStepExpiry shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RoutingCriteriaInputStepExpiry:
    """Specify whether this routing criteria step should apply for only a
    limited amount of time, or if it should never expire.

    Fields:

    - ``duration_in_seconds``: The number of seconds that the contact will be routed only to agents matching this routing step, if expiry was configured for this routing step.
    """

    duration_in_seconds: int | None = None
    """The number of seconds that the contact will be routed only to agents
    matching this routing step, if expiry was configured for this routing
    step.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.duration_in_seconds
        if value is not None:
            path = prefix + "duration_in_seconds"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.duration_in_seconds is not None:
            result["DurationInSeconds"] = self.duration_in_seconds
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RoutingCriteriaInputStepExpiry:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RoutingCriteriaInputStepExpiry")
        return cls(
            duration_in_seconds=data.get("DurationInSeconds"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.duration_in_seconds is not None:
            data["DurationInSeconds"] = self.duration_in_seconds
        return data


def new_routing_criteria_input_step_expiry() -> RoutingCriteriaInputStepExpiry:
    """Create a :class:`RoutingCriteriaInputStepExpiry` with all optional fields omitted."""
    return RoutingCriteriaInputStepExpiry()


routing_criteria_input_step_expiry_duration_in_seconds = _rt.Lens[
    RoutingCriteriaInputStepExpiry, int | None
](
    lambda s: s.duration_in_seconds,
    lambda s, v: _dc.replace(s, duration_in_seconds=v),
    "routing_criteria_input_step_expiry_duration_in_seconds",
)
"""Lens on :attr:`RoutingCriteriaInputStepExpiry.duration_in_seconds`."""
