"""Updates the status of a notification for a specific user, such as marking it as read or hidden."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_NOTIFICATION_STATUS_VALUES = frozenset(
    (
        "READ",
        "UNREAD",
        "HIDDEN",
    )
)
_PATTERN_1 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateUserNotificationStatus:
    """Updates the status of a notification for a specific user, such as
    marking it as read or hidden. Users can only update notification status
    for notifications that have been sent to them. READ status deprioritizes
    the notification and greys it out, while HIDDEN status removes it from
    the notification widget.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``notification_id``: The unique identifier for the notification.
    - ``user_id``: The identifier of the user whose notification status is being updated.
    - ``status``: The new status for the notification.
    - ``last_modified_time``: The timestamp when the notification status was last modified.
    - ``last_modified_region``: The AWS Region where the notification status was last modified.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    notification_id: str
    """The unique identifier for the notification."""

    user_id: str
    """The identifier of the user whose notification status is being updated."""

    status: str
    """The new status for the notification. Valid values are READ, UNREAD, and
    HIDDEN.
    """

    last_modified_time: _dt.datetime | None = None
    """The timestamp when the notification status was last modified. Used for
    cross-region replication and optimistic locking.
    """

    last_modified_region: str | None = None
    """The AWS Region where the notification status was last modified. Used for
    cross-region replication.
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
        value = self.notification_id
        if value is None:
            errors.append(prefix + "notification_id: required but missing")
        else:
            path = prefix + "notification_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.user_id
        if value is None:
            errors.append(prefix + "user_id: required but missing")
        else:
            path = prefix + "user_id"
            _rt.check_str(errors, path, value)
        value = self.status
        if value is None:
            errors.append(prefix + "status: required but missing")
        else:
            path = prefix + "status"
            _rt.check_str(errors, path, value, enum=_NOTIFICATION_STATUS_VALUES)
        value = self.last_modified_time
        if value is not None:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_modified_region
        if value is not None:
            path = prefix + "last_modified_region"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["NotificationId"] = self.notification_id
        result["UserId"] = self.user_id
        result["Status"] = self.status
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.last_modified_region is not None:
            result["LastModifiedRegion"] = self.last_modified_region
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateUserNotificationStatus:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateUserNotificationStatus")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            notification_id=_rt.required(data, "NotificationId", path),
            user_id=_rt.required(data, "UserId", path),
            status=_rt.required(data, "Status", path),
            last_modified_time=data.get("LastModifiedTime"),
            last_modified_region=data.get("LastModifiedRegion"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateUserNotificationStatusResponse:
    """The response from updating a user's notification status.

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
    ) -> UpdateUserNotificationStatusResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateUserNotificationStatusResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateUserNotificationStatusResponseDraft:
    """A :class:`UpdateUserNotificationStatusResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_user_notification_status(
    instance_id: str,
    notification_id: str,
    user_id: str,
    status: str,
) -> UpdateUserNotificationStatus:
    """Create a :class:`UpdateUserNotificationStatus` with all optional fields omitted."""
    return UpdateUserNotificationStatus(
        instance_id=instance_id,
        notification_id=notification_id,
        user_id=user_id,
        status=status,
    )


update_user_notification_status_instance_id = _rt.Lens[
    UpdateUserNotificationStatus, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_user_notification_status_instance_id",
)
"""Lens on :attr:`UpdateUserNotificationStatus.instance_id`."""


update_user_notification_status_notification_id = _rt.Lens[
    UpdateUserNotificationStatus, str
](
    lambda s: s.notification_id,
    lambda s, v: _dc.replace(s, notification_id=v),
    "update_user_notification_status_notification_id",
)
"""Lens on :attr:`UpdateUserNotificationStatus.notification_id`."""


update_user_notification_status_user_id = _rt.Lens[UpdateUserNotificationStatus, str](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "update_user_notification_status_user_id",
)
"""Lens on :attr:`UpdateUserNotificationStatus.user_id`."""


update_user_notification_status_status = _rt.Lens[UpdateUserNotificationStatus, str](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "update_user_notification_status_status",
)
"""Lens on :attr:`UpdateUserNotificationStatus.status`."""


update_user_notification_status_last_modified_time = _rt.Lens[
    UpdateUserNotificationStatus, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "update_user_notification_status_last_modified_time",
)
"""Lens on :attr:`UpdateUserNotificationStatus.last_modified_time`."""


update_user_notification_status_last_modified_region = _rt.Lens[
    UpdateUserNotificationStatus, str | None
](
    lambda s: s.last_modified_region,
    lambda s, v: _dc.replace(s, last_modified_region=v),
    "update_user_notification_status_last_modified_region",
)
"""Lens on :attr:`UpdateUserNotificationStatus.last_modified_region`."""


def new_update_user_notification_status_response(
    http_status: int,
) -> UpdateUserNotificationStatusResponse:
    """Create a :class:`UpdateUserNotificationStatusResponse` with all optional fields omitted."""
    return UpdateUserNotificationStatusResponse(
        http_status=http_status,
    )


update_user_notification_status_response_http_status = _rt.Lens[
    UpdateUserNotificationStatusResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_user_notification_status_response_http_status",
)
"""Lens on :attr:`UpdateUserNotificationStatusResponse.http_status`."""


def _serialize(
    request: UpdateUserNotificationStatus, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.last_modified_time is not None:
        headers["x-amz-last-modified-time"] = _rt.http_date(request.last_modified_time)
    if request.last_modified_region is not None:
        headers["x-amz-last-modified-region"] = _rt.header_value(
            request.last_modified_region, "last_modified_region"
        )
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.user_id == "":
        raise _rt.ValidationError(["user_id: a URI label must be set and not empty"])
    if request.notification_id == "":
        raise _rt.ValidationError(
            ["notification_id: a URI label must be set and not empty"]
        )
    path = (
        "/users/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.user_id, "user_id")
        + "/notifications/"
        + _rt.quote_label(request.notification_id, "notification_id")
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["Status"] = request.status
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
) -> UpdateUserNotificationStatusResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateUserNotificationStatusResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateUserNotificationStatusResponse)


OPERATION: _rt.Operation[
    UpdateUserNotificationStatus, UpdateUserNotificationStatusResponse
] = _rt.Operation(
    "UpdateUserNotificationStatus",
    UpdateUserNotificationStatus,
    UpdateUserNotificationStatusResponse,
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
"""The UpdateUserNotificationStatus operation: its types, errors and wire codec."""
