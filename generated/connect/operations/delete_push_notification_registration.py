"""Deletes registration for a device token and a chat contact."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeletePushNotificationRegistration:
    """Deletes registration for a device token and a chat contact.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``registration_id``: The identifier for the registration.
    - ``contact_id``: The identifier of the contact within the Connect Customer instance.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    registration_id: str
    """The identifier for the registration."""

    contact_id: str
    """The identifier of the contact within the Connect Customer instance."""

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
        value = self.registration_id
        if value is None:
            errors.append(prefix + "registration_id: required but missing")
        else:
            path = prefix + "registration_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.contact_id
        if value is None:
            errors.append(prefix + "contact_id: required but missing")
        else:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["RegistrationId"] = self.registration_id
        result["ContactId"] = self.contact_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeletePushNotificationRegistration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DeletePushNotificationRegistration"
        )
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            registration_id=_rt.required(data, "RegistrationId", path),
            contact_id=_rt.required(data, "ContactId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeletePushNotificationRegistrationResponse:
    """The response of DeletePushNotificationRegistration.

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
    ) -> DeletePushNotificationRegistrationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DeletePushNotificationRegistrationResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeletePushNotificationRegistrationResponseDraft:
    """A :class:`DeletePushNotificationRegistrationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_push_notification_registration(
    instance_id: str,
    registration_id: str,
    contact_id: str,
) -> DeletePushNotificationRegistration:
    """Create a :class:`DeletePushNotificationRegistration` with all optional fields omitted."""
    return DeletePushNotificationRegistration(
        instance_id=instance_id,
        registration_id=registration_id,
        contact_id=contact_id,
    )


delete_push_notification_registration_instance_id = _rt.Lens[
    DeletePushNotificationRegistration, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_push_notification_registration_instance_id",
)
"""Lens on :attr:`DeletePushNotificationRegistration.instance_id`."""


delete_push_notification_registration_registration_id = _rt.Lens[
    DeletePushNotificationRegistration, str
](
    lambda s: s.registration_id,
    lambda s, v: _dc.replace(s, registration_id=v),
    "delete_push_notification_registration_registration_id",
)
"""Lens on :attr:`DeletePushNotificationRegistration.registration_id`."""


delete_push_notification_registration_contact_id = _rt.Lens[
    DeletePushNotificationRegistration, str
](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "delete_push_notification_registration_contact_id",
)
"""Lens on :attr:`DeletePushNotificationRegistration.contact_id`."""


def new_delete_push_notification_registration_response(
    http_status: int,
) -> DeletePushNotificationRegistrationResponse:
    """Create a :class:`DeletePushNotificationRegistrationResponse` with all optional fields omitted."""
    return DeletePushNotificationRegistrationResponse(
        http_status=http_status,
    )


delete_push_notification_registration_response_http_status = _rt.Lens[
    DeletePushNotificationRegistrationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_push_notification_registration_response_http_status",
)
"""Lens on :attr:`DeletePushNotificationRegistrationResponse.http_status`."""


def _serialize(
    request: DeletePushNotificationRegistration, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.registration_id == "":
        raise _rt.ValidationError(
            ["registration_id: a URI label must be set and not empty"]
        )
    path = (
        "/push-notification/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/registrations/"
        + _rt.quote_label(request.registration_id, "registration_id")
    )
    query: list[tuple[str, str | None]] = []
    query.append(("contactId", request.contact_id))
    body = b""
    return _rt.HttpRequest(
        method="DELETE",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DeletePushNotificationRegistrationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeletePushNotificationRegistrationResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeletePushNotificationRegistrationResponse)


OPERATION: _rt.Operation[
    DeletePushNotificationRegistration, DeletePushNotificationRegistrationResponse
] = _rt.Operation(
    "DeletePushNotificationRegistration",
    DeletePushNotificationRegistration,
    DeletePushNotificationRegistrationResponse,
    (
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
        _errors.AccessDeniedException,
    ),
    _serialize,
    _deserialize,
)
"""The DeletePushNotificationRegistration operation: its types, errors and wire codec."""
