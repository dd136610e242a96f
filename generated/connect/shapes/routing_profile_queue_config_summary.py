"""The RoutingProfileQueueConfigSummary shape."""

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
class RoutingProfileQueueConfigSummary:
    """Contains summary information about a routing profile queue.

    Fields:

    - ``queue_id``: The identifier for the queue.
    - ``queue_arn``: The Amazon Resource Name (ARN) of the queue.
    - ``queue_name``: The name of the queue.
    - ``priority``: The order in which contacts are to be handled for the queue.
    - ``delay``: The delay, in seconds, that a contact should be in the queue before they are routed to an available agent.
    - ``channel``: The channels this queue supports.
    """

    queue_id: str | None
    """The identifier for the queue."""

    queue_arn: str | None
    """The Amazon Resource Name (ARN) of the queue."""

    queue_name: str | None
    """The name of the queue."""

    priority: int | None
    """The order in which contacts are to be handled for the queue. For more
    information, see `Queues: priority and delay
    <https://docs.aws.amazon.com/connect/latest/adminguide/concepts-routing-profiles-priority.html>`__.
    """

    delay: int | None
    """The delay, in seconds, that a contact should be in the queue before they
    are routed to an available agent. For more information, see `Queues:
    priority and delay
    <https://docs.aws.amazon.com/connect/latest/adminguide/concepts-routing-profiles-priority.html>`__
    in the *Connect Customer Administrator Guide*.
    """

    channel: str | None
    """The channels this queue supports."""

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
        value = self.queue_arn
        if value is None:
            errors.append(prefix + "queue_arn: required but missing")
        else:
            path = prefix + "queue_arn"
            _rt.check_str(errors, path, value)
        value = self.queue_name
        if value is None:
            errors.append(prefix + "queue_name: required but missing")
        else:
            path = prefix + "queue_name"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
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
        value = self.channel
        if value is None:
            errors.append(prefix + "channel: required but missing")
        else:
            path = prefix + "channel"
            _rt.check_str(errors, path, value, enum=_CHANNEL_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.queue_id is not None:
            result["QueueId"] = self.queue_id
        if self.queue_arn is not None:
            result["QueueArn"] = self.queue_arn
        if self.queue_name is not None:
            result["QueueName"] = self.queue_name
        if self.priority is not None:
            result["Priority"] = self.priority
        if self.delay is not None:
            result["Delay"] = self.delay
        if self.channel is not None:
            result["Channel"] = self.channel
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RoutingProfileQueueConfigSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RoutingProfileQueueConfigSummary")
        return cls(
            queue_id=data.get("QueueId"),
            queue_arn=data.get("QueueArn"),
            queue_name=data.get("QueueName"),
            priority=data.get("Priority"),
            delay=data.get("Delay"),
            channel=data.get("Channel"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> RoutingProfileQueueConfigSummary:
        draft = _RoutingProfileQueueConfigSummaryDraft()
        try:
            draft.queue_id = (
                None
                if (value := data.get("QueueId")) is None
                else (value if type(value) is str else _rt.expect_str(value, "QueueId"))
            )
            draft.queue_arn = (
                None
                if (value := data.get("QueueArn")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "QueueArn")
                )
            )
            draft.queue_name = (
                None
                if (value := data.get("QueueName")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "QueueName")
                )
            )
            draft.priority = (
                None
                if (value := data.get("Priority")) is None
                else (
                    value if type(value) is int else _rt.expect_int(value, "Priority")
                )
            )
            draft.delay = (
                None
                if (value := data.get("Delay")) is None
                else (value if type(value) is int else _rt.expect_int(value, "Delay"))
            )
            draft.channel = (
                None
                if (value := data.get("Channel")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Channel"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RoutingProfileQueueConfigSummaryDraft:
    """A :class:`RoutingProfileQueueConfigSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("queue_id", "queue_arn", "queue_name", "priority", "delay", "channel")
    queue_id: str | None
    queue_arn: str | None
    queue_name: str | None
    priority: int | None
    delay: int | None
    channel: str | None


def new_routing_profile_queue_config_summary(
    queue_id: str,
    queue_arn: str,
    queue_name: str,
    priority: int,
    delay: int,
    channel: str,
) -> RoutingProfileQueueConfigSummary:
    """Create a :class:`RoutingProfileQueueConfigSummary` with all optional fields omitted."""
    return RoutingProfileQueueConfigSummary(
        queue_id=queue_id,
        queue_arn=queue_arn,
        queue_name=queue_name,
        priority=priority,
        delay=delay,
        channel=channel,
    )


routing_profile_queue_config_summary_queue_id = _rt.Lens[
    RoutingProfileQueueConfigSummary, str | None
](
    lambda s: s.queue_id,
    lambda s, v: _dc.replace(s, queue_id=v),
    "routing_profile_queue_config_summary_queue_id",
)
"""Lens on :attr:`RoutingProfileQueueConfigSummary.queue_id`."""


routing_profile_queue_config_summary_queue_arn = _rt.Lens[
    RoutingProfileQueueConfigSummary, str | None
](
    lambda s: s.queue_arn,
    lambda s, v: _dc.replace(s, queue_arn=v),
    "routing_profile_queue_config_summary_queue_arn",
)
"""Lens on :attr:`RoutingProfileQueueConfigSummary.queue_arn`."""


routing_profile_queue_config_summary_queue_name = _rt.Lens[
    RoutingProfileQueueConfigSummary, str | None
](
    lambda s: s.queue_name,
    lambda s, v: _dc.replace(s, queue_name=v),
    "routing_profile_queue_config_summary_queue_name",
)
"""Lens on :attr:`RoutingProfileQueueConfigSummary.queue_name`."""


routing_profile_queue_config_summary_priority = _rt.Lens[
    RoutingProfileQueueConfigSummary, int | None
](
    lambda s: s.priority,
    lambda s, v: _dc.replace(s, priority=v),
    "routing_profile_queue_config_summary_priority",
)
"""Lens on :attr:`RoutingProfileQueueConfigSummary.priority`."""


routing_profile_queue_config_summary_delay = _rt.Lens[
    RoutingProfileQueueConfigSummary, int | None
](
    lambda s: s.delay,
    lambda s, v: _dc.replace(s, delay=v),
    "routing_profile_queue_config_summary_delay",
)
"""Lens on :attr:`RoutingProfileQueueConfigSummary.delay`."""


routing_profile_queue_config_summary_channel = _rt.Lens[
    RoutingProfileQueueConfigSummary, str | None
](
    lambda s: s.channel,
    lambda s, v: _dc.replace(s, channel=v),
    "routing_profile_queue_config_summary_channel",
)
"""Lens on :attr:`RoutingProfileQueueConfigSummary.channel`."""
