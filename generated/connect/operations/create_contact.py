"""Only the VOICE, EMAIL, and TASK channels are supported."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.reference import Reference
from ..shapes.segment_attribute_value import SegmentAttributeValue
from ..shapes.user_info import UserInfo

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
_INITIATE_AS_VALUES = frozenset(
    (
        "CONNECTED_TO_USER",
        "COMPLETED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateContact:
    """.. important::

       Only the VOICE, EMAIL, and TASK channels are supported.

       - For VOICE: The supported initiation method is ``TRANSFER``. The
         contacts created with this initiation method have a subtype
         ``connect:ExternalAudio``.
       - For EMAIL: The supported initiation methods are ``OUTBOUND``,
         ``AGENT_REPLY``, and ``FLOW``.
       - For TASK: The supported initiation method is ``API``. Contacts
         created with this API have a sub-type of ``connect:ExternalTask``.

    Creates a new VOICE, EMAIL, or TASK contact.

    After a contact is created, you can move it to the desired state by
    using the ``InitiateAs`` parameter. While you can use API to create task
    contacts that are in the ``COMPLETED`` state, you must contact Amazon
    Web Services Support before using it for bulk import use cases. Bulk
    import causes your requests to be throttled or fail if your
    CreateContact limits aren't high enough.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``channel``: The channel for the contact.
    - ``initiation_method``: Indicates how the contact was initiated.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    - ``related_contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``attributes``: A custom key-value pair using an attribute map.
    - ``references``: A formatted URL that is shown to an agent in the Contact Control Panel (CCP).
    - ``expiry_duration_in_minutes``: Number of minutes the contact will be active for before expiring
    - ``user_info``: User details for the contact
    - ``initiate_as``: Initial state of the contact when it's created.
    - ``name``: The name of a the contact.
    - ``description``: A description of the contact.
    - ``segment_attributes``: A set of system defined key-value pairs stored on individual contact segments (unique contact ID) using an attribute map.
    - ``previous_contact_id``: The ID of the previous contact when creating a transfer contact.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    channel: str
    """The channel for the contact.

    .. important::

       The CHAT channel is not supported. The following information is
       incorrect. We're working to correct it.
    """

    initiation_method: str
    """Indicates how the contact was initiated.

    .. important::

       CreateContact only supports the following initiation methods. Valid
       values by channel are:

       - For VOICE: ``TRANSFER`` and the subtype ``connect:ExternalAudio``
       - For EMAIL: ``OUTBOUND`` | ``AGENT_REPLY`` | ``FLOW``
       - For TASK: ``API``

       The other channels listed below are incorrect. We're working to
       correct this information.
    """

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
    """

    related_contact_id: str | None = None
    """The identifier of the contact in this instance of Connect Customer."""

    attributes: dict[str, str] | None = None
    """A custom key-value pair using an attribute map. The attributes are
    standard Connect Customer attributes, and can be accessed in flows just
    like any other contact attributes.

    There can be up to 32,768 UTF-8 bytes across all key-value pairs per
    contact. Attribute keys can include only alphanumeric, dash, and
    underscore characters.
    """

    references: dict[str, Reference] | None = None
    """A formatted URL that is shown to an agent in the Contact Control Panel
    (CCP). Tasks can have the following reference types at the time of
    creation: ``URL`` | ``NUMBER`` | ``STRING`` | ``DATE`` | ``EMAIL`` |
    ``ATTACHMENT``.
    """

    expiry_duration_in_minutes: int | None = None
    """Number of minutes the contact will be active for before expiring"""

    user_info: UserInfo | None = None
    """User details for the contact

    .. important::

       UserInfo is required when creating an EMAIL contact with ``OUTBOUND``
       and ``AGENT_REPLY`` contact initiation methods.
    """

    initiate_as: str | None = None
    """Initial state of the contact when it's created. Only TASK channel
    contacts can be initiated with ``COMPLETED`` state.
    """

    name: str | None = None
    """The name of a the contact."""

    description: str | None = None
    """A description of the contact."""

    segment_attributes: dict[str, SegmentAttributeValue] | None = None
    """A set of system defined key-value pairs stored on individual contact
    segments (unique contact ID) using an attribute map. The attributes are
    standard Connect Customer attributes. They can be accessed in flows.

    Attribute keys can include only alphanumeric, -, and _.

    This field can be used to set Segment Contact Expiry as a duration in
    minutes.

    .. note::

       To set contact expiry, a ValueMap must be specified containing the
       integer number of minutes the contact will be active for before
       expiring, with ``SegmentAttributes`` like {
       ``"connect:ContactExpiry": {"ValueMap" : { "ExpiryDuration": { "ValueInteger": 135}}}}``.
    """

    previous_contact_id: str | None = None
    """The ID of the previous contact when creating a transfer contact. This
    value can be provided only for external audio contacts. For more
    information, see `Integrate Connect Customer Contact Lens with external
    voice systems
    <https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-integration.html>`__
    in the *Connect Customer Administrator Guide*.
    """

    def __repr__(self) -> str:
        fields = [
            f"instance_id={self.instance_id!r}",
            f"channel={self.channel!r}",
            f"initiation_method={self.initiation_method!r}",
            f"client_token={self.client_token!r}",
            f"related_contact_id={self.related_contact_id!r}",
            f"attributes={self.attributes!r}",
            f"references={self.references!r}",
            f"expiry_duration_in_minutes={self.expiry_duration_in_minutes!r}",
            f"user_info={self.user_info!r}",
            f"initiate_as={self.initiate_as!r}",
            "name=<sensitive>",
            "description=<sensitive>",
            f"segment_attributes={self.segment_attributes!r}",
            f"previous_contact_id={self.previous_contact_id!r}",
        ]
        return f"CreateContact({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.channel
        if value is None:
            errors.append(prefix + "channel: required but missing")
        else:
            path = prefix + "channel"
            _rt.check_str(errors, path, value, enum=_CHANNEL_VALUES)
        value = self.initiation_method
        if value is None:
            errors.append(prefix + "initiation_method: required but missing")
        else:
            path = prefix + "initiation_method"
            _rt.check_str(errors, path, value, enum=_CONTACT_INITIATION_METHOD_VALUES)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.related_contact_id
        if value is not None:
            path = prefix + "related_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
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
        value = self.expiry_duration_in_minutes
        if value is not None:
            path = prefix + "expiry_duration_in_minutes"
            _rt.check_number(errors, path, value, True)
        value = self.user_info
        if value is not None:
            path = prefix + "user_info"
            if isinstance(value, UserInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected UserInfo, got {type(value).__name__}")
        value = self.initiate_as
        if value is not None:
            path = prefix + "initiate_as"
            _rt.check_str(errors, path, value, enum=_INITIATE_AS_VALUES)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=0, max_len=1024)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=0, max_len=4096)
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
        value = self.previous_contact_id
        if value is not None:
            path = prefix + "previous_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["Channel"] = self.channel
        result["InitiationMethod"] = self.initiation_method
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        if self.related_contact_id is not None:
            result["RelatedContactId"] = self.related_contact_id
        if self.attributes is not None:
            result["Attributes"] = dict(self.attributes)
        if self.references is not None:
            result["References"] = {
                k1: v1.to_dict() for k1, v1 in self.references.items()
            }
        if self.expiry_duration_in_minutes is not None:
            result["ExpiryDurationInMinutes"] = self.expiry_duration_in_minutes
        if self.user_info is not None:
            result["UserInfo"] = self.user_info.to_dict()
        if self.initiate_as is not None:
            result["InitiateAs"] = self.initiate_as
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        if self.segment_attributes is not None:
            result["SegmentAttributes"] = {
                k1: v1.to_dict() for k1, v1 in self.segment_attributes.items()
            }
        if self.previous_contact_id is not None:
            result["PreviousContactId"] = self.previous_contact_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreateContact")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            channel=_rt.required(data, "Channel", path),
            initiation_method=_rt.required(data, "InitiationMethod", path),
            client_token=data.get("ClientToken"),
            related_contact_id=data.get("RelatedContactId"),
            attributes=(
                None
                if (value := data.get("Attributes")) is None
                else dict(_rt.expect_mapping(value, path + "Attributes"))
            ),
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
            expiry_duration_in_minutes=data.get("ExpiryDurationInMinutes"),
            user_info=(
                None
                if (value := data.get("UserInfo")) is None
                else UserInfo.from_dict(value, path=path + "UserInfo" + ".")
            ),
            initiate_as=data.get("InitiateAs"),
            name=data.get("Name"),
            description=data.get("Description"),
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
            previous_contact_id=data.get("PreviousContactId"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateContactResponse:
    """The response of CreateContact.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``contact_arn``: The Amazon Resource Name (ARN) of the created contact.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_id: str | None = None
    """The identifier of the contact in this instance of Connect Customer."""

    contact_arn: str | None = None
    """The Amazon Resource Name (ARN) of the created contact."""

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
        value = self.contact_arn
        if value is not None:
            path = prefix + "contact_arn"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contact_id is not None:
            result["ContactId"] = self.contact_id
        if self.contact_arn is not None:
            result["ContactArn"] = self.contact_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreateContactResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            contact_id=data.get("ContactId"),
            contact_arn=data.get("ContactArn"),
        )


class _CreateContactResponseDraft:
    """A :class:`CreateContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contact_id", "contact_arn")
    http_status: int
    contact_id: str | None
    contact_arn: str | None


def new_create_contact(
    instance_id: str,
    channel: str,
    initiation_method: str,
) -> CreateContact:
    """Create a :class:`CreateContact` with all optional fields omitted."""
    return CreateContact(
        instance_id=instance_id,
        channel=channel,
        initiation_method=initiation_method,
    )


create_contact_instance_id = _rt.Lens[CreateContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "create_contact_instance_id",
)
"""Lens on :attr:`CreateContact.instance_id`."""


create_contact_channel = _rt.Lens[CreateContact, str](
    lambda s: s.channel,
    lambda s, v: _dc.replace(s, channel=v),
    "create_contact_channel",
)
"""Lens on :attr:`CreateContact.channel`."""


create_contact_initiation_method = _rt.Lens[CreateContact, str](
    lambda s: s.initiation_method,
    lambda s, v: _dc.replace(s, initiation_method=v),
    "create_contact_initiation_method",
)
"""Lens on :attr:`CreateContact.initiation_method`."""


create_contact_client_token = _rt.Lens[CreateContact, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "create_contact_client_token",
)
"""Lens on :attr:`CreateContact.client_token`."""


create_contact_related_contact_id = _rt.Lens[CreateContact, str | None](
    lambda s: s.related_contact_id,
    lambda s, v: _dc.replace(s, related_contact_id=v),
    "create_contact_related_contact_id",
)
"""Lens on :attr:`CreateContact.related_contact_id`."""


create_contact_attributes = _rt.Lens[CreateContact, dict[str, str] | None](
    lambda s: s.attributes,
    lambda s, v: _dc.replace(s, attributes=v),
    "create_contact_attributes",
)
"""Lens on :attr:`CreateContact.attributes`."""


create_contact_references = _rt.Lens[CreateContact, dict[str, Reference] | None](
    lambda s: s.references,
    lambda s, v: _dc.replace(s, references=v),
    "create_contact_references",
)
"""Lens on :attr:`CreateContact.references`."""


create_contact_expiry_duration_in_minutes = _rt.Lens[CreateContact, int | None](
    lambda s: s.expiry_duration_in_minutes,
    lambda s, v: _dc.replace(s, expiry_duration_in_minutes=v),
    "create_contact_expiry_duration_in_minutes",
)
"""Lens on :attr:`CreateContact.expiry_duration_in_minutes`."""


create_contact_user_info = _rt.Lens[CreateContact, UserInfo | None](
    lambda s: s.user_info,
    lambda s, v: _dc.replace(s, user_info=v),
    "create_contact_user_info",
)
"""Lens on :attr:`CreateContact.user_info`."""


create_contact_initiate_as = _rt.Lens[CreateContact, str | None](
    lambda s: s.initiate_as,
    lambda s, v: _dc.replace(s, initiate_as=v),
    "create_contact_initiate_as",
)
"""Lens on :attr:`CreateContact.initiate_as`."""


create_contact_name = _rt.Lens[CreateContact, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "create_contact_name",
)
"""Lens on :attr:`CreateContact.name`."""


create_contact_description = _rt.Lens[CreateContact, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "create_contact_description",
)
"""Lens on :attr:`CreateContact.description`."""


create_contact_segment_attributes = _rt.Lens[
    CreateContact, dict[str, SegmentAttributeValue] | None
](
    lambda s: s.segment_attributes,
    lambda s, v: _dc.replace(s, segment_attributes=v),
    "create_contact_segment_attributes",
)
"""Lens on :attr:`CreateContact.segment_attributes`."""


create_contact_previous_contact_id = _rt.Lens[CreateContact, str | None](
    lambda s: s.previous_contact_id,
    lambda s, v: _dc.replace(s, previous_contact_id=v),
    "create_contact_previous_contact_id",
)
"""Lens on :attr:`CreateContact.previous_contact_id`."""


def new_create_contact_response(
    http_status: int,
) -> CreateContactResponse:
    """Create a :class:`CreateContactResponse` with all optional fields omitted."""
    return CreateContactResponse(
        http_status=http_status,
    )


create_contact_response_http_status = _rt.Lens[CreateContactResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "create_contact_response_http_status",
)
"""Lens on :attr:`CreateContactResponse.http_status`."""


create_contact_response_contact_id = _rt.Lens[CreateContactResponse, str | None](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "create_contact_response_contact_id",
)
"""Lens on :attr:`CreateContactResponse.contact_id`."""


create_contact_response_contact_arn = _rt.Lens[CreateContactResponse, str | None](
    lambda s: s.contact_arn,
    lambda s, v: _dc.replace(s, contact_arn=v),
    "create_contact_response_contact_arn",
)
"""Lens on :attr:`CreateContactResponse.contact_arn`."""


def _serialize(request: CreateContact, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    path = "/contact/create-contact"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["Channel"] = request.channel
    data["InitiationMethod"] = request.initiation_method
    data["ClientToken"] = idempotency_client_token
    if request.related_contact_id is not None:
        data["RelatedContactId"] = request.related_contact_id
    if request.attributes is not None:
        data["Attributes"] = request.attributes
    if request.references is not None:
        data["References"] = {
            k1: v1._to_json() for k1, v1 in request.references.items()
        }
    if request.expiry_duration_in_minutes is not None:
        data["ExpiryDurationInMinutes"] = request.expiry_duration_in_minutes
    if request.user_info is not None:
        data["UserInfo"] = request.user_info._to_json()
    if request.initiate_as is not None:
        data["InitiateAs"] = request.initiate_as
    if request.name is not None:
        data["Name"] = request.name
    if request.description is not None:
        data["Description"] = request.description
    if request.segment_attributes is not None:
        data["SegmentAttributes"] = {
            k1: v1._to_json() for k1, v1 in request.segment_attributes.items()
        }
    if request.previous_contact_id is not None:
        data["PreviousContactId"] = request.previous_contact_id
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
) -> CreateContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _CreateContactResponseDraft()
    draft.http_status = status
    try:
        draft.contact_id = (
            None
            if (value := data.get("ContactId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "ContactId"))
        )
        draft.contact_arn = (
            None
            if (value := data.get("ContactArn")) is None
            else (value if type(value) is str else _rt.expect_str(value, "ContactArn"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, CreateContactResponse)


OPERATION: _rt.Operation[CreateContact, CreateContactResponse] = _rt.Operation(
    "CreateContact",
    CreateContact,
    CreateContactResponse,
    (
        _errors.AccessDeniedException,
        _errors.InternalServiceException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.IdempotencyException,
        _errors.ConflictException,
        _errors.ServiceQuotaExceededException,
    ),
    _serialize,
    _deserialize,
)
"""The CreateContact operation: its types, errors and wire codec."""
