"""Retrieves detailed information about a specific notification, including its content, priority, recipients, and metadata."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.notification import Notification


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeNotification:
    """Retrieves detailed information about a specific notification, including
    its content, priority, recipients, and metadata.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``notification_id``: The unique identifier for the notification.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    notification_id: str
    """The unique identifier for the notification."""

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
        value = self.notification_id
        if value is None:
            errors.append(prefix + "notification_id: required but missing")
        else:
            path = prefix + "notification_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["NotificationId"] = self.notification_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeNotification:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeNotification")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            notification_id=_rt.required(data, "NotificationId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeNotificationResponse:
    """The response of DescribeNotification.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``notification``: The complete notification information including content, priority, recipients, and metadata.
    """

    http_status: int
    """The HTTP status code of the response."""

    notification: Notification | None
    """The complete notification information including content, priority,
    recipients, and metadata.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.notification
        if value is None:
            errors.append(prefix + "notification: required but missing")
        else:
            path = prefix + "notification"
            if isinstance(value, Notification):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected Notification, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.notification is not None:
            result["Notification"] = self.notification.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeNotificationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeNotificationResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            notification=(
                None
                if (value := data.get("Notification")) is None
                else Notification.from_dict(value, path=path + "Notification" + ".")
            ),
        )


class _DescribeNotificationResponseDraft:
    """A :class:`DescribeNotificationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "notification")
    http_status: int
    notification: Notification | None


def new_describe_notification(
    instance_id: str,
    notification_id: str,
) -> DescribeNotification:
    """Create a :class:`DescribeNotification` with all optional fields omitted."""
    return DescribeNotification(
        instance_id=instance_id,
        notification_id=notification_id,
    )


describe_notification_instance_id = _rt.Lens[DescribeNotification, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_notification_instance_id",
)
"""Lens on :attr:`DescribeNotification.instance_id`."""


describe_notification_notification_id = _rt.Lens[DescribeNotification, str](
    lambda s: s.notification_id,
    lambda s, v: _dc.replace(s, notification_id=v),
    "describe_notification_notification_id",
)
"""Lens on :attr:`DescribeNotification.notification_id`."""


def new_describe_notification_response(
    http_status: int,
    notification: Notification,
) -> DescribeNotificationResponse:
    """Create a :class:`DescribeNotificationResponse` with all optional fields omitted."""
    return DescribeNotificationResponse(
        http_status=http_status,
        notification=notification,
    )


describe_notification_response_http_status = _rt.Lens[
    DescribeNotificationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_notification_response_http_status",
)
"""Lens on :attr:`DescribeNotificationResponse.http_status`."""


describe_notification_response_notification = _rt.Lens[
    DescribeNotificationResponse, Notification | None
](
    lambda s: s.notification,
    lambda s, v: _dc.replace(s, notification=v),
    "describe_notification_response_notification",
)
"""Lens on :attr:`DescribeNotificationResponse.notification`."""


def _serialize(request: DescribeNotification, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.notification_id == "":
        raise _rt.ValidationError(
            ["notification_id: a URI label must be set and not empty"]
        )
    path = (
        "/notifications/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.notification_id, "notification_id")
    )
    query: list[tuple[str, str | None]] = []
    body = b""
    return _rt.HttpRequest(
        method="GET",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DescribeNotificationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeNotificationResponseDraft()
    draft.http_status = status
    try:
        draft.notification = (
            None
            if (value := data.get("Notification")) is None
            else Notification._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Notification")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeNotificationResponse)


OPERATION: _rt.Operation[DescribeNotification, DescribeNotificationResponse] = (
    _rt.Operation(
        "DescribeNotification",
        DescribeNotification,
        DescribeNotificationResponse,
        (
            _errors.InvalidRequestException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.ThrottlingException,
            _errors.AccessDeniedException,
            _errors.InvalidParameterException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The DescribeNotification operation: its types, errors and wire codec."""
