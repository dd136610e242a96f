"""The UserPhoneConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PHONE_TYPE_VALUES = frozenset(
    (
        "SOFT_PHONE",
        "DESK_PHONE",
    )
)
_PATTERN_1 = _rt.Pattern(
    "\\+[1-9]\\d{1,14}$",
    "(?a)\\+[1-9]\\d{1,14}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UserPhoneConfig:
    """Contains information about the phone configuration settings for a user.

    Fields:

    - ``phone_type``: The phone type.
    - ``auto_accept``: The Auto accept setting.
    - ``after_contact_work_time_limit``: The After Call Work (ACW) timeout setting, in seconds.
    - ``desk_phone_number``: The phone number for the user's desk phone.
    - ``persistent_connection``: The persistent connection setting for the user.
    """

    phone_type: str | None = None
    """The phone type."""

    auto_accept: bool | None = None
    """The Auto accept setting."""

    after_contact_work_time_limit: int | None = None
    """The After Call Work (ACW) timeout setting, in seconds. This parameter
    has a minimum value of 0 and a maximum value of 2,000,000 seconds (24
    days). Enter 0 if you don't want to allocate a specific amount of ACW
    time. It essentially means an indefinite amount of time. When the
    conversation ends, ACW starts; the agent must choose Close contact to
    end ACW.

    .. note::

       When returned by a ``SearchUsers`` call,
       ``AfterContactWorkTimeLimit`` is returned in milliseconds.
    """

    desk_phone_number: str | None = None
    """The phone number for the user's desk phone."""

    persistent_connection: bool | None = None
    """The persistent connection setting for the user."""

    def __repr__(self) -> str:
        fields = [
            f"phone_type={self.phone_type!r}",
            f"auto_accept={self.auto_accept!r}",
            f"after_contact_work_time_limit={self.after_contact_work_time_limit!r}",
            "desk_phone_number=<sensitive>",
            f"persistent_connection={self.persistent_connection!r}",
        ]
        return f"UserPhoneConfig({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.phone_type
        if value is not None:
            path = prefix + "phone_type"
            _rt.check_str(errors, path, value, enum=_PHONE_TYPE_VALUES)
        value = self.auto_accept
        if value is not None:
            path = prefix + "auto_accept"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.after_contact_work_time_limit
        if value is not None:
            path = prefix + "after_contact_work_time_limit"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)
        value = self.desk_phone_number
        if value is not None:
            path = prefix + "desk_phone_number"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1, secret=True)
        value = self.persistent_connection
        if value is not None:
            path = prefix + "persistent_connection"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.phone_type is not None:
            result["PhoneType"] = self.phone_type
        if self.auto_accept is not None:
            result["AutoAccept"] = self.auto_accept
        if self.after_contact_work_time_limit is not None:
            result["AfterContactWorkTimeLimit"] = self.after_contact_work_time_limit
        if self.desk_phone_number is not None:
            result["DeskPhoneNumber"] = self.desk_phone_number
        if self.persistent_connection is not None:
            result["PersistentConnection"] = self.persistent_connection
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UserPhoneConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UserPhoneConfig")
        return cls(
            phone_type=data.get("PhoneType"),
            auto_accept=data.get("AutoAccept"),
            after_contact_work_time_limit=data.get("AfterContactWorkTimeLimit"),
            desk_phone_number=data.get("DeskPhoneNumber"),
            persistent_connection=data.get("PersistentConnection"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.phone_type is not None:
            data["PhoneType"] = self.phone_type
        if self.auto_accept is not None:
            data["AutoAccept"] = self.auto_accept
        if self.after_contact_work_time_limit is not None:
            data["AfterContactWorkTimeLimit"] = self.after_contact_work_time_limit
        if self.desk_phone_number is not None:
            data["DeskPhoneNumber"] = self.desk_phone_number
        if self.persistent_connection is not None:
            data["PersistentConnection"] = self.persistent_connection
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> UserPhoneConfig:
        draft = _UserPhoneConfigDraft()
        try:
            draft.phone_type = (
                None
                if (value := data.get("PhoneType")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "PhoneType")
                )
            )
            draft.auto_accept = (
                None
                if (value := data.get("AutoAccept")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "AutoAccept")
                )
            )
            draft.after_contact_work_time_limit = (
                None
                if (value := data.get("AfterContactWorkTimeLimit")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "AfterContactWorkTimeLimit")
                )
            )
            draft.desk_phone_number = (
                None
                if (value := data.get("DeskPhoneNumber")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "DeskPhoneNumber")
                )
            )
            draft.persistent_connection = (
                None
                if (value := data.get("PersistentConnection")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "PersistentConnection")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _UserPhoneConfigDraft:
    """A :class:`UserPhoneConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "phone_type",
        "auto_accept",
        "after_contact_work_time_limit",
        "desk_phone_number",
        "persistent_connection",
    )
    phone_type: str | None
    auto_accept: bool | None
    after_contact_work_time_limit: int | None
    desk_phone_number: str | None
    persistent_connection: bool | None


def new_user_phone_config() -> UserPhoneConfig:
    """Create a :class:`UserPhoneConfig` with all optional fields omitted."""
    return UserPhoneConfig()


user_phone_config_phone_type = _rt.Lens[UserPhoneConfig, str | None](
    lambda s: s.phone_type,
    lambda s, v: _dc.replace(s, phone_type=v),
    "user_phone_config_phone_type",
)
"""Lens on :attr:`UserPhoneConfig.phone_type`."""


user_phone_config_auto_accept = _rt.Lens[UserPhoneConfig, bool | None](
    lambda s: s.auto_accept,
    lambda s, v: _dc.replace(s, auto_accept=v),
    "user_phone_config_auto_accept",
)
"""Lens on :attr:`UserPhoneConfig.auto_accept`."""


user_phone_config_after_contact_work_time_limit = _rt.Lens[UserPhoneConfig, int | None](
    lambda s: s.after_contact_work_time_limit,
    lambda s, v: _dc.replace(s, after_contact_work_time_limit=v),
    "user_phone_config_after_contact_work_time_limit",
)
"""Lens on :attr:`UserPhoneConfig.after_contact_work_time_limit`."""


user_phone_config_desk_phone_number = _rt.Lens[UserPhoneConfig, str | None](
    lambda s: s.desk_phone_number,
    lambda s, v: _dc.replace(s, desk_phone_number=v),
    "user_phone_config_desk_phone_number",
)
"""Lens on :attr:`UserPhoneConfig.desk_phone_number`."""


user_phone_config_persistent_connection = _rt.Lens[UserPhoneConfig, bool | None](
    lambda s: s.persistent_connection,
    lambda s, v: _dc.replace(s, persistent_connection=v),
    "user_phone_config_persistent_connection",
)
"""Lens on :attr:`UserPhoneConfig.persistent_connection`."""
