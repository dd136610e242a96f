"""Adds a new participant into an on-going chat contact or webRTC call."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.participant_details_to_add import ParticipantDetailsToAdd
from ..shapes.participant_token_credentials import ParticipantTokenCredentials


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateParticipant:
    """Adds a new participant into an on-going chat contact or webRTC call. For
    more information, see `Customize chat flow experiences by integrating
    custom participants
    <https://docs.aws.amazon.com/connect/latest/adminguide/chat-customize-flow.html>`__
    or `Enable multi-user web, in-app, and video calling
    <https://docs.aws.amazon.com/connect/latest/adminguide/enable-multiuser-inapp.html>`__.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``participant_details``: Information identifying the participant.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the contact in this instance of Connect Customer.
    Supports contacts in the CHAT channel and VOICE (WebRTC) channels. For
    WebRTC calls, this should be the initial contact ID that was generated
    when the contact was first created (from the StartWebRTCContact API) in
    the VOICE channel
    """

    participant_details: ParticipantDetailsToAdd
    """Information identifying the participant.

    .. important::

       The only valid value for ``ParticipantRole`` is ``CUSTOM_BOT`` for
       chat contact and ``CUSTOMER`` for voice contact.
    """

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
    """

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
        value = self.contact_id
        if value is None:
            errors.append(prefix + "contact_id: required but missing")
        else:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.participant_details
        if value is None:
            errors.append(prefix + "participant_details: required but missing")
        else:
            path = prefix + "participant_details"
            if isinstance(value, ParticipantDetailsToAdd):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ParticipantDetailsToAdd, got {type(value).__name__}"
                )
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        result["ParticipantDetails"] = self.participant_details.to_dict()
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateParticipant:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreateParticipant")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            participant_details=ParticipantDetailsToAdd.from_dict(
                _rt.required(data, "ParticipantDetails", path),
                path=path + "ParticipantDetails" + ".",
            ),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateParticipantResponse:
    """The response of CreateParticipant.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``participant_credentials``: The token used by the chat participant to call ``CreateParticipantConnection``.
    - ``participant_id``: The identifier for a chat participant.
    """

    http_status: int
    """The HTTP status code of the response."""

    participant_credentials: ParticipantTokenCredentials | None = None
    """The token used by the chat participant to call
    ``CreateParticipantConnection``. The participant token is valid for the
    lifetime of a chat participant.
    """

    participant_id: str | None = None
    """The identifier for a chat participant. The participantId for a chat
    participant is the same throughout the chat lifecycle.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.participant_credentials
        if value is not None:
            path = prefix + "participant_credentials"
            if isinstance(value, ParticipantTokenCredentials):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ParticipantTokenCredentials, got {type(value).__name__}"
                )
        value = self.participant_id
        if value is not None:
            path = prefix + "participant_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.participant_credentials is not None:
            result["ParticipantCredentials"] = self.participant_credentials.to_dict()
        if self.participant_id is not None:
            result["ParticipantId"] = self.participant_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateParticipantResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreateParticipantResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            participant_credentials=(
                None
                if (value := data.get("ParticipantCredentials")) is None
                else ParticipantTokenCredentials.from_dict(
                    value, path=path + "ParticipantCredentials" + "."
                )
            ),
            participant_id=data.get("ParticipantId"),
        )


class _CreateParticipantResponseDraft:
    """A :class:`CreateParticipantResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "participant_credentials", "participant_id")
    http_status: int
    participant_credentials: ParticipantTokenCredentials | None
    participant_id: str | None


def new_create_participant(
    instance_id: str,
    contact_id: str,
    participant_details: ParticipantDetailsToAdd,
) -> CreateParticipant:
    """Create a :class:`CreateParticipant` with all optional fields omitted."""
    return CreateParticipant(
        instance_id=instance_id,
        contact_id=contact_id,
        participant_details=participant_details,
    )


create_participant_instance_id = _rt.Lens[CreateParticipant, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "create_participant_instance_id",
)
"""Lens on :attr:`CreateParticipant.instance_id`."""


create_participant_contact_id = _rt.Lens[CreateParticipant, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "create_participant_contact_id",
)
"""Lens on :attr:`CreateParticipant.contact_id`."""


create_participant_participant_details = _rt.Lens[
    CreateParticipant, ParticipantDetailsToAdd
](
    lambda s: s.participant_details,
    lambda s, v: _dc.replace(s, participant_details=v),
    "create_participant_participant_details",
)
"""Lens on :attr:`CreateParticipant.participant_details`."""


create_participant_client_token = _rt.Lens[CreateParticipant, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "create_participant_client_token",
)
"""Lens on :attr:`CreateParticipant.client_token`."""


def new_create_participant_response(
    http_status: int,
) -> CreateParticipantResponse:
    """Create a :class:`CreateParticipantResponse` with all optional fields omitted."""
    return CreateParticipantResponse(
        http_status=http_status,
    )


create_participant_response_http_status = _rt.Lens[CreateParticipantResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "create_participant_response_http_status",
)
"""Lens on :attr:`CreateParticipantResponse.http_status`."""


create_participant_response_participant_credentials = _rt.Lens[
    CreateParticipantResponse, ParticipantTokenCredentials | None
](
    lambda s: s.participant_credentials,
    lambda s, v: _dc.replace(s, participant_credentials=v),
    "create_participant_response_participant_credentials",
)
"""Lens on :attr:`CreateParticipantResponse.participant_credentials`."""


create_participant_response_participant_id = _rt.Lens[
    CreateParticipantResponse, str | None
](
    lambda s: s.participant_id,
    lambda s, v: _dc.replace(s, participant_id=v),
    "create_participant_response_participant_id",
)
"""Lens on :attr:`CreateParticipantResponse.participant_id`."""


def _serialize(request: CreateParticipant, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    path = "/contact/create-participant"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["ContactId"] = request.contact_id
    data["ParticipantDetails"] = request.participant_details._to_json()
    data["ClientToken"] = idempotency_client_token
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="POST",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> CreateParticipantResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _CreateParticipantResponseDraft()
    draft.http_status = status
    try:
        draft.participant_credentials = (
            None
            if (value := data.get("ParticipantCredentials")) is None
            else ParticipantTokenCredentials._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "ParticipantCredentials")
                )
            )
        )
        draft.participant_id = (
            None
            if (value := data.get("ParticipantId")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "ParticipantId")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, CreateParticipantResponse)


OPERATION: _rt.Operation[CreateParticipant, CreateParticipantResponse] = _rt.Operation(
    "CreateParticipant",
    CreateParticipant,
    CreateParticipantResponse,
    (
        _errors.InvalidRequestException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.ServiceQuotaExceededException,
        _errors.ThrottlingException,
        _errors.ConflictException,
    ),
    _serialize,
    _deserialize,
)
"""The CreateParticipant operation: its types, errors and wire codec."""
