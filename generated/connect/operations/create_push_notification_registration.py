"""Creates registration for a device token and a chat contact to receive real-time push notifications."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.contact_configuration import ContactConfiguration

_DEVICE_TYPE_VALUES = frozenset(
    (
        "GCM",
        "APNS",
        "APNS_SANDBOX",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreatePushNotificationRegistration:
    """Creates registration for a device token and a chat contact to receive
    real-time push notifications. For more information about push
    notifications, see `Set up push notifications in Connect Customer for
    mobile chat
    <https://docs.aws.amazon.com/connect/latest/adminguide/enable-push-notifications-for-mobile-chat.html>`__
    in the *Connect Customer Administrator Guide*.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``pinpoint_app_arn``: The Amazon Resource Name (ARN) of the Pinpoint application.
    - ``device_token``: The push notification token issued by the Apple or Google gateways.
    - ``device_type``: The device type to use when sending the message.
    - ``contact_configuration``: The contact configuration for push notification registration.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    pinpoint_app_arn: str
    """The Amazon Resource Name (ARN) of the Pinpoint application."""

    device_token: str
    """The push notification token issued by the Apple or Google gateways."""

    device_type: str
    """The device type to use when sending the message."""

    contact_configuration: ContactConfiguration
    """The contact configuration for push notification registration."""

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
        value = self.pinpoint_app_arn
        if value is None:
            errors.append(prefix + "pinpoint_app_arn: required but missing")
        else:
            path = prefix + "pinpoint_app_arn"
            _rt.check_str(errors, path, value)
        value = self.device_token
        if value is None:
            errors.append(prefix + "device_token: required but missing")
        else:
            path = prefix + "device_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.device_type
        if value is None:
            errors.append(prefix + "device_type: required but missing")
        else:
            path = prefix + "device_type"
            _rt.check_str(errors, path, value, enum=_DEVICE_TYPE_VALUES)
        value = self.contact_configuration
        if value is None:
            errors.append(prefix + "contact_configuration: required but missing")
        else:
            path = prefix + "contact_configuration"
            if isinstance(value, ContactConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ContactConfiguration, got {type(value).__name__}"
                )
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["PinpointAppArn"] = self.pinpoint_app_arn
        result["DeviceToken"] = self.device_token
        result["DeviceType"] = self.device_type
        result["ContactConfiguration"] = self.contact_configuration.to_dict()
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreatePushNotificationRegistration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "CreatePushNotificationRegistration"
        )
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            pinpoint_app_arn=_rt.required(data, "PinpointAppArn", path),
            device_token=_rt.required(data, "DeviceToken", path),
            device_type=_rt.required(data, "DeviceType", path),
            contact_configuration=ContactConfiguration.from_dict(
                _rt.required(data, "ContactConfiguration", path),
                path=path + "ContactConfiguration" + ".",
            ),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreatePushNotificationRegistrationResponse:
    """The response of CreatePushNotificationRegistration.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``registration_id``: The identifier for the registration.
    """

    http_status: int
    """The HTTP status code of the response."""

    registration_id: str | None
    """The identifier for the registration."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.registration_id
        if value is None:
            errors.append(prefix + "registration_id: required but missing")
        else:
            path = prefix + "registration_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.registration_id is not None:
            result["RegistrationId"] = self.registration_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreatePushNotificationRegistrationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "CreatePushNotificationRegistrationResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            registration_id=data.get("RegistrationId"),
        )


class _CreatePushNotificationRegistrationResponseDraft:
    """A :class:`CreatePushNotificationRegistrationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "registration_id")
    http_status: int
    registration_id: str | None


def new_create_push_notification_registration(
    instance_id: str,
    pinpoint_app_arn: str,
    device_token: str,
    device_type: str,
    contact_configuration: ContactConfiguration,
) -> CreatePushNotificationRegistration:
    """Create a :class:`CreatePushNotificationRegistration` with all optional fields omitted."""
    return CreatePushNotificationRegistration(
        instance_id=instance_id,
        pinpoint_app_arn=pinpoint_app_arn,
        device_token=device_token,
        device_type=device_type,
        contact_configuration=contact_configuration,
    )


create_push_notification_registration_instance_id = _rt.Lens[
    CreatePushNotificationRegistration, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "create_push_notification_registration_instance_id",
)
"""Lens on :attr:`CreatePushNotificationRegistration.instance_id`."""


create_push_notification_registration_pinpoint_app_arn = _rt.Lens[
    CreatePushNotificationRegistration, str
](
    lambda s: s.pinpoint_app_arn,
    lambda s, v: _dc.replace(s, pinpoint_app_arn=v),
    "create_push_notification_registration_pinpoint_app_arn",
)
"""Lens on :attr:`CreatePushNotificationRegistration.pinpoint_app_arn`."""


create_push_notification_registration_device_token = _rt.Lens[
    CreatePushNotificationRegistration, str
](
    lambda s: s.device_token,
    lambda s, v: _dc.replace(s, device_token=v),
    "create_push_notification_registration_device_token",
)
"""Lens on :attr:`CreatePushNotificationRegistration.device_token`."""


create_push_notification_registration_device_type = _rt.Lens[
    CreatePushNotificationRegistration, str
](
    lambda s: s.device_type,
    lambda s, v: _dc.replace(s, device_type=v),
    "create_push_notification_registration_device_type",
)
"""Lens on :attr:`CreatePushNotificationRegistration.device_type`."""


create_push_notification_registration_contact_configuration = _rt.Lens[
    CreatePushNotificationRegistration, ContactConfiguration
](
    lambda s: s.contact_configuration,
    lambda s, v: _dc.replace(s, contact_configuration=v),
    "create_push_notification_registration_contact_configuration",
)
"""Lens on :attr:`CreatePushNotificationRegistration.contact_configuration`."""


create_push_notification_registration_client_token = _rt.Lens[
    CreatePushNotificationRegistration, str | None
](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "create_push_notification_registration_client_token",
)
"""Lens on :attr:`CreatePushNotificationRegistration.client_token`."""


def new_create_push_notification_registration_response(
    http_status: int,
    registration_id: str,
) -> CreatePushNotificationRegistrationResponse:
    """Create a :class:`CreatePushNotificationRegistrationResponse` with all optional fields omitted."""
    return CreatePushNotificationRegistrationResponse(
        http_status=http_status,
        registration_id=registration_id,
    )


create_push_notification_registration_response_http_status = _rt.Lens[
    CreatePushNotificationRegistrationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "create_push_notification_registration_response_http_status",
)
"""Lens on :attr:`CreatePushNotificationRegistrationResponse.http_status`."""


create_push_notification_registration_response_registration_id = _rt.Lens[
    CreatePushNotificationRegistrationResponse, str | None
](
    lambda s: s.registration_id,
    lambda s, v: _dc.replace(s, registration_id=v),
    "create_push_notification_registration_response_registration_id",
)
"""Lens on :attr:`CreatePushNotificationRegistrationResponse.registration_id`."""


def _serialize(
    request: CreatePushNotificationRegistration, validate: bool = True
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
    path = (
        "/push-notification/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/registrations"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["PinpointAppArn"] = request.pinpoint_app_arn
    data["DeviceToken"] = request.device_token
    data["DeviceType"] = request.device_type
    data["ContactConfiguration"] = request.contact_configuration._to_json()
    data["ClientToken"] = idempotency_client_token
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
) -> CreatePushNotificationRegistrationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _CreatePushNotificationRegistrationResponseDraft()
    draft.http_status = status
    try:
        draft.registration_id = (
            None
            if (value := data.get("RegistrationId")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "RegistrationId")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, CreatePushNotificationRegistrationResponse)


OPERATION: _rt.Operation[
    CreatePushNotificationRegistration, CreatePushNotificationRegistrationResponse
] = _rt.Operation(
    "CreatePushNotificationRegistration",
    CreatePushNotificationRegistration,
    CreatePushNotificationRegistrationResponse,
    (
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
        _errors.AccessDeniedException,
        _errors.ServiceQuotaExceededException,
    ),
    _serialize,
    _deserialize,
)
"""The CreatePushNotificationRegistration operation: its types, errors and wire codec."""
