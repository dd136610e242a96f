"""Updates the localized content of an existing notification."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_LOCALE_CODE_VALUES = frozenset(
    (
        "en_US",
        "de_DE",
        "es_ES",
        "fr_FR",
        "id_ID",
        "it_IT",
        "ja_JP",
        "ko_KR",
        "pt_BR",
        "zh_CN",
        "zh_TW",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateNotificationContent:
    """Updates the localized content of an existing notification. This
    operation applies to all users for whom the notification was sent.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``notification_id``: The unique identifier for the notification to update.
    - ``content``: The updated localized content of the notification.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    notification_id: str
    """The unique identifier for the notification to update."""

    content: dict[str, str]
    """The updated localized content of the notification. A map of locale codes
    and values. Maximum 500 characters per locale.
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
        value = self.content
        if value is None:
            errors.append(prefix + "content: required but missing")
        else:
            path = prefix + "content"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, enum=_LOCALE_CODE_VALUES)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=0, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["NotificationId"] = self.notification_id
        result["Content"] = dict(self.content)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateNotificationContent:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateNotificationContent")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            notification_id=_rt.required(data, "NotificationId", path),
            content=dict(
                _rt.expect_mapping(
                    _rt.required(data, "Content", path), path + "Content"
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateNotificationContentResponse:
    """The response from updating notification content.

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
    ) -> UpdateNotificationContentResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateNotificationContentResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateNotificationContentResponseDraft:
    """A :class:`UpdateNotificationContentResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_notification_content(
    instance_id: str,
    notification_id: str,
    content: dict[str, str],
) -> UpdateNotificationContent:
    """Create a :class:`UpdateNotificationContent` with all optional fields omitted."""
    return UpdateNotificationContent(
        instance_id=instance_id,
        notification_id=notification_id,
        content=content,
    )


update_notification_content_instance_id = _rt.Lens[UpdateNotificationContent, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_notification_content_instance_id",
)
"""Lens on :attr:`UpdateNotificationContent.instance_id`."""


update_notification_content_notification_id = _rt.Lens[UpdateNotificationContent, str](
    lambda s: s.notification_id,
    lambda s, v: _dc.replace(s, notification_id=v),
    "update_notification_content_notification_id",
)
"""Lens on :attr:`UpdateNotificationContent.notification_id`."""


update_notification_content_content = _rt.Lens[
    UpdateNotificationContent, dict[str, str]
](
    lambda s: s.content,
    lambda s, v: _dc.replace(s, content=v),
    "update_notification_content_content",
)
"""Lens on :attr:`UpdateNotificationContent.content`."""


def new_update_notification_content_response(
    http_status: int,
) -> UpdateNotificationContentResponse:
    """Create a :class:`UpdateNotificationContentResponse` with all optional fields omitted."""
    return UpdateNotificationContentResponse(
        http_status=http_status,
    )


update_notification_content_response_http_status = _rt.Lens[
    UpdateNotificationContentResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_notification_content_response_http_status",
)
"""Lens on :attr:`UpdateNotificationContentResponse.http_status`."""


def _serialize(
    request: UpdateNotificationContent, validate: bool = True
) -> _rt.HttpRequest:
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
    data: dict[str, _t.Any] = {}
    data["Content"] = request.content
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
) -> UpdateNotificationContentResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateNotificationContentResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateNotificationContentResponse)


OPERATION: _rt.Operation[
    UpdateNotificationContent, UpdateNotificationContentResponse
] = _rt.Operation(
    "UpdateNotificationContent",
    UpdateNotificationContent,
    UpdateNotificationContentResponse,
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
"""The UpdateNotificationContent operation: its types, errors and wire codec."""
