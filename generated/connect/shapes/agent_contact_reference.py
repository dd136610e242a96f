"""The AgentContactReference shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.queue_reference import QueueReference

_CHANNEL_VALUES = frozenset(
    (
        "VOICE",
        "CHAT",
        "TASK",
        "EMAIL",
    )
)
_CONTACT_INITIATION_METHOD_VALUES = frozenset(
    (
        "INBOUND",
        "OUTBOUND",
        "TRANSFER",
        "QUEUE_TRANSFER",
        "CALLBACK",
        "API",
        "DISCONNECT",
        "MONITOR",
        "EXTERNAL_OUTBOUND",
        "WEBRTC_API",
        "AGENT_REPLY",
        "FLOW",
    )
)
_CONTACT_STATE_VALUES = frozenset(
    (
        "INCOMING",
        "PENDING",
        "CONNECTING",
        "CONNECTED",
        "CONNECTED_ONHOLD",
        "MISSED",
        "ERROR",
        "ENDED",
        "REJECTED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AgentContactReference:
    """Information about the `contact
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_Contact.html>`__
    associated to the user.

    Fields:

    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``channel``: The channel of the contact.
    - ``initiation_method``: How the contact was initiated.
    - ``agent_contact_state``: The `state of the contact <https://docs.aws.amazon.com/connect/latest/adminguide/about-contact-states.html>`__.
    - ``state_start_timestamp``: The epoch timestamp when the contact state started.
    - ``connected_to_agent_timestamp``: The time at which the contact was connected to an agent.
    - ``queue``: Contains information about a queue resource for which metrics are returned.
    """

    contact_id: str | None = None
    """The identifier of the contact in this instance of Connect Customer."""

    channel: str | None = None
    """The channel of the contact."""

    initiation_method: str | None = None
    """How the contact was initiated."""

    agent_contact_state: str | None = None
    """The `state of the contact
    <https://docs.aws.amazon.com/connect/latest/adminguide/about-contact-states.html>`__.

    .. note::

       When ``AgentContactState`` is set to ``CONNECTED_ONHOLD``,
       ``StateStartTimestamp`` is not changed. Instead,
       ``StateStartTimestamp`` reflects the time the contact was
       ``CONNECTED`` to the agent.
    """

    state_start_timestamp: _dt.datetime | None = None
    """The epoch timestamp when the contact state started."""

    connected_to_agent_timestamp: _dt.datetime | None = None
    """The time at which the contact was connected to an agent."""

    queue: QueueReference | None = None
    """Contains information about a queue resource for which metrics are
    returned.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_id
        if value is not None:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.channel
        if value is not None:
            path = prefix + "channel"
            _rt.check_str(errors, path, value, enum=_CHANNEL_VALUES)
        value = self.initiation_method
        if value is not None:
            path = prefix + "initiation_method"
            _rt.check_str(errors, path, value, enum=_CONTACT_INITIATION_METHOD_VALUES)
        value = self.agent_contact_state
        if value is not None:
            path = prefix + "agent_contact_state"
            _rt.check_str(errors, path, value, enum=_CONTACT_STATE_VALUES)
        value = self.state_start_timestamp
        if value is not None:
            path = prefix + "state_start_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.connected_to_agent_timestamp
        if value is not None:
            path = prefix + "connected_to_agent_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.queue
        if value is not None:
            path = prefix + "queue"
            if isinstance(value, QueueReference):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected QueueReference, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.contact_id is not None:
            result["ContactId"] = self.contact_id
        if self.channel is not None:
            result["Channel"] = self.channel
        if self.initiation_method is not None:
            result["InitiationMethod"] = self.initiation_method
        if self.agent_contact_state is not None:
            result["AgentContactState"] = self.agent_contact_state
        if self.state_start_timestamp is not None:
            result["StateStartTimestamp"] = self.state_start_timestamp
        if self.connected_to_agent_timestamp is not None:
            result["ConnectedToAgentTimestamp"] = self.connected_to_agent_timestamp
        if self.queue is not None:
            result["Queue"] = self.queue.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AgentContactReference:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AgentContactReference")
        return cls(
            contact_id=data.get("ContactId"),
            channel=data.get("Channel"),
            initiation_method=data.get("InitiationMethod"),
            agent_contact_state=data.get("AgentContactState"),
            state_start_timestamp=data.get("StateStartTimestamp"),
            connected_to_agent_timestamp=data.get("ConnectedToAgentTimestamp"),
            queue=(
                None
                if (value := data.get("Queue")) is None
                else QueueReference.from_dict(value, path=path + "Queue" + ".")
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AgentContactReference:
        draft = _AgentContactReferenceDraft()
        try:
            draft.contact_id = (
                None
                if (value := data.get("ContactId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ContactId")
                )
            )
            draft.channel = (
                None
                if (value := data.get("Channel")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Channel"))
            )
            draft.initiation_method = (
                None
                if (value := data.get("InitiationMethod")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "InitiationMethod")
                )
            )
            draft.agent_contact_state = (
                None
                if (value := data.get("AgentContactState")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AgentContactState")
                )
            )
            draft.state_start_timestamp = (
                None
                if (value := data.get("StateStartTimestamp")) is None
                else _rt.parse_timestamp(value, "StateStartTimestamp")
            )
            draft.connected_to_agent_timestamp = (
                None
                if (value := data.get("ConnectedToAgentTimestamp")) is None
                else _rt.parse_timestamp(value, "ConnectedToAgentTimestamp")
            )
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
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AgentContactReferenceDraft:
    """A :class:`AgentContactReference` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "contact_id",
        "channel",
        "initiation_method",
        "agent_contact_state",
        "state_start_timestamp",
        "connected_to_agent_timestamp",
        "queue",
    )
    contact_id: str | None
    channel: str | None
    initiation_method: str | None
    agent_contact_state: str | None
    state_start_timestamp: _dt.datetime | None
    connected_to_agent_timestamp: _dt.datetime | None
    queue: QueueReference | None


def new_agent_contact_reference() -> AgentContactReference:
    """Create a :class:`AgentContactReference` with all optional fields omitted."""
    return AgentContactReference()


agent_contact_reference_contact_id = _rt.Lens[AgentContactReference, str | None](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "agent_contact_reference_contact_id",
)
"""Lens on :attr:`AgentContactReference.contact_id`."""


agent_contact_reference_channel = _rt.Lens[AgentContactReference, str | None](
    lambda s: s.channel,
    lambda s, v: _dc.replace(s, channel=v),
    "agent_contact_reference_channel",
)
"""Lens on :attr:`AgentContactReference.channel`."""


agent_contact_reference_initiation_method = _rt.Lens[AgentContactReference, str | None](
    lambda s: s.initiation_method,
    lambda s, v: _dc.replace(s, initiation_method=v),
    "agent_contact_reference_initiation_method",
)
"""Lens on :attr:`AgentContactReference.initiation_method`."""


agent_contact_reference_agent_contact_state = _rt.Lens[
    AgentContactReference, str | None
](
    lambda s: s.agent_contact_state,
    lambda s, v: _dc.replace(s, agent_contact_state=v),
    "agent_contact_reference_agent_contact_state",
)
"""Lens on :attr:`AgentContactReference.agent_contact_state`."""


agent_contact_reference_state_start_timestamp = _rt.Lens[
    AgentContactReference, _dt.datetime | None
](
    lambda s: s.state_start_timestamp,
    lambda s, v: _dc.replace(s, state_start_timestamp=v),
    "agent_contact_reference_state_start_timestamp",
)
"""Lens on :attr:`AgentContactReference.state_start_timestamp`."""


agent_contact_reference_connected_to_agent_timestamp = _rt.Lens[
    AgentContactReference, _dt.datetime | None
](
    lambda s: s.connected_to_agent_timestamp,
    lambda s, v: _dc.replace(s, connected_to_agent_timestamp=v),
    "agent_contact_reference_connected_to_agent_timestamp",
)
"""Lens on :attr:`AgentContactReference.connected_to_agent_timestamp`."""


agent_contact_reference_queue = _rt.Lens[AgentContactReference, QueueReference | None](
    lambda s: s.queue,
    lambda s, v: _dc.replace(s, queue=v),
    "agent_contact_reference_queue",
)
"""Lens on :attr:`AgentContactReference.queue`."""
