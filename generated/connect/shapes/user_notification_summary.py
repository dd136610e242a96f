"""The UserNotificationSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_NOTIFICATION_STATUS_VALUES = frozenset(
    (
        "READ",
        "UNREAD",
        "HIDDEN",
    )
)
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
_NOTIFICATION_PRIORITY_VALUES = frozenset(
    (
        "URGENT",
        "HIGH",
        "LOW",
    )
)
_NOTIFICATION_SOURCE_VALUES = frozenset(
    (
        "CUSTOMER",
        "RULES",
        "SYSTEM",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UserNotificationSummary:
    """Summary information about a notification for a specific user, including
    the user's read status.

    Fields:

    - ``notification_id``: The unique identifier for the notification.
    - ``notification_status``: The status of the notification for this user.
    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``recipient_id``: The identifier of the recipient user.
    - ``content``: The localized content of the notification.
    - ``priority``: The priority level of the notification.
    - ``source``: The source that created the notification.
    - ``created_at``: The timestamp when the notification was created.
    - ``expires_at``: The timestamp when the notification expires.
    """

    notification_id: str | None = None
    """The unique identifier for the notification."""

    notification_status: str | None = None
    """The status of the notification for this user. Valid values are READ,
    UNREAD, and HIDDEN.
    """

    instance_id: str | None = None
    """The identifier of the Amazon Connect instance."""

    recipient_id: str | None = None
    """The identifier of the recipient user."""

    content: dict[str, str] | None = None
    """The localized content of the notification."""

    priority: str | None = None
    """The priority level of the notification."""

    source: str | None = None
    """The source that created the notification. Valid values are CUSTOMER,
    RULES, and SYSTEM.
    """

    created_at: _dt.datetime | None = None
    """The timestamp when the notification was created."""

    expires_at: _dt.datetime | None = None
    """The timestamp when the notification expires."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.notification_id
        if value is not None:
            path = prefix + "notification_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.notification_status
        if value is not None:
            path = prefix + "notification_status"
            _rt.check_str(errors, path, value, enum=_NOTIFICATION_STATUS_VALUES)
        value = self.instance_id
        if value is not None:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.recipient_id
        if value is not None:
            path = prefix + "recipient_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=256)
        value = self.content
        if value is not None:
            path = prefix + "content"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, enum=_LOCALE_CODE_VALUES)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=0, max_len=500)
        value = self.priority
        if value is not None:
            path = prefix + "priority"
            _rt.check_str(errors, path, value, enum=_NOTIFICATION_PRIORITY_VALUES)
        value = self.source
        if value is not None:
            path = prefix + "source"
            _rt.check_str(errors, path, value, enum=_NOTIFICATION_SOURCE_VALUES)
        value = self.created_at
        if value is not None:
            path = prefix + "created_at"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.expires_at
        if value is not None:
            path = prefix + "expires_at"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.notification_id is not None:
            result["NotificationId"] = self.notification_id
        if self.notification_status is not None:
            result["NotificationStatus"] = self.notification_status
        if self.instance_id is not None:
            result["InstanceId"] = self.instance_id
        if self.recipient_id is not None:
            result["RecipientId"] = self.recipient_id
        if self.content is not None:
            result["Content"] = dict(self.content)
        if self.priority is not None:
            result["Priority"] = self.priority
        if self.source is not None:
            result["Source"] = self.source
        if self.created_at is not None:
            result["CreatedAt"] = self.created_at
        if self.expires_at is not None:
            result["ExpiresAt"] = self.expires_at
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UserNotificationSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UserNotificationSummary")
        return cls(
            notification_id=data.get("NotificationId"),
            notification_status=data.get("NotificationStatus"),
            instance_id=data.get("InstanceId"),
            recipient_id=data.get("RecipientId"),
            content=(
                None
                if (value := data.get("Content")) is None
                else dict(_rt.expect_mapping(value, path + "Content"))
            ),
            priority=data.get("Priority"),
            source=data.get("Source"),
            created_at=data.get("CreatedAt"),
            expires_at=data.get("ExpiresAt"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> UserNotificationSummary:
        draft = _UserNotificationSummaryDraft()
        try:
            draft.notification_id = (
                None
                if (value := data.get("NotificationId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "NotificationId")
                )
            )
            draft.notification_status = (
                None
                if (value := data.get("NotificationStatus")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "NotificationStatus")
                )
            )
            draft.instance_id = (
                None
                if (value := data.get("InstanceId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "InstanceId")
                )
            )
            draft.recipient_id = (
                None
                if (value := data.get("RecipientId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "RecipientId")
                )
            )
            draft.content = (
                None
                if (value := data.get("Content")) is None
                else {
                    k1: (v1 if type(v1) is str else _rt.expect_str(v1, "Content"))
                    for k1, v1 in (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Content")
                    ).items()
                    if v1 is not None
                }
            )
            draft.priority = (
                None
                if (value := data.get("Priority")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "Priority")
                )
            )
            draft.source = (
                None
                if (value := data.get("Source")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Source"))
            )
            draft.created_at = (
                None
                if (value := data.get("CreatedAt")) is None
                else _rt.parse_timestamp(value, "CreatedAt")
            )
            draft.expires_at = (
                None
                if (value := data.get("ExpiresAt")) is None
                else _rt.parse_timestamp(value, "ExpiresAt")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _UserNotificationSummaryDraft:
    """A :class:`UserNotificationSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "notification_id",
        "notification_status",
        "instance_id",
        "recipient_id",
        "content",
        "priority",
        "source",
        "created_at",
        "expires_at",
    )
    notification_id: str | None
    notification_status: str | None
    instance_id: str | None
    recipient_id: str | None
    content: dict[str, str] | None
    priority: str | None
    source: str | None
    created_at: _dt.datetime | None
    expires_at: _dt.datetime | None


def new_user_notification_summary() -> UserNotificationSummary:
    """Create a :class:`UserNotificationSummary` with all optional fields omitted."""
    return UserNotificationSummary()


user_notification_summary_notification_id = _rt.Lens[
    UserNotificationSummary, str | None
](
    lambda s: s.notification_id,
    lambda s, v: _dc.replace(s, notification_id=v),
    "user_notification_summary_notification_id",
)
"""Lens on :attr:`UserNotificationSummary.notification_id`."""


user_notification_summary_notification_status = _rt.Lens[
    UserNotificationSummary, str | None
](
    lambda s: s.notification_status,
    lambda s, v: _dc.replace(s, notification_status=v),
    "user_notification_summary_notification_status",
)
"""Lens on :attr:`UserNotificationSummary.notification_status`."""


user_notification_summary_instance_id = _rt.Lens[UserNotificationSummary, str | None](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "user_notification_summary_instance_id",
)
"""Lens on :attr:`UserNotificationSummary.instance_id`."""


user_notification_summary_recipient_id = _rt.Lens[UserNotificationSummary, str | None](
    lambda s: s.recipient_id,
    lambda s, v: _dc.replace(s, recipient_id=v),
    "user_notification_summary_recipient_id",
)
"""Lens on :attr:`UserNotificationSummary.recipient_id`."""


user_notification_summary_content = _rt.Lens[
    UserNotificationSummary, dict[str, str] | None
](
    lambda s: s.content,
    lambda s, v: _dc.replace(s, content=v),
    "user_notification_summary_content",
)
"""Lens on :attr:`UserNotificationSummary.content`."""


user_notification_summary_priority = _rt.Lens[UserNotificationSummary, str | None](
    lambda s: s.priority,
    lambda s, v: _dc.replace(s, priority=v),
    "user_notification_summary_priority",
)
"""Lens on :attr:`UserNotificationSummary.priority`."""


user_notification_summary_source = _rt.Lens[UserNotificationSummary, str | None](
    lambda s: s.source,
    lambda s, v: _dc.replace(s, source=v),
    "user_notification_summary_source",
)
"""Lens on :attr:`UserNotificationSummary.source`."""


user_notification_summary_created_at = _rt.Lens[
    UserNotificationSummary, _dt.datetime | None
](
    lambda s: s.created_at,
    lambda s, v: _dc.replace(s, created_at=v),
    "user_notification_summary_created_at",
)
"""Lens on :attr:`UserNotificationSummary.created_at`."""


user_notification_summary_expires_at = _rt.Lens[
    UserNotificationSummary, _dt.datetime | None
](
    lambda s: s.expires_at,
    lambda s, v: _dc.replace(s, expires_at=v),
    "user_notification_summary_expires_at",
)
"""Lens on :attr:`UserNotificationSummary.expires_at`."""
