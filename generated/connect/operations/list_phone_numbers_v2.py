"""Lists phone numbers claimed to your Connect Customer instance or traffic distribution group."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.list_phone_numbers_summary import ListPhoneNumbersSummary

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
class ListPhoneNumbersV2:
    """Lists phone numbers claimed to your Connect Customer instance or traffic
    distribution group. If the provided ``TargetArn`` is a traffic
    distribution group, you can call this API in both Amazon Web Services
    Regions associated with traffic distribution group.

    For more information about phone numbers, see `Set Up Phone Numbers for
    Your Contact Center
    <https://docs.aws.amazon.com/connect/latest/adminguide/contact-center-phone-number.html>`__
    in the *Connect Customer Administrator Guide*.

    .. note::

       - When given an instance ARN, ``ListPhoneNumbersV2`` returns only the
         phone numbers claimed to the instance.
       - When given a traffic distribution group ARN ``ListPhoneNumbersV2``
         returns only the phone numbers claimed to the traffic distribution
         group.

    Fields:

    - ``target_arn``: The Amazon Resource Name (ARN) for Connect Customer instances or traffic distribution groups that phone number inbound traffic is routed through.
    - ``instance_id``: The identifier of the Connect Customer instance that phone numbers are claimed to.
    - ``max_results``: The maximum number of results to return per page.
    - ``next_token``: The token for the next set of results.
    - ``phone_number_country_codes``: The ISO country code.
    - ``phone_number_types``: The type of phone number.
    - ``phone_number_prefix``: The prefix of the phone number.
    """

    target_arn: str | None = None
    """The Amazon Resource Name (ARN) for Connect Customer instances or traffic
    distribution groups that phone number inbound traffic is routed through.
    If both ``TargetArn`` and ``InstanceId`` input are not provided, this
    API lists numbers claimed to all the Connect Customer instances
    belonging to your account in the same Amazon Web Services Region as the
    request.
    """

    instance_id: str | None = None
    """The identifier of the Connect Customer instance that phone numbers are
    claimed to. You can `find the instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance. If both ``TargetArn``
    and ``InstanceId`` are not provided, this API lists numbers claimed to
    all the Connect Customer instances belonging to your account in the same
    Amazon Web Services Region as the request.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    phone_number_country_codes: list[str] | None = None
    """The ISO country code."""

    phone_number_types: list[str] | None = None
    """The type of phone number."""

    phone_number_prefix: str | None = None
    """The prefix of the phone number. If provided, it must contain ``+`` as
    part of the country code.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.target_arn
        if value is not None:
            path = prefix + "target_arn"
            _rt.check_str(errors, path, value)
        value = self.instance_id
        if value is not None:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=1000)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=100000)
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
        value = self.phone_number_prefix
        if value is not None:
            path = prefix + "phone_number_prefix"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.target_arn is not None:
            result["TargetArn"] = self.target_arn
        if self.instance_id is not None:
            result["InstanceId"] = self.instance_id
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.phone_number_country_codes is not None:
            result["PhoneNumberCountryCodes"] = list(self.phone_number_country_codes)
        if self.phone_number_types is not None:
            result["PhoneNumberTypes"] = list(self.phone_number_types)
        if self.phone_number_prefix is not None:
            result["PhoneNumberPrefix"] = self.phone_number_prefix
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListPhoneNumbersV2:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListPhoneNumbersV2")
        return cls(
            target_arn=data.get("TargetArn"),
            instance_id=data.get("InstanceId"),
            max_results=data.get("MaxResults"),
            next_token=data.get("NextToken"),
            phone_number_country_codes=(
                None
                if (value := data.get("PhoneNumberCountryCodes")) is None
                else list(_rt.expect_sequence(value, path + "PhoneNumberCountryCodes"))
            ),
            phone_number_types=(
                None
                if (value := data.get("PhoneNumberTypes")) is None
                else list(_rt.expect_sequence(value, path + "PhoneNumberTypes"))
            ),
            phone_number_prefix=data.get("PhoneNumberPrefix"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListPhoneNumbersV2Response:
    """The response of ListPhoneNumbersV2.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``list_phone_numbers_summary_list``: Information about phone numbers that have been claimed to your Connect Customer instances or traffic distribution groups.
    """

    http_status: int
    """The HTTP status code of the response."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    list_phone_numbers_summary_list: list[ListPhoneNumbersSummary] | None = None
    """Information about phone numbers that have been claimed to your Connect
    Customer instances or traffic distribution groups.
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
        value = self.list_phone_numbers_summary_list
        if value is not None:
            path = prefix + "list_phone_numbers_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ListPhoneNumbersSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ListPhoneNumbersSummary, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.list_phone_numbers_summary_list is not None:
            result["ListPhoneNumbersSummaryList"] = [
                v1.to_dict() for v1 in self.list_phone_numbers_summary_list
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListPhoneNumbersV2Response:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListPhoneNumbersV2Response")
        return cls(
            http_status=_rt.response_status(data, path),
            next_token=data.get("NextToken"),
            list_phone_numbers_summary_list=(
                None
                if (value := data.get("ListPhoneNumbersSummaryList")) is None
                else [
                    ListPhoneNumbersSummary.from_dict(
                        v1, path=path + "ListPhoneNumbersSummaryList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "ListPhoneNumbersSummaryList")
                    )
                ]
            ),
        )


class _ListPhoneNumbersV2ResponseDraft:
    """A :class:`ListPhoneNumbersV2Response` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "next_token", "list_phone_numbers_summary_list")
    http_status: int
    next_token: str | None
    list_phone_numbers_summary_list: list[ListPhoneNumbersSummary] | None


def new_list_phone_numbers_v2() -> ListPhoneNumbersV2:
    """Create a :class:`ListPhoneNumbersV2` with all optional fields omitted."""
    return ListPhoneNumbersV2()


list_phone_numbers_v2_target_arn = _rt.Lens[ListPhoneNumbersV2, str | None](
    lambda s: s.target_arn,
    lambda s, v: _dc.replace(s, target_arn=v),
    "list_phone_numbers_v2_target_arn",
)
"""Lens on :attr:`ListPhoneNumbersV2.target_arn`."""


list_phone_numbers_v2_instance_id = _rt.Lens[ListPhoneNumbersV2, str | None](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_phone_numbers_v2_instance_id",
)
"""Lens on :attr:`ListPhoneNumbersV2.instance_id`."""


list_phone_numbers_v2_max_results = _rt.Lens[ListPhoneNumbersV2, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_phone_numbers_v2_max_results",
)
"""Lens on :attr:`ListPhoneNumbersV2.max_results`."""


list_phone_numbers_v2_next_token = _rt.Lens[ListPhoneNumbersV2, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_phone_numbers_v2_next_token",
)
"""Lens on :attr:`ListPhoneNumbersV2.next_token`."""


list_phone_numbers_v2_phone_number_country_codes = _rt.Lens[
    ListPhoneNumbersV2, list[str] | None
](
    lambda s: s.phone_number_country_codes,
    lambda s, v: _dc.replace(s, phone_number_country_codes=v),
    "list_phone_numbers_v2_phone_number_country_codes",
)
"""Lens on :attr:`ListPhoneNumbersV2.phone_number_country_codes`."""


list_phone_numbers_v2_phone_number_types = _rt.Lens[
    ListPhoneNumbersV2, list[str] | None
](
    lambda s: s.phone_number_types,
    lambda s, v: _dc.replace(s, phone_number_types=v),
    "list_phone_numbers_v2_phone_number_types",
)
"""Lens on :attr:`ListPhoneNumbersV2.phone_number_types`."""


list_phone_numbers_v2_phone_number_prefix = _rt.Lens[ListPhoneNumbersV2, str | None](
    lambda s: s.phone_number_prefix,
    lambda s, v: _dc.replace(s, phone_number_prefix=v),
    "list_phone_numbers_v2_phone_number_prefix",
)
"""Lens on :attr:`ListPhoneNumbersV2.phone_number_prefix`."""


def new_list_phone_numbers_v2_response(
    http_status: int,
) -> ListPhoneNumbersV2Response:
    """Create a :class:`ListPhoneNumbersV2Response` with all optional fields omitted."""
    return ListPhoneNumbersV2Response(
        http_status=http_status,
    )


list_phone_numbers_v2_response_http_status = _rt.Lens[ListPhoneNumbersV2Response, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_phone_numbers_v2_response_http_status",
)
"""Lens on :attr:`ListPhoneNumbersV2Response.http_status`."""


list_phone_numbers_v2_response_next_token = _rt.Lens[
    ListPhoneNumbersV2Response, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_phone_numbers_v2_response_next_token",
)
"""Lens on :attr:`ListPhoneNumbersV2Response.next_token`."""


list_phone_numbers_v2_response_list_phone_numbers_summary_list = _rt.Lens[
    ListPhoneNumbersV2Response, list[ListPhoneNumbersSummary] | None
](
    lambda s: s.list_phone_numbers_summary_list,
    lambda s, v: _dc.replace(s, list_phone_numbers_summary_list=v),
    "list_phone_numbers_v2_response_list_phone_numbers_summary_list",
)
"""Lens on :attr:`ListPhoneNumbersV2Response.list_phone_numbers_summary_list`."""


def _serialize(request: ListPhoneNumbersV2, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/phone-number/list"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.target_arn is not None:
        data["TargetArn"] = request.target_arn
    if request.instance_id is not None:
        data["InstanceId"] = request.instance_id
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
    if request.next_token is not None:
        data["NextToken"] = request.next_token
    if request.phone_number_country_codes is not None:
        data["PhoneNumberCountryCodes"] = request.phone_number_country_codes
    if request.phone_number_types is not None:
        data["PhoneNumberTypes"] = request.phone_number_types
    if request.phone_number_prefix is not None:
        data["PhoneNumberPrefix"] = request.phone_number_prefix
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
) -> ListPhoneNumbersV2Response:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListPhoneNumbersV2ResponseDraft()
    draft.http_status = status
    try:
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
        draft.list_phone_numbers_summary_list = (
            None
            if (value := data.get("ListPhoneNumbersSummaryList")) is None
            else [
                ListPhoneNumbersSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "ListPhoneNumbersSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "ListPhoneNumbersSummaryList")
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
    return _rt.seal(draft, ListPhoneNumbersV2Response)


OPERATION: _rt.Operation[ListPhoneNumbersV2, ListPhoneNumbersV2Response] = (
    _rt.Operation(
        "ListPhoneNumbersV2",
        ListPhoneNumbersV2,
        ListPhoneNumbersV2Response,
        (
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.InternalServiceException,
            _errors.AccessDeniedException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The ListPhoneNumbersV2 operation: its types, errors and wire codec."""
