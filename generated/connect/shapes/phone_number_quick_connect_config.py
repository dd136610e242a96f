"""The PhoneNumberQuickConnectConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "\\+[1-9]\\d{1,14}$",
    "(?a)\\+[1-9]\\d{1,14}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PhoneNumberQuickConnectConfig:
    """Contains information about a phone number for a quick connect.

    Fields:

    - ``phone_number``: The phone number in E.164 format.
    """

    phone_number: str | None
    """The phone number in E.164 format."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.phone_number
        if value is None:
            errors.append(prefix + "phone_number: required but missing")
        else:
            path = prefix + "phone_number"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.phone_number is not None:
            result["PhoneNumber"] = self.phone_number
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PhoneNumberQuickConnectConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PhoneNumberQuickConnectConfig")
        return cls(
            phone_number=data.get("PhoneNumber"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.phone_number is not None:
            data["PhoneNumber"] = self.phone_number
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> PhoneNumberQuickConnectConfig:
        draft = _PhoneNumberQuickConnectConfigDraft()
        try:
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


class _PhoneNumberQuickConnectConfigDraft:
    """A :class:`PhoneNumberQuickConnectConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("phone_number",)
    phone_number: str | None


def new_phone_number_quick_connect_config(
    phone_number: str,
) -> PhoneNumberQuickConnectConfig:
    """Create a :class:`PhoneNumberQuickConnectConfig` with all optional fields omitted."""
    return PhoneNumberQuickConnectConfig(
        phone_number=phone_number,
    )


phone_number_quick_connect_config_phone_number = _rt.Lens[
    PhoneNumberQuickConnectConfig, str | None
](
    lambda s: s.phone_number,
    lambda s, v: _dc.replace(s, phone_number=v),
    "phone_number_quick_connect_config_phone_number",
)
"""Lens on :attr:`PhoneNumberQuickConnectConfig.phone_number`."""
