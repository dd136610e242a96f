"""Enables rehydration of chats for the lifespan of a contact."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_REHYDRATION_TYPE_VALUES = frozenset(
    (
        "ENTIRE_PAST_SESSION",
        "FROM_SEGMENT",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreatePersistentContactAssociation:
    """Enables rehydration of chats for the lifespan of a contact. For more
    information about chat rehydration, see `Enable persistent chat
    <https://docs.aws.amazon.com/connect/latest/adminguide/chat-persistence.html>`__
    in the *Connect Customer Administrator Guide*.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``initial_contact_id``: This is the contactId of the current contact that the ``CreatePersistentContactAssociation`` API is being called from.
    - ``rehydration_type``: The contactId chosen for rehydration depends on the type chosen.
    - ``source_contact_id``: The contactId from which a persistent chat session must be started.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    initial_contact_id: str
    """This is the contactId of the current contact that the
    ``CreatePersistentContactAssociation`` API is being called from.
    """

    rehydration_type: str
    """The contactId chosen for rehydration depends on the type chosen.

    - ``ENTIRE_PAST_SESSION``: Rehydrates a chat from the most recently
      terminated past chat contact of the specified past ended chat session.
      To use this type, provide the ``initialContactId`` of the past ended
      chat session in the ``sourceContactId`` field. In this type, Connect
      Customer determines what the most recent chat contact on the past
      ended chat session and uses it to start a persistent chat.
    - ``FROM_SEGMENT``: Rehydrates a chat from the specified past chat
      contact provided in the ``sourceContactId`` field.

    The actual contactId used for rehydration is provided in the response of
    this API.

    To illustrate how to use rehydration type, consider the following
    example: A customer starts a chat session. Agent a1 accepts the chat and
    a conversation starts between the customer and Agent a1. This first
    contact creates a contact ID **C1**. Agent a1 then transfers the chat to
    Agent a2. This creates another contact ID **C2**. At this point Agent a2
    ends the chat. The customer is forwarded to the disconnect flow for a
    post chat survey that creates another contact ID **C3**. After the chat
    survey, the chat session ends. Later, the customer returns and wants to
    resume their past chat session. At this point, the customer can have
    following use cases:

    - **Use Case 1**: The customer wants to continue the past chat session
      but they want to hide the post chat survey. For this they will use the
      following configuration:

      - **Configuration**

        - SourceContactId = "C2"
        - RehydrationType = "FROM_SEGMENT"

      - **Expected behavior**

        - This starts a persistent chat session from the specified past
          ended contact (C2). Transcripts of past chat sessions C2 and C1
          are accessible in the current persistent chat session. Note that
          chat segment C3 is dropped from the persistent chat session.

    - **Use Case 2**: The customer wants to continue the past chat session
      and see the transcript of the entire past engagement, including the
      post chat survey. For this they will use the following configuration:

      - **Configuration**

        - SourceContactId = "C1"
        - RehydrationType = "ENTIRE_PAST_SESSION"

      - **Expected behavior**

        - This starts a persistent chat session from the most recently ended
          chat contact (C3). Transcripts of past chat sessions C3, C2 and C1
          are accessible in the current persistent chat session.
    """

    source_contact_id: str
    """The contactId from which a persistent chat session must be started."""

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
        value = self.initial_contact_id
        if value is None:
            errors.append(prefix + "initial_contact_id: required but missing")
        else:
            path = prefix + "initial_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.rehydration_type
        if value is None:
            errors.append(prefix + "rehydration_type: required but missing")
        else:
            path = prefix + "rehydration_type"
            _rt.check_str(errors, path, value, enum=_REHYDRATION_TYPE_VALUES)
        value = self.source_contact_id
        if value is None:
            errors.append(prefix + "source_contact_id: required but missing")
        else:
            path = prefix + "source_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["InitialContactId"] = self.initial_contact_id
        result["RehydrationType"] = self.rehydration_type
        result["SourceContactId"] = self.source_contact_id
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreatePersistentContactAssociation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "CreatePersistentContactAssociation"
        )
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            initial_contact_id=_rt.required(data, "InitialContactId", path),
            rehydration_type=_rt.required(data, "RehydrationType", path),
            source_contact_id=_rt.required(data, "SourceContactId", path),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreatePersistentContactAssociationResponse:
    """The response of CreatePersistentContactAssociation.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``continued_from_contact_id``: The contactId from which a persistent chat session is started.
    """

    http_status: int
    """The HTTP status code of the response."""

    continued_from_contact_id: str | None = None
    """The contactId from which a persistent chat session is started. This
    field is populated only for persistent chat.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.continued_from_contact_id
        if value is not None:
            path = prefix + "continued_from_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.continued_from_contact_id is not None:
            result["ContinuedFromContactId"] = self.continued_from_contact_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreatePersistentContactAssociationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "CreatePersistentContactAssociationResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            continued_from_contact_id=data.get("ContinuedFromContactId"),
        )


class _CreatePersistentContactAssociationResponseDraft:
    """A :class:`CreatePersistentContactAssociationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "continued_from_contact_id")
    http_status: int
    continued_from_contact_id: str | None


def new_create_persistent_contact_association(
    instance_id: str,
    initial_contact_id: str,
    rehydration_type: str,
    source_contact_id: str,
) -> CreatePersistentContactAssociation:
    """Create a :class:`CreatePersistentContactAssociation` with all optional fields omitted."""
    return CreatePersistentContactAssociation(
        instance_id=instance_id,
        initial_contact_id=initial_contact_id,
        rehydration_type=rehydration_type,
        source_contact_id=source_contact_id,
    )


create_persistent_contact_association_instance_id = _rt.Lens[
    CreatePersistentContactAssociation, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "create_persistent_contact_association_instance_id",
)
"""Lens on :attr:`CreatePersistentContactAssociation.instance_id`."""


create_persistent_contact_association_initial_contact_id = _rt.Lens[
    CreatePersistentContactAssociation, str
](
    lambda s: s.initial_contact_id,
    lambda s, v: _dc.replace(s, initial_contact_id=v),
    "create_persistent_contact_association_initial_contact_id",
)
"""Lens on :attr:`CreatePersistentContactAssociation.initial_contact_id`."""


create_persistent_contact_association_rehydration_type = _rt.Lens[
    CreatePersistentContactAssociation, str
](
    lambda s: s.rehydration_type,
    lambda s, v: _dc.replace(s, rehydration_type=v),
    "create_persistent_contact_association_rehydration_type",
)
"""Lens on :attr:`CreatePersistentContactAssociation.rehydration_type`."""


create_persistent_contact_association_source_contact_id = _rt.Lens[
    CreatePersistentContactAssociation, str
](
    lambda s: s.source_contact_id,
    lambda s, v: _dc.replace(s, source_contact_id=v),
    "create_persistent_contact_association_source_contact_id",
)
"""Lens on :attr:`CreatePersistentContactAssociation.source_contact_id`."""


create_persistent_contact_association_client_token = _rt.Lens[
    CreatePersistentContactAssociation, str | None
](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "create_persistent_contact_association_client_token",
)
"""Lens on :attr:`CreatePersistentContactAssociation.client_token`."""


def new_create_persistent_contact_association_response(
    http_status: int,
) -> CreatePersistentContactAssociationResponse:
    """Create a :class:`CreatePersistentContactAssociationResponse` with all optional fields omitted."""
    return CreatePersistentContactAssociationResponse(
        http_status=http_status,
    )


create_persistent_contact_association_response_http_status = _rt.Lens[
    CreatePersistentContactAssociationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "create_persistent_contact_association_response_http_status",
)
"""Lens on :attr:`CreatePersistentContactAssociationResponse.http_status`."""


create_persistent_contact_association_response_continued_from_contact_id = _rt.Lens[
    CreatePersistentContactAssociationResponse, str | None
](
    lambda s: s.continued_from_contact_id,
    lambda s, v: _dc.replace(s, continued_from_contact_id=v),
    "create_persistent_contact_association_response_continued_from_contact_id",
)
"""Lens on :attr:`CreatePersistentContactAssociationResponse.continued_from_contact_id`."""


def _serialize(
    request: CreatePersistentContactAssociation, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.initial_contact_id == "":
        raise _rt.ValidationError(
            ["initial_contact_id: a URI label must be set and not empty"]
        )
    path = (
        "/contact/persistent-contact-association/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.initial_contact_id, "initial_contact_id")
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["RehydrationType"] = request.rehydration_type
    data["SourceContactId"] = request.source_contact_id
    if request.client_token is not None:
        data["ClientToken"] = request.client_token
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
) -> CreatePersistentContactAssociationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _CreatePersistentContactAssociationResponseDraft()
    draft.http_status = status
    try:
        draft.continued_from_contact_id = (
            None
            if (value := data.get("ContinuedFromContactId")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "ContinuedFromContactId")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, CreatePersistentContactAssociationResponse)


OPERATION: _rt.Operation[
    CreatePersistentContactAssociation, CreatePersistentContactAssociationResponse
] = _rt.Operation(
    "CreatePersistentContactAssociation",
    CreatePersistentContactAssociation,
    CreatePersistentContactAssociationResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.AccessDeniedException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The CreatePersistentContactAssociation operation: its types, errors and wire codec."""
