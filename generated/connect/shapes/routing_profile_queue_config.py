"""The RoutingProfileQueueConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.routing_profile_queue_reference import RoutingProfileQueueReference


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RoutingProfileQueueConfig:
    """Contains information about the queue and channel for which priority and
    delay can be set.

    Fields:

    - ``queue_reference``: Contains information about a queue resource.
    - ``priority``: The order in which contacts are to be handled for the queue.
    - ``delay``: The delay, in seconds, a contact should be in the queue before they are routed to an available agent.
    """

    queue_reference: RoutingProfileQueueReference
    """Contains information about a queue resource."""

    priority: int
    """The order in which contacts are to be handled for the queue. For more
    information, see `Queues: priority and delay
    <https://docs.aws.amazon.com/connect/latest/adminguide/concepts-routing-profiles-priority.html>`__.
    """

    delay: int
    """The delay, in seconds, a contact should be in the queue before they are
    routed to an available agent. For more information, see `Queues:
    priority and delay
    <https://docs.aws.amazon.com/connect/latest/adminguide/concepts-routing-profiles-priority.html>`__
    in the *Connect Customer Administrator Guide*.
    """

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
        value = self.priority
        if value is None:
            errors.append(prefix + "priority: required but missing")
        else:
            path = prefix + "priority"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=99)
        value = self.delay
        if value is None:
            errors.append(prefix + "delay: required but missing")
        else:
            path = prefix + "delay"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=9999)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["QueueReference"] = self.queue_reference.to_dict()
        result["Priority"] = self.priority
        result["Delay"] = self.delay
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RoutingProfileQueueConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RoutingProfileQueueConfig")
        return cls(
            queue_reference=RoutingProfileQueueReference.from_dict(
                _rt.required(data, "QueueReference", path),
                path=path + "QueueReference" + ".",
            ),
            priority=_rt.required(data, "Priority", path),
            delay=_rt.required(data, "Delay", path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["QueueReference"] = self.queue_reference._to_json()
        data["Priority"] = self.priority
        data["Delay"] = self.delay
        return data


def new_routing_profile_queue_config(
    queue_reference: RoutingProfileQueueReference,
    priority: int,
    delay: int,
) -> RoutingProfileQueueConfig:
    """Create a :class:`RoutingProfileQueueConfig` with all optional fields omitted."""
    return RoutingProfileQueueConfig(
        queue_reference=queue_reference,
        priority=priority,
        delay=delay,
    )


routing_profile_queue_config_queue_reference = _rt.Lens[
    RoutingProfileQueueConfig, RoutingProfileQueueReference
](
    lambda s: s.queue_reference,
    lambda s, v: _dc.replace(s, queue_reference=v),
    "routing_profile_queue_config_queue_reference",
)
"""Lens on :attr:`RoutingProfileQueueConfig.queue_reference`."""


routing_profile_queue_config_priority = _rt.Lens[RoutingProfileQueueConfig, int](
    lambda s: s.priority,
    lambda s, v: _dc.replace(s, priority=v),
    "routing_profile_queue_config_priority",
)
"""Lens on :attr:`RoutingProfileQueueConfig.priority`."""


routing_profile_queue_config_delay = _rt.Lens[RoutingProfileQueueConfig, int](
    lambda s: s.delay,
    lambda s, v: _dc.replace(s, delay=v),
    "routing_profile_queue_config_delay",
)
"""Lens on :attr:`RoutingProfileQueueConfig.delay`."""
