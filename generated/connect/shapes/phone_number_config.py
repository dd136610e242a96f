"""The PhoneNumberConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_CHANNEL_VALUES = frozenset(
    (
        "VOICE",
        "CHAT",
        "TASK",
        "EMAIL",
    )
)
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
class PhoneNumberConfig:
    """Configuration settings for phone type and phone number.

    Fields:

    - ``channel``: The channel for this phone number configuration.
    - ``phone_type``: The phone type.
    - ``phone_number``: The phone number for the user's desk phone.
    """

    channel: str | None
    """The channel for this phone number configuration. **Only** ``VOICE`` **is
    supported for this data type.**
    """

    phone_type: str | None
    """The phone type. Valid values: SOFT_PHONE, DESK_PHONE."""

    phone_number: str | None = None
    """The phone number for the user's desk phone."""

    def __repr__(self) -> str:
        fields = [
            f"channel={self.channel!r}",
            f"phone_type={self.phone_type!r}",
            "phone_number=<sensitive>",
        ]
        return f"PhoneNumberConfig({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.channel
        if value is None:
            errors.append(prefix + "channel: required but missing")
        else:
            path = prefix + "channel"
            _rt.check_str(errors, path, value, enum=_CHANNEL_VALUES)
        value = self.phone_type
        if value is None:
            errors.append(prefix + "phone_type: required but missing")
        else:
            path = prefix + "phone_type"
            _rt.check_str(errors, path, value, enum=_PHONE_TYPE_VALUES)
        value = self.phone_number
        if value is not None:
            path = prefix + "phone_number"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1, secret=True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.channel is not None:
            result["Channel"] = self.channel
        if self.phone_type is not None:
            result["PhoneType"] = self.phone_type
        if self.phone_number is not None:
            result["PhoneNumber"] = self.phone_number
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PhoneNumberConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PhoneNumberConfig")
        return cls(
            channel=data.get("Channel"),
            phone_type=data.get("PhoneType"),
            phone_number=data.get("PhoneNumber"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.channel is not None:
            data["Channel"] = self.channel
        if self.phone_type is not None:
            data["PhoneType"] = self.phone_type
        if self.phone_number is not None:
            data["PhoneNumber"] = self.phone_number
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> PhoneNumberConfig:
        draft = _PhoneNumberConfigDraft()
        try:
            draft.channel = (
                None
                if (value := data.get("Channel")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Channel"))
            )
            draft.phone_type = (
                None
                if (value := data.get("PhoneType")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "PhoneType")
                )
            )
            draft.phone_number = (
                None
                if (value := data.get("PhoneNumber")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "PhoneNumber")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _PhoneNumberConfigDraft:
    """A :class:`PhoneNumberConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("channel", "phone_type", "phone_number")
    channel: str | None
    phone_type: str | None
    phone_number: str | None


def new_phone_number_config(
    channel: str,
    phone_type: str,
) -> PhoneNumberConfig:
    """Create a :class:`PhoneNumberConfig` with all optional fields omitted."""
    return PhoneNumberConfig(
        channel=channel,
        phone_type=phone_type,
    )


phone_number_config_channel = _rt.Lens[PhoneNumberConfig, str | None](
    lambda s: s.channel,
    lambda s, v: _dc.replace(s, channel=v),
    "phone_number_config_channel",
)
"""Lens on :attr:`PhoneNumberConfig.channel`."""


phone_number_config_phone_type = _rt.Lens[PhoneNumberConfig, str | None](
    lambda s: s.phone_type,
    lambda s, v: _dc.replace(s, phone_type=v),
    "phone_number_config_phone_type",
)
"""Lens on :attr:`PhoneNumberConfig.phone_type`."""


phone_number_config_phone_number = _rt.Lens[PhoneNumberConfig, str | None](
    lambda s: s.phone_number,
    lambda s, v: _dc.replace(s, phone_number=v),
    "phone_number_config_phone_number",
)
"""Lens on :attr:`PhoneNumberConfig.phone_number`."""
