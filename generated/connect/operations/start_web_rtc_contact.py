"""Places an inbound in-app, web, or video call to a contact, and then initiates the flow."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.allowed_capabilities import AllowedCapabilities
from ..shapes.connection_data import ConnectionData
from ..shapes.participant_details import ParticipantDetails
from ..shapes.reference import Reference


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartWebRTCContact:
    """Places an inbound in-app, web, or video call to a contact, and then
    initiates the flow. It performs the actions in the flow that are
    specified (in ContactFlowId) and present in the Connect Customer
    instance (specified as InstanceId).

    Fields:

    - ``contact_flow_id``: The identifier of the flow for the call.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``participant_details``: The customer's details.
    - ``attributes``: A custom key-value pair using an attribute map.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    - ``allowed_capabilities``: Information about the video sharing capabilities of the participants (customer, agent).
    - ``related_contact_id``: The unique identifier for an Connect Customer contact.
    - ``references``: A formatted URL that is shown to an agent in the Contact Control Panel (CCP).
    - ``description``: A description of the task that is shown to an agent in the Contact Control Panel (CCP).
    """

    contact_flow_id: str
    """The identifier of the flow for the call. To see the ContactFlowId in the
    Connect Customer admin website, on the navigation menu go to
    **Routing**, **Flows**. Choose the flow. On the flow page, under the
    name of the flow, choose **Show additional flow information**. The
    ContactFlowId is the last part of the ARN, shown here in bold:

    arn:aws:connect:us-west-2:xxxxxxxxxxxx:instance/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/contact-flow/**846ec553-a005-41c0-8341-xxxxxxxxxxxx**
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    participant_details: ParticipantDetails
    """The customer's details."""

    attributes: dict[str, str] | None = None
    """A custom key-value pair using an attribute map. The attributes are
    standard Connect Customer attributes, and can be accessed in flows just
    like any other contact attributes.

    There can be up to 32,768 UTF-8 bytes across all key-value pairs per
    contact. Attribute keys can include only alphanumeric, -, and _
    characters.
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

    allowed_capabilities: AllowedCapabilities | None = None
    """Information about the video sharing capabilities of the participants
    (customer, agent).
    """

    related_contact_id: str | None = None
    """The unique identifier for an Connect Customer contact. This identifier
    is related to the contact starting.
    """

    references: dict[str, Reference] | None = None
    """A formatted URL that is shown to an agent in the Contact Control Panel
    (CCP). Tasks can have the following reference types at the time of
    creation: ``URL`` | ``NUMBER`` | ``STRING`` | ``DATE`` | ``EMAIL``.
    ``ATTACHMENT`` is not a supported reference type during task creation.
    """

    description: str | None = None
    """A description of the task that is shown to an agent in the Contact
    Control Panel (CCP).
    """

    def __repr__(self) -> str:
        fields = [
            f"contact_flow_id={self.contact_flow_id!r}",
            f"instance_id={self.instance_id!r}",
            f"participant_details={self.participant_details!r}",
            f"attributes={self.attributes!r}",
            f"client_token={self.client_token!r}",
            f"allowed_capabilities={self.allowed_capabilities!r}",
            f"related_contact_id={self.related_contact_id!r}",
            f"references={self.references!r}",
            "description=<sensitive>",
        ]
        return f"StartWebRTCContact({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
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
        value = self.participant_details
        if value is None:
            errors.append(prefix + "participant_details: required but missing")
        else:
            path = prefix + "participant_details"
            if isinstance(value, ParticipantDetails):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ParticipantDetails, got {type(value).__name__}"
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
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.allowed_capabilities
        if value is not None:
            path = prefix + "allowed_capabilities"
            if isinstance(value, AllowedCapabilities):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AllowedCapabilities, got {type(value).__name__}"
                )
        value = self.related_contact_id
        if value is not None:
            path = prefix + "related_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
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
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=0, max_len=4096)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ContactFlowId"] = self.contact_flow_id
        result["InstanceId"] = self.instance_id
        result["ParticipantDetails"] = self.participant_details.to_dict()
        if self.attributes is not None:
            result["Attributes"] = dict(self.attributes)
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        if self.allowed_capabilities is not None:
            result["AllowedCapabilities"] = self.allowed_capabilities.to_dict()
        if self.related_contact_id is not None:
            result["RelatedContactId"] = self.related_contact_id
        if self.references is not None:
            result["References"] = {
                k1: v1.to_dict() for k1, v1 in self.references.items()
            }
        if self.description is not None:
            result["Description"] = self.description
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartWebRTCContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartWebRTCContact")
        return cls(
            contact_flow_id=_rt.required(data, "ContactFlowId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            participant_details=ParticipantDetails.from_dict(
                _rt.required(data, "ParticipantDetails", path),
                path=path + "ParticipantDetails" + ".",
            ),
            attributes=(
                None
                if (value := data.get("Attributes")) is None
                else dict(_rt.expect_mapping(value, path + "Attributes"))
            ),
            client_token=data.get("ClientToken"),
            allowed_capabilities=(
                None
                if (value := data.get("AllowedCapabilities")) is None
                else AllowedCapabilities.from_dict(
                    value, path=path + "AllowedCapabilities" + "."
                )
            ),
            related_contact_id=data.get("RelatedContactId"),
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
            description=data.get("Description"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartWebRTCContactResponse:
    """The response of StartWebRTCContact.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``connection_data``: Information required for the client application (mobile application or website) to connect to the call.
    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``participant_id``: The identifier for a contact participant.
    - ``participant_token``: The token used by the contact participant to call the `CreateParticipantConnection <https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_CreateParticipantConnection.html>`__ API.
    """

    http_status: int
    """The HTTP status code of the response."""

    connection_data: ConnectionData | None = None
    """Information required for the client application (mobile application or
    website) to connect to the call.
    """

    contact_id: str | None = None
    """The identifier of the contact in this instance of Connect Customer."""

    participant_id: str | None = None
    """The identifier for a contact participant. The ``ParticipantId`` for a
    contact participant is the same throughout the contact lifecycle.
    """

    participant_token: str | None = None
    """The token used by the contact participant to call the
    `CreateParticipantConnection
    <https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_CreateParticipantConnection.html>`__
    API. The participant token is valid for the lifetime of a contact
    participant.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.connection_data
        if value is not None:
            path = prefix + "connection_data"
            if isinstance(value, ConnectionData):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ConnectionData, got {type(value).__name__}"
                )
        value = self.contact_id
        if value is not None:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.participant_id
        if value is not None:
            path = prefix + "participant_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.participant_token
        if value is not None:
            path = prefix + "participant_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=1000)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.connection_data is not None:
            result["ConnectionData"] = self.connection_data.to_dict()
        if self.contact_id is not None:
            result["ContactId"] = self.contact_id
        if self.participant_id is not None:
            result["ParticipantId"] = self.participant_id
        if self.participant_token is not None:
            result["ParticipantToken"] = self.participant_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartWebRTCContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartWebRTCContactResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            connection_data=(
                None
                if (value := data.get("ConnectionData")) is None
                else ConnectionData.from_dict(value, path=path + "ConnectionData" + ".")
            ),
            contact_id=data.get("ContactId"),
            participant_id=data.get("ParticipantId"),
            participant_token=data.get("ParticipantToken"),
        )


class _StartWebRTCContactResponseDraft:
    """A :class:`StartWebRTCContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "connection_data",
        "contact_id",
        "participant_id",
        "participant_token",
    )
    http_status: int
    connection_data: ConnectionData | None
    contact_id: str | None
    participant_id: str | None
    participant_token: str | None


def new_start_web_rtc_contact(
    contact_flow_id: str,
    instance_id: str,
    participant_details: ParticipantDetails,
) -> StartWebRTCContact:
    """Create a :class:`StartWebRTCContact` with all optional fields omitted."""
    return StartWebRTCContact(
        contact_flow_id=contact_flow_id,
        instance_id=instance_id,
        participant_details=participant_details,
    )


start_web_rtc_contact_contact_flow_id = _rt.Lens[StartWebRTCContact, str](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "start_web_rtc_contact_contact_flow_id",
)
"""Lens on :attr:`StartWebRTCContact.contact_flow_id`."""


start_web_rtc_contact_instance_id = _rt.Lens[StartWebRTCContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "start_web_rtc_contact_instance_id",
)
"""Lens on :attr:`StartWebRTCContact.instance_id`."""


start_web_rtc_contact_participant_details = _rt.Lens[
    StartWebRTCContact, ParticipantDetails
](
    lambda s: s.participant_details,
    lambda s, v: _dc.replace(s, participant_details=v),
    "start_web_rtc_contact_participant_details",
)
"""Lens on :attr:`StartWebRTCContact.participant_details`."""


start_web_rtc_contact_attributes = _rt.Lens[StartWebRTCContact, dict[str, str] | None](
    lambda s: s.attributes,
    lambda s, v: _dc.replace(s, attributes=v),
    "start_web_rtc_contact_attributes",
)
"""Lens on :attr:`StartWebRTCContact.attributes`."""


start_web_rtc_contact_client_token = _rt.Lens[StartWebRTCContact, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "start_web_rtc_contact_client_token",
)
"""Lens on :attr:`StartWebRTCContact.client_token`."""


start_web_rtc_contact_allowed_capabilities = _rt.Lens[
    StartWebRTCContact, AllowedCapabilities | None
](
    lambda s: s.allowed_capabilities,
    lambda s, v: _dc.replace(s, allowed_capabilities=v),
    "start_web_rtc_contact_allowed_capabilities",
)
"""Lens on :attr:`StartWebRTCContact.allowed_capabilities`."""


start_web_rtc_contact_related_contact_id = _rt.Lens[StartWebRTCContact, str | None](
    lambda s: s.related_contact_id,
    lambda s, v: _dc.replace(s, related_contact_id=v),
    "start_web_rtc_contact_related_contact_id",
)
"""Lens on :attr:`StartWebRTCContact.related_contact_id`."""


start_web_rtc_contact_references = _rt.Lens[
    StartWebRTCContact, dict[str, Reference] | None
](
    lambda s: s.references,
    lambda s, v: _dc.replace(s, references=v),
    "start_web_rtc_contact_references",
)
"""Lens on :attr:`StartWebRTCContact.references`."""


start_web_rtc_contact_description = _rt.Lens[StartWebRTCContact, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "start_web_rtc_contact_description",
)
"""Lens on :attr:`StartWebRTCContact.description`."""


def new_start_web_rtc_contact_response(
    http_status: int,
) -> StartWebRTCContactResponse:
    """Create a :class:`StartWebRTCContactResponse` with all optional fields omitted."""
    return StartWebRTCContactResponse(
        http_status=http_status,
    )


start_web_rtc_contact_response_http_status = _rt.Lens[StartWebRTCContactResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "start_web_rtc_contact_response_http_status",
)
"""Lens on :attr:`StartWebRTCContactResponse.http_status`."""


start_web_rtc_contact_response_connection_data = _rt.Lens[
    StartWebRTCContactResponse, ConnectionData | None
](
    lambda s: s.connection_data,
    lambda s, v: _dc.replace(s, connection_data=v),
    "start_web_rtc_contact_response_connection_data",
)
"""Lens on :attr:`StartWebRTCContactResponse.connection_data`."""


start_web_rtc_contact_response_contact_id = _rt.Lens[
    StartWebRTCContactResponse, str | None
](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "start_web_rtc_contact_response_contact_id",
)
"""Lens on :attr:`StartWebRTCContactResponse.contact_id`."""


start_web_rtc_contact_response_participant_id = _rt.Lens[
    StartWebRTCContactResponse, str | None
](
    lambda s: s.participant_id,
    lambda s, v: _dc.replace(s, participant_id=v),
    "start_web_rtc_contact_response_participant_id",
)
"""Lens on :attr:`StartWebRTCContactResponse.participant_id`."""


start_web_rtc_contact_response_participant_token = _rt.Lens[
    StartWebRTCContactResponse, str | None
](
    lambda s: s.participant_token,
    lambda s, v: _dc.replace(s, participant_token=v),
    "start_web_rtc_contact_response_participant_token",
)
"""Lens on :attr:`StartWebRTCContactResponse.participant_token`."""


def _serialize(request: StartWebRTCContact, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    path = "/contact/webrtc"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ContactFlowId"] = request.contact_flow_id
    data["InstanceId"] = request.instance_id
    data["ParticipantDetails"] = request.participant_details._to_json()
    if request.attributes is not None:
        data["Attributes"] = request.attributes
    data["ClientToken"] = idempotency_client_token
    if request.allowed_capabilities is not None:
        data["AllowedCapabilities"] = request.allowed_capabilities._to_json()
    if request.related_contact_id is not None:
        data["RelatedContactId"] = request.related_contact_id
    if request.references is not None:
        data["References"] = {
            k1: v1._to_json() for k1, v1 in request.references.items()
        }
    if request.description is not None:
        data["Description"] = request.description
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
) -> StartWebRTCContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body, redact=True)
    draft = _StartWebRTCContactResponseDraft()
    draft.http_status = status
    try:
        draft.connection_data = (
            None
            if (value := data.get("ConnectionData")) is None
            else ConnectionData._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "ConnectionData")
                )
            )
        )
        draft.contact_id = (
            None
            if (value := data.get("ContactId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "ContactId"))
        )
        draft.participant_id = (
            None
            if (value := data.get("ParticipantId")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "ParticipantId")
            )
        )
        draft.participant_token = (
            None
            if (value := data.get("ParticipantToken")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "ParticipantToken")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(redact=True),
            http_status=status,
            body=body,
            redact=True,
        ) from None
    except _rt.DeserializationError as exc:  # a payload that does not read: no excerpt
        raise exc.redacted() from None
    return _rt.seal(draft, StartWebRTCContactResponse)


OPERATION: _rt.Operation[StartWebRTCContact, StartWebRTCContactResponse] = (
    _rt.Operation(
        "StartWebRTCContact",
        StartWebRTCContact,
        StartWebRTCContactResponse,
        (
            _errors.InternalServiceException,
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.LimitExceededException,
            _errors.ResourceNotFoundException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The StartWebRTCContact operation: its types, errors and wire codec."""
