"""Searches for available phone numbers that you can claim to your Connect Customer instance or traffic distribution group."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.available_number_summary import AvailableNumberSummary

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
_PATTERN_1 = _rt.Pattern(
    "\\+?[0-9]{1,11}",
    "\\+?[0-9]{1,11}",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchAvailablePhoneNumbers:
    """Searches for available phone numbers that you can claim to your Connect
    Customer instance or traffic distribution group. If the provided
    ``TargetArn`` is a traffic distribution group, you can call this API in
    both Amazon Web Services Regions associated with the traffic
    distribution group.

    Fields:

    - ``phone_number_country_code``: The ISO country code.
    - ``phone_number_type``: The type of phone number.
    - ``target_arn``: The Amazon Resource Name (ARN) for Connect Customer instances or traffic distribution groups that phone number inbound traffic is routed through.
    - ``instance_id``: The identifier of the Connect Customer instance that phone numbers are claimed to.
    - ``phone_number_prefix``: The prefix of the phone number.
    - ``max_results``: The maximum number of results to return per page.
    - ``next_token``: The token for the next set of results.
    """

    phone_number_country_code: str
    """The ISO country code."""

    phone_number_type: str
    """The type of phone number."""

    target_arn: str | None = None
    """The Amazon Resource Name (ARN) for Connect Customer instances or traffic
    distribution groups that phone number inbound traffic is routed through.
    You must enter ``InstanceId`` or ``TargetArn``.
    """

    instance_id: str | None = None
    """The identifier of the Connect Customer instance that phone numbers are
    claimed to. You can `find the instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance. You must enter
    ``InstanceId`` or ``TargetArn``.
    """

    phone_number_prefix: str | None = None
    """The prefix of the phone number. If provided, it must contain ``+`` as
    part of the country code.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.phone_number_country_code
        if value is None:
            errors.append(prefix + "phone_number_country_code: required but missing")
        else:
            path = prefix + "phone_number_country_code"
            _rt.check_str(errors, path, value, enum=_PHONE_NUMBER_COUNTRY_CODE_VALUES)
        value = self.phone_number_type
        if value is None:
            errors.append(prefix + "phone_number_type: required but missing")
        else:
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
        value = self.phone_number_prefix
        if value is not None:
            path = prefix + "phone_number_prefix"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=10)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=100000)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["PhoneNumberCountryCode"] = self.phone_number_country_code
        result["PhoneNumberType"] = self.phone_number_type
        if self.target_arn is not None:
            result["TargetArn"] = self.target_arn
        if self.instance_id is not None:
            result["InstanceId"] = self.instance_id
        if self.phone_number_prefix is not None:
            result["PhoneNumberPrefix"] = self.phone_number_prefix
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchAvailablePhoneNumbers:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchAvailablePhoneNumbers")
        return cls(
            phone_number_country_code=_rt.required(
                data, "PhoneNumberCountryCode", path
            ),
            phone_number_type=_rt.required(data, "PhoneNumberType", path),
            target_arn=data.get("TargetArn"),
            instance_id=data.get("InstanceId"),
            phone_number_prefix=data.get("PhoneNumberPrefix"),
            max_results=data.get("MaxResults"),
            next_token=data.get("NextToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchAvailablePhoneNumbersResponse:
    """The response of SearchAvailablePhoneNumbers.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``available_numbers_list``: A list of available phone numbers that you can claim to your Connect Customer instance or traffic distribution group.
    """

    http_status: int
    """The HTTP status code of the response."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    available_numbers_list: list[AvailableNumberSummary] | None = None
    """A list of available phone numbers that you can claim to your Connect
    Customer instance or traffic distribution group.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=100000)
        value = self.available_numbers_list
        if value is not None:
            path = prefix + "available_numbers_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, AvailableNumberSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected AvailableNumberSummary, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.available_numbers_list is not None:
            result["AvailableNumbersList"] = [
                v1.to_dict() for v1 in self.available_numbers_list
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchAvailablePhoneNumbersResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "SearchAvailablePhoneNumbersResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            next_token=data.get("NextToken"),
            available_numbers_list=(
                None
                if (value := data.get("AvailableNumbersList")) is None
                else [
                    AvailableNumberSummary.from_dict(
                        v1, path=path + "AvailableNumbersList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "AvailableNumbersList")
                    )
                ]
            ),
        )


class _SearchAvailablePhoneNumbersResponseDraft:
    """A :class:`SearchAvailablePhoneNumbersResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "next_token", "available_numbers_list")
    http_status: int
    next_token: str | None
    available_numbers_list: list[AvailableNumberSummary] | None


def new_search_available_phone_numbers(
    phone_number_country_code: str,
    phone_number_type: str,
) -> SearchAvailablePhoneNumbers:
    """Create a :class:`SearchAvailablePhoneNumbers` with all optional fields omitted."""
    return SearchAvailablePhoneNumbers(
        phone_number_country_code=phone_number_country_code,
        phone_number_type=phone_number_type,
    )


search_available_phone_numbers_phone_number_country_code = _rt.Lens[
    SearchAvailablePhoneNumbers, str
](
    lambda s: s.phone_number_country_code,
    lambda s, v: _dc.replace(s, phone_number_country_code=v),
    "search_available_phone_numbers_phone_number_country_code",
)
"""Lens on :attr:`SearchAvailablePhoneNumbers.phone_number_country_code`."""


search_available_phone_numbers_phone_number_type = _rt.Lens[
    SearchAvailablePhoneNumbers, str
](
    lambda s: s.phone_number_type,
    lambda s, v: _dc.replace(s, phone_number_type=v),
    "search_available_phone_numbers_phone_number_type",
)
"""Lens on :attr:`SearchAvailablePhoneNumbers.phone_number_type`."""


search_available_phone_numbers_target_arn = _rt.Lens[
    SearchAvailablePhoneNumbers, str | None
](
    lambda s: s.target_arn,
    lambda s, v: _dc.replace(s, target_arn=v),
    "search_available_phone_numbers_target_arn",
)
"""Lens on :attr:`SearchAvailablePhoneNumbers.target_arn`."""


search_available_phone_numbers_instance_id = _rt.Lens[
    SearchAvailablePhoneNumbers, str | None
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "search_available_phone_numbers_instance_id",
)
"""Lens on :attr:`SearchAvailablePhoneNumbers.instance_id`."""


search_available_phone_numbers_phone_number_prefix = _rt.Lens[
    SearchAvailablePhoneNumbers, str | None
](
    lambda s: s.phone_number_prefix,
    lambda s, v: _dc.replace(s, phone_number_prefix=v),
    "search_available_phone_numbers_phone_number_prefix",
)
"""Lens on :attr:`SearchAvailablePhoneNumbers.phone_number_prefix`."""


search_available_phone_numbers_max_results = _rt.Lens[
    SearchAvailablePhoneNumbers, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "search_available_phone_numbers_max_results",
)
"""Lens on :attr:`SearchAvailablePhoneNumbers.max_results`."""


search_available_phone_numbers_next_token = _rt.Lens[
    SearchAvailablePhoneNumbers, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_available_phone_numbers_next_token",
)
"""Lens on :attr:`SearchAvailablePhoneNumbers.next_token`."""


def new_search_available_phone_numbers_response(
    http_status: int,
) -> SearchAvailablePhoneNumbersResponse:
    """Create a :class:`SearchAvailablePhoneNumbersResponse` with all optional fields omitted."""
    return SearchAvailablePhoneNumbersResponse(
        http_status=http_status,
    )


search_available_phone_numbers_response_http_status = _rt.Lens[
    SearchAvailablePhoneNumbersResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "search_available_phone_numbers_response_http_status",
)
"""Lens on :attr:`SearchAvailablePhoneNumbersResponse.http_status`."""


search_available_phone_numbers_response_next_token = _rt.Lens[
    SearchAvailablePhoneNumbersResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_available_phone_numbers_response_next_token",
)
"""Lens on :attr:`SearchAvailablePhoneNumbersResponse.next_token`."""


search_available_phone_numbers_response_available_numbers_list = _rt.Lens[
    SearchAvailablePhoneNumbersResponse, list[AvailableNumberSummary] | None
](
    lambda s: s.available_numbers_list,
    lambda s, v: _dc.replace(s, available_numbers_list=v),
    "search_available_phone_numbers_response_available_numbers_list",
)
"""Lens on :attr:`SearchAvailablePhoneNumbersResponse.available_numbers_list`."""


def _serialize(
    request: SearchAvailablePhoneNumbers, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/phone-number/search-available"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["PhoneNumberCountryCode"] = request.phone_number_country_code
    data["PhoneNumberType"] = request.phone_number_type
    if request.target_arn is not None:
        data["TargetArn"] = request.target_arn
    if request.instance_id is not None:
        data["InstanceId"] = request.instance_id
    if request.phone_number_prefix is not None:
        data["PhoneNumberPrefix"] = request.phone_number_prefix
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
    if request.next_token is not None:
        data["NextToken"] = request.next_token
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
) -> SearchAvailablePhoneNumbersResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SearchAvailablePhoneNumbersResponseDraft()
    draft.http_status = status
    try:
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
        draft.available_numbers_list = (
            None
            if (value := data.get("AvailableNumbersList")) is None
            else [
                AvailableNumberSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "AvailableNumbersList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "AvailableNumbersList")
                )
                if v1 is not None
            ]
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, SearchAvailablePhoneNumbersResponse)


OPERATION: _rt.Operation[
    SearchAvailablePhoneNumbers, SearchAvailablePhoneNumbersResponse
] = _rt.Operation(
    "SearchAvailablePhoneNumbers",
    SearchAvailablePhoneNumbers,
    SearchAvailablePhoneNumbersResponse,
    (
        _errors.InvalidParameterException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
        _errors.AccessDeniedException,
    ),
    _serialize,
    _deserialize,
)
"""The SearchAvailablePhoneNumbers operation: its types, errors and wire codec."""
