"""Associates a set of email addresses with a queue to enable agents to select different "From" (system) email addresses when replying to inbound email contacts or initiating outbound email contacts."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.email_address_config import EmailAddressConfig


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateQueueEmailAddresses:
    """Associates a set of email addresses with a queue to enable agents to
    select different "From" (system) email addresses when replying to
    inbound email contacts or initiating outbound email contacts. This
    allows agents to handle email contacts across different brands and
    business units within the same queue.

    **Important things to know**

    - You can associate up to 49 additional email addresses with a single
      queue, plus 1 default outbound email address, for a total of 50.
    - The email addresses must already exist in the Connect Customer
      instance before they can be associated with a queue.
    - Agents will be able to select from these associated email addresses
      when handling email contacts in the queue.
    - For inbound email contacts, agents can select from email addresses
      associated with the queue where the contact was accepted.
    - For outbound email contacts, agents can select from email addresses
      associated with their default outbound queue configured in their
      routing profile.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``queue_id``: The identifier for the queue.
    - ``email_addresses_config``: Configuration list containing the email addresses to associate with the queue.
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

    email_addresses_config: list[EmailAddressConfig]
    """Configuration list containing the email addresses to associate with the
    queue. Each configuration specifies an email address ID that should be
    linked to this queue for routing purposes.
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
        value = self.email_addresses_config
        if value is None:
            errors.append(prefix + "email_addresses_config: required but missing")
        else:
            path = prefix + "email_addresses_config"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 50)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EmailAddressConfig):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EmailAddressConfig, got {type(v1).__name__}"
                            )
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["QueueId"] = self.queue_id
        result["EmailAddressesConfig"] = [
            v1.to_dict() for v1 in self.email_addresses_config
        ]
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssociateQueueEmailAddresses:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociateQueueEmailAddresses")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            queue_id=_rt.required(data, "QueueId", path),
            email_addresses_config=[
                EmailAddressConfig.from_dict(
                    v1, path=path + "EmailAddressesConfig" + f"[{i1}]" + "."
                )
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "EmailAddressesConfig", path),
                        path + "EmailAddressesConfig",
                    )
                )
            ],
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateQueueEmailAddressesResponse:
    """The response of AssociateQueueEmailAddresses.

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
    ) -> AssociateQueueEmailAddressesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "AssociateQueueEmailAddressesResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _AssociateQueueEmailAddressesResponseDraft:
    """A :class:`AssociateQueueEmailAddressesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_associate_queue_email_addresses(
    instance_id: str,
    queue_id: str,
    email_addresses_config: list[EmailAddressConfig],
) -> AssociateQueueEmailAddresses:
    """Create a :class:`AssociateQueueEmailAddresses` with all optional fields omitted."""
    return AssociateQueueEmailAddresses(
        instance_id=instance_id,
        queue_id=queue_id,
        email_addresses_config=email_addresses_config,
    )


associate_queue_email_addresses_instance_id = _rt.Lens[
    AssociateQueueEmailAddresses, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "associate_queue_email_addresses_instance_id",
)
"""Lens on :attr:`AssociateQueueEmailAddresses.instance_id`."""


associate_queue_email_addresses_queue_id = _rt.Lens[AssociateQueueEmailAddresses, str](
    lambda s: s.queue_id,
    lambda s, v: _dc.replace(s, queue_id=v),
    "associate_queue_email_addresses_queue_id",
)
"""Lens on :attr:`AssociateQueueEmailAddresses.queue_id`."""


associate_queue_email_addresses_email_addresses_config = _rt.Lens[
    AssociateQueueEmailAddresses, list[EmailAddressConfig]
](
    lambda s: s.email_addresses_config,
    lambda s, v: _dc.replace(s, email_addresses_config=v),
    "associate_queue_email_addresses_email_addresses_config",
)
"""Lens on :attr:`AssociateQueueEmailAddresses.email_addresses_config`."""


associate_queue_email_addresses_client_token = _rt.Lens[
    AssociateQueueEmailAddresses, str | None
](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "associate_queue_email_addresses_client_token",
)
"""Lens on :attr:`AssociateQueueEmailAddresses.client_token`."""


def new_associate_queue_email_addresses_response(
    http_status: int,
) -> AssociateQueueEmailAddressesResponse:
    """Create a :class:`AssociateQueueEmailAddressesResponse` with all optional fields omitted."""
    return AssociateQueueEmailAddressesResponse(
        http_status=http_status,
    )


associate_queue_email_addresses_response_http_status = _rt.Lens[
    AssociateQueueEmailAddressesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "associate_queue_email_addresses_response_http_status",
)
"""Lens on :attr:`AssociateQueueEmailAddressesResponse.http_status`."""


def _serialize(
    request: AssociateQueueEmailAddresses, validate: bool = True
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
        + "/associate-email-addresses"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["EmailAddressesConfig"] = [
        v1._to_json() for v1 in request.email_addresses_config
    ]
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
) -> AssociateQueueEmailAddressesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _AssociateQueueEmailAddressesResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, AssociateQueueEmailAddressesResponse)


OPERATION: _rt.Operation[
    AssociateQueueEmailAddresses, AssociateQueueEmailAddressesResponse
] = _rt.Operation(
    "AssociateQueueEmailAddresses",
    AssociateQueueEmailAddresses,
    AssociateQueueEmailAddressesResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.LimitExceededException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
        _errors.AccessDeniedException,
    ),
    _serialize,
    _deserialize,
)
"""The AssociateQueueEmailAddresses operation: its types, errors and wire codec."""
