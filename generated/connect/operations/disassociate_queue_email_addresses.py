"""Removes the association between a set of email addresses and a queue."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateQueueEmailAddresses:
    """Removes the association between a set of email addresses and a queue.
    After disassociation, agents will no longer be able to select these
    email addresses as "From" addresses when replying to inbound email
    contacts or initiating outbound email contacts in this queue.

    **Important things to know**

    - Agents will no longer see these email addresses in their "From"
      address selection options for this queue.
    - The email addresses themselves are not deleted from the instance, only
      their availability for agent selection in this queue is removed.
    - Changes take effect immediately and will affect the agent experience
      in the Contact Control Panel (CCP).

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``queue_id``: The identifier for the queue.
    - ``email_addresses_id``: List of email address identifiers to disassociate from the queue.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    queue_id: str
    """The identifier for the queue."""

    email_addresses_id: list[str]
    """List of email address identifiers to disassociate from the queue. These
    are the unique identifiers of email addresses that should no longer be
    routed to this queue.
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
        value = self.queue_id
        if value is None:
            errors.append(prefix + "queue_id: required but missing")
        else:
            path = prefix + "queue_id"
            _rt.check_str(errors, path, value)
        value = self.email_addresses_id
        if value is None:
            errors.append(prefix + "email_addresses_id: required but missing")
        else:
            path = prefix + "email_addresses_id"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 50)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=500)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["QueueId"] = self.queue_id
        result["EmailAddressesId"] = list(self.email_addresses_id)
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DisassociateQueueEmailAddresses:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DisassociateQueueEmailAddresses")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            queue_id=_rt.required(data, "QueueId", path),
            email_addresses_id=list(
                _rt.expect_sequence(
                    _rt.required(data, "EmailAddressesId", path),
                    path + "EmailAddressesId",
                )
            ),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateQueueEmailAddressesResponse:
    """The response of DisassociateQueueEmailAddresses.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    """

    http_status: int
    """The HTTP status code of the response."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        pass

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DisassociateQueueEmailAddressesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DisassociateQueueEmailAddressesResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DisassociateQueueEmailAddressesResponseDraft:
    """A :class:`DisassociateQueueEmailAddressesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_disassociate_queue_email_addresses(
    instance_id: str,
    queue_id: str,
    email_addresses_id: list[str],
) -> DisassociateQueueEmailAddresses:
    """Create a :class:`DisassociateQueueEmailAddresses` with all optional fields omitted."""
    return DisassociateQueueEmailAddresses(
        instance_id=instance_id,
        queue_id=queue_id,
        email_addresses_id=email_addresses_id,
    )


disassociate_queue_email_addresses_instance_id = _rt.Lens[
    DisassociateQueueEmailAddresses, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "disassociate_queue_email_addresses_instance_id",
)
"""Lens on :attr:`DisassociateQueueEmailAddresses.instance_id`."""


disassociate_queue_email_addresses_queue_id = _rt.Lens[
    DisassociateQueueEmailAddresses, str
](
    lambda s: s.queue_id,
    lambda s, v: _dc.replace(s, queue_id=v),
    "disassociate_queue_email_addresses_queue_id",
)
"""Lens on :attr:`DisassociateQueueEmailAddresses.queue_id`."""


disassociate_queue_email_addresses_email_addresses_id = _rt.Lens[
    DisassociateQueueEmailAddresses, list[str]
](
    lambda s: s.email_addresses_id,
    lambda s, v: _dc.replace(s, email_addresses_id=v),
    "disassociate_queue_email_addresses_email_addresses_id",
)
"""Lens on :attr:`DisassociateQueueEmailAddresses.email_addresses_id`."""


disassociate_queue_email_addresses_client_token = _rt.Lens[
    DisassociateQueueEmailAddresses, str | None
](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "disassociate_queue_email_addresses_client_token",
)
"""Lens on :attr:`DisassociateQueueEmailAddresses.client_token`."""


def new_disassociate_queue_email_addresses_response(
    http_status: int,
) -> DisassociateQueueEmailAddressesResponse:
    """Create a :class:`DisassociateQueueEmailAddressesResponse` with all optional fields omitted."""
    return DisassociateQueueEmailAddressesResponse(
        http_status=http_status,
    )


disassociate_queue_email_addresses_response_http_status = _rt.Lens[
    DisassociateQueueEmailAddressesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "disassociate_queue_email_addresses_response_http_status",
)
"""Lens on :attr:`DisassociateQueueEmailAddressesResponse.http_status`."""


def _serialize(
    request: DisassociateQueueEmailAddresses, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.queue_id == "":
        raise _rt.ValidationError(["queue_id: a URI label must be set and not empty"])
    path = (
        "/queues/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.queue_id, "queue_id")
        + "/disassociate-email-addresses"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["EmailAddressesId"] = request.email_addresses_id
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
) -> DisassociateQueueEmailAddressesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DisassociateQueueEmailAddressesResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DisassociateQueueEmailAddressesResponse)


OPERATION: _rt.Operation[
    DisassociateQueueEmailAddresses, DisassociateQueueEmailAddressesResponse
] = _rt.Operation(
    "DisassociateQueueEmailAddresses",
    DisassociateQueueEmailAddresses,
    DisassociateQueueEmailAddressesResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
        _errors.AccessDeniedException,
    ),
    _serialize,
    _deserialize,
)
"""The DisassociateQueueEmailAddresses operation: its types, errors and wire codec."""
