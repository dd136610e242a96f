"""The SendNotificationActionDefinition shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.notification_recipient_type import NotificationRecipientType

_NOTIFICATION_DELIVERY_TYPE_VALUES = frozenset(("EMAIL",))
_NOTIFICATION_CONTENT_TYPE_VALUES = frozenset(("PLAIN_TEXT",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SendNotificationActionDefinition:
    """Information about the send notification action.

    Fields:

    - ``delivery_method``: Notification delivery method.
    - ``content``: Notification content.
    - ``content_type``: Content type format.
    - ``recipient``: Notification recipient.
    - ``subject``: The subject of the email if the delivery method is ``EMAIL``.
    - ``exclusion``: Recipients to exclude from notification.
    """

    delivery_method: str | None
    """Notification delivery method."""

    content: str | None
    """Notification content. Supports variable injection. For more information,
    see `JSONPath reference
    <https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-variable-injection.html>`__
    in the *Connect Customer Administrators Guide*.
    """

    content_type: str | None
    """Content type format."""

    recipient: NotificationRecipientType | None
    """Notification recipient."""

    subject: str | None = None
    """The subject of the email if the delivery method is ``EMAIL``. Supports
    variable injection. For more information, see `JSONPath reference
    <https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-variable-injection.html>`__
    in the *Connect Customer Administrators Guide*.
    """

    exclusion: NotificationRecipientType | None = None
    """Recipients to exclude from notification."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.delivery_method
        if value is None:
            errors.append(prefix + "delivery_method: required but missing")
        else:
            path = prefix + "delivery_method"
            _rt.check_str(errors, path, value, enum=_NOTIFICATION_DELIVERY_TYPE_VALUES)
        value = self.content
        if value is None:
            errors.append(prefix + "content: required but missing")
        else:
            path = prefix + "content"
            _rt.check_str(errors, path, value, min_len=1, max_len=1024)
        value = self.content_type
        if value is None:
            errors.append(prefix + "content_type: required but missing")
        else:
            path = prefix + "content_type"
            _rt.check_str(errors, path, value, enum=_NOTIFICATION_CONTENT_TYPE_VALUES)
        value = self.recipient
        if value is None:
            errors.append(prefix + "recipient: required but missing")
        else:
            path = prefix + "recipient"
            if isinstance(value, NotificationRecipientType):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected NotificationRecipientType, got {type(value).__name__}"
                )
        value = self.subject
        if value is not None:
            path = prefix + "subject"
            _rt.check_str(errors, path, value, min_len=1, max_len=200)
        value = self.exclusion
        if value is not None:
            path = prefix + "exclusion"
            if isinstance(value, NotificationRecipientType):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected NotificationRecipientType, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.delivery_method is not None:
            result["DeliveryMethod"] = self.delivery_method
        if self.content is not None:
            result["Content"] = self.content
        if self.content_type is not None:
            result["ContentType"] = self.content_type
        if self.recipient is not None:
            result["Recipient"] = self.recipient.to_dict()
        if self.subject is not None:
            result["Subject"] = self.subject
        if self.exclusion is not None:
            result["Exclusion"] = self.exclusion.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SendNotificationActionDefinition:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SendNotificationActionDefinition")
        return cls(
            delivery_method=data.get("DeliveryMethod"),
            content=data.get("Content"),
            content_type=data.get("ContentType"),
            recipient=(
                None
                if (value := data.get("Recipient")) is None
                else NotificationRecipientType.from_dict(
                    value, path=path + "Recipient" + "."
                )
            ),
            subject=data.get("Subject"),
            exclusion=(
                None
                if (value := data.get("Exclusion")) is None
                else NotificationRecipientType.from_dict(
                    value, path=path + "Exclusion" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.delivery_method is not None:
            data["DeliveryMethod"] = self.delivery_method
        if self.content is not None:
            data["Content"] = self.content
        if self.content_type is not None:
            data["ContentType"] = self.content_type
        if self.recipient is not None:
            data["Recipient"] = self.recipient._to_json()
        if self.subject is not None:
            data["Subject"] = self.subject
        if self.exclusion is not None:
            data["Exclusion"] = self.exclusion._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> SendNotificationActionDefinition:
        draft = _SendNotificationActionDefinitionDraft()
        try:
            draft.delivery_method = (
                None
                if (value := data.get("DeliveryMethod")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DeliveryMethod")
                )
            )
            draft.content = (
                None
                if (value := data.get("Content")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Content"))
            )
            draft.content_type = (
                None
                if (value := data.get("ContentType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContentType")
                )
            )
            draft.recipient = (
                None
                if (value := data.get("Recipient")) is None
                else NotificationRecipientType._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Recipient")
                    )
                )
            )
            draft.subject = (
                None
                if (value := data.get("Subject")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Subject"))
            )
            draft.exclusion = (
                None
                if (value := data.get("Exclusion")) is None
                else NotificationRecipientType._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Exclusion")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _SendNotificationActionDefinitionDraft:
    """A :class:`SendNotificationActionDefinition` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "delivery_method",
        "content",
        "content_type",
        "recipient",
        "subject",
        "exclusion",
    )
    delivery_method: str | None
    content: str | None
    content_type: str | None
    recipient: NotificationRecipientType | None
    subject: str | None
    exclusion: NotificationRecipientType | None


def new_send_notification_action_definition(
    delivery_method: str,
    content: str,
    content_type: str,
    recipient: NotificationRecipientType,
) -> SendNotificationActionDefinition:
    """Create a :class:`SendNotificationActionDefinition` with all optional fields omitted."""
    return SendNotificationActionDefinition(
        delivery_method=delivery_method,
        content=content,
        content_type=content_type,
        recipient=recipient,
    )


send_notification_action_definition_delivery_method = _rt.Lens[
    SendNotificationActionDefinition, str | None
](
    lambda s: s.delivery_method,
    lambda s, v: _dc.replace(s, delivery_method=v),
    "send_notification_action_definition_delivery_method",
)
"""Lens on :attr:`SendNotificationActionDefinition.delivery_method`."""


send_notification_action_definition_content = _rt.Lens[
    SendNotificationActionDefinition, str | None
](
    lambda s: s.content,
    lambda s, v: _dc.replace(s, content=v),
    "send_notification_action_definition_content",
)
"""Lens on :attr:`SendNotificationActionDefinition.content`."""


send_notification_action_definition_content_type = _rt.Lens[
    SendNotificationActionDefinition, str | None
](
    lambda s: s.content_type,
    lambda s, v: _dc.replace(s, content_type=v),
    "send_notification_action_definition_content_type",
)
"""Lens on :attr:`SendNotificationActionDefinition.content_type`."""


send_notification_action_definition_recipient = _rt.Lens[
    SendNotificationActionDefinition, NotificationRecipientType | None
](
    lambda s: s.recipient,
    lambda s, v: _dc.replace(s, recipient=v),
    "send_notification_action_definition_recipient",
)
"""Lens on :attr:`SendNotificationActionDefinition.recipient`."""


send_notification_action_definition_subject = _rt.Lens[
    SendNotificationActionDefinition, str | None
](
    lambda s: s.subject,
    lambda s, v: _dc.replace(s, subject=v),
    "send_notification_action_definition_subject",
)
"""Lens on :attr:`SendNotificationActionDefinition.subject`."""


send_notification_action_definition_exclusion = _rt.Lens[
    SendNotificationActionDefinition, NotificationRecipientType | None
](
    lambda s: s.exclusion,
    lambda s, v: _dc.replace(s, exclusion=v),
    "send_notification_action_definition_exclusion",
)
"""Lens on :attr:`SendNotificationActionDefinition.exclusion`."""
