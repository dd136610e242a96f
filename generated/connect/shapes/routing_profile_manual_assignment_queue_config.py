"""The RoutingProfileManualAssignmentQueueConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.routing_profile_queue_reference import RoutingProfileQueueReference


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RoutingProfileManualAssignmentQueueConfig:
    """Contains information about the queue and channel for manual assignment
    behaviour can be enabled.

    Fields:

    - ``queue_reference``: Contains the channel and queue identifier for a routing profile.
    """

    queue_reference: RoutingProfileQueueReference
    """Contains the channel and queue identifier for a routing profile."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.queue_reference
        if value is None:
            errors.append(prefix + "queue_reference: required but missing")
        else:
            path = prefix + "queue_reference"
            if isinstance(value, RoutingProfileQueueReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RoutingProfileQueueReference, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["QueueReference"] = self.queue_reference.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RoutingProfileManualAssignmentQueueConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "RoutingProfileManualAssignmentQueueConfig"
        )
        return cls(
            queue_reference=RoutingProfileQueueReference.from_dict(
                _rt.required(data, "QueueReference", path),
                path=path + "QueueReference" + ".",
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["QueueReference"] = self.queue_reference._to_json()
        return data


def new_routing_profile_manual_assignment_queue_config(
    queue_reference: RoutingProfileQueueReference,
) -> RoutingProfileManualAssignmentQueueConfig:
    """Create a :class:`RoutingProfileManualAssignmentQueueConfig` with all optional fields omitted."""
    return RoutingProfileManualAssignmentQueueConfig(
        queue_reference=queue_reference,
    )


routing_profile_manual_assignment_queue_config_queue_reference = _rt.Lens[
    RoutingProfileManualAssignmentQueueConfig, RoutingProfileQueueReference
](
    lambda s: s.queue_reference,
    lambda s, v: _dc.replace(s, queue_reference=v),
    "routing_profile_manual_assignment_queue_config_queue_reference",
)
"""Lens on :attr:`RoutingProfileManualAssignmentQueueConfig.queue_reference`."""
