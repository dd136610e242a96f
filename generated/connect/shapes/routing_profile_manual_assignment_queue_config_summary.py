"""The RoutingProfileManualAssignmentQueueConfigSummary shape."""

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
class RoutingProfileManualAssignmentQueueConfigSummary:
    """Contains summary information about a routing profile manual assignment
    queue.

    Fields:

    - ``queue_id``: The identifier for the queue.
    - ``queue_arn``: The Amazon Resource Name (ARN) of the queue.
    - ``queue_name``: The name of the queue.
    - ``channel``: The channels this queue supports.
    """

    queue_id: str | None
    """The identifier for the queue."""

    queue_arn: str | None
    """The Amazon Resource Name (ARN) of the queue."""

    queue_name: str | None
    """The name of the queue."""

    channel: str | None
    """The channels this queue supports. Valid Values: CHAT | TASK | EMAIL

    .. important::

       VOICE is not supported. The information shown below is incorrect.
       We're working to correct it.
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
        if self.channel is not None:
            result["Channel"] = self.channel
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RoutingProfileManualAssignmentQueueConfigSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "RoutingProfileManualAssignmentQueueConfigSummary"
        )
        return cls(
            queue_id=data.get("QueueId"),
            queue_arn=data.get("QueueArn"),
            queue_name=data.get("QueueName"),
            channel=data.get("Channel"),
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> RoutingProfileManualAssignmentQueueConfigSummary:
        draft = _RoutingProfileManualAssignmentQueueConfigSummaryDraft()
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
            draft.channel = (
                None
                if (value := data.get("Channel")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Channel"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RoutingProfileManualAssignmentQueueConfigSummaryDraft:
    """A :class:`RoutingProfileManualAssignmentQueueConfigSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("queue_id", "queue_arn", "queue_name", "channel")
    queue_id: str | None
    queue_arn: str | None
    queue_name: str | None
    channel: str | None


def new_routing_profile_manual_assignment_queue_config_summary(
    queue_id: str,
    queue_arn: str,
    queue_name: str,
    channel: str,
) -> RoutingProfileManualAssignmentQueueConfigSummary:
    """Create a :class:`RoutingProfileManualAssignmentQueueConfigSummary` with all optional fields omitted."""
    return RoutingProfileManualAssignmentQueueConfigSummary(
        queue_id=queue_id,
        queue_arn=queue_arn,
        queue_name=queue_name,
        channel=channel,
    )


routing_profile_manual_assignment_queue_config_summary_queue_id = _rt.Lens[
    RoutingProfileManualAssignmentQueueConfigSummary, str | None
](
    lambda s: s.queue_id,
    lambda s, v: _dc.replace(s, queue_id=v),
    "routing_profile_manual_assignment_queue_config_summary_queue_id",
)
"""Lens on :attr:`RoutingProfileManualAssignmentQueueConfigSummary.queue_id`."""


routing_profile_manual_assignment_queue_config_summary_queue_arn = _rt.Lens[
    RoutingProfileManualAssignmentQueueConfigSummary, str | None
](
    lambda s: s.queue_arn,
    lambda s, v: _dc.replace(s, queue_arn=v),
    "routing_profile_manual_assignment_queue_config_summary_queue_arn",
)
"""Lens on :attr:`RoutingProfileManualAssignmentQueueConfigSummary.queue_arn`."""


routing_profile_manual_assignment_queue_config_summary_queue_name = _rt.Lens[
    RoutingProfileManualAssignmentQueueConfigSummary, str | None
](
    lambda s: s.queue_name,
    lambda s, v: _dc.replace(s, queue_name=v),
    "routing_profile_manual_assignment_queue_config_summary_queue_name",
)
"""Lens on :attr:`RoutingProfileManualAssignmentQueueConfigSummary.queue_name`."""


routing_profile_manual_assignment_queue_config_summary_channel = _rt.Lens[
    RoutingProfileManualAssignmentQueueConfigSummary, str | None
](
    lambda s: s.channel,
    lambda s, v: _dc.replace(s, channel=v),
    "routing_profile_manual_assignment_queue_config_summary_channel",
)
"""Lens on :attr:`RoutingProfileManualAssignmentQueueConfigSummary.channel`."""
