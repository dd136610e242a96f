"""The AvailableNumberSummary shape."""

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
_PHONE_NUMBER_COUNTRY_CODE_VALUES = frozenset(
    (
        "AF",
        "AL",
        "DZ",
        "AS",
        "AD",
        "AO",
        "AI",
        "AQ",
        "AG",
        "AR",
        "AM",
        "AW",
        "AU",
        "AT",
        "AZ",
        "BS",
        "BH",
        "BD",
        "BB",
        "BY",
        "BE",
        "BZ",
        "BJ",
        "BM",
        "BT",
        "BO",
        "BA",
        "BW",
        "BR",
        "IO",
        "VG",
        "BN",
        "BG",
        "BF",
        "BI",
        "KH",
        "CM",
        "CA",
        "CV",
        "KY",
        "CF",
        "TD",
        "CL",
        "CN",
        "CX",
        "CC",
        "CO",
        "KM",
        "CK",
        "CR",
        "HR",
        "CU",
        "CW",
        "CY",
        "CZ",
        "CD",
        "DK",
        "DJ",
        "DM",
        "DO",
        "TL",
        "EC",
        "EG",
        "SV",
        "GQ",
        "ER",
        "EE",
        "ET",
        "FK",
        "FO",
        "FJ",
        "FI",
        "FR",
        "PF",
        "GA",
        "GM",
        "GE",
        "DE",
        "GH",
        "GI",
        "GR",
        "GL",
        "GD",
        "GU",
        "GT",
        "GG",
        "GN",
        "GW",
        "GY",
        "HT",
        "HN",
        "HK",
        "HU",
        "IS",
        "IN",
        "ID",
        "IR",
        "IQ",
        "IE",
        "IM",
        "IL",
        "IT",
        "CI",
        "JM",
        "JP",
        "JE",
        "JO",
        "KZ",
        "KE",
        "KI",
        "KW",
        "KG",
        "LA",
        "LV",
        "LB",
        "LS",
        "LR",
        "LY",
        "LI",
        "LT",
        "LU",
        "MO",
        "MK",
        "MG",
        "MW",
        "MY",
        "MV",
        "ML",
        "MT",
        "MH",
        "MR",
        "MU",
        "YT",
        "MX",
        "FM",
        "MD",
        "MC",
        "MN",
        "ME",
        "MS",
        "MA",
        "MZ",
        "MM",
        "NA",
        "NR",
        "NP",
        "NL",
        "AN",
        "NC",
        "NZ",
        "NI",
        "NE",
        "NG",
        "NU",
        "KP",
        "MP",
        "NO",
        "OM",
        "PK",
        "PW",
        "PA",
        "PG",
        "PY",
        "PE",
        "PH",
        "PN",
        "PL",
        "PT",
        "PR",
        "QA",
        "CG",
        "RE",
        "RO",
        "RU",
        "RW",
        "BL",
        "SH",
        "KN",
        "LC",
        "MF",
        "PM",
        "VC",
        "WS",
        "SM",
        "ST",
        "SA",
        "SN",
        "RS",
        "SC",
        "SL",
        "SG",
        "SX",
        "SK",
        "SI",
        "SB",
        "SO",
        "ZA",
        "KR",
        "ES",
        "LK",
        "SD",
        "SR",
        "SJ",
        "SZ",
        "SE",
        "CH",
        "SY",
        "TW",
        "TJ",
        "TZ",
        "TH",
        "TG",
        "TK",
        "TO",
        "TT",
        "TN",
        "TR",
        "TM",
        "TC",
        "TV",
        "VI",
        "UG",
        "UA",
        "AE",
        "GB",
        "US",
        "UY",
        "UZ",
        "VU",
        "VA",
        "VE",
        "VN",
        "WF",
        "EH",
        "YE",
        "ZM",
        "ZW",
    )
)
_PHONE_NUMBER_TYPE_VALUES = frozenset(
    (
        "TOLL_FREE",
        "DID",
        "UIFN",
        "SHARED",
        "THIRD_PARTY_TF",
        "THIRD_PARTY_DID",
        "SHORT_CODE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AvailableNumberSummary:
    """Information about available phone numbers.

    Fields:

    - ``phone_number``: The phone number.
    - ``phone_number_country_code``: The ISO country code.
    - ``phone_number_type``: The type of phone number.
    """

    phone_number: str | None = None
    """The phone number. Phone numbers are formatted
    ``[+] [country code] [subscriber number including area code]``.
    """

    phone_number_country_code: str | None = None
    """The ISO country code."""

    phone_number_type: str | None = None
    """The type of phone number."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.phone_number
        if value is not None:
            path = prefix + "phone_number"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.phone_number_country_code
        if value is not None:
            path = prefix + "phone_number_country_code"
            _rt.check_str(errors, path, value, enum=_PHONE_NUMBER_COUNTRY_CODE_VALUES)
        value = self.phone_number_type
        if value is not None:
            path = prefix + "phone_number_type"
            _rt.check_str(errors, path, value, enum=_PHONE_NUMBER_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.phone_number is not None:
            result["PhoneNumber"] = self.phone_number
        if self.phone_number_country_code is not None:
            result["PhoneNumberCountryCode"] = self.phone_number_country_code
        if self.phone_number_type is not None:
            result["PhoneNumberType"] = self.phone_number_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AvailableNumberSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AvailableNumberSummary")
        return cls(
            phone_number=data.get("PhoneNumber"),
            phone_number_country_code=data.get("PhoneNumberCountryCode"),
            phone_number_type=data.get("PhoneNumberType"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AvailableNumberSummary:
        draft = _AvailableNumberSummaryDraft()
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
            draft.phone_number_country_code = (
                None
                if (value := data.get("PhoneNumberCountryCode")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "PhoneNumberCountryCode")
                )
            )
            draft.phone_number_type = (
                None
                if (value := data.get("PhoneNumberType")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "PhoneNumberType")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AvailableNumberSummaryDraft:
    """A :class:`AvailableNumberSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("phone_number", "phone_number_country_code", "phone_number_type")
    phone_number: str | None
    phone_number_country_code: str | None
    phone_number_type: str | None


def new_available_number_summary() -> AvailableNumberSummary:
    """Create a :class:`AvailableNumberSummary` with all optional fields omitted."""
    return AvailableNumberSummary()


available_number_summary_phone_number = _rt.Lens[AvailableNumberSummary, str | None](
    lambda s: s.phone_number,
    lambda s, v: _dc.replace(s, phone_number=v),
    "available_number_summary_phone_number",
)
"""Lens on :attr:`AvailableNumberSummary.phone_number`."""


available_number_summary_phone_number_country_code = _rt.Lens[
    AvailableNumberSummary, str | None
](
    lambda s: s.phone_number_country_code,
    lambda s, v: _dc.replace(s, phone_number_country_code=v),
    "available_number_summary_phone_number_country_code",
)
"""Lens on :attr:`AvailableNumberSummary.phone_number_country_code`."""


available_number_summary_phone_number_type = _rt.Lens[
    AvailableNumberSummary, str | None
](
    lambda s: s.phone_number_type,
    lambda s, v: _dc.replace(s, phone_number_type=v),
    "available_number_summary_phone_number_type",
)
"""Lens on :attr:`AvailableNumberSummary.phone_number_type`."""
