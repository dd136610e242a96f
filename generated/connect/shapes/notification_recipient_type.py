"""The NotificationRecipientType shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class NotificationRecipientType:
    """The type of notification recipient.

    Fields:

    - ``user_tags``: The tags used to organize, track, or control access for this resource.
    - ``user_ids``: A list of user IDs.
    """

    user_tags: dict[str, str] | None = None
    """The tags used to organize, track, or control access for this resource.
    For example, { "Tags": {"key1":"value1", "key2":"value2"} }. Connect
    Customer users with the specified tags will be notified.
    """

    user_ids: list[str] | None = None
    """A list of user IDs. Supports variable injection of
    ``$.ContactLens.ContactEvaluation.Agent.AgentId`` for
    ``OnContactEvaluationSubmit`` event source.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.user_tags
        if value is not None:
            path = prefix + "user_tags"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.user_ids
        if value is not None:
            path = prefix + "user_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.user_tags is not None:
            result["UserTags"] = dict(self.user_tags)
        if self.user_ids is not None:
            result["UserIds"] = list(self.user_ids)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> NotificationRecipientType:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "NotificationRecipientType")
        return cls(
            user_tags=(
                None
                if (value := data.get("UserTags")) is None
                else dict(_rt.expect_mapping(value, path + "UserTags"))
            ),
            user_ids=(
                None
                if (value := data.get("UserIds")) is None
                else list(_rt.expect_sequence(value, path + "UserIds"))
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.user_tags is not None:
            data["UserTags"] = self.user_tags
        if self.user_ids is not None:
            data["UserIds"] = self.user_ids
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> NotificationRecipientType:
        draft = _NotificationRecipientTypeDraft()
        try:
            draft.user_tags = (
                None
                if (value := data.get("UserTags")) is None
                else {
                    k1: (v1 if type(v1) is str else _rt.expect_str(v1, "UserTags"))
                    for k1, v1 in (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "UserTags")
                    ).items()
                    if v1 is not None
                }
            )
            draft.user_ids = (
                None
                if (value := data.get("UserIds")) is None
                else [
                    (v1 if type(v1) is str else _rt.expect_str(v1, "UserIds"))
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "UserIds")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _NotificationRecipientTypeDraft:
    """A :class:`NotificationRecipientType` being decoded (see ``_rt.seal``)."""

    __slots__ = ("user_tags", "user_ids")
    user_tags: dict[str, str] | None
    user_ids: list[str] | None


def new_notification_recipient_type() -> NotificationRecipientType:
    """Create a :class:`NotificationRecipientType` with all optional fields omitted."""
    return NotificationRecipientType()


notification_recipient_type_user_tags = _rt.Lens[
    NotificationRecipientType, dict[str, str] | None
](
    lambda s: s.user_tags,
    lambda s, v: _dc.replace(s, user_tags=v),
    "notification_recipient_type_user_tags",
)
"""Lens on :attr:`NotificationRecipientType.user_tags`."""


notification_recipient_type_user_ids = _rt.Lens[
    NotificationRecipientType, list[str] | None
](
    lambda s: s.user_ids,
    lambda s, v: _dc.replace(s, user_ids=v),
    "notification_recipient_type_user_ids",
)
"""Lens on :attr:`NotificationRecipientType.user_ids`."""
