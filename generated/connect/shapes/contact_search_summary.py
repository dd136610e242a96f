"""The ContactSearchSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.contact_search_summary_agent_info import ContactSearchSummaryAgentInfo
from ..shapes.contact_search_summary_queue_info import ContactSearchSummaryQueueInfo
from ..shapes.contact_search_summary_segment_attribute_value import (
    ContactSearchSummarySegmentAttributeValue,
)
from ..shapes.global_resiliency_metadata import GlobalResiliencyMetadata
from ..shapes.routing_criteria import RoutingCriteria

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
_CHANNEL_VALUES = frozenset(
    (
        "VOICE",
        "CHAT",
        "TASK",
        "EMAIL",
    )
)
_PATTERN_1 = _rt.Pattern(
    "^(?!aws:)[a-zA-Z+-=._:/]+$",
    "^(?!aws:)[a-zA-Z+-=._:/]+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactSearchSummary:
    """Information of returned contact.

    Fields:

    - ``arn``: The Amazon Resource Name (ARN) of the contact.
    - ``id``: The identifier of the contact summary.
    - ``initial_contact_id``: If this contact is related to other contacts, this is the ID of the initial contact.
    - ``previous_contact_id``: If this contact is not the first contact, this is the ID of the previous contact.
    - ``initiation_method``: Indicates how the contact was initiated.
    - ``channel``: How the contact reached your contact center.
    - ``queue_info``: If this contact was queued, this contains information about the queue.
    - ``agent_info``: Information about the agent who accepted the contact.
    - ``initiation_timestamp``: The date and time this contact was initiated, in UTC time.
    - ``disconnect_timestamp``: The timestamp when the customer endpoint disconnected from Connect Customer.
    - ``scheduled_timestamp``: The timestamp, in Unix epoch time format, at which to start running the inbound flow.
    - ``segment_attributes``: Set of segment attributes for a contact.
    - ``name``: Indicates name of the contact.
    - ``routing_criteria``: Latest routing criteria on the contact.
    - ``tags``: Tags associated with the contact.
    - ``global_resiliency_metadata``: Additional routing information for contacts created in ACGR instances.
    """

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the contact."""

    id: str | None = None
    """The identifier of the contact summary."""

    initial_contact_id: str | None = None
    """If this contact is related to other contacts, this is the ID of the
    initial contact.
    """

    previous_contact_id: str | None = None
    """If this contact is not the first contact, this is the ID of the previous
    contact.
    """

    initiation_method: str | None = None
    """Indicates how the contact was initiated."""

    channel: str | None = None
    """How the contact reached your contact center."""

    queue_info: ContactSearchSummaryQueueInfo | None = None
    """If this contact was queued, this contains information about the queue."""

    agent_info: ContactSearchSummaryAgentInfo | None = None
    """Information about the agent who accepted the contact."""

    initiation_timestamp: _dt.datetime | None = None
    """The date and time this contact was initiated, in UTC time. For
    ``INBOUND``, this is when the contact arrived. For ``OUTBOUND``, this is
    when the agent began dialing. For ``CALLBACK``, this is when the
    callback contact was created. For ``TRANSFER`` and ``QUEUE_TRANSFER``,
    this is when the transfer was initiated. For API, this is when the
    request arrived. For ``EXTERNAL_OUTBOUND``, this is when the agent
    started dialing the external participant. For ``MONITOR``, this is when
    the supervisor started listening to a contact.
    """

    disconnect_timestamp: _dt.datetime | None = None
    """The timestamp when the customer endpoint disconnected from Connect
    Customer.
    """

    scheduled_timestamp: _dt.datetime | None = None
    """The timestamp, in Unix epoch time format, at which to start running the
    inbound flow.
    """

    segment_attributes: dict[str, ContactSearchSummarySegmentAttributeValue] | None = (
        None
    )
    """Set of segment attributes for a contact."""

    name: str | None = None
    """Indicates name of the contact."""

    routing_criteria: RoutingCriteria | None = None
    """Latest routing criteria on the contact."""

    tags: dict[str, str] | None = None
    """Tags associated with the contact. This contains both Amazon Web Services
    generated and user-defined tags.
    """

    global_resiliency_metadata: GlobalResiliencyMetadata | None = None
    """Additional routing information for contacts created in ACGR instances."""

    def __repr__(self) -> str:
        fields = [
            f"arn={self.arn!r}",
            f"id={self.id!r}",
            f"initial_contact_id={self.initial_contact_id!r}",
            f"previous_contact_id={self.previous_contact_id!r}",
            f"initiation_method={self.initiation_method!r}",
            f"channel={self.channel!r}",
            f"queue_info={self.queue_info!r}",
            f"agent_info={self.agent_info!r}",
            f"initiation_timestamp={self.initiation_timestamp!r}",
            f"disconnect_timestamp={self.disconnect_timestamp!r}",
            f"scheduled_timestamp={self.scheduled_timestamp!r}",
            "segment_attributes=<sensitive>",
            "name=<sensitive>",
            f"routing_criteria={self.routing_criteria!r}",
            f"tags={self.tags!r}",
            f"global_resiliency_metadata={self.global_resiliency_metadata!r}",
        ]
        return f"ContactSearchSummary({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value)
        value = self.id
        if value is not None:
            path = prefix + "id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.initial_contact_id
        if value is not None:
            path = prefix + "initial_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.previous_contact_id
        if value is not None:
            path = prefix + "previous_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.initiation_method
        if value is not None:
            path = prefix + "initiation_method"
            _rt.check_str(errors, path, value, enum=_CONTACT_INITIATION_METHOD_VALUES)
        value = self.channel
        if value is not None:
            path = prefix + "channel"
            _rt.check_str(errors, path, value, enum=_CHANNEL_VALUES)
        value = self.queue_info
        if value is not None:
            path = prefix + "queue_info"
            if isinstance(value, ContactSearchSummaryQueueInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ContactSearchSummaryQueueInfo, got {type(value).__name__}"
                )
        value = self.agent_info
        if value is not None:
            path = prefix + "agent_info"
            if isinstance(value, ContactSearchSummaryAgentInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ContactSearchSummaryAgentInfo, got {type(value).__name__}"
                )
        value = self.initiation_timestamp
        if value is not None:
            path = prefix + "initiation_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.disconnect_timestamp
        if value is not None:
            path = prefix + "disconnect_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.scheduled_timestamp
        if value is not None:
            path = prefix + "scheduled_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.segment_attributes
        if value is not None:
            path = prefix + "segment_attributes"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=128)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ContactSearchSummarySegmentAttributeValue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ContactSearchSummarySegmentAttributeValue, got {type(v1).__name__}"
                            )
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=0, max_len=1024)
        value = self.routing_criteria
        if value is not None:
            path = prefix + "routing_criteria"
            if isinstance(value, RoutingCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RoutingCriteria, got {type(value).__name__}"
                )
        value = self.tags
        if value is not None:
            path = prefix + "tags"
            if _rt.check_type(errors, path, value, dict, "dict"):
                _rt.check_length(errors, path, len(value), 1, 6)
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(
                        errors, p1, k1, min_len=1, max_len=128, pattern=_PATTERN_1
                    )
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=None, max_len=256)
        value = self.global_resiliency_metadata
        if value is not None:
            path = prefix + "global_resiliency_metadata"
            if isinstance(value, GlobalResiliencyMetadata):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected GlobalResiliencyMetadata, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.id is not None:
            result["Id"] = self.id
        if self.initial_contact_id is not None:
            result["InitialContactId"] = self.initial_contact_id
        if self.previous_contact_id is not None:
            result["PreviousContactId"] = self.previous_contact_id
        if self.initiation_method is not None:
            result["InitiationMethod"] = self.initiation_method
        if self.channel is not None:
            result["Channel"] = self.channel
        if self.queue_info is not None:
            result["QueueInfo"] = self.queue_info.to_dict()
        if self.agent_info is not None:
            result["AgentInfo"] = self.agent_info.to_dict()
        if self.initiation_timestamp is not None:
            result["InitiationTimestamp"] = self.initiation_timestamp
        if self.disconnect_timestamp is not None:
            result["DisconnectTimestamp"] = self.disconnect_timestamp
        if self.scheduled_timestamp is not None:
            result["ScheduledTimestamp"] = self.scheduled_timestamp
        if self.segment_attributes is not None:
            result["SegmentAttributes"] = {
                k1: v1.to_dict() for k1, v1 in self.segment_attributes.items()
            }
        if self.name is not None:
            result["Name"] = self.name
        if self.routing_criteria is not None:
            result["RoutingCriteria"] = self.routing_criteria.to_dict()
        if self.tags is not None:
            result["Tags"] = dict(self.tags)
        if self.global_resiliency_metadata is not None:
            result["GlobalResiliencyMetadata"] = (
                self.global_resiliency_metadata.to_dict()
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactSearchSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactSearchSummary")
        return cls(
            arn=data.get("Arn"),
            id=data.get("Id"),
            initial_contact_id=data.get("InitialContactId"),
            previous_contact_id=data.get("PreviousContactId"),
            initiation_method=data.get("InitiationMethod"),
            channel=data.get("Channel"),
            queue_info=(
                None
                if (value := data.get("QueueInfo")) is None
                else ContactSearchSummaryQueueInfo.from_dict(
                    value, path=path + "QueueInfo" + "."
                )
            ),
            agent_info=(
                None
                if (value := data.get("AgentInfo")) is None
                else ContactSearchSummaryAgentInfo.from_dict(
                    value, path=path + "AgentInfo" + "."
                )
            ),
            initiation_timestamp=data.get("InitiationTimestamp"),
            disconnect_timestamp=data.get("DisconnectTimestamp"),
            scheduled_timestamp=data.get("ScheduledTimestamp"),
            segment_attributes=(
                None
                if (value := data.get("SegmentAttributes")) is None
                else {
                    k1: ContactSearchSummarySegmentAttributeValue.from_dict(
                        v1, path=path + "SegmentAttributes" + f"[{k1!r}]" + "."
                    )
                    for k1, v1 in _rt.expect_mapping(
                        value, path + "SegmentAttributes"
                    ).items()
                }
            ),
            name=data.get("Name"),
            routing_criteria=(
                None
                if (value := data.get("RoutingCriteria")) is None
                else RoutingCriteria.from_dict(
                    value, path=path + "RoutingCriteria" + "."
                )
            ),
            tags=(
                None
                if (value := data.get("Tags")) is None
                else dict(_rt.expect_mapping(value, path + "Tags"))
            ),
            global_resiliency_metadata=(
                None
                if (value := data.get("GlobalResiliencyMetadata")) is None
                else GlobalResiliencyMetadata.from_dict(
                    value, path=path + "GlobalResiliencyMetadata" + "."
                )
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ContactSearchSummary:
        draft = _ContactSearchSummaryDraft()
        try:
            draft.arn = (
                None
                if (value := data.get("Arn")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Arn"))
            )
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.initial_contact_id = (
                None
                if (value := data.get("InitialContactId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "InitialContactId")
                )
            )
            draft.previous_contact_id = (
                None
                if (value := data.get("PreviousContactId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "PreviousContactId")
                )
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
            draft.channel = (
                None
                if (value := data.get("Channel")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Channel"))
            )
            draft.queue_info = (
                None
                if (value := data.get("QueueInfo")) is None
                else ContactSearchSummaryQueueInfo._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "QueueInfo")
                    )
                )
            )
            draft.agent_info = (
                None
                if (value := data.get("AgentInfo")) is None
                else ContactSearchSummaryAgentInfo._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AgentInfo")
                    )
                )
            )
            draft.initiation_timestamp = (
                None
                if (value := data.get("InitiationTimestamp")) is None
                else _rt.parse_timestamp(value, "InitiationTimestamp")
            )
            draft.disconnect_timestamp = (
                None
                if (value := data.get("DisconnectTimestamp")) is None
                else _rt.parse_timestamp(value, "DisconnectTimestamp")
            )
            draft.scheduled_timestamp = (
                None
                if (value := data.get("ScheduledTimestamp")) is None
                else _rt.parse_timestamp(value, "ScheduledTimestamp")
            )
            draft.segment_attributes = (
                None
                if (value := data.get("SegmentAttributes")) is None
                else {
                    k1: ContactSearchSummarySegmentAttributeValue._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "SegmentAttributes")
                        )
                    )
                    for k1, v1 in (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "SegmentAttributes")
                    ).items()
                    if v1 is not None
                }
            )
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.routing_criteria = (
                None
                if (value := data.get("RoutingCriteria")) is None
                else RoutingCriteria._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "RoutingCriteria")
                    )
                )
            )
            draft.tags = (
                None
                if (value := data.get("Tags")) is None
                else {
                    k1: (v1 if type(v1) is str else _rt.expect_str(v1, "Tags"))
                    for k1, v1 in (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Tags")
                    ).items()
                    if v1 is not None
                }
            )
            draft.global_resiliency_metadata = (
                None
                if (value := data.get("GlobalResiliencyMetadata")) is None
                else GlobalResiliencyMetadata._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "GlobalResiliencyMetadata")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ContactSearchSummaryDraft:
    """A :class:`ContactSearchSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "arn",
        "id",
        "initial_contact_id",
        "previous_contact_id",
        "initiation_method",
        "channel",
        "queue_info",
        "agent_info",
        "initiation_timestamp",
        "disconnect_timestamp",
        "scheduled_timestamp",
        "segment_attributes",
        "name",
        "routing_criteria",
        "tags",
        "global_resiliency_metadata",
    )
    arn: str | None
    id: str | None
    initial_contact_id: str | None
    previous_contact_id: str | None
    initiation_method: str | None
    channel: str | None
    queue_info: ContactSearchSummaryQueueInfo | None
    agent_info: ContactSearchSummaryAgentInfo | None
    initiation_timestamp: _dt.datetime | None
    disconnect_timestamp: _dt.datetime | None
    scheduled_timestamp: _dt.datetime | None
    segment_attributes: dict[str, ContactSearchSummarySegmentAttributeValue] | None
    name: str | None
    routing_criteria: RoutingCriteria | None
    tags: dict[str, str] | None
    global_resiliency_metadata: GlobalResiliencyMetadata | None


def new_contact_search_summary() -> ContactSearchSummary:
    """Create a :class:`ContactSearchSummary` with all optional fields omitted."""
    return ContactSearchSummary()


contact_search_summary_arn = _rt.Lens[ContactSearchSummary, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "contact_search_summary_arn",
)
"""Lens on :attr:`ContactSearchSummary.arn`."""


contact_search_summary_id = _rt.Lens[ContactSearchSummary, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "contact_search_summary_id",
)
"""Lens on :attr:`ContactSearchSummary.id`."""


contact_search_summary_initial_contact_id = _rt.Lens[ContactSearchSummary, str | None](
    lambda s: s.initial_contact_id,
    lambda s, v: _dc.replace(s, initial_contact_id=v),
    "contact_search_summary_initial_contact_id",
)
"""Lens on :attr:`ContactSearchSummary.initial_contact_id`."""


contact_search_summary_previous_contact_id = _rt.Lens[ContactSearchSummary, str | None](
    lambda s: s.previous_contact_id,
    lambda s, v: _dc.replace(s, previous_contact_id=v),
    "contact_search_summary_previous_contact_id",
)
"""Lens on :attr:`ContactSearchSummary.previous_contact_id`."""


contact_search_summary_initiation_method = _rt.Lens[ContactSearchSummary, str | None](
    lambda s: s.initiation_method,
    lambda s, v: _dc.replace(s, initiation_method=v),
    "contact_search_summary_initiation_method",
)
"""Lens on :attr:`ContactSearchSummary.initiation_method`."""


contact_search_summary_channel = _rt.Lens[ContactSearchSummary, str | None](
    lambda s: s.channel,
    lambda s, v: _dc.replace(s, channel=v),
    "contact_search_summary_channel",
)
"""Lens on :attr:`ContactSearchSummary.channel`."""


contact_search_summary_queue_info = _rt.Lens[
    ContactSearchSummary, ContactSearchSummaryQueueInfo | None
](
    lambda s: s.queue_info,
    lambda s, v: _dc.replace(s, queue_info=v),
    "contact_search_summary_queue_info",
)
"""Lens on :attr:`ContactSearchSummary.queue_info`."""


contact_search_summary_agent_info = _rt.Lens[
    ContactSearchSummary, ContactSearchSummaryAgentInfo | None
](
    lambda s: s.agent_info,
    lambda s, v: _dc.replace(s, agent_info=v),
    "contact_search_summary_agent_info",
)
"""Lens on :attr:`ContactSearchSummary.agent_info`."""


contact_search_summary_initiation_timestamp = _rt.Lens[
    ContactSearchSummary, _dt.datetime | None
](
    lambda s: s.initiation_timestamp,
    lambda s, v: _dc.replace(s, initiation_timestamp=v),
    "contact_search_summary_initiation_timestamp",
)
"""Lens on :attr:`ContactSearchSummary.initiation_timestamp`."""


contact_search_summary_disconnect_timestamp = _rt.Lens[
    ContactSearchSummary, _dt.datetime | None
](
    lambda s: s.disconnect_timestamp,
    lambda s, v: _dc.replace(s, disconnect_timestamp=v),
    "contact_search_summary_disconnect_timestamp",
)
"""Lens on :attr:`ContactSearchSummary.disconnect_timestamp`."""


contact_search_summary_scheduled_timestamp = _rt.Lens[
    ContactSearchSummary, _dt.datetime | None
](
    lambda s: s.scheduled_timestamp,
    lambda s, v: _dc.replace(s, scheduled_timestamp=v),
    "contact_search_summary_scheduled_timestamp",
)
"""Lens on :attr:`ContactSearchSummary.scheduled_timestamp`."""


contact_search_summary_segment_attributes = _rt.Lens[
    ContactSearchSummary, dict[str, ContactSearchSummarySegmentAttributeValue] | None
](
    lambda s: s.segment_attributes,
    lambda s, v: _dc.replace(s, segment_attributes=v),
    "contact_search_summary_segment_attributes",
)
"""Lens on :attr:`ContactSearchSummary.segment_attributes`."""


contact_search_summary_name = _rt.Lens[ContactSearchSummary, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "contact_search_summary_name",
)
"""Lens on :attr:`ContactSearchSummary.name`."""


contact_search_summary_routing_criteria = _rt.Lens[
    ContactSearchSummary, RoutingCriteria | None
](
    lambda s: s.routing_criteria,
    lambda s, v: _dc.replace(s, routing_criteria=v),
    "contact_search_summary_routing_criteria",
)
"""Lens on :attr:`ContactSearchSummary.routing_criteria`."""


contact_search_summary_tags = _rt.Lens[ContactSearchSummary, dict[str, str] | None](
    lambda s: s.tags,
    lambda s, v: _dc.replace(s, tags=v),
    "contact_search_summary_tags",
)
"""Lens on :attr:`ContactSearchSummary.tags`."""


contact_search_summary_global_resiliency_metadata = _rt.Lens[
    ContactSearchSummary, GlobalResiliencyMetadata | None
](
    lambda s: s.global_resiliency_metadata,
    lambda s, v: _dc.replace(s, global_resiliency_metadata=v),
    "contact_search_summary_global_resiliency_metadata",
)
"""Lens on :attr:`ContactSearchSummary.global_resiliency_metadata`."""
