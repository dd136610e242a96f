"""Releases a phone number previously claimed to an Connect Customer instance or traffic distribution group."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ReleasePhoneNumber:
    """Releases a phone number previously claimed to an Connect Customer
    instance or traffic distribution group. You can call this API only in
    the Amazon Web Services Region where the number was claimed.

    .. important::

       To release phone numbers from a traffic distribution group, use the
       ``ReleasePhoneNumber`` API, not the Connect Customer admin website.

       After releasing a phone number, the phone number enters into a
       cooldown period for up to 180 days. It cannot be searched for or
       claimed again until the period has ended. If you accidentally release
       a phone number, contact Amazon Web Services Support.

    If you plan to claim and release numbers frequently, contact us for a
    service quota exception. Otherwise, it is possible you will be blocked
    from claiming and releasing any more numbers until up to 180 days past
    the oldest number released has expired.

    By default you can claim and release up to 200% of your maximum number
    of active phone numbers. If you claim and release phone numbers using
    the UI or API during a rolling 180 day cycle that exceeds 200% of your
    phone number service level quota, you will be blocked from claiming any
    more numbers until 180 days past the oldest number released has expired.

    For example, if you already have 99 claimed numbers and a service level
    quota of 99 phone numbers, and in any 180 day period you release 99,
    claim 99, and then release 99, you will have exceeded the 200% limit. At
    that point you are blocked from claiming any more numbers until you open
    an Amazon Web Services support ticket.

    Fields:

    - ``phone_number_id``: A unique identifier for the phone number.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    phone_number_id: str
    """A unique identifier for the phone number."""

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
    """

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
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["PhoneNumberId"] = self.phone_number_id
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ReleasePhoneNumber:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ReleasePhoneNumber")
        return cls(
            phone_number_id=_rt.required(data, "PhoneNumberId", path),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ReleasePhoneNumberResponse:
    """The response of ReleasePhoneNumber.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    """

    http_status: int
    """The HTTP status code of the response."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        pass

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ReleasePhoneNumberResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ReleasePhoneNumberResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _ReleasePhoneNumberResponseDraft:
    """A :class:`ReleasePhoneNumberResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_release_phone_number(
    phone_number_id: str,
) -> ReleasePhoneNumber:
    """Create a :class:`ReleasePhoneNumber` with all optional fields omitted."""
    return ReleasePhoneNumber(
        phone_number_id=phone_number_id,
    )


release_phone_number_phone_number_id = _rt.Lens[ReleasePhoneNumber, str](
    lambda s: s.phone_number_id,
    lambda s, v: _dc.replace(s, phone_number_id=v),
    "release_phone_number_phone_number_id",
)
"""Lens on :attr:`ReleasePhoneNumber.phone_number_id`."""


release_phone_number_client_token = _rt.Lens[ReleasePhoneNumber, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "release_phone_number_client_token",
)
"""Lens on :attr:`ReleasePhoneNumber.client_token`."""


def new_release_phone_number_response(
    http_status: int,
) -> ReleasePhoneNumberResponse:
    """Create a :class:`ReleasePhoneNumberResponse` with all optional fields omitted."""
    return ReleasePhoneNumberResponse(
        http_status=http_status,
    )


release_phone_number_response_http_status = _rt.Lens[ReleasePhoneNumberResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "release_phone_number_response_http_status",
)
"""Lens on :attr:`ReleasePhoneNumberResponse.http_status`."""


def _serialize(request: ReleasePhoneNumber, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    if request.phone_number_id == "":
        raise _rt.ValidationError(
            ["phone_number_id: a URI label must be set and not empty"]
        )
    path = "/phone-number/" + _rt.quote_label(
        request.phone_number_id, "phone_number_id"
    )
    query: list[tuple[str, str | None]] = []
    query.append(("clientToken", idempotency_client_token))
    body = b""
    return _rt.HttpRequest(
        method="DELETE",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> ReleasePhoneNumberResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _ReleasePhoneNumberResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, ReleasePhoneNumberResponse)


OPERATION: _rt.Operation[ReleasePhoneNumber, ReleasePhoneNumberResponse] = (
    _rt.Operation(
        "ReleasePhoneNumber",
        ReleasePhoneNumber,
        ReleasePhoneNumberResponse,
        (
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.InternalServiceException,
            _errors.ResourceInUseException,
            _errors.IdempotencyException,
            _errors.AccessDeniedException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The ReleasePhoneNumber operation: its types, errors and wire codec."""
