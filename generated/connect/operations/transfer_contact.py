"""Transfers ``TASK`` or ``EMAIL`` contacts from one agent or queue to another agent or queue at any point after a contact is created."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TransferContact:
    """Transfers ``TASK`` or ``EMAIL`` contacts from one agent or queue to
    another agent or queue at any point after a contact is created. You can
    transfer a contact to another queue by providing the flow which
    orchestrates the contact to the destination queue. This gives you more
    control over contact handling and helps you adhere to the service level
    agreement (SLA) guaranteed to your customers.

    Note the following requirements:

    - Transfer is only supported for ``TASK`` and ``EMAIL`` contacts.
    - Do not use both ``QueueId`` and ``UserId`` in the same call.
    - The following flow types are supported: Inbound flow, Transfer to
      agent flow, and Transfer to queue flow.
    - The ``TransferContact`` API can be called only on active contacts.
    - A contact cannot be transferred more than 11 times.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``contact_flow_id``: The identifier of the flow.
    - ``queue_id``: The identifier for the queue.
    - ``user_id``: The identifier for the user.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the contact in this instance of Connect Customer."""

    contact_flow_id: str
    """The identifier of the flow."""

    queue_id: str | None = None
    """The identifier for the queue."""

    user_id: str | None = None
    """The identifier for the user. This can be the ID or the ARN of the user."""

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
        value = self.contact_flow_id
        if value is None:
            errors.append(prefix + "contact_flow_id: required but missing")
        else:
            path = prefix + "contact_flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.queue_id
        if value is not None:
            path = prefix + "queue_id"
            _rt.check_str(errors, path, value)
        value = self.user_id
        if value is not None:
            path = prefix + "user_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        result["ContactFlowId"] = self.contact_flow_id
        if self.queue_id is not None:
            result["QueueId"] = self.queue_id
        if self.user_id is not None:
            result["UserId"] = self.user_id
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TransferContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TransferContact")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            contact_flow_id=_rt.required(data, "ContactFlowId", path),
            queue_id=data.get("QueueId"),
            user_id=data.get("UserId"),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TransferContactResponse:
    """The response of TransferContact.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``contact_arn``: The Amazon Resource Name (ARN) of the contact.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_id: str | None = None
    """The identifier of the contact in this instance of Connect Customer."""

    contact_arn: str | None = None
    """The Amazon Resource Name (ARN) of the contact."""

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
    ) -> TransferContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TransferContactResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            contact_id=data.get("ContactId"),
            contact_arn=data.get("ContactArn"),
        )


class _TransferContactResponseDraft:
    """A :class:`TransferContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contact_id", "contact_arn")
    http_status: int
    contact_id: str | None
    contact_arn: str | None


def new_transfer_contact(
    instance_id: str,
    contact_id: str,
    contact_flow_id: str,
) -> TransferContact:
    """Create a :class:`TransferContact` with all optional fields omitted."""
    return TransferContact(
        instance_id=instance_id,
        contact_id=contact_id,
        contact_flow_id=contact_flow_id,
    )


transfer_contact_instance_id = _rt.Lens[TransferContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "transfer_contact_instance_id",
)
"""Lens on :attr:`TransferContact.instance_id`."""


transfer_contact_contact_id = _rt.Lens[TransferContact, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "transfer_contact_contact_id",
)
"""Lens on :attr:`TransferContact.contact_id`."""


transfer_contact_contact_flow_id = _rt.Lens[TransferContact, str](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "transfer_contact_contact_flow_id",
)
"""Lens on :attr:`TransferContact.contact_flow_id`."""


transfer_contact_queue_id = _rt.Lens[TransferContact, str | None](
    lambda s: s.queue_id,
    lambda s, v: _dc.replace(s, queue_id=v),
    "transfer_contact_queue_id",
)
"""Lens on :attr:`TransferContact.queue_id`."""


transfer_contact_user_id = _rt.Lens[TransferContact, str | None](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "transfer_contact_user_id",
)
"""Lens on :attr:`TransferContact.user_id`."""


transfer_contact_client_token = _rt.Lens[TransferContact, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "transfer_contact_client_token",
)
"""Lens on :attr:`TransferContact.client_token`."""


def new_transfer_contact_response(
    http_status: int,
) -> TransferContactResponse:
    """Create a :class:`TransferContactResponse` with all optional fields omitted."""
    return TransferContactResponse(
        http_status=http_status,
    )


transfer_contact_response_http_status = _rt.Lens[TransferContactResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "transfer_contact_response_http_status",
)
"""Lens on :attr:`TransferContactResponse.http_status`."""


transfer_contact_response_contact_id = _rt.Lens[TransferContactResponse, str | None](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "transfer_contact_response_contact_id",
)
"""Lens on :attr:`TransferContactResponse.contact_id`."""


transfer_contact_response_contact_arn = _rt.Lens[TransferContactResponse, str | None](
    lambda s: s.contact_arn,
    lambda s, v: _dc.replace(s, contact_arn=v),
    "transfer_contact_response_contact_arn",
)
"""Lens on :attr:`TransferContactResponse.contact_arn`."""


def _serialize(request: TransferContact, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    path = "/contact/transfer"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["ContactId"] = request.contact_id
    data["ContactFlowId"] = request.contact_flow_id
    if request.queue_id is not None:
        data["QueueId"] = request.queue_id
    if request.user_id is not None:
        data["UserId"] = request.user_id
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
) -> TransferContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _TransferContactResponseDraft()
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
    return _rt.seal(draft, TransferContactResponse)


OPERATION: _rt.Operation[TransferContact, TransferContactResponse] = _rt.Operation(
    "TransferContact",
    TransferContact,
    TransferContactResponse,
    (
        _errors.InvalidRequestException,
        _errors.IdempotencyException,
        _errors.AccessDeniedException,
        _errors.ResourceNotFoundException,
        _errors.ServiceQuotaExceededException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The TransferContact operation: its types, errors and wire codec."""
