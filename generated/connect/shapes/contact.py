"""The Contact shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.additional_email_recipients import AdditionalEmailRecipients
from ..shapes.agent_info import AgentInfo
from ..shapes.campaign import Campaign
from ..shapes.chat_metrics import ChatMetrics
from ..shapes.contact_details import ContactDetails
from ..shapes.contact_evaluation import ContactEvaluation
from ..shapes.customer import Customer
from ..shapes.customer_voice_activity import CustomerVoiceActivity
from ..shapes.disconnect_details import DisconnectDetails
from ..shapes.endpoint_info import EndpointInfo
from ..shapes.global_resiliency_metadata import GlobalResiliencyMetadata
from ..shapes.next_contact_entry import NextContactEntry
from ..shapes.outbound_strategy import OutboundStrategy
from ..shapes.quality_metrics import QualityMetrics
from ..shapes.queue_info import QueueInfo
from ..shapes.recording_info import RecordingInfo
from ..shapes.routing_criteria import RoutingCriteria
from ..shapes.segment_attribute_value import SegmentAttributeValue
from ..shapes.task_template_info_v2 import TaskTemplateInfoV2
from ..shapes.wisdom_info import WisdomInfo

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
_ANSWERING_MACHINE_DETECTION_STATUS_VALUES = frozenset(
    (
        "ANSWERED",
        "UNDETECTED",
        "ERROR",
        "HUMAN_ANSWERED",
        "SIT_TONE_DETECTED",
        "SIT_TONE_BUSY",
        "SIT_TONE_INVALID_NUMBER",
        "FAX_MACHINE_DETECTED",
        "VOICEMAIL_BEEP",
        "VOICEMAIL_NO_BEEP",
        "AMD_UNRESOLVED",
        "AMD_UNANSWERED",
        "AMD_ERROR",
        "AMD_NOT_APPLICABLE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Contact:
    """Contains information about a contact.

    Fields:

    - ``arn``: The Amazon Resource Name (ARN) for the contact.
    - ``id``: The identifier for the contact.
    - ``initial_contact_id``: If this contact is related to other contacts, this is the ID of the initial contact.
    - ``previous_contact_id``: If this contact is not the first contact, this is the ID of the previous contact.
    - ``contact_association_id``: This is the root contactId which is used as a unique identifier for all subsequent contacts in a contact tree.
    - ``initiation_method``: Indicates how the contact was initiated.
    - ``name``: The name of the contact.
    - ``description``: The description of the contact.
    - ``channel``: How the contact reached your contact center.
    - ``queue_info``: If this contact was queued, this contains information about the queue.
    - ``agent_info``: Information about the agent who accepted the contact.
    - ``initiation_timestamp``: The date and time this contact was initiated, in UTC time.
    - ``disconnect_timestamp``: The date and time that the customer endpoint disconnected from the current contact, in UTC time.
    - ``last_update_timestamp``: The timestamp when contact was last updated.
    - ``last_paused_timestamp``: The timestamp when the contact was last paused.
    - ``last_resumed_timestamp``: The timestamp when the contact was last resumed.
    - ``ring_start_timestamp``: The timestamp when ringing started for a campaign call.
    - ``total_pause_count``: Total pause count for a contact.
    - ``total_pause_duration_in_seconds``: Total pause duration for a contact in seconds.
    - ``scheduled_timestamp``: The timestamp, in Unix epoch time format, at which to start running the inbound flow.
    - ``related_contact_id``: The contactId that is `related <https://docs.aws.amazon.com/connect/latest/adminguide/chat-persistence.html#relatedcontactid>`__ to this contact.
    - ``wisdom_info``: Information about Connect Customer Wisdom.
    - ``customer_id``: The customer's identification number.
    - ``customer_endpoint``: The customer or external third party participant endpoint.
    - ``system_endpoint``: The system endpoint.
    - ``queue_time_adjustment_seconds``: An integer that represents the queue time adjust to be applied to the contact, in seconds (longer / larger queue time are routed preferentially).
    - ``queue_priority``: An integer that represents the queue priority to be applied to the contact (lower priorities are routed preferentially).
    - ``tags``: Tags associated with the contact.
    - ``connected_to_system_timestamp``: The timestamp when customer endpoint connected to Connect Customer.
    - ``routing_criteria``: Latest routing criteria on the contact.
    - ``customer``: Information about the Customer on the contact.
    - ``campaign``: Information associated with a campaign.
    - ``answering_machine_detection_status``: Indicates how an `outbound campaign <https://docs.aws.amazon.com/connect/latest/adminguide/how-to-create-campaigns.html>`__ call is actually disposed if the contact is connected to Connect Customer.
    - ``customer_voice_activity``: Information about customer’s voice activity.
    - ``quality_metrics``: Information about the quality of the participant's media connection.
    - ``chat_metrics``: Information about how agent, bot, and customer interact in a chat contact.
    - ``disconnect_details``: Information about the call disconnect experience.
    - ``additional_email_recipients``: List of additional email addresses for an email contact.
    - ``segment_attributes``: A set of system defined key-value pairs stored on individual contact segments using an attribute map.
    - ``recordings``: If recording was enabled, this is information about the recordings.
    - ``disconnect_reason``: The disconnect reason for the contact.
    - ``contact_evaluations``: Information about the contact evaluations where the key is the FormId, which is a unique identifier for the form.
    - ``task_template_info``: If this contact was created using a task template, this contains information about the task template.
    - ``contact_details``: A map of string key/value pairs that contain user-defined attributes which are lightly typed within the contact.
    - ``outbound_strategy``: Information about the outbound strategy.
    - ``attributes``: The attributes of the contact.
    - ``next_contacts``: List of next contact entries for the contact.
    - ``global_resiliency_metadata``: Information about the global resiliency configuration for the contact, including traffic distribution details.
    """

    arn: str | None = None
    """The Amazon Resource Name (ARN) for the contact."""

    id: str | None = None
    """The identifier for the contact."""

    initial_contact_id: str | None = None
    """If this contact is related to other contacts, this is the ID of the
    initial contact.
    """

    previous_contact_id: str | None = None
    """If this contact is not the first contact, this is the ID of the previous
    contact.
    """

    contact_association_id: str | None = None
    """This is the root contactId which is used as a unique identifier for all
    subsequent contacts in a contact tree.
    """

    initiation_method: str | None = None
    """Indicates how the contact was initiated."""

    name: str | None = None
    """The name of the contact."""

    description: str | None = None
    """The description of the contact."""

    channel: str | None = None
    """How the contact reached your contact center."""

    queue_info: QueueInfo | None = None
    """If this contact was queued, this contains information about the queue."""

    agent_info: AgentInfo | None = None
    """Information about the agent who accepted the contact."""

    initiation_timestamp: _dt.datetime | None = None
    """The date and time this contact was initiated, in UTC time. For
    ``INBOUND``, this is when the contact arrived. For ``OUTBOUND``, this is
    when the agent began dialing. For ``CALLBACK``, this is when the
    callback contact was created. For ``TRANSFER`` and ``QUEUE_TRANSFER``,
    this is when the transfer was initiated. For ``API``, this is when the
    request arrived. For ``EXTERNAL_OUTBOUND``, this is when the agent
    started dialing the external participant. For ``MONITOR``, this is when
    the supervisor started listening to a contact.
    """

    disconnect_timestamp: _dt.datetime | None = None
    """The date and time that the customer endpoint disconnected from the
    current contact, in UTC time. In transfer scenarios, the
    DisconnectTimestamp of the previous contact indicates the date and time
    when that contact ended.
    """

    last_update_timestamp: _dt.datetime | None = None
    """The timestamp when contact was last updated."""

    last_paused_timestamp: _dt.datetime | None = None
    """The timestamp when the contact was last paused."""

    last_resumed_timestamp: _dt.datetime | None = None
    """The timestamp when the contact was last resumed."""

    ring_start_timestamp: _dt.datetime | None = None
    """The timestamp when ringing started for a campaign call."""

    total_pause_count: int | None = None
    """Total pause count for a contact."""

    total_pause_duration_in_seconds: int | None = None
    """Total pause duration for a contact in seconds."""

    scheduled_timestamp: _dt.datetime | None = None
    """The timestamp, in Unix epoch time format, at which to start running the
    inbound flow.
    """

    related_contact_id: str | None = None
    """The contactId that is `related
    <https://docs.aws.amazon.com/connect/latest/adminguide/chat-persistence.html#relatedcontactid>`__
    to this contact.
    """

    wisdom_info: WisdomInfo | None = None
    """Information about Connect Customer Wisdom."""

    customer_id: str | None = None
    """The customer's identification number. For example, the ``CustomerId``
    may be a customer number from your CRM. You can create a Lambda function
    to pull the unique customer ID of the caller from your CRM system. If
    you enable Connect Customer Voice ID capability, this attribute is
    populated with the ``CustomerSpeakerId`` of the caller.
    """

    customer_endpoint: EndpointInfo | None = None
    """The customer or external third party participant endpoint."""

    system_endpoint: EndpointInfo | None = None
    """The system endpoint. For ``INBOUND``, this is the phone number or email
    address that the customer dialed. For ``OUTBOUND`` and
    ``EXTERNAL_OUTBOUND``, this is the outbound caller ID number assigned to
    the outbound queue that is used to dial the customer. For callback, this
    shows up as Softphone for calls handled by agents with softphone.
    """

    queue_time_adjustment_seconds: int | None = None
    """An integer that represents the queue time adjust to be applied to the
    contact, in seconds (longer / larger queue time are routed
    preferentially). Cannot be specified if the QueuePriority is specified.
    Must be statically defined and a valid integer value.
    """

    queue_priority: int | None = None
    """An integer that represents the queue priority to be applied to the
    contact (lower priorities are routed preferentially). Cannot be
    specified if the QueueTimeAdjustmentSeconds is specified. Must be
    statically defined, must be larger than zero, and a valid integer value.
    Default Value is 5.
    """

    tags: dict[str, str] | None = None
    """Tags associated with the contact. This contains both Amazon Web Services
    generated and user-defined tags.
    """

    connected_to_system_timestamp: _dt.datetime | None = None
    """The timestamp when customer endpoint connected to Connect Customer."""

    routing_criteria: RoutingCriteria | None = None
    """Latest routing criteria on the contact."""

    customer: Customer | None = None
    """Information about the Customer on the contact."""

    campaign: Campaign | None = None
    """Information associated with a campaign."""

    answering_machine_detection_status: str | None = None
    """Indicates how an `outbound campaign
    <https://docs.aws.amazon.com/connect/latest/adminguide/how-to-create-campaigns.html>`__
    call is actually disposed if the contact is connected to Connect
    Customer.
    """

    customer_voice_activity: CustomerVoiceActivity | None = None
    """Information about customer’s voice activity."""

    quality_metrics: QualityMetrics | None = None
    """Information about the quality of the participant's media connection."""

    chat_metrics: ChatMetrics | None = None
    """Information about how agent, bot, and customer interact in a chat
    contact.
    """

    disconnect_details: DisconnectDetails | None = None
    """Information about the call disconnect experience."""

    additional_email_recipients: AdditionalEmailRecipients | None = None
    """List of additional email addresses for an email contact."""

    segment_attributes: dict[str, SegmentAttributeValue] | None = None
    """A set of system defined key-value pairs stored on individual contact
    segments using an attribute map. The attributes are standard Connect
    Customer attributes and can be accessed in flows. Attribute keys can
    include only alphanumeric, -, and _ characters. This field can be used
    to show channel subtype. For example, ``connect:Guide`` or
    ``connect:SMS``.
    """

    recordings: list[RecordingInfo] | None = None
    """If recording was enabled, this is information about the recordings."""

    disconnect_reason: str | None = None
    """The disconnect reason for the contact. For a list and description of all
    the possible disconnect reasons by channel, see DisconnectReason under
    `ContactTraceRecord
    <https://docs.aws.amazon.com/connect/latest/adminguide/ctr-data-model.html#ctr-ContactTraceRecord>`__
    in the *Connect Customer Administrator Guide*.
    """

    contact_evaluations: dict[str, ContactEvaluation] | None = None
    """Information about the contact evaluations where the key is the FormId,
    which is a unique identifier for the form.
    """

    task_template_info: TaskTemplateInfoV2 | None = None
    """If this contact was created using a task template, this contains
    information about the task template.
    """

    contact_details: ContactDetails | None = None
    """A map of string key/value pairs that contain user-defined attributes
    which are lightly typed within the contact. This object is used only for
    task contacts.
    """

    outbound_strategy: OutboundStrategy | None = None
    """Information about the outbound strategy."""

    attributes: dict[str, str] | None = None
    """The attributes of the contact."""

    next_contacts: list[NextContactEntry] | None = None
    """List of next contact entries for the contact."""

    global_resiliency_metadata: GlobalResiliencyMetadata | None = None
    """Information about the global resiliency configuration for the contact,
    including traffic distribution details.
    """

    def __repr__(self) -> str:
        fields = [
            f"arn={self.arn!r}",
            f"id={self.id!r}",
            f"initial_contact_id={self.initial_contact_id!r}",
            f"previous_contact_id={self.previous_contact_id!r}",
            f"contact_association_id={self.contact_association_id!r}",
            f"initiation_method={self.initiation_method!r}",
            "name=<sensitive>",
            "description=<sensitive>",
            f"channel={self.channel!r}",
            f"queue_info={self.queue_info!r}",
            f"agent_info={self.agent_info!r}",
            f"initiation_timestamp={self.initiation_timestamp!r}",
            f"disconnect_timestamp={self.disconnect_timestamp!r}",
            f"last_update_timestamp={self.last_update_timestamp!r}",
            f"last_paused_timestamp={self.last_paused_timestamp!r}",
            f"last_resumed_timestamp={self.last_resumed_timestamp!r}",
            f"ring_start_timestamp={self.ring_start_timestamp!r}",
            f"total_pause_count={self.total_pause_count!r}",
            f"total_pause_duration_in_seconds={self.total_pause_duration_in_seconds!r}",
            f"scheduled_timestamp={self.scheduled_timestamp!r}",
            f"related_contact_id={self.related_contact_id!r}",
            f"wisdom_info={self.wisdom_info!r}",
            f"customer_id={self.customer_id!r}",
            f"customer_endpoint={self.customer_endpoint!r}",
            f"system_endpoint={self.system_endpoint!r}",
            f"queue_time_adjustment_seconds={self.queue_time_adjustment_seconds!r}",
            f"queue_priority={self.queue_priority!r}",
            f"tags={self.tags!r}",
            f"connected_to_system_timestamp={self.connected_to_system_timestamp!r}",
            f"routing_criteria={self.routing_criteria!r}",
            f"customer={self.customer!r}",
            f"campaign={self.campaign!r}",
            f"answering_machine_detection_status={self.answering_machine_detection_status!r}",
            f"customer_voice_activity={self.customer_voice_activity!r}",
            f"quality_metrics={self.quality_metrics!r}",
            f"chat_metrics={self.chat_metrics!r}",
            f"disconnect_details={self.disconnect_details!r}",
            f"additional_email_recipients={self.additional_email_recipients!r}",
            f"segment_attributes={self.segment_attributes!r}",
            f"recordings={self.recordings!r}",
            f"disconnect_reason={self.disconnect_reason!r}",
            f"contact_evaluations={self.contact_evaluations!r}",
            f"task_template_info={self.task_template_info!r}",
            f"contact_details={self.contact_details!r}",
            f"outbound_strategy={self.outbound_strategy!r}",
            f"attributes={self.attributes!r}",
            f"next_contacts={self.next_contacts!r}",
            f"global_resiliency_metadata={self.global_resiliency_metadata!r}",
        ]
        return f"Contact({', '.join(fields)})"

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
        value = self.contact_association_id
        if value is not None:
            path = prefix + "contact_association_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.initiation_method
        if value is not None:
            path = prefix + "initiation_method"
            _rt.check_str(errors, path, value, enum=_CONTACT_INITIATION_METHOD_VALUES)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=0, max_len=1024)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=0, max_len=4096)
        value = self.channel
        if value is not None:
            path = prefix + "channel"
            _rt.check_str(errors, path, value, enum=_CHANNEL_VALUES)
        value = self.queue_info
        if value is not None:
            path = prefix + "queue_info"
            if isinstance(value, QueueInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected QueueInfo, got {type(value).__name__}")
        value = self.agent_info
        if value is not None:
            path = prefix + "agent_info"
            if isinstance(value, AgentInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected AgentInfo, got {type(value).__name__}")
        value = self.initiation_timestamp
        if value is not None:
            path = prefix + "initiation_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.disconnect_timestamp
        if value is not None:
            path = prefix + "disconnect_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_update_timestamp
        if value is not None:
            path = prefix + "last_update_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_paused_timestamp
        if value is not None:
            path = prefix + "last_paused_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_resumed_timestamp
        if value is not None:
            path = prefix + "last_resumed_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.ring_start_timestamp
        if value is not None:
            path = prefix + "ring_start_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.total_pause_count
        if value is not None:
            path = prefix + "total_pause_count"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=10)
        value = self.total_pause_duration_in_seconds
        if value is not None:
            path = prefix + "total_pause_duration_in_seconds"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)
        value = self.scheduled_timestamp
        if value is not None:
            path = prefix + "scheduled_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.related_contact_id
        if value is not None:
            path = prefix + "related_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.wisdom_info
        if value is not None:
            path = prefix + "wisdom_info"
            if isinstance(value, WisdomInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected WisdomInfo, got {type(value).__name__}"
                )
        value = self.customer_id
        if value is not None:
            path = prefix + "customer_id"
            _rt.check_str(errors, path, value, min_len=0, max_len=128)
        value = self.customer_endpoint
        if value is not None:
            path = prefix + "customer_endpoint"
            if isinstance(value, EndpointInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EndpointInfo, got {type(value).__name__}"
                )
        value = self.system_endpoint
        if value is not None:
            path = prefix + "system_endpoint"
            if isinstance(value, EndpointInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EndpointInfo, got {type(value).__name__}"
                )
        value = self.queue_time_adjustment_seconds
        if value is not None:
            path = prefix + "queue_time_adjustment_seconds"
            _rt.check_number(errors, path, value, True)
        value = self.queue_priority
        if value is not None:
            path = prefix + "queue_priority"
            _rt.check_number(
                errors, path, value, True, minimum=1, maximum=9223372036854775807
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
        value = self.connected_to_system_timestamp
        if value is not None:
            path = prefix + "connected_to_system_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.routing_criteria
        if value is not None:
            path = prefix + "routing_criteria"
            if isinstance(value, RoutingCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RoutingCriteria, got {type(value).__name__}"
                )
        value = self.customer
        if value is not None:
            path = prefix + "customer"
            if isinstance(value, Customer):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Customer, got {type(value).__name__}")
        value = self.campaign
        if value is not None:
            path = prefix + "campaign"
            if isinstance(value, Campaign):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Campaign, got {type(value).__name__}")
        value = self.answering_machine_detection_status
        if value is not None:
            path = prefix + "answering_machine_detection_status"
            _rt.check_str(
                errors, path, value, enum=_ANSWERING_MACHINE_DETECTION_STATUS_VALUES
            )
        value = self.customer_voice_activity
        if value is not None:
            path = prefix + "customer_voice_activity"
            if isinstance(value, CustomerVoiceActivity):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected CustomerVoiceActivity, got {type(value).__name__}"
                )
        value = self.quality_metrics
        if value is not None:
            path = prefix + "quality_metrics"
            if isinstance(value, QualityMetrics):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected QualityMetrics, got {type(value).__name__}"
                )
        value = self.chat_metrics
        if value is not None:
            path = prefix + "chat_metrics"
            if isinstance(value, ChatMetrics):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ChatMetrics, got {type(value).__name__}"
                )
        value = self.disconnect_details
        if value is not None:
            path = prefix + "disconnect_details"
            if isinstance(value, DisconnectDetails):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected DisconnectDetails, got {type(value).__name__}"
                )
        value = self.additional_email_recipients
        if value is not None:
            path = prefix + "additional_email_recipients"
            if isinstance(value, AdditionalEmailRecipients):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AdditionalEmailRecipients, got {type(value).__name__}"
                )
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
                        if isinstance(v1, SegmentAttributeValue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected SegmentAttributeValue, got {type(v1).__name__}"
                            )
        value = self.recordings
        if value is not None:
            path = prefix + "recordings"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, RecordingInfo):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RecordingInfo, got {type(v1).__name__}"
                            )
        value = self.disconnect_reason
        if value is not None:
            path = prefix + "disconnect_reason"
            _rt.check_str(errors, path, value)
        value = self.contact_evaluations
        if value is not None:
            path = prefix + "contact_evaluations"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ContactEvaluation):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ContactEvaluation, got {type(v1).__name__}"
                            )
        value = self.task_template_info
        if value is not None:
            path = prefix + "task_template_info"
            if isinstance(value, TaskTemplateInfoV2):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TaskTemplateInfoV2, got {type(value).__name__}"
                )
        value = self.contact_details
        if value is not None:
            path = prefix + "contact_details"
            if isinstance(value, ContactDetails):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ContactDetails, got {type(value).__name__}"
                )
        value = self.outbound_strategy
        if value is not None:
            path = prefix + "outbound_strategy"
            if isinstance(value, OutboundStrategy):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected OutboundStrategy, got {type(value).__name__}"
                )
        value = self.attributes
        if value is not None:
            path = prefix + "attributes"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=32767)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=0, max_len=32767)
        value = self.next_contacts
        if value is not None:
            path = prefix + "next_contacts"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 24)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, NextContactEntry):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected NextContactEntry, got {type(v1).__name__}"
                            )
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
        if self.contact_association_id is not None:
            result["ContactAssociationId"] = self.contact_association_id
        if self.initiation_method is not None:
            result["InitiationMethod"] = self.initiation_method
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
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
        if self.last_update_timestamp is not None:
            result["LastUpdateTimestamp"] = self.last_update_timestamp
        if self.last_paused_timestamp is not None:
            result["LastPausedTimestamp"] = self.last_paused_timestamp
        if self.last_resumed_timestamp is not None:
            result["LastResumedTimestamp"] = self.last_resumed_timestamp
        if self.ring_start_timestamp is not None:
            result["RingStartTimestamp"] = self.ring_start_timestamp
        if self.total_pause_count is not None:
            result["TotalPauseCount"] = self.total_pause_count
        if self.total_pause_duration_in_seconds is not None:
            result["TotalPauseDurationInSeconds"] = self.total_pause_duration_in_seconds
        if self.scheduled_timestamp is not None:
            result["ScheduledTimestamp"] = self.scheduled_timestamp
        if self.related_contact_id is not None:
            result["RelatedContactId"] = self.related_contact_id
        if self.wisdom_info is not None:
            result["WisdomInfo"] = self.wisdom_info.to_dict()
        if self.customer_id is not None:
            result["CustomerId"] = self.customer_id
        if self.customer_endpoint is not None:
            result["CustomerEndpoint"] = self.customer_endpoint.to_dict()
        if self.system_endpoint is not None:
            result["SystemEndpoint"] = self.system_endpoint.to_dict()
        if self.queue_time_adjustment_seconds is not None:
            result["QueueTimeAdjustmentSeconds"] = self.queue_time_adjustment_seconds
        if self.queue_priority is not None:
            result["QueuePriority"] = self.queue_priority
        if self.tags is not None:
            result["Tags"] = dict(self.tags)
        if self.connected_to_system_timestamp is not None:
            result["ConnectedToSystemTimestamp"] = self.connected_to_system_timestamp
        if self.routing_criteria is not None:
            result["RoutingCriteria"] = self.routing_criteria.to_dict()
        if self.customer is not None:
            result["Customer"] = self.customer.to_dict()
        if self.campaign is not None:
            result["Campaign"] = self.campaign.to_dict()
        if self.answering_machine_detection_status is not None:
            result["AnsweringMachineDetectionStatus"] = (
                self.answering_machine_detection_status
            )
        if self.customer_voice_activity is not None:
            result["CustomerVoiceActivity"] = self.customer_voice_activity.to_dict()
        if self.quality_metrics is not None:
            result["QualityMetrics"] = self.quality_metrics.to_dict()
        if self.chat_metrics is not None:
            result["ChatMetrics"] = self.chat_metrics.to_dict()
        if self.disconnect_details is not None:
            result["DisconnectDetails"] = self.disconnect_details.to_dict()
        if self.additional_email_recipients is not None:
            result["AdditionalEmailRecipients"] = (
                self.additional_email_recipients.to_dict()
            )
        if self.segment_attributes is not None:
            result["SegmentAttributes"] = {
                k1: v1.to_dict() for k1, v1 in self.segment_attributes.items()
            }
        if self.recordings is not None:
            result["Recordings"] = [v1.to_dict() for v1 in self.recordings]
        if self.disconnect_reason is not None:
            result["DisconnectReason"] = self.disconnect_reason
        if self.contact_evaluations is not None:
            result["ContactEvaluations"] = {
                k1: v1.to_dict() for k1, v1 in self.contact_evaluations.items()
            }
        if self.task_template_info is not None:
            result["TaskTemplateInfo"] = self.task_template_info.to_dict()
        if self.contact_details is not None:
            result["ContactDetails"] = self.contact_details.to_dict()
        if self.outbound_strategy is not None:
            result["OutboundStrategy"] = self.outbound_strategy.to_dict()
        if self.attributes is not None:
            result["Attributes"] = dict(self.attributes)
        if self.next_contacts is not None:
            result["NextContacts"] = [v1.to_dict() for v1 in self.next_contacts]
        if self.global_resiliency_metadata is not None:
            result["GlobalResiliencyMetadata"] = (
                self.global_resiliency_metadata.to_dict()
            )
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Contact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Contact")
        return cls(
            arn=data.get("Arn"),
            id=data.get("Id"),
            initial_contact_id=data.get("InitialContactId"),
            previous_contact_id=data.get("PreviousContactId"),
            contact_association_id=data.get("ContactAssociationId"),
            initiation_method=data.get("InitiationMethod"),
            name=data.get("Name"),
            description=data.get("Description"),
            channel=data.get("Channel"),
            queue_info=(
                None
                if (value := data.get("QueueInfo")) is None
                else QueueInfo.from_dict(value, path=path + "QueueInfo" + ".")
            ),
            agent_info=(
                None
                if (value := data.get("AgentInfo")) is None
                else AgentInfo.from_dict(value, path=path + "AgentInfo" + ".")
            ),
            initiation_timestamp=data.get("InitiationTimestamp"),
            disconnect_timestamp=data.get("DisconnectTimestamp"),
            last_update_timestamp=data.get("LastUpdateTimestamp"),
            last_paused_timestamp=data.get("LastPausedTimestamp"),
            last_resumed_timestamp=data.get("LastResumedTimestamp"),
            ring_start_timestamp=data.get("RingStartTimestamp"),
            total_pause_count=data.get("TotalPauseCount"),
            total_pause_duration_in_seconds=data.get("TotalPauseDurationInSeconds"),
            scheduled_timestamp=data.get("ScheduledTimestamp"),
            related_contact_id=data.get("RelatedContactId"),
            wisdom_info=(
                None
                if (value := data.get("WisdomInfo")) is None
                else WisdomInfo.from_dict(value, path=path + "WisdomInfo" + ".")
            ),
            customer_id=data.get("CustomerId"),
            customer_endpoint=(
                None
                if (value := data.get("CustomerEndpoint")) is None
                else EndpointInfo.from_dict(value, path=path + "CustomerEndpoint" + ".")
            ),
            system_endpoint=(
                None
                if (value := data.get("SystemEndpoint")) is None
                else EndpointInfo.from_dict(value, path=path + "SystemEndpoint" + ".")
            ),
            queue_time_adjustment_seconds=data.get("QueueTimeAdjustmentSeconds"),
            queue_priority=data.get("QueuePriority"),
            tags=(
                None
                if (value := data.get("Tags")) is None
                else dict(_rt.expect_mapping(value, path + "Tags"))
            ),
            connected_to_system_timestamp=data.get("ConnectedToSystemTimestamp"),
            routing_criteria=(
                None
                if (value := data.get("RoutingCriteria")) is None
                else RoutingCriteria.from_dict(
                    value, path=path + "RoutingCriteria" + "."
                )
            ),
            customer=(
                None
                if (value := data.get("Customer")) is None
                else Customer.from_dict(value, path=path + "Customer" + ".")
            ),
            campaign=(
                None
                if (value := data.get("Campaign")) is None
                else Campaign.from_dict(value, path=path + "Campaign" + ".")
            ),
            answering_machine_detection_status=data.get(
                "AnsweringMachineDetectionStatus"
            ),
            customer_voice_activity=(
                None
                if (value := data.get("CustomerVoiceActivity")) is None
                else CustomerVoiceActivity.from_dict(
                    value, path=path + "CustomerVoiceActivity" + "."
                )
            ),
            quality_metrics=(
                None
                if (value := data.get("QualityMetrics")) is None
                else QualityMetrics.from_dict(value, path=path + "QualityMetrics" + ".")
            ),
            chat_metrics=(
                None
                if (value := data.get("ChatMetrics")) is None
                else ChatMetrics.from_dict(value, path=path + "ChatMetrics" + ".")
            ),
            disconnect_details=(
                None
                if (value := data.get("DisconnectDetails")) is None
                else DisconnectDetails.from_dict(
                    value, path=path + "DisconnectDetails" + "."
                )
            ),
            additional_email_recipients=(
                None
                if (value := data.get("AdditionalEmailRecipients")) is None
                else AdditionalEmailRecipients.from_dict(
                    value, path=path + "AdditionalEmailRecipients" + "."
                )
            ),
            segment_attributes=(
                None
                if (value := data.get("SegmentAttributes")) is None
                else {
                    k1: SegmentAttributeValue.from_dict(
                        v1, path=path + "SegmentAttributes" + f"[{k1!r}]" + "."
                    )
                    for k1, v1 in _rt.expect_mapping(
                        value, path + "SegmentAttributes"
                    ).items()
                }
            ),
            recordings=(
                None
                if (value := data.get("Recordings")) is None
                else [
                    RecordingInfo.from_dict(
                        v1, path=path + "Recordings" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Recordings")
                    )
                ]
            ),
            disconnect_reason=data.get("DisconnectReason"),
            contact_evaluations=(
                None
                if (value := data.get("ContactEvaluations")) is None
                else {
                    k1: ContactEvaluation.from_dict(
                        v1, path=path + "ContactEvaluations" + f"[{k1!r}]" + "."
                    )
                    for k1, v1 in _rt.expect_mapping(
                        value, path + "ContactEvaluations"
                    ).items()
                }
            ),
            task_template_info=(
                None
                if (value := data.get("TaskTemplateInfo")) is None
                else TaskTemplateInfoV2.from_dict(
                    value, path=path + "TaskTemplateInfo" + "."
                )
            ),
            contact_details=(
                None
                if (value := data.get("ContactDetails")) is None
                else ContactDetails.from_dict(value, path=path + "ContactDetails" + ".")
            ),
            outbound_strategy=(
                None
                if (value := data.get("OutboundStrategy")) is None
                else OutboundStrategy.from_dict(
                    value, path=path + "OutboundStrategy" + "."
                )
            ),
            attributes=(
                None
                if (value := data.get("Attributes")) is None
                else dict(_rt.expect_mapping(value, path + "Attributes"))
            ),
            next_contacts=(
                None
                if (value := data.get("NextContacts")) is None
                else [
                    NextContactEntry.from_dict(
                        v1, path=path + "NextContacts" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "NextContacts")
                    )
                ]
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
    def _from_json(cls, data: dict[str, _t.Any]) -> Contact:
        draft = _ContactDraft()
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
            draft.contact_association_id = (
                None
                if (value := data.get("ContactAssociationId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContactAssociationId")
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
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.description = (
                None
                if (value := data.get("Description")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "Description")
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
                else QueueInfo._from_json(
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
                else AgentInfo._from_json(
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
            draft.last_update_timestamp = (
                None
                if (value := data.get("LastUpdateTimestamp")) is None
                else _rt.parse_timestamp(value, "LastUpdateTimestamp")
            )
            draft.last_paused_timestamp = (
                None
                if (value := data.get("LastPausedTimestamp")) is None
                else _rt.parse_timestamp(value, "LastPausedTimestamp")
            )
            draft.last_resumed_timestamp = (
                None
                if (value := data.get("LastResumedTimestamp")) is None
                else _rt.parse_timestamp(value, "LastResumedTimestamp")
            )
            draft.ring_start_timestamp = (
                None
                if (value := data.get("RingStartTimestamp")) is None
                else _rt.parse_timestamp(value, "RingStartTimestamp")
            )
            draft.total_pause_count = (
                None
                if (value := data.get("TotalPauseCount")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "TotalPauseCount")
                )
            )
            draft.total_pause_duration_in_seconds = (
                None
                if (value := data.get("TotalPauseDurationInSeconds")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "TotalPauseDurationInSeconds")
                )
            )
            draft.scheduled_timestamp = (
                None
                if (value := data.get("ScheduledTimestamp")) is None
                else _rt.parse_timestamp(value, "ScheduledTimestamp")
            )
            draft.related_contact_id = (
                None
                if (value := data.get("RelatedContactId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "RelatedContactId")
                )
            )
            draft.wisdom_info = (
                None
                if (value := data.get("WisdomInfo")) is None
                else WisdomInfo._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "WisdomInfo")
                    )
                )
            )
            draft.customer_id = (
                None
                if (value := data.get("CustomerId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "CustomerId")
                )
            )
            draft.customer_endpoint = (
                None
                if (value := data.get("CustomerEndpoint")) is None
                else EndpointInfo._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "CustomerEndpoint")
                    )
                )
            )
            draft.system_endpoint = (
                None
                if (value := data.get("SystemEndpoint")) is None
                else EndpointInfo._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "SystemEndpoint")
                    )
                )
            )
            draft.queue_time_adjustment_seconds = (
                None
                if (value := data.get("QueueTimeAdjustmentSeconds")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "QueueTimeAdjustmentSeconds")
                )
            )
            draft.queue_priority = (
                None
                if (value := data.get("QueuePriority")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "QueuePriority")
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
            draft.connected_to_system_timestamp = (
                None
                if (value := data.get("ConnectedToSystemTimestamp")) is None
                else _rt.parse_timestamp(value, "ConnectedToSystemTimestamp")
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
            draft.customer = (
                None
                if (value := data.get("Customer")) is None
                else Customer._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Customer")
                    )
                )
            )
            draft.campaign = (
                None
                if (value := data.get("Campaign")) is None
                else Campaign._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Campaign")
                    )
                )
            )
            draft.answering_machine_detection_status = (
                None
                if (value := data.get("AnsweringMachineDetectionStatus")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AnsweringMachineDetectionStatus")
                )
            )
            draft.customer_voice_activity = (
                None
                if (value := data.get("CustomerVoiceActivity")) is None
                else CustomerVoiceActivity._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "CustomerVoiceActivity")
                    )
                )
            )
            draft.quality_metrics = (
                None
                if (value := data.get("QualityMetrics")) is None
                else QualityMetrics._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "QualityMetrics")
                    )
                )
            )
            draft.chat_metrics = (
                None
                if (value := data.get("ChatMetrics")) is None
                else ChatMetrics._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "ChatMetrics")
                    )
                )
            )
            draft.disconnect_details = (
                None
                if (value := data.get("DisconnectDetails")) is None
                else DisconnectDetails._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "DisconnectDetails")
                    )
                )
            )
            draft.additional_email_recipients = (
                None
                if (value := data.get("AdditionalEmailRecipients")) is None
                else AdditionalEmailRecipients._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "AdditionalEmailRecipients")
                    )
                )
            )
            draft.segment_attributes = (
                None
                if (value := data.get("SegmentAttributes")) is None
                else {
                    k1: SegmentAttributeValue._from_json(
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
            draft.recordings = (
                None
                if (value := data.get("Recordings")) is None
                else [
                    RecordingInfo._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Recordings")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Recordings")
                    )
                    if v1 is not None
                ]
            )
            draft.disconnect_reason = (
                None
                if (value := data.get("DisconnectReason")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DisconnectReason")
                )
            )
            draft.contact_evaluations = (
                None
                if (value := data.get("ContactEvaluations")) is None
                else {
                    k1: ContactEvaluation._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "ContactEvaluations")
                        )
                    )
                    for k1, v1 in (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "ContactEvaluations")
                    ).items()
                    if v1 is not None
                }
            )
            draft.task_template_info = (
                None
                if (value := data.get("TaskTemplateInfo")) is None
                else TaskTemplateInfoV2._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "TaskTemplateInfo")
                    )
                )
            )
            draft.contact_details = (
                None
                if (value := data.get("ContactDetails")) is None
                else ContactDetails._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "ContactDetails")
                    )
                )
            )
            draft.outbound_strategy = (
                None
                if (value := data.get("OutboundStrategy")) is None
                else OutboundStrategy._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "OutboundStrategy")
                    )
                )
            )
            draft.attributes = (
                None
                if (value := data.get("Attributes")) is None
                else {
                    k1: (v1 if type(v1) is str else _rt.expect_str(v1, "Attributes"))
                    for k1, v1 in (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Attributes")
                    ).items()
                    if v1 is not None
                }
            )
            draft.next_contacts = (
                None
                if (value := data.get("NextContacts")) is None
                else [
                    NextContactEntry._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "NextContacts")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "NextContacts")
                    )
                    if v1 is not None
                ]
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


class _ContactDraft:
    """A :class:`Contact` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "arn",
        "id",
        "initial_contact_id",
        "previous_contact_id",
        "contact_association_id",
        "initiation_method",
        "name",
        "description",
        "channel",
        "queue_info",
        "agent_info",
        "initiation_timestamp",
        "disconnect_timestamp",
        "last_update_timestamp",
        "last_paused_timestamp",
        "last_resumed_timestamp",
        "ring_start_timestamp",
        "total_pause_count",
        "total_pause_duration_in_seconds",
        "scheduled_timestamp",
        "related_contact_id",
        "wisdom_info",
        "customer_id",
        "customer_endpoint",
        "system_endpoint",
        "queue_time_adjustment_seconds",
        "queue_priority",
        "tags",
        "connected_to_system_timestamp",
        "routing_criteria",
        "customer",
        "campaign",
        "answering_machine_detection_status",
        "customer_voice_activity",
        "quality_metrics",
        "chat_metrics",
        "disconnect_details",
        "additional_email_recipients",
        "segment_attributes",
        "recordings",
        "disconnect_reason",
        "contact_evaluations",
        "task_template_info",
        "contact_details",
        "outbound_strategy",
        "attributes",
        "next_contacts",
        "global_resiliency_metadata",
    )
    arn: str | None
    id: str | None
    initial_contact_id: str | None
    previous_contact_id: str | None
    contact_association_id: str | None
    initiation_method: str | None
    name: str | None
    description: str | None
    channel: str | None
    queue_info: QueueInfo | None
    agent_info: AgentInfo | None
    initiation_timestamp: _dt.datetime | None
    disconnect_timestamp: _dt.datetime | None
    last_update_timestamp: _dt.datetime | None
    last_paused_timestamp: _dt.datetime | None
    last_resumed_timestamp: _dt.datetime | None
    ring_start_timestamp: _dt.datetime | None
    total_pause_count: int | None
    total_pause_duration_in_seconds: int | None
    scheduled_timestamp: _dt.datetime | None
    related_contact_id: str | None
    wisdom_info: WisdomInfo | None
    customer_id: str | None
    customer_endpoint: EndpointInfo | None
    system_endpoint: EndpointInfo | None
    queue_time_adjustment_seconds: int | None
    queue_priority: int | None
    tags: dict[str, str] | None
    connected_to_system_timestamp: _dt.datetime | None
    routing_criteria: RoutingCriteria | None
    customer: Customer | None
    campaign: Campaign | None
    answering_machine_detection_status: str | None
    customer_voice_activity: CustomerVoiceActivity | None
    quality_metrics: QualityMetrics | None
    chat_metrics: ChatMetrics | None
    disconnect_details: DisconnectDetails | None
    additional_email_recipients: AdditionalEmailRecipients | None
    segment_attributes: dict[str, SegmentAttributeValue] | None
    recordings: list[RecordingInfo] | None
    disconnect_reason: str | None
    contact_evaluations: dict[str, ContactEvaluation] | None
    task_template_info: TaskTemplateInfoV2 | None
    contact_details: ContactDetails | None
    outbound_strategy: OutboundStrategy | None
    attributes: dict[str, str] | None
    next_contacts: list[NextContactEntry] | None
    global_resiliency_metadata: GlobalResiliencyMetadata | None


def new_contact() -> Contact:
    """Create a :class:`Contact` with all optional fields omitted."""
    return Contact()


contact_arn = _rt.Lens[Contact, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "contact_arn",
)
"""Lens on :attr:`Contact.arn`."""


contact_id = _rt.Lens[Contact, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "contact_id",
)
"""Lens on :attr:`Contact.id`."""


contact_initial_contact_id = _rt.Lens[Contact, str | None](
    lambda s: s.initial_contact_id,
    lambda s, v: _dc.replace(s, initial_contact_id=v),
    "contact_initial_contact_id",
)
"""Lens on :attr:`Contact.initial_contact_id`."""


contact_previous_contact_id = _rt.Lens[Contact, str | None](
    lambda s: s.previous_contact_id,
    lambda s, v: _dc.replace(s, previous_contact_id=v),
    "contact_previous_contact_id",
)
"""Lens on :attr:`Contact.previous_contact_id`."""


contact_contact_association_id = _rt.Lens[Contact, str | None](
    lambda s: s.contact_association_id,
    lambda s, v: _dc.replace(s, contact_association_id=v),
    "contact_contact_association_id",
)
"""Lens on :attr:`Contact.contact_association_id`."""


contact_initiation_method = _rt.Lens[Contact, str | None](
    lambda s: s.initiation_method,
    lambda s, v: _dc.replace(s, initiation_method=v),
    "contact_initiation_method",
)
"""Lens on :attr:`Contact.initiation_method`."""


contact_name = _rt.Lens[Contact, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "contact_name",
)
"""Lens on :attr:`Contact.name`."""


contact_description = _rt.Lens[Contact, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "contact_description",
)
"""Lens on :attr:`Contact.description`."""


contact_channel = _rt.Lens[Contact, str | None](
    lambda s: s.channel,
    lambda s, v: _dc.replace(s, channel=v),
    "contact_channel",
)
"""Lens on :attr:`Contact.channel`."""


contact_queue_info = _rt.Lens[Contact, QueueInfo | None](
    lambda s: s.queue_info,
    lambda s, v: _dc.replace(s, queue_info=v),
    "contact_queue_info",
)
"""Lens on :attr:`Contact.queue_info`."""


contact_agent_info = _rt.Lens[Contact, AgentInfo | None](
    lambda s: s.agent_info,
    lambda s, v: _dc.replace(s, agent_info=v),
    "contact_agent_info",
)
"""Lens on :attr:`Contact.agent_info`."""


contact_initiation_timestamp = _rt.Lens[Contact, _dt.datetime | None](
    lambda s: s.initiation_timestamp,
    lambda s, v: _dc.replace(s, initiation_timestamp=v),
    "contact_initiation_timestamp",
)
"""Lens on :attr:`Contact.initiation_timestamp`."""


contact_disconnect_timestamp = _rt.Lens[Contact, _dt.datetime | None](
    lambda s: s.disconnect_timestamp,
    lambda s, v: _dc.replace(s, disconnect_timestamp=v),
    "contact_disconnect_timestamp",
)
"""Lens on :attr:`Contact.disconnect_timestamp`."""


contact_last_update_timestamp = _rt.Lens[Contact, _dt.datetime | None](
    lambda s: s.last_update_timestamp,
    lambda s, v: _dc.replace(s, last_update_timestamp=v),
    "contact_last_update_timestamp",
)
"""Lens on :attr:`Contact.last_update_timestamp`."""


contact_last_paused_timestamp = _rt.Lens[Contact, _dt.datetime | None](
    lambda s: s.last_paused_timestamp,
    lambda s, v: _dc.replace(s, last_paused_timestamp=v),
    "contact_last_paused_timestamp",
)
"""Lens on :attr:`Contact.last_paused_timestamp`."""


contact_last_resumed_timestamp = _rt.Lens[Contact, _dt.datetime | None](
    lambda s: s.last_resumed_timestamp,
    lambda s, v: _dc.replace(s, last_resumed_timestamp=v),
    "contact_last_resumed_timestamp",
)
"""Lens on :attr:`Contact.last_resumed_timestamp`."""


contact_ring_start_timestamp = _rt.Lens[Contact, _dt.datetime | None](
    lambda s: s.ring_start_timestamp,
    lambda s, v: _dc.replace(s, ring_start_timestamp=v),
    "contact_ring_start_timestamp",
)
"""Lens on :attr:`Contact.ring_start_timestamp`."""


contact_total_pause_count = _rt.Lens[Contact, int | None](
    lambda s: s.total_pause_count,
    lambda s, v: _dc.replace(s, total_pause_count=v),
    "contact_total_pause_count",
)
"""Lens on :attr:`Contact.total_pause_count`."""


contact_total_pause_duration_in_seconds = _rt.Lens[Contact, int | None](
    lambda s: s.total_pause_duration_in_seconds,
    lambda s, v: _dc.replace(s, total_pause_duration_in_seconds=v),
    "contact_total_pause_duration_in_seconds",
)
"""Lens on :attr:`Contact.total_pause_duration_in_seconds`."""


contact_scheduled_timestamp = _rt.Lens[Contact, _dt.datetime | None](
    lambda s: s.scheduled_timestamp,
    lambda s, v: _dc.replace(s, scheduled_timestamp=v),
    "contact_scheduled_timestamp",
)
"""Lens on :attr:`Contact.scheduled_timestamp`."""


contact_related_contact_id = _rt.Lens[Contact, str | None](
    lambda s: s.related_contact_id,
    lambda s, v: _dc.replace(s, related_contact_id=v),
    "contact_related_contact_id",
)
"""Lens on :attr:`Contact.related_contact_id`."""


contact_wisdom_info = _rt.Lens[Contact, WisdomInfo | None](
    lambda s: s.wisdom_info,
    lambda s, v: _dc.replace(s, wisdom_info=v),
    "contact_wisdom_info",
)
"""Lens on :attr:`Contact.wisdom_info`."""


contact_customer_id = _rt.Lens[Contact, str | None](
    lambda s: s.customer_id,
    lambda s, v: _dc.replace(s, customer_id=v),
    "contact_customer_id",
)
"""Lens on :attr:`Contact.customer_id`."""


contact_customer_endpoint = _rt.Lens[Contact, EndpointInfo | None](
    lambda s: s.customer_endpoint,
    lambda s, v: _dc.replace(s, customer_endpoint=v),
    "contact_customer_endpoint",
)
"""Lens on :attr:`Contact.customer_endpoint`."""


contact_system_endpoint = _rt.Lens[Contact, EndpointInfo | None](
    lambda s: s.system_endpoint,
    lambda s, v: _dc.replace(s, system_endpoint=v),
    "contact_system_endpoint",
)
"""Lens on :attr:`Contact.system_endpoint`."""


contact_queue_time_adjustment_seconds = _rt.Lens[Contact, int | None](
    lambda s: s.queue_time_adjustment_seconds,
    lambda s, v: _dc.replace(s, queue_time_adjustment_seconds=v),
    "contact_queue_time_adjustment_seconds",
)
"""Lens on :attr:`Contact.queue_time_adjustment_seconds`."""


contact_queue_priority = _rt.Lens[Contact, int | None](
    lambda s: s.queue_priority,
    lambda s, v: _dc.replace(s, queue_priority=v),
    "contact_queue_priority",
)
"""Lens on :attr:`Contact.queue_priority`."""


contact_tags = _rt.Lens[Contact, dict[str, str] | None](
    lambda s: s.tags,
    lambda s, v: _dc.replace(s, tags=v),
    "contact_tags",
)
"""Lens on :attr:`Contact.tags`."""


contact_connected_to_system_timestamp = _rt.Lens[Contact, _dt.datetime | None](
    lambda s: s.connected_to_system_timestamp,
    lambda s, v: _dc.replace(s, connected_to_system_timestamp=v),
    "contact_connected_to_system_timestamp",
)
"""Lens on :attr:`Contact.connected_to_system_timestamp`."""


contact_routing_criteria = _rt.Lens[Contact, RoutingCriteria | None](
    lambda s: s.routing_criteria,
    lambda s, v: _dc.replace(s, routing_criteria=v),
    "contact_routing_criteria",
)
"""Lens on :attr:`Contact.routing_criteria`."""


contact_customer = _rt.Lens[Contact, Customer | None](
    lambda s: s.customer,
    lambda s, v: _dc.replace(s, customer=v),
    "contact_customer",
)
"""Lens on :attr:`Contact.customer`."""


contact_campaign = _rt.Lens[Contact, Campaign | None](
    lambda s: s.campaign,
    lambda s, v: _dc.replace(s, campaign=v),
    "contact_campaign",
)
"""Lens on :attr:`Contact.campaign`."""


contact_answering_machine_detection_status = _rt.Lens[Contact, str | None](
    lambda s: s.answering_machine_detection_status,
    lambda s, v: _dc.replace(s, answering_machine_detection_status=v),
    "contact_answering_machine_detection_status",
)
"""Lens on :attr:`Contact.answering_machine_detection_status`."""


contact_customer_voice_activity = _rt.Lens[Contact, CustomerVoiceActivity | None](
    lambda s: s.customer_voice_activity,
    lambda s, v: _dc.replace(s, customer_voice_activity=v),
    "contact_customer_voice_activity",
)
"""Lens on :attr:`Contact.customer_voice_activity`."""


contact_quality_metrics = _rt.Lens[Contact, QualityMetrics | None](
    lambda s: s.quality_metrics,
    lambda s, v: _dc.replace(s, quality_metrics=v),
    "contact_quality_metrics",
)
"""Lens on :attr:`Contact.quality_metrics`."""


contact_chat_metrics = _rt.Lens[Contact, ChatMetrics | None](
    lambda s: s.chat_metrics,
    lambda s, v: _dc.replace(s, chat_metrics=v),
    "contact_chat_metrics",
)
"""Lens on :attr:`Contact.chat_metrics`."""


contact_disconnect_details = _rt.Lens[Contact, DisconnectDetails | None](
    lambda s: s.disconnect_details,
    lambda s, v: _dc.replace(s, disconnect_details=v),
    "contact_disconnect_details",
)
"""Lens on :attr:`Contact.disconnect_details`."""


contact_additional_email_recipients = _rt.Lens[
    Contact, AdditionalEmailRecipients | None
](
    lambda s: s.additional_email_recipients,
    lambda s, v: _dc.replace(s, additional_email_recipients=v),
    "contact_additional_email_recipients",
)
"""Lens on :attr:`Contact.additional_email_recipients`."""


contact_segment_attributes = _rt.Lens[Contact, dict[str, SegmentAttributeValue] | None](
    lambda s: s.segment_attributes,
    lambda s, v: _dc.replace(s, segment_attributes=v),
    "contact_segment_attributes",
)
"""Lens on :attr:`Contact.segment_attributes`."""


contact_recordings = _rt.Lens[Contact, list[RecordingInfo] | None](
    lambda s: s.recordings,
    lambda s, v: _dc.replace(s, recordings=v),
    "contact_recordings",
)
"""Lens on :attr:`Contact.recordings`."""


contact_disconnect_reason = _rt.Lens[Contact, str | None](
    lambda s: s.disconnect_reason,
    lambda s, v: _dc.replace(s, disconnect_reason=v),
    "contact_disconnect_reason",
)
"""Lens on :attr:`Contact.disconnect_reason`."""


contact_contact_evaluations = _rt.Lens[Contact, dict[str, ContactEvaluation] | None](
    lambda s: s.contact_evaluations,
    lambda s, v: _dc.replace(s, contact_evaluations=v),
    "contact_contact_evaluations",
)
"""Lens on :attr:`Contact.contact_evaluations`."""


contact_task_template_info = _rt.Lens[Contact, TaskTemplateInfoV2 | None](
    lambda s: s.task_template_info,
    lambda s, v: _dc.replace(s, task_template_info=v),
    "contact_task_template_info",
)
"""Lens on :attr:`Contact.task_template_info`."""


contact_contact_details = _rt.Lens[Contact, ContactDetails | None](
    lambda s: s.contact_details,
    lambda s, v: _dc.replace(s, contact_details=v),
    "contact_contact_details",
)
"""Lens on :attr:`Contact.contact_details`."""


contact_outbound_strategy = _rt.Lens[Contact, OutboundStrategy | None](
    lambda s: s.outbound_strategy,
    lambda s, v: _dc.replace(s, outbound_strategy=v),
    "contact_outbound_strategy",
)
"""Lens on :attr:`Contact.outbound_strategy`."""


contact_attributes = _rt.Lens[Contact, dict[str, str] | None](
    lambda s: s.attributes,
    lambda s, v: _dc.replace(s, attributes=v),
    "contact_attributes",
)
"""Lens on :attr:`Contact.attributes`."""


contact_next_contacts = _rt.Lens[Contact, list[NextContactEntry] | None](
    lambda s: s.next_contacts,
    lambda s, v: _dc.replace(s, next_contacts=v),
    "contact_next_contacts",
)
"""Lens on :attr:`Contact.next_contacts`."""


contact_global_resiliency_metadata = _rt.Lens[Contact, GlobalResiliencyMetadata | None](
    lambda s: s.global_resiliency_metadata,
    lambda s, v: _dc.replace(s, global_resiliency_metadata=v),
    "contact_global_resiliency_metadata",
)
"""Lens on :attr:`Contact.global_resiliency_metadata`."""
