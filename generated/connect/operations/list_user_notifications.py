"""Retrieves a paginated list of notifications for a specific user, including the notification status for that user."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.user_notification_summary import UserNotificationSummary


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListUserNotifications:
    """Retrieves a paginated list of notifications for a specific user,
    including the notification status for that user.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``user_id``: The identifier of the user.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    user_id: str
    """The identifier of the user."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response to retrieve the next page of results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page. Valid range is 1-1000."""

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
        value = self.user_id
        if value is None:
            errors.append(prefix + "user_id: required but missing")
        else:
            path = prefix + "user_id"
            _rt.check_str(errors, path, value)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=1000)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["UserId"] = self.user_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListUserNotifications:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListUserNotifications")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            user_id=_rt.required(data, "UserId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListUserNotificationsResponse:
    """The response of ListUserNotifications.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``user_notifications``: A list of notifications sent to the specified user.
    - ``next_token``: The token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    user_notifications: list[UserNotificationSummary] | None = None
    """A list of notifications sent to the specified user."""

    next_token: str | None = None
    """The token for the next set of results. If present, there are more
    results available.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.user_notifications
        if value is not None:
            path = prefix + "user_notifications"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, UserNotificationSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected UserNotificationSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.user_notifications is not None:
            result["UserNotifications"] = [
                v1.to_dict() for v1 in self.user_notifications
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListUserNotificationsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListUserNotificationsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            user_notifications=(
                None
                if (value := data.get("UserNotifications")) is None
                else [
                    UserNotificationSummary.from_dict(
                        v1, path=path + "UserNotifications" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "UserNotifications")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListUserNotificationsResponseDraft:
    """A :class:`ListUserNotificationsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "user_notifications", "next_token")
    http_status: int
    user_notifications: list[UserNotificationSummary] | None
    next_token: str | None


def new_list_user_notifications(
    instance_id: str,
    user_id: str,
) -> ListUserNotifications:
    """Create a :class:`ListUserNotifications` with all optional fields omitted."""
    return ListUserNotifications(
        instance_id=instance_id,
        user_id=user_id,
    )


list_user_notifications_instance_id = _rt.Lens[ListUserNotifications, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_user_notifications_instance_id",
)
"""Lens on :attr:`ListUserNotifications.instance_id`."""


list_user_notifications_user_id = _rt.Lens[ListUserNotifications, str](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "list_user_notifications_user_id",
)
"""Lens on :attr:`ListUserNotifications.user_id`."""


list_user_notifications_next_token = _rt.Lens[ListUserNotifications, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_user_notifications_next_token",
)
"""Lens on :attr:`ListUserNotifications.next_token`."""


list_user_notifications_max_results = _rt.Lens[ListUserNotifications, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_user_notifications_max_results",
)
"""Lens on :attr:`ListUserNotifications.max_results`."""


def new_list_user_notifications_response(
    http_status: int,
) -> ListUserNotificationsResponse:
    """Create a :class:`ListUserNotificationsResponse` with all optional fields omitted."""
    return ListUserNotificationsResponse(
        http_status=http_status,
    )


list_user_notifications_response_http_status = _rt.Lens[
    ListUserNotificationsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_user_notifications_response_http_status",
)
"""Lens on :attr:`ListUserNotificationsResponse.http_status`."""


list_user_notifications_response_user_notifications = _rt.Lens[
    ListUserNotificationsResponse, list[UserNotificationSummary] | None
](
    lambda s: s.user_notifications,
    lambda s, v: _dc.replace(s, user_notifications=v),
    "list_user_notifications_response_user_notifications",
)
"""Lens on :attr:`ListUserNotificationsResponse.user_notifications`."""


list_user_notifications_response_next_token = _rt.Lens[
    ListUserNotificationsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_user_notifications_response_next_token",
)
"""Lens on :attr:`ListUserNotificationsResponse.next_token`."""


def _serialize(
    request: ListUserNotifications, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.user_id == "":
        raise _rt.ValidationError(["user_id: a URI label must be set and not empty"])
    path = (
        "/users/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.user_id, "user_id")
        + "/notifications"
    )
    query: list[tuple[str, str | None]] = []
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
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
) -> ListUserNotificationsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListUserNotificationsResponseDraft()
    draft.http_status = status
    try:
        draft.user_notifications = (
            None
            if (value := data.get("UserNotifications")) is None
            else [
                UserNotificationSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "UserNotifications")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "UserNotifications")
                )
                if v1 is not None
            ]
        )
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListUserNotificationsResponse)


OPERATION: _rt.Operation[ListUserNotifications, ListUserNotificationsResponse] = (
    _rt.Operation(
        "ListUserNotifications",
        ListUserNotifications,
        ListUserNotificationsResponse,
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
"""The ListUserNotifications operation: its types, errors and wire codec."""
