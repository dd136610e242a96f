"""The RoutingProfileQueueReference shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_CHANNEL_VALUES = frozenset(
    (
        "VOICE",
        "CHAT",
        "TASK",
        "EMAIL",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RoutingProfileQueueReference:
    """Contains the channel and queue identifier for a routing profile.

    Fields:

    - ``queue_id``: The identifier for the queue.
    - ``channel``: The channels agents can handle in the Contact Control Panel (CCP) for this routing profile.
    """

    queue_id: str
    """The identifier for the queue."""

    channel: str
    """The channels agents can handle in the Contact Control Panel (CCP) for
    this routing profile.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.queue_id
        if value is None:
            errors.append(prefix + "queue_id: required but missing")
        else:
            path = prefix + "queue_id"
            _rt.check_str(errors, path, value)
        value = self.channel
        if value is None:
            errors.append(prefix + "channel: required but missing")
        else:
            path = prefix + "channel"
            _rt.check_str(errors, path, value, enum=_CHANNEL_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["QueueId"] = self.queue_id
        result["Channel"] = self.channel
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RoutingProfileQueueReference:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RoutingProfileQueueReference")
        return cls(
            queue_id=_rt.required(data, "QueueId", path),
            channel=_rt.required(data, "Channel", path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["QueueId"] = self.queue_id
        data["Channel"] = self.channel
        return data


def new_routing_profile_queue_reference(
    queue_id: str,
    channel: str,
) -> RoutingProfileQueueReference:
    """Create a :class:`RoutingProfileQueueReference` with all optional fields omitted."""
    return RoutingProfileQueueReference(
        queue_id=queue_id,
        channel=channel,
    )


routing_profile_queue_reference_queue_id = _rt.Lens[RoutingProfileQueueReference, str](
    lambda s: s.queue_id,
    lambda s, v: _dc.replace(s, queue_id=v),
    "routing_profile_queue_reference_queue_id",
)
"""Lens on :attr:`RoutingProfileQueueReference.queue_id`."""


routing_profile_queue_reference_channel = _rt.Lens[RoutingProfileQueueReference, str](
    lambda s: s.channel,
    lambda s, v: _dc.replace(s, channel=v),
    "routing_profile_queue_reference_channel",
)
"""Lens on :attr:`RoutingProfileQueueReference.channel`."""
