"""Ends the specified contact."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.disconnect_reason import DisconnectReason


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StopContact:
    """Ends the specified contact. Use this API to stop queued callbacks. It
    does not work for voice contacts that use the following initiation
    methods:

    - DISCONNECT
    - TRANSFER
    - QUEUE_TRANSFER
    - EXTERNAL_OUTBOUND
    - MONITOR

    Chat and task contacts can be terminated in any state, regardless of
    initiation method.

    Fields:

    - ``contact_id``: The ID of the contact.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``disconnect_reason``: The reason a contact can be disconnected.
    """

    contact_id: str
    """The ID of the contact."""

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    disconnect_reason: DisconnectReason | None = None
    """The reason a contact can be disconnected. Only Connect Customer outbound
    campaigns can provide this field. For a list and description of all the
    possible disconnect reasons by channel (including outbound campaign
    voice contacts) see DisconnectReason under `ContactTraceRecord
    <https://docs.aws.amazon.com/connect/latest/adminguide/ctr-data-model.html#ctr-ContactTraceRecord>`__
    in the *Connect Customer Administrator Guide*.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_id
        if value is None:
            errors.append(prefix + "contact_id: required but missing")
        else:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.disconnect_reason
        if value is not None:
            path = prefix + "disconnect_reason"
            if isinstance(value, DisconnectReason):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected DisconnectReason, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ContactId"] = self.contact_id
        result["InstanceId"] = self.instance_id
        if self.disconnect_reason is not None:
            result["DisconnectReason"] = self.disconnect_reason.to_dict()
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> StopContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StopContact")
        return cls(
            contact_id=_rt.required(data, "ContactId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            disconnect_reason=(
                None
                if (value := data.get("DisconnectReason")) is None
                else DisconnectReason.from_dict(
                    value, path=path + "DisconnectReason" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StopContactResponse:
    """The response of StopContact.

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
    ) -> StopContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StopContactResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _StopContactResponseDraft:
    """A :class:`StopContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_stop_contact(
    contact_id: str,
    instance_id: str,
) -> StopContact:
    """Create a :class:`StopContact` with all optional fields omitted."""
    return StopContact(
        contact_id=contact_id,
        instance_id=instance_id,
    )


stop_contact_contact_id = _rt.Lens[StopContact, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "stop_contact_contact_id",
)
"""Lens on :attr:`StopContact.contact_id`."""


stop_contact_instance_id = _rt.Lens[StopContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "stop_contact_instance_id",
)
"""Lens on :attr:`StopContact.instance_id`."""


stop_contact_disconnect_reason = _rt.Lens[StopContact, DisconnectReason | None](
    lambda s: s.disconnect_reason,
    lambda s, v: _dc.replace(s, disconnect_reason=v),
    "stop_contact_disconnect_reason",
)
"""Lens on :attr:`StopContact.disconnect_reason`."""


def new_stop_contact_response(
    http_status: int,
) -> StopContactResponse:
    """Create a :class:`StopContactResponse` with all optional fields omitted."""
    return StopContactResponse(
        http_status=http_status,
    )


stop_contact_response_http_status = _rt.Lens[StopContactResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "stop_contact_response_http_status",
)
"""Lens on :attr:`StopContactResponse.http_status`."""


def _serialize(request: StopContact, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/contact/stop"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ContactId"] = request.contact_id
    data["InstanceId"] = request.instance_id
    if request.disconnect_reason is not None:
        data["DisconnectReason"] = request.disconnect_reason._to_json()
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
) -> StopContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _StopContactResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, StopContactResponse)


OPERATION: _rt.Operation[StopContact, StopContactResponse] = _rt.Operation(
    "StopContact",
    StopContact,
    StopContactResponse,
    (
        _errors.InvalidRequestException,
        _errors.ContactNotFoundException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.InvalidActiveRegionException,
    ),
    _serialize,
    _deserialize,
)
"""The StopContact operation: its types, errors and wire codec."""
