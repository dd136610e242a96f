"""Provides information about the phone numbers for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.phone_number_summary import PhoneNumberSummary

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


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListPhoneNumbers:
    """Provides information about the phone numbers for the specified Connect
    Customer instance.

    For more information about phone numbers, see `Set Up Phone Numbers for
    Your Contact Center
    <https://docs.aws.amazon.com/connect/latest/adminguide/contact-center-phone-number.html>`__
    in the *Connect Customer Administrator Guide*.

    .. important::

       - We recommend using `ListPhoneNumbersV2
         <https://docs.aws.amazon.com/connect/latest/APIReference/API_ListPhoneNumbersV2.html>`__
         to return phone number types. ListPhoneNumbers doesn't support
         number types ``UIFN``, ``SHARED``, ``THIRD_PARTY_TF``, and
         ``THIRD_PARTY_DID``. While it returns numbers of those types, it
         incorrectly lists them as ``TOLL_FREE`` or ``DID``.
       - The phone number ``Arn`` value that is returned from each of the
         items in the `PhoneNumberSummaryList
         <https://docs.aws.amazon.com/connect/latest/APIReference/API_ListPhoneNumbers.html#connect-ListPhoneNumbers-response-PhoneNumberSummaryList>`__
         cannot be used to tag phone number resources. It will fail with a
         ``ResourceNotFoundException``. Instead, use the `ListPhoneNumbersV2
         <https://docs.aws.amazon.com/connect/latest/APIReference/API_ListPhoneNumbersV2.html>`__
         API. It returns the new phone number ARN that can be used to tag
         phone number resources.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``phone_number_types``: The type of phone number.
    - ``phone_number_country_codes``: The ISO country code.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    phone_number_types: list[str] | None = None
    """The type of phone number.

    .. note::

       We recommend using `ListPhoneNumbersV2
       <https://docs.aws.amazon.com/connect/latest/APIReference/API_ListPhoneNumbersV2.html>`__
       to return phone number types. While ListPhoneNumbers returns number
       types ``UIFN``, ``SHARED``, ``THIRD_PARTY_TF``, and
       ``THIRD_PARTY_DID``, it incorrectly lists them as ``TOLL_FREE`` or
       ``DID``.
    """

    phone_number_country_codes: list[str] | None = None
    """The ISO country code."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page. The default MaxResult
    size is 100.
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
        value = self.phone_number_types
        if value is not None:
            path = prefix + "phone_number_types"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 6)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, enum=_PHONE_NUMBER_TYPE_VALUES)
        value = self.phone_number_country_codes
        if value is not None:
            path = prefix + "phone_number_country_codes"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(
                            errors, p1, v1, enum=_PHONE_NUMBER_COUNTRY_CODE_VALUES
                        )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=1000)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.phone_number_types is not None:
            result["PhoneNumberTypes"] = list(self.phone_number_types)
        if self.phone_number_country_codes is not None:
            result["PhoneNumberCountryCodes"] = list(self.phone_number_country_codes)
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListPhoneNumbers:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListPhoneNumbers")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            phone_number_types=(
                None
                if (value := data.get("PhoneNumberTypes")) is None
                else list(_rt.expect_sequence(value, path + "PhoneNumberTypes"))
            ),
            phone_number_country_codes=(
                None
                if (value := data.get("PhoneNumberCountryCodes")) is None
                else list(_rt.expect_sequence(value, path + "PhoneNumberCountryCodes"))
            ),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListPhoneNumbersResponse:
    """The response of ListPhoneNumbers.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``phone_number_summary_list``: Information about the phone numbers.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    phone_number_summary_list: list[PhoneNumberSummary] | None = None
    """Information about the phone numbers."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.phone_number_summary_list
        if value is not None:
            path = prefix + "phone_number_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, PhoneNumberSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected PhoneNumberSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.phone_number_summary_list is not None:
            result["PhoneNumberSummaryList"] = [
                v1.to_dict() for v1 in self.phone_number_summary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListPhoneNumbersResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListPhoneNumbersResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            phone_number_summary_list=(
                None
                if (value := data.get("PhoneNumberSummaryList")) is None
                else [
                    PhoneNumberSummary.from_dict(
                        v1, path=path + "PhoneNumberSummaryList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "PhoneNumberSummaryList")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListPhoneNumbersResponseDraft:
    """A :class:`ListPhoneNumbersResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "phone_number_summary_list", "next_token")
    http_status: int
    phone_number_summary_list: list[PhoneNumberSummary] | None
    next_token: str | None


def new_list_phone_numbers(
    instance_id: str,
) -> ListPhoneNumbers:
    """Create a :class:`ListPhoneNumbers` with all optional fields omitted."""
    return ListPhoneNumbers(
        instance_id=instance_id,
    )


list_phone_numbers_instance_id = _rt.Lens[ListPhoneNumbers, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_phone_numbers_instance_id",
)
"""Lens on :attr:`ListPhoneNumbers.instance_id`."""


list_phone_numbers_phone_number_types = _rt.Lens[ListPhoneNumbers, list[str] | None](
    lambda s: s.phone_number_types,
    lambda s, v: _dc.replace(s, phone_number_types=v),
    "list_phone_numbers_phone_number_types",
)
"""Lens on :attr:`ListPhoneNumbers.phone_number_types`."""


list_phone_numbers_phone_number_country_codes = _rt.Lens[
    ListPhoneNumbers, list[str] | None
](
    lambda s: s.phone_number_country_codes,
    lambda s, v: _dc.replace(s, phone_number_country_codes=v),
    "list_phone_numbers_phone_number_country_codes",
)
"""Lens on :attr:`ListPhoneNumbers.phone_number_country_codes`."""


list_phone_numbers_next_token = _rt.Lens[ListPhoneNumbers, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_phone_numbers_next_token",
)
"""Lens on :attr:`ListPhoneNumbers.next_token`."""


list_phone_numbers_max_results = _rt.Lens[ListPhoneNumbers, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_phone_numbers_max_results",
)
"""Lens on :attr:`ListPhoneNumbers.max_results`."""


def new_list_phone_numbers_response(
    http_status: int,
) -> ListPhoneNumbersResponse:
    """Create a :class:`ListPhoneNumbersResponse` with all optional fields omitted."""
    return ListPhoneNumbersResponse(
        http_status=http_status,
    )


list_phone_numbers_response_http_status = _rt.Lens[ListPhoneNumbersResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_phone_numbers_response_http_status",
)
"""Lens on :attr:`ListPhoneNumbersResponse.http_status`."""


list_phone_numbers_response_phone_number_summary_list = _rt.Lens[
    ListPhoneNumbersResponse, list[PhoneNumberSummary] | None
](
    lambda s: s.phone_number_summary_list,
    lambda s, v: _dc.replace(s, phone_number_summary_list=v),
    "list_phone_numbers_response_phone_number_summary_list",
)
"""Lens on :attr:`ListPhoneNumbersResponse.phone_number_summary_list`."""


list_phone_numbers_response_next_token = _rt.Lens[ListPhoneNumbersResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_phone_numbers_response_next_token",
)
"""Lens on :attr:`ListPhoneNumbersResponse.next_token`."""


def _serialize(request: ListPhoneNumbers, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/phone-numbers-summary/" + _rt.quote_label(
        request.instance_id, "instance_id"
    )
    query: list[tuple[str, str | None]] = []
    if request.phone_number_types is not None:
        query.extend(("phoneNumberTypes", v1) for v1 in request.phone_number_types)
    if request.phone_number_country_codes is not None:
        query.extend(
            ("phoneNumberCountryCodes", v1) for v1 in request.phone_number_country_codes
        )
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
    body = b""
    return _rt.HttpRequest(
        method="GET",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> ListPhoneNumbersResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListPhoneNumbersResponseDraft()
    draft.http_status = status
    try:
        draft.phone_number_summary_list = (
            None
            if (value := data.get("PhoneNumberSummaryList")) is None
            else [
                PhoneNumberSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "PhoneNumberSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "PhoneNumberSummaryList")
                )
                if v1 is not None
            ]
        )
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListPhoneNumbersResponse)


OPERATION: _rt.Operation[ListPhoneNumbers, ListPhoneNumbersResponse] = _rt.Operation(
    "ListPhoneNumbers",
    ListPhoneNumbers,
    ListPhoneNumbersResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The ListPhoneNumbers operation: its types, errors and wire codec."""
