"""Deletes a notification."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteNotification:
    """Deletes a notification. Once deleted, the notification is no longer
    visible to all users and cannot be managed through the Admin Website or
    APIs.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``notification_id``: The unique identifier for the notification to delete.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    notification_id: str
    """The unique identifier for the notification to delete."""

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
    ) -> DeleteNotification:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteNotification")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            notification_id=_rt.required(data, "NotificationId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteNotificationResponse:
    """The response from deleting a notification.

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
    ) -> DeleteNotificationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteNotificationResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteNotificationResponseDraft:
    """A :class:`DeleteNotificationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_notification(
    instance_id: str,
    notification_id: str,
) -> DeleteNotification:
    """Create a :class:`DeleteNotification` with all optional fields omitted."""
    return DeleteNotification(
        instance_id=instance_id,
        notification_id=notification_id,
    )


delete_notification_instance_id = _rt.Lens[DeleteNotification, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_notification_instance_id",
)
"""Lens on :attr:`DeleteNotification.instance_id`."""


delete_notification_notification_id = _rt.Lens[DeleteNotification, str](
    lambda s: s.notification_id,
    lambda s, v: _dc.replace(s, notification_id=v),
    "delete_notification_notification_id",
)
"""Lens on :attr:`DeleteNotification.notification_id`."""


def new_delete_notification_response(
    http_status: int,
) -> DeleteNotificationResponse:
    """Create a :class:`DeleteNotificationResponse` with all optional fields omitted."""
    return DeleteNotificationResponse(
        http_status=http_status,
    )


delete_notification_response_http_status = _rt.Lens[DeleteNotificationResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_notification_response_http_status",
)
"""Lens on :attr:`DeleteNotificationResponse.http_status`."""


def _serialize(request: DeleteNotification, validate: bool = True) -> _rt.HttpRequest:
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
        method="DELETE",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DeleteNotificationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteNotificationResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteNotificationResponse)


OPERATION: _rt.Operation[DeleteNotification, DeleteNotificationResponse] = (
    _rt.Operation(
        "DeleteNotification",
        DeleteNotification,
        DeleteNotificationResponse,
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
"""The DeleteNotification operation: its types, errors and wire codec."""
