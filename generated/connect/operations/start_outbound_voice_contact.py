"""Places an outbound call to a contact, and then initiates the flow."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.answer_machine_detection_config import AnswerMachineDetectionConfig
from ..shapes.outbound_strategy import OutboundStrategy
from ..shapes.reference import Reference

_PATTERN_1 = _rt.Pattern(
    "\\+[1-9]\\d{1,14}$",
    "(?a)\\+[1-9]\\d{1,14}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_TRAFFIC_TYPE_VALUES = frozenset(
    (
        "GENERAL",
        "CAMPAIGN",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartOutboundVoiceContact:
    """Places an outbound call to a contact, and then initiates the flow. It
    performs the actions in the flow that's specified (in
    ``ContactFlowId``).

    Agents do not initiate the outbound API, which means that they do not
    dial the contact. If the flow places an outbound call to a contact, and
    then puts the contact in queue, the call is then routed to the agent,
    like any other inbound case.

    Dialing timeout for this operation can be configured with the
    “RingTimeoutInSeconds” parameter. If not specified, the default dialing
    timeout will be 60 seconds which means if the call is not connected
    within 60 seconds, it fails.

    .. note::

       UK numbers with a 447 prefix are not allowed by default. Before you
       can dial these UK mobile numbers, you must submit a service quota
       increase request. For more information, see `Connect Customer Service
       Quotas
       <https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html>`__
       in the *Connect Customer Administrator Guide*.

    .. note::

       Campaign calls are not allowed by default. Before you can make a call
       with ``TrafficType`` = ``CAMPAIGN``, you must submit a service quota
       increase request to the quota `Connect Customer campaigns
       <https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html#outbound-communications-quotas>`__.

    .. note::

       For Preview dialing mode, only the Amazon Connect outbound campaigns
       service principal is allowed to assume a role in your account and
       call this API with OutboundStrategy.

    Fields:

    - ``destination_phone_number``: The phone number of the customer, in E.164 format.
    - ``contact_flow_id``: The identifier of the flow for the outbound call.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``name``: The name of a voice contact that is shown to an agent in the Contact Control Panel (CCP).
    - ``description``: A description of the voice contact that appears in the agent's snapshot in the CCP logs.
    - ``references``: A formatted URL that is shown to an agent in the Contact Control Panel (CCP).
    - ``related_contact_id``: The ``contactId`` that is related to this contact.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    - ``source_phone_number``: The phone number associated with the Connect Customer instance, in E.164 format.
    - ``queue_id``: The queue for the call.
    - ``attributes``: A custom key-value pair using an attribute map.
    - ``answer_machine_detection_config``: Configuration of the answering machine detection for this outbound call.
    - ``campaign_id``: The campaign identifier of the outbound communication.
    - ``traffic_type``: Denotes the class of traffic.
    - ``outbound_strategy``: Information about the outbound strategy.
    - ``ring_timeout_in_seconds``: The maximum time the outbound call will wait for the destination to answer the call, in seconds
    """

    destination_phone_number: str
    """The phone number of the customer, in E.164 format."""

    contact_flow_id: str
    """The identifier of the flow for the outbound call. To see the
    ContactFlowId in the Connect Customer admin website, on the navigation
    menu go to **Routing**, **Contact Flows**. Choose the flow. On the flow
    page, under the name of the flow, choose **Show additional flow
    information**. The ContactFlowId is the last part of the ARN, shown here
    in bold:

    arn:aws:connect:us-west-2:xxxxxxxxxxxx:instance/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/contact-flow/**846ec553-a005-41c0-8341-xxxxxxxxxxxx**
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    name: str | None = None
    """The name of a voice contact that is shown to an agent in the Contact
    Control Panel (CCP).
    """

    description: str | None = None
    """A description of the voice contact that appears in the agent's snapshot
    in the CCP logs. For more information about CCP logs, see `Download and
    review CCP logs
    <https://docs.aws.amazon.com/connect/latest/adminguide/download-ccp-logs.html>`__
    in the *Connect Customer Administrator Guide*.
    """

    references: dict[str, Reference] | None = None
    """A formatted URL that is shown to an agent in the Contact Control Panel
    (CCP). Contacts can have the following reference types at the time of
    creation: ``URL`` | ``NUMBER`` | ``STRING`` | ``DATE`` | ``EMAIL``.
    ``ATTACHMENT`` is not a supported reference type during voice contact
    creation.
    """

    related_contact_id: str | None = None
    """The ``contactId`` that is related to this contact. Linking voice, task,
    or chat by using ``RelatedContactID`` copies over contact attributes
    from the related contact to the new contact. All updates to user-defined
    attributes in the new contact are limited to the individual contact ID.
    There are no limits to the number of contacts that can be linked by
    using ``RelatedContactId``.
    """

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
    The token is valid for 7 days after creation. If a contact is already
    started, the contact ID is returned.
    """

    source_phone_number: str | None = None
    """The phone number associated with the Connect Customer instance, in E.164
    format. If you do not specify a source phone number, you must specify a
    queue.
    """

    queue_id: str | None = None
    """The queue for the call. If you specify a queue, the phone displayed for
    caller ID is the phone number specified in the queue. If you do not
    specify a queue, the queue defined in the flow is used. If you do not
    specify a queue, you must specify a source phone number.
    """

    attributes: dict[str, str] | None = None
    """A custom key-value pair using an attribute map. The attributes are
    standard Connect Customer attributes, and can be accessed in flows just
    like any other contact attributes.

    There can be up to 32,768 UTF-8 bytes across all key-value pairs per
    contact. Attribute keys can include only alphanumeric, dash, and
    underscore characters.
    """

    answer_machine_detection_config: AnswerMachineDetectionConfig | None = None
    """Configuration of the answering machine detection for this outbound call."""

    campaign_id: str | None = None
    """The campaign identifier of the outbound communication."""

    traffic_type: str | None = None
    """Denotes the class of traffic. Calls with different traffic types are
    handled differently by Connect Customer. The default value is
    ``GENERAL``. Use ``CAMPAIGN`` if ``EnableAnswerMachineDetection`` is set
    to ``true``. For all other cases, use ``GENERAL``.
    """

    outbound_strategy: OutboundStrategy | None = None
    """Information about the outbound strategy."""

    ring_timeout_in_seconds: int | None = None
    """The maximum time the outbound call will wait for the destination to
    answer the call, in seconds
    """

    def __repr__(self) -> str:
        fields = [
            f"destination_phone_number={self.destination_phone_number!r}",
            f"contact_flow_id={self.contact_flow_id!r}",
            f"instance_id={self.instance_id!r}",
            "name=<sensitive>",
            "description=<sensitive>",
            f"references={self.references!r}",
            f"related_contact_id={self.related_contact_id!r}",
            f"client_token={self.client_token!r}",
            f"source_phone_number={self.source_phone_number!r}",
            f"queue_id={self.queue_id!r}",
            f"attributes={self.attributes!r}",
            f"answer_machine_detection_config={self.answer_machine_detection_config!r}",
            f"campaign_id={self.campaign_id!r}",
            f"traffic_type={self.traffic_type!r}",
            f"outbound_strategy={self.outbound_strategy!r}",
            f"ring_timeout_in_seconds={self.ring_timeout_in_seconds!r}",
        ]
        return f"StartOutboundVoiceContact({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.destination_phone_number
        if value is None:
            errors.append(prefix + "destination_phone_number: required but missing")
        else:
            path = prefix + "destination_phone_number"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.contact_flow_id
        if value is None:
            errors.append(prefix + "contact_flow_id: required but missing")
        else:
            path = prefix + "contact_flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=0, max_len=1024)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=0, max_len=4096)
        value = self.references
        if value is not None:
            path = prefix + "references"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=4096)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Reference):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Reference, got {type(v1).__name__}"
                            )
        value = self.related_contact_id
        if value is not None:
            path = prefix + "related_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.source_phone_number
        if value is not None:
            path = prefix + "source_phone_number"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.queue_id
        if value is not None:
            path = prefix + "queue_id"
            _rt.check_str(errors, path, value)
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
        value = self.answer_machine_detection_config
        if value is not None:
            path = prefix + "answer_machine_detection_config"
            if isinstance(value, AnswerMachineDetectionConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AnswerMachineDetectionConfig, got {type(value).__name__}"
                )
        value = self.campaign_id
        if value is not None:
            path = prefix + "campaign_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.traffic_type
        if value is not None:
            path = prefix + "traffic_type"
            _rt.check_str(errors, path, value, enum=_TRAFFIC_TYPE_VALUES)
        value = self.outbound_strategy
        if value is not None:
            path = prefix + "outbound_strategy"
            if isinstance(value, OutboundStrategy):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected OutboundStrategy, got {type(value).__name__}"
                )
        value = self.ring_timeout_in_seconds
        if value is not None:
            path = prefix + "ring_timeout_in_seconds"
            _rt.check_number(errors, path, value, True, minimum=15, maximum=60)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["DestinationPhoneNumber"] = self.destination_phone_number
        result["ContactFlowId"] = self.contact_flow_id
        result["InstanceId"] = self.instance_id
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        if self.references is not None:
            result["References"] = {
                k1: v1.to_dict() for k1, v1 in self.references.items()
            }
        if self.related_contact_id is not None:
            result["RelatedContactId"] = self.related_contact_id
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        if self.source_phone_number is not None:
            result["SourcePhoneNumber"] = self.source_phone_number
        if self.queue_id is not None:
            result["QueueId"] = self.queue_id
        if self.attributes is not None:
            result["Attributes"] = dict(self.attributes)
        if self.answer_machine_detection_config is not None:
            result["AnswerMachineDetectionConfig"] = (
                self.answer_machine_detection_config.to_dict()
            )
        if self.campaign_id is not None:
            result["CampaignId"] = self.campaign_id
        if self.traffic_type is not None:
            result["TrafficType"] = self.traffic_type
        if self.outbound_strategy is not None:
            result["OutboundStrategy"] = self.outbound_strategy.to_dict()
        if self.ring_timeout_in_seconds is not None:
            result["RingTimeoutInSeconds"] = self.ring_timeout_in_seconds
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartOutboundVoiceContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartOutboundVoiceContact")
        return cls(
            destination_phone_number=_rt.required(data, "DestinationPhoneNumber", path),
            contact_flow_id=_rt.required(data, "ContactFlowId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            name=data.get("Name"),
            description=data.get("Description"),
            references=(
                None
                if (value := data.get("References")) is None
                else {
                    k1: Reference.from_dict(
                        v1, path=path + "References" + f"[{k1!r}]" + "."
                    )
                    for k1, v1 in _rt.expect_mapping(value, path + "References").items()
                }
            ),
            related_contact_id=data.get("RelatedContactId"),
            client_token=data.get("ClientToken"),
            source_phone_number=data.get("SourcePhoneNumber"),
            queue_id=data.get("QueueId"),
            attributes=(
                None
                if (value := data.get("Attributes")) is None
                else dict(_rt.expect_mapping(value, path + "Attributes"))
            ),
            answer_machine_detection_config=(
                None
                if (value := data.get("AnswerMachineDetectionConfig")) is None
                else AnswerMachineDetectionConfig.from_dict(
                    value, path=path + "AnswerMachineDetectionConfig" + "."
                )
            ),
            campaign_id=data.get("CampaignId"),
            traffic_type=data.get("TrafficType"),
            outbound_strategy=(
                None
                if (value := data.get("OutboundStrategy")) is None
                else OutboundStrategy.from_dict(
                    value, path=path + "OutboundStrategy" + "."
                )
            ),
            ring_timeout_in_seconds=data.get("RingTimeoutInSeconds"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartOutboundVoiceContactResponse:
    """The response of StartOutboundVoiceContact.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_id``: The identifier of this contact within the Connect Customer instance.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_id: str | None = None
    """The identifier of this contact within the Connect Customer instance."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contact_id is not None:
            result["ContactId"] = self.contact_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartOutboundVoiceContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "StartOutboundVoiceContactResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            contact_id=data.get("ContactId"),
        )


class _StartOutboundVoiceContactResponseDraft:
    """A :class:`StartOutboundVoiceContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contact_id")
    http_status: int
    contact_id: str | None


def new_start_outbound_voice_contact(
    destination_phone_number: str,
    contact_flow_id: str,
    instance_id: str,
) -> StartOutboundVoiceContact:
    """Create a :class:`StartOutboundVoiceContact` with all optional fields omitted."""
    return StartOutboundVoiceContact(
        destination_phone_number=destination_phone_number,
        contact_flow_id=contact_flow_id,
        instance_id=instance_id,
    )


start_outbound_voice_contact_destination_phone_number = _rt.Lens[
    StartOutboundVoiceContact, str
](
    lambda s: s.destination_phone_number,
    lambda s, v: _dc.replace(s, destination_phone_number=v),
    "start_outbound_voice_contact_destination_phone_number",
)
"""Lens on :attr:`StartOutboundVoiceContact.destination_phone_number`."""


start_outbound_voice_contact_contact_flow_id = _rt.Lens[StartOutboundVoiceContact, str](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "start_outbound_voice_contact_contact_flow_id",
)
"""Lens on :attr:`StartOutboundVoiceContact.contact_flow_id`."""


start_outbound_voice_contact_instance_id = _rt.Lens[StartOutboundVoiceContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "start_outbound_voice_contact_instance_id",
)
"""Lens on :attr:`StartOutboundVoiceContact.instance_id`."""


start_outbound_voice_contact_name = _rt.Lens[StartOutboundVoiceContact, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "start_outbound_voice_contact_name",
)
"""Lens on :attr:`StartOutboundVoiceContact.name`."""


start_outbound_voice_contact_description = _rt.Lens[
    StartOutboundVoiceContact, str | None
](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "start_outbound_voice_contact_description",
)
"""Lens on :attr:`StartOutboundVoiceContact.description`."""


start_outbound_voice_contact_references = _rt.Lens[
    StartOutboundVoiceContact, dict[str, Reference] | None
](
    lambda s: s.references,
    lambda s, v: _dc.replace(s, references=v),
    "start_outbound_voice_contact_references",
)
"""Lens on :attr:`StartOutboundVoiceContact.references`."""


start_outbound_voice_contact_related_contact_id = _rt.Lens[
    StartOutboundVoiceContact, str | None
](
    lambda s: s.related_contact_id,
    lambda s, v: _dc.replace(s, related_contact_id=v),
    "start_outbound_voice_contact_related_contact_id",
)
"""Lens on :attr:`StartOutboundVoiceContact.related_contact_id`."""


start_outbound_voice_contact_client_token = _rt.Lens[
    StartOutboundVoiceContact, str | None
](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "start_outbound_voice_contact_client_token",
)
"""Lens on :attr:`StartOutboundVoiceContact.client_token`."""


start_outbound_voice_contact_source_phone_number = _rt.Lens[
    StartOutboundVoiceContact, str | None
](
    lambda s: s.source_phone_number,
    lambda s, v: _dc.replace(s, source_phone_number=v),
    "start_outbound_voice_contact_source_phone_number",
)
"""Lens on :attr:`StartOutboundVoiceContact.source_phone_number`."""


start_outbound_voice_contact_queue_id = _rt.Lens[StartOutboundVoiceContact, str | None](
    lambda s: s.queue_id,
    lambda s, v: _dc.replace(s, queue_id=v),
    "start_outbound_voice_contact_queue_id",
)
"""Lens on :attr:`StartOutboundVoiceContact.queue_id`."""


start_outbound_voice_contact_attributes = _rt.Lens[
    StartOutboundVoiceContact, dict[str, str] | None
](
    lambda s: s.attributes,
    lambda s, v: _dc.replace(s, attributes=v),
    "start_outbound_voice_contact_attributes",
)
"""Lens on :attr:`StartOutboundVoiceContact.attributes`."""


start_outbound_voice_contact_answer_machine_detection_config = _rt.Lens[
    StartOutboundVoiceContact, AnswerMachineDetectionConfig | None
](
    lambda s: s.answer_machine_detection_config,
    lambda s, v: _dc.replace(s, answer_machine_detection_config=v),
    "start_outbound_voice_contact_answer_machine_detection_config",
)
"""Lens on :attr:`StartOutboundVoiceContact.answer_machine_detection_config`."""


start_outbound_voice_contact_campaign_id = _rt.Lens[
    StartOutboundVoiceContact, str | None
](
    lambda s: s.campaign_id,
    lambda s, v: _dc.replace(s, campaign_id=v),
    "start_outbound_voice_contact_campaign_id",
)
"""Lens on :attr:`StartOutboundVoiceContact.campaign_id`."""


start_outbound_voice_contact_traffic_type = _rt.Lens[
    StartOutboundVoiceContact, str | None
](
    lambda s: s.traffic_type,
    lambda s, v: _dc.replace(s, traffic_type=v),
    "start_outbound_voice_contact_traffic_type",
)
"""Lens on :attr:`StartOutboundVoiceContact.traffic_type`."""


start_outbound_voice_contact_outbound_strategy = _rt.Lens[
    StartOutboundVoiceContact, OutboundStrategy | None
](
    lambda s: s.outbound_strategy,
    lambda s, v: _dc.replace(s, outbound_strategy=v),
    "start_outbound_voice_contact_outbound_strategy",
)
"""Lens on :attr:`StartOutboundVoiceContact.outbound_strategy`."""


start_outbound_voice_contact_ring_timeout_in_seconds = _rt.Lens[
    StartOutboundVoiceContact, int | None
](
    lambda s: s.ring_timeout_in_seconds,
    lambda s, v: _dc.replace(s, ring_timeout_in_seconds=v),
    "start_outbound_voice_contact_ring_timeout_in_seconds",
)
"""Lens on :attr:`StartOutboundVoiceContact.ring_timeout_in_seconds`."""


def new_start_outbound_voice_contact_response(
    http_status: int,
) -> StartOutboundVoiceContactResponse:
    """Create a :class:`StartOutboundVoiceContactResponse` with all optional fields omitted."""
    return StartOutboundVoiceContactResponse(
        http_status=http_status,
    )


start_outbound_voice_contact_response_http_status = _rt.Lens[
    StartOutboundVoiceContactResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "start_outbound_voice_contact_response_http_status",
)
"""Lens on :attr:`StartOutboundVoiceContactResponse.http_status`."""


start_outbound_voice_contact_response_contact_id = _rt.Lens[
    StartOutboundVoiceContactResponse, str | None
](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "start_outbound_voice_contact_response_contact_id",
)
"""Lens on :attr:`StartOutboundVoiceContactResponse.contact_id`."""


def _serialize(
    request: StartOutboundVoiceContact, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    path = "/contact/outbound-voice"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["DestinationPhoneNumber"] = request.destination_phone_number
    data["ContactFlowId"] = request.contact_flow_id
    data["InstanceId"] = request.instance_id
    if request.name is not None:
        data["Name"] = request.name
    if request.description is not None:
        data["Description"] = request.description
    if request.references is not None:
        data["References"] = {
            k1: v1._to_json() for k1, v1 in request.references.items()
        }
    if request.related_contact_id is not None:
        data["RelatedContactId"] = request.related_contact_id
    data["ClientToken"] = idempotency_client_token
    if request.source_phone_number is not None:
        data["SourcePhoneNumber"] = request.source_phone_number
    if request.queue_id is not None:
        data["QueueId"] = request.queue_id
    if request.attributes is not None:
        data["Attributes"] = request.attributes
    if request.answer_machine_detection_config is not None:
        data["AnswerMachineDetectionConfig"] = (
            request.answer_machine_detection_config._to_json()
        )
    if request.campaign_id is not None:
        data["CampaignId"] = request.campaign_id
    if request.traffic_type is not None:
        data["TrafficType"] = request.traffic_type
    if request.outbound_strategy is not None:
        data["OutboundStrategy"] = request.outbound_strategy._to_json()
    if request.ring_timeout_in_seconds is not None:
        data["RingTimeoutInSeconds"] = request.ring_timeout_in_seconds
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="PUT",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> StartOutboundVoiceContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _StartOutboundVoiceContactResponseDraft()
    draft.http_status = status
    try:
        draft.contact_id = (
            None
            if (value := data.get("ContactId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "ContactId"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, StartOutboundVoiceContactResponse)


OPERATION: _rt.Operation[
    StartOutboundVoiceContact, StartOutboundVoiceContactResponse
] = _rt.Operation(
    "StartOutboundVoiceContact",
    StartOutboundVoiceContact,
    StartOutboundVoiceContactResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.LimitExceededException,
        _errors.DestinationNotAllowedException,
        _errors.OutboundContactNotPermittedException,
    ),
    _serialize,
    _deserialize,
)
"""The StartOutboundVoiceContact operation: its types, errors and wire codec."""
