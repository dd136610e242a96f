"""The ListPhoneNumbersSummary shape."""

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
_PATTERN_2 = _rt.Pattern(
    "^[\\W\\S_]*",
    "(?a)^[\\W\\S_]*",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListPhoneNumbersSummary:
    """Information about phone numbers that have been claimed to your Connect
    Customer instance or traffic distribution group.

    Fields:

    - ``phone_number_id``: A unique identifier for the phone number.
    - ``phone_number_arn``: The Amazon Resource Name (ARN) of the phone number.
    - ``phone_number``: The phone number.
    - ``phone_number_country_code``: The ISO country code.
    - ``phone_number_type``: The type of phone number.
    - ``target_arn``: The Amazon Resource Name (ARN) for Connect Customer instances or traffic distribution groups that phone number inbound traffic is routed through.
    - ``instance_id``: The identifier of the Connect Customer instance that phone numbers are claimed to.
    - ``phone_number_description``: The description of the phone number.
    - ``source_phone_number_arn``: The claimed phone number ARN that was previously imported from the external service, such as Amazon Web Services End User Messaging.
    """

    phone_number_id: str | None = None
    """A unique identifier for the phone number."""

    phone_number_arn: str | None = None
    """The Amazon Resource Name (ARN) of the phone number."""

    phone_number: str | None = None
    """The phone number. Phone numbers are formatted
    ``[+] [country code] [subscriber number including area code]``.
    """

    phone_number_country_code: str | None = None
    """The ISO country code."""

    phone_number_type: str | None = None
    """The type of phone number."""

    target_arn: str | None = None
    """The Amazon Resource Name (ARN) for Connect Customer instances or traffic
    distribution groups that phone number inbound traffic is routed through.
    """

    instance_id: str | None = None
    """The identifier of the Connect Customer instance that phone numbers are
    claimed to. You can `find the instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    phone_number_description: str | None = None
    """The description of the phone number."""

    source_phone_number_arn: str | None = None
    """The claimed phone number ARN that was previously imported from the
    external service, such as Amazon Web Services End User Messaging. If it
    is from Amazon Web Services End User Messaging, it looks like the ARN of
    the phone number that was imported from Amazon Web Services End User
    Messaging.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.phone_number_id
        if value is not None:
            path = prefix + "phone_number_id"
            _rt.check_str(errors, path, value)
        value = self.phone_number_arn
        if value is not None:
            path = prefix + "phone_number_arn"
            _rt.check_str(errors, path, value)
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
        value = self.target_arn
        if value is not None:
            path = prefix + "target_arn"
            _rt.check_str(errors, path, value)
        value = self.instance_id
        if value is not None:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.phone_number_description
        if value is not None:
            path = prefix + "phone_number_description"
            _rt.check_str(
                errors, path, value, min_len=0, max_len=500, pattern=_PATTERN_2
            )
        value = self.source_phone_number_arn
        if value is not None:
            path = prefix + "source_phone_number_arn"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.phone_number_id is not None:
            result["PhoneNumberId"] = self.phone_number_id
        if self.phone_number_arn is not None:
            result["PhoneNumberArn"] = self.phone_number_arn
        if self.phone_number is not None:
            result["PhoneNumber"] = self.phone_number
        if self.phone_number_country_code is not None:
            result["PhoneNumberCountryCode"] = self.phone_number_country_code
        if self.phone_number_type is not None:
            result["PhoneNumberType"] = self.phone_number_type
        if self.target_arn is not None:
            result["TargetArn"] = self.target_arn
        if self.instance_id is not None:
            result["InstanceId"] = self.instance_id
        if self.phone_number_description is not None:
            result["PhoneNumberDescription"] = self.phone_number_description
        if self.source_phone_number_arn is not None:
            result["SourcePhoneNumberArn"] = self.source_phone_number_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListPhoneNumbersSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListPhoneNumbersSummary")
        return cls(
            phone_number_id=data.get("PhoneNumberId"),
            phone_number_arn=data.get("PhoneNumberArn"),
            phone_number=data.get("PhoneNumber"),
            phone_number_country_code=data.get("PhoneNumberCountryCode"),
            phone_number_type=data.get("PhoneNumberType"),
            target_arn=data.get("TargetArn"),
            instance_id=data.get("InstanceId"),
            phone_number_description=data.get("PhoneNumberDescription"),
            source_phone_number_arn=data.get("SourcePhoneNumberArn"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ListPhoneNumbersSummary:
        draft = _ListPhoneNumbersSummaryDraft()
        try:
            draft.phone_number_id = (
                None
                if (value := data.get("PhoneNumberId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "PhoneNumberId")
                )
            )
            draft.phone_number_arn = (
                None
                if (value := data.get("PhoneNumberArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "PhoneNumberArn")
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
            draft.target_arn = (
                None
                if (value := data.get("TargetArn")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "TargetArn")
                )
            )
            draft.instance_id = (
                None
                if (value := data.get("InstanceId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "InstanceId")
                )
            )
            draft.phone_number_description = (
                None
                if (value := data.get("PhoneNumberDescription")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "PhoneNumberDescription")
                )
            )
            draft.source_phone_number_arn = (
                None
                if (value := data.get("SourcePhoneNumberArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "SourcePhoneNumberArn")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ListPhoneNumbersSummaryDraft:
    """A :class:`ListPhoneNumbersSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "phone_number_id",
        "phone_number_arn",
        "phone_number",
        "phone_number_country_code",
        "phone_number_type",
        "target_arn",
        "instance_id",
        "phone_number_description",
        "source_phone_number_arn",
    )
    phone_number_id: str | None
    phone_number_arn: str | None
    phone_number: str | None
    phone_number_country_code: str | None
    phone_number_type: str | None
    target_arn: str | None
    instance_id: str | None
    phone_number_description: str | None
    source_phone_number_arn: str | None


def new_list_phone_numbers_summary() -> ListPhoneNumbersSummary:
    """Create a :class:`ListPhoneNumbersSummary` with all optional fields omitted."""
    return ListPhoneNumbersSummary()


list_phone_numbers_summary_phone_number_id = _rt.Lens[
    ListPhoneNumbersSummary, str | None
](
    lambda s: s.phone_number_id,
    lambda s, v: _dc.replace(s, phone_number_id=v),
    "list_phone_numbers_summary_phone_number_id",
)
"""Lens on :attr:`ListPhoneNumbersSummary.phone_number_id`."""


list_phone_numbers_summary_phone_number_arn = _rt.Lens[
    ListPhoneNumbersSummary, str | None
](
    lambda s: s.phone_number_arn,
    lambda s, v: _dc.replace(s, phone_number_arn=v),
    "list_phone_numbers_summary_phone_number_arn",
)
"""Lens on :attr:`ListPhoneNumbersSummary.phone_number_arn`."""


list_phone_numbers_summary_phone_number = _rt.Lens[ListPhoneNumbersSummary, str | None](
    lambda s: s.phone_number,
    lambda s, v: _dc.replace(s, phone_number=v),
    "list_phone_numbers_summary_phone_number",
)
"""Lens on :attr:`ListPhoneNumbersSummary.phone_number`."""


list_phone_numbers_summary_phone_number_country_code = _rt.Lens[
    ListPhoneNumbersSummary, str | None
](
    lambda s: s.phone_number_country_code,
    lambda s, v: _dc.replace(s, phone_number_country_code=v),
    "list_phone_numbers_summary_phone_number_country_code",
)
"""Lens on :attr:`ListPhoneNumbersSummary.phone_number_country_code`."""


list_phone_numbers_summary_phone_number_type = _rt.Lens[
    ListPhoneNumbersSummary, str | None
](
    lambda s: s.phone_number_type,
    lambda s, v: _dc.replace(s, phone_number_type=v),
    "list_phone_numbers_summary_phone_number_type",
)
"""Lens on :attr:`ListPhoneNumbersSummary.phone_number_type`."""


list_phone_numbers_summary_target_arn = _rt.Lens[ListPhoneNumbersSummary, str | None](
    lambda s: s.target_arn,
    lambda s, v: _dc.replace(s, target_arn=v),
    "list_phone_numbers_summary_target_arn",
)
"""Lens on :attr:`ListPhoneNumbersSummary.target_arn`."""


list_phone_numbers_summary_instance_id = _rt.Lens[ListPhoneNumbersSummary, str | None](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_phone_numbers_summary_instance_id",
)
"""Lens on :attr:`ListPhoneNumbersSummary.instance_id`."""


list_phone_numbers_summary_phone_number_description = _rt.Lens[
    ListPhoneNumbersSummary, str | None
](
    lambda s: s.phone_number_description,
    lambda s, v: _dc.replace(s, phone_number_description=v),
    "list_phone_numbers_summary_phone_number_description",
)
"""Lens on :attr:`ListPhoneNumbersSummary.phone_number_description`."""


list_phone_numbers_summary_source_phone_number_arn = _rt.Lens[
    ListPhoneNumbersSummary, str | None
](
    lambda s: s.source_phone_number_arn,
    lambda s, v: _dc.replace(s, source_phone_number_arn=v),
    "list_phone_numbers_summary_source_phone_number_arn",
)
"""Lens on :attr:`ListPhoneNumbersSummary.source_phone_number_arn`."""
