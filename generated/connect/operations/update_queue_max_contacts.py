"""Updates the maximum number of contacts allowed in a queue before it is considered full."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateQueueMaxContacts:
    """Updates the maximum number of contacts allowed in a queue before it is
    considered full.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``queue_id``: The identifier for the queue.
    - ``max_contacts``: The maximum number of contacts that can be in the queue before it is considered full.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    queue_id: str
    """The identifier for the queue."""

    max_contacts: int | None = None
    """The maximum number of contacts that can be in the queue before it is
    considered full.
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
        value = self.max_contacts
        if value is not None:
            path = prefix + "max_contacts"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["QueueId"] = self.queue_id
        if self.max_contacts is not None:
            result["MaxContacts"] = self.max_contacts
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateQueueMaxContacts:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateQueueMaxContacts")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            queue_id=_rt.required(data, "QueueId", path),
            max_contacts=data.get("MaxContacts"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateQueueMaxContactsResponse:
    """The response of UpdateQueueMaxContacts.

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
    ) -> UpdateQueueMaxContactsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateQueueMaxContactsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateQueueMaxContactsResponseDraft:
    """A :class:`UpdateQueueMaxContactsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_queue_max_contacts(
    instance_id: str,
    queue_id: str,
) -> UpdateQueueMaxContacts:
    """Create a :class:`UpdateQueueMaxContacts` with all optional fields omitted."""
    return UpdateQueueMaxContacts(
        instance_id=instance_id,
        queue_id=queue_id,
    )


update_queue_max_contacts_instance_id = _rt.Lens[UpdateQueueMaxContacts, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_queue_max_contacts_instance_id",
)
"""Lens on :attr:`UpdateQueueMaxContacts.instance_id`."""


update_queue_max_contacts_queue_id = _rt.Lens[UpdateQueueMaxContacts, str](
    lambda s: s.queue_id,
    lambda s, v: _dc.replace(s, queue_id=v),
    "update_queue_max_contacts_queue_id",
)
"""Lens on :attr:`UpdateQueueMaxContacts.queue_id`."""


update_queue_max_contacts_max_contacts = _rt.Lens[UpdateQueueMaxContacts, int | None](
    lambda s: s.max_contacts,
    lambda s, v: _dc.replace(s, max_contacts=v),
    "update_queue_max_contacts_max_contacts",
)
"""Lens on :attr:`UpdateQueueMaxContacts.max_contacts`."""


def new_update_queue_max_contacts_response(
    http_status: int,
) -> UpdateQueueMaxContactsResponse:
    """Create a :class:`UpdateQueueMaxContactsResponse` with all optional fields omitted."""
    return UpdateQueueMaxContactsResponse(
        http_status=http_status,
    )


update_queue_max_contacts_response_http_status = _rt.Lens[
    UpdateQueueMaxContactsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_queue_max_contacts_response_http_status",
)
"""Lens on :attr:`UpdateQueueMaxContactsResponse.http_status`."""


def _serialize(
    request: UpdateQueueMaxContacts, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
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
        + "/max-contacts"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.max_contacts is not None:
        data["MaxContacts"] = request.max_contacts
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
) -> UpdateQueueMaxContactsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateQueueMaxContactsResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateQueueMaxContactsResponse)


OPERATION: _rt.Operation[UpdateQueueMaxContacts, UpdateQueueMaxContactsResponse] = (
    _rt.Operation(
        "UpdateQueueMaxContacts",
        UpdateQueueMaxContacts,
        UpdateQueueMaxContactsResponse,
        (
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.InternalServiceException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The UpdateQueueMaxContacts operation: its types, errors and wire codec."""
