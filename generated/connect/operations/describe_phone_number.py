"""Gets details and status of a phone number that’s claimed to your Connect Customer instance or traffic distribution group."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.claimed_phone_number_summary import ClaimedPhoneNumberSummary


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribePhoneNumber:
    """Gets details and status of a phone number that’s claimed to your Connect
    Customer instance or traffic distribution group.

    .. important::

       If the number is claimed to a traffic distribution group, and you are
       calling in the Amazon Web Services Region where the traffic
       distribution group was created, you can use either a phone number ARN
       or UUID value for the ``PhoneNumberId`` URI request parameter.
       However, if the number is claimed to a traffic distribution group and
       you are calling this API in the alternate Amazon Web Services Region
       associated with the traffic distribution group, you must provide a
       full phone number ARN. If a UUID is provided in this scenario, you
       receive a ``ResourceNotFoundException``.

    Fields:

    - ``phone_number_id``: A unique identifier for the phone number.
    """

    phone_number_id: str
    """A unique identifier for the phone number."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.phone_number_id
        if value is None:
            errors.append(prefix + "phone_number_id: required but missing")
        else:
            path = prefix + "phone_number_id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["PhoneNumberId"] = self.phone_number_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribePhoneNumber:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribePhoneNumber")
        return cls(
            phone_number_id=_rt.required(data, "PhoneNumberId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribePhoneNumberResponse:
    """The response of DescribePhoneNumber.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``claimed_phone_number_summary``: Information about a phone number that's been claimed to your Connect Customer instance or traffic distribution group.
    """

    http_status: int
    """The HTTP status code of the response."""

    claimed_phone_number_summary: ClaimedPhoneNumberSummary | None = None
    """Information about a phone number that's been claimed to your Connect
    Customer instance or traffic distribution group.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.claimed_phone_number_summary
        if value is not None:
            path = prefix + "claimed_phone_number_summary"
            if isinstance(value, ClaimedPhoneNumberSummary):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ClaimedPhoneNumberSummary, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.claimed_phone_number_summary is not None:
            result["ClaimedPhoneNumberSummary"] = (
                self.claimed_phone_number_summary.to_dict()
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribePhoneNumberResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribePhoneNumberResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            claimed_phone_number_summary=(
                None
                if (value := data.get("ClaimedPhoneNumberSummary")) is None
                else ClaimedPhoneNumberSummary.from_dict(
                    value, path=path + "ClaimedPhoneNumberSummary" + "."
                )
            ),
        )


class _DescribePhoneNumberResponseDraft:
    """A :class:`DescribePhoneNumberResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "claimed_phone_number_summary")
    http_status: int
    claimed_phone_number_summary: ClaimedPhoneNumberSummary | None


def new_describe_phone_number(
    phone_number_id: str,
) -> DescribePhoneNumber:
    """Create a :class:`DescribePhoneNumber` with all optional fields omitted."""
    return DescribePhoneNumber(
        phone_number_id=phone_number_id,
    )


describe_phone_number_phone_number_id = _rt.Lens[DescribePhoneNumber, str](
    lambda s: s.phone_number_id,
    lambda s, v: _dc.replace(s, phone_number_id=v),
    "describe_phone_number_phone_number_id",
)
"""Lens on :attr:`DescribePhoneNumber.phone_number_id`."""


def new_describe_phone_number_response(
    http_status: int,
) -> DescribePhoneNumberResponse:
    """Create a :class:`DescribePhoneNumberResponse` with all optional fields omitted."""
    return DescribePhoneNumberResponse(
        http_status=http_status,
    )


describe_phone_number_response_http_status = _rt.Lens[DescribePhoneNumberResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_phone_number_response_http_status",
)
"""Lens on :attr:`DescribePhoneNumberResponse.http_status`."""


describe_phone_number_response_claimed_phone_number_summary = _rt.Lens[
    DescribePhoneNumberResponse, ClaimedPhoneNumberSummary | None
](
    lambda s: s.claimed_phone_number_summary,
    lambda s, v: _dc.replace(s, claimed_phone_number_summary=v),
    "describe_phone_number_response_claimed_phone_number_summary",
)
"""Lens on :attr:`DescribePhoneNumberResponse.claimed_phone_number_summary`."""


def _serialize(request: DescribePhoneNumber, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.phone_number_id == "":
        raise _rt.ValidationError(
            ["phone_number_id: a URI label must be set and not empty"]
        )
    path = "/phone-number/" + _rt.quote_label(
        request.phone_number_id, "phone_number_id"
    )
    query: list[tuple[str, str | None]] = []
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
) -> DescribePhoneNumberResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribePhoneNumberResponseDraft()
    draft.http_status = status
    try:
        draft.claimed_phone_number_summary = (
            None
            if (value := data.get("ClaimedPhoneNumberSummary")) is None
            else ClaimedPhoneNumberSummary._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "ClaimedPhoneNumberSummary")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribePhoneNumberResponse)


OPERATION: _rt.Operation[DescribePhoneNumber, DescribePhoneNumberResponse] = (
    _rt.Operation(
        "DescribePhoneNumber",
        DescribePhoneNumber,
        DescribePhoneNumberResponse,
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
"""The DescribePhoneNumber operation: its types, errors and wire codec."""
