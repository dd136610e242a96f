"""The Dimensions shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.agent_status_identifier import AgentStatusIdentifier
from ..shapes.queue_reference import QueueReference
from ..shapes.routing_profile_reference import RoutingProfileReference

_CHANNEL_VALUES = frozenset(
    (
        "VOICE",
        "CHAT",
        "TASK",
        "EMAIL",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Dimensions:
    """Contains information about the dimensions for a set of metrics.

    Fields:

    - ``queue``: Information about the queue for which metrics are returned.
    - ``channel``: The channel used for grouping and filters.
    - ``routing_profile``: Information about the routing profile assigned to the user.
    - ``routing_step_expression``: The expression of a step in a routing criteria.
    - ``agent_status``: Information about the agent status assigned to the user.
    - ``subtype``: The subtype of the channel used for the contact.
    - ``validation_test_type``: The testing and simulation type
    """

    queue: QueueReference | None = None
    """Information about the queue for which metrics are returned."""

    channel: str | None = None
    """The channel used for grouping and filters."""

    routing_profile: RoutingProfileReference | None = None
    """Information about the routing profile assigned to the user."""

    routing_step_expression: str | None = None
    """The expression of a step in a routing criteria."""

    agent_status: AgentStatusIdentifier | None = None
    """Information about the agent status assigned to the user."""

    subtype: str | None = None
    """The subtype of the channel used for the contact."""

    validation_test_type: str | None = None
    """The testing and simulation type"""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.queue
        if value is not None:
            path = prefix + "queue"
            if isinstance(value, QueueReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected QueueReference, got {type(value).__name__}"
                )
        value = self.channel
        if value is not None:
            path = prefix + "channel"
            _rt.check_str(errors, path, value, enum=_CHANNEL_VALUES)
        value = self.routing_profile
        if value is not None:
            path = prefix + "routing_profile"
            if isinstance(value, RoutingProfileReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RoutingProfileReference, got {type(value).__name__}"
                )
        value = self.routing_step_expression
        if value is not None:
            path = prefix + "routing_step_expression"
            _rt.check_str(errors, path, value, min_len=1, max_len=3000)
        value = self.agent_status
        if value is not None:
            path = prefix + "agent_status"
            if isinstance(value, AgentStatusIdentifier):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AgentStatusIdentifier, got {type(value).__name__}"
                )
        value = self.subtype
        if value is not None:
            path = prefix + "subtype"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.validation_test_type
        if value is not None:
            path = prefix + "validation_test_type"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.queue is not None:
            result["Queue"] = self.queue.to_dict()
        if self.channel is not None:
            result["Channel"] = self.channel
        if self.routing_profile is not None:
            result["RoutingProfile"] = self.routing_profile.to_dict()
        if self.routing_step_expression is not None:
            result["RoutingStepExpression"] = self.routing_step_expression
        if self.agent_status is not None:
            result["AgentStatus"] = self.agent_status.to_dict()
        if self.subtype is not None:
            result["Subtype"] = self.subtype
        if self.validation_test_type is not None:
            result["ValidationTestType"] = self.validation_test_type
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Dimensions:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Dimensions")
        return cls(
            queue=(
                None
                if (value := data.get("Queue")) is None
                else QueueReference.from_dict(value, path=path + "Queue" + ".")
            ),
            channel=data.get("Channel"),
            routing_profile=(
                None
                if (value := data.get("RoutingProfile")) is None
                else RoutingProfileReference.from_dict(
                    value, path=path + "RoutingProfile" + "."
                )
            ),
            routing_step_expression=data.get("RoutingStepExpression"),
            agent_status=(
                None
                if (value := data.get("AgentStatus")) is None
                else AgentStatusIdentifier.from_dict(
                    value, path=path + "AgentStatus" + "."
                )
            ),
            subtype=data.get("Subtype"),
            validation_test_type=data.get("ValidationTestType"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Dimensions:
        draft = _DimensionsDraft()
        try:
            draft.queue = (
                None
                if (value := data.get("Queue")) is None
                else QueueReference._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Queue")
                    )
                )
            )
            draft.channel = (
                None
                if (value := data.get("Channel")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Channel"))
            )
            draft.routing_profile = (
                None
                if (value := data.get("RoutingProfile")) is None
                else RoutingProfileReference._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "RoutingProfile")
                    )
                )
            )
            draft.routing_step_expression = (
                None
                if (value := data.get("RoutingStepExpression")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "RoutingStepExpression")
                )
            )
            draft.agent_status = (
                None
                if (value := data.get("AgentStatus")) is None
                else AgentStatusIdentifier._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AgentStatus")
                    )
                )
            )
            draft.subtype = (
                None
                if (value := data.get("Subtype")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Subtype"))
            )
            draft.validation_test_type = (
                None
                if (value := data.get("ValidationTestType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ValidationTestType")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _DimensionsDraft:
    """A :class:`Dimensions` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "queue",
        "channel",
        "routing_profile",
        "routing_step_expression",
        "agent_status",
        "subtype",
        "validation_test_type",
    )
    queue: QueueReference | None
    channel: str | None
    routing_profile: RoutingProfileReference | None
    routing_step_expression: str | None
    agent_status: AgentStatusIdentifier | None
    subtype: str | None
    validation_test_type: str | None


def new_dimensions() -> Dimensions:
    """Create a :class:`Dimensions` with all optional fields omitted."""
    return Dimensions()


dimensions_queue = _rt.Lens[Dimensions, QueueReference | None](
    lambda s: s.queue,
    lambda s, v: _dc.replace(s, queue=v),
    "dimensions_queue",
)
"""Lens on :attr:`Dimensions.queue`."""


dimensions_channel = _rt.Lens[Dimensions, str | None](
    lambda s: s.channel,
    lambda s, v: _dc.replace(s, channel=v),
    "dimensions_channel",
)
"""Lens on :attr:`Dimensions.channel`."""


dimensions_routing_profile = _rt.Lens[Dimensions, RoutingProfileReference | None](
    lambda s: s.routing_profile,
    lambda s, v: _dc.replace(s, routing_profile=v),
    "dimensions_routing_profile",
)
"""Lens on :attr:`Dimensions.routing_profile`."""


dimensions_routing_step_expression = _rt.Lens[Dimensions, str | None](
    lambda s: s.routing_step_expression,
    lambda s, v: _dc.replace(s, routing_step_expression=v),
    "dimensions_routing_step_expression",
)
"""Lens on :attr:`Dimensions.routing_step_expression`."""


dimensions_agent_status = _rt.Lens[Dimensions, AgentStatusIdentifier | None](
    lambda s: s.agent_status,
    lambda s, v: _dc.replace(s, agent_status=v),
    "dimensions_agent_status",
)
"""Lens on :attr:`Dimensions.agent_status`."""


dimensions_subtype = _rt.Lens[Dimensions, str | None](
    lambda s: s.subtype,
    lambda s, v: _dc.replace(s, subtype=v),
    "dimensions_subtype",
)
"""Lens on :attr:`Dimensions.subtype`."""


dimensions_validation_test_type = _rt.Lens[Dimensions, str | None](
    lambda s: s.validation_test_type,
    lambda s, v: _dc.replace(s, validation_test_type=v),
    "dimensions_validation_test_type",
)
"""Lens on :attr:`Dimensions.validation_test_type`."""
