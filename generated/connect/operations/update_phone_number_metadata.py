"""Updates a phone number’s metadata."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^[\\W\\S_]*",
    "(?a)^[\\W\\S_]*",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdatePhoneNumberMetadata:
    """Updates a phone number’s metadata.

    .. important::

       To verify the status of a previous UpdatePhoneNumberMetadata
       operation, call the `DescribePhoneNumber
       <https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribePhoneNumber.html>`__
       API.

    Fields:

    - ``phone_number_id``: The Amazon Resource Name (ARN) or resource ID of the phone number.
    - ``phone_number_description``: The description of the phone number.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    phone_number_id: str
    """The Amazon Resource Name (ARN) or resource ID of the phone number."""

    phone_number_description: str | None = None
    """The description of the phone number."""

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
        value = self.phone_number_description
        if value is not None:
            path = prefix + "phone_number_description"
            _rt.check_str(
                errors, path, value, min_len=0, max_len=500, pattern=_PATTERN_1
            )
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["PhoneNumberId"] = self.phone_number_id
        if self.phone_number_description is not None:
            result["PhoneNumberDescription"] = self.phone_number_description
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdatePhoneNumberMetadata:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdatePhoneNumberMetadata")
        return cls(
            phone_number_id=_rt.required(data, "PhoneNumberId", path),
            phone_number_description=data.get("PhoneNumberDescription"),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdatePhoneNumberMetadataResponse:
    """The response of UpdatePhoneNumberMetadata.

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
    ) -> UpdatePhoneNumberMetadataResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdatePhoneNumberMetadataResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdatePhoneNumberMetadataResponseDraft:
    """A :class:`UpdatePhoneNumberMetadataResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_phone_number_metadata(
    phone_number_id: str,
) -> UpdatePhoneNumberMetadata:
    """Create a :class:`UpdatePhoneNumberMetadata` with all optional fields omitted."""
    return UpdatePhoneNumberMetadata(
        phone_number_id=phone_number_id,
    )


update_phone_number_metadata_phone_number_id = _rt.Lens[UpdatePhoneNumberMetadata, str](
    lambda s: s.phone_number_id,
    lambda s, v: _dc.replace(s, phone_number_id=v),
    "update_phone_number_metadata_phone_number_id",
)
"""Lens on :attr:`UpdatePhoneNumberMetadata.phone_number_id`."""


update_phone_number_metadata_phone_number_description = _rt.Lens[
    UpdatePhoneNumberMetadata, str | None
](
    lambda s: s.phone_number_description,
    lambda s, v: _dc.replace(s, phone_number_description=v),
    "update_phone_number_metadata_phone_number_description",
)
"""Lens on :attr:`UpdatePhoneNumberMetadata.phone_number_description`."""


update_phone_number_metadata_client_token = _rt.Lens[
    UpdatePhoneNumberMetadata, str | None
](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "update_phone_number_metadata_client_token",
)
"""Lens on :attr:`UpdatePhoneNumberMetadata.client_token`."""


def new_update_phone_number_metadata_response(
    http_status: int,
) -> UpdatePhoneNumberMetadataResponse:
    """Create a :class:`UpdatePhoneNumberMetadataResponse` with all optional fields omitted."""
    return UpdatePhoneNumberMetadataResponse(
        http_status=http_status,
    )


update_phone_number_metadata_response_http_status = _rt.Lens[
    UpdatePhoneNumberMetadataResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_phone_number_metadata_response_http_status",
)
"""Lens on :attr:`UpdatePhoneNumberMetadataResponse.http_status`."""


def _serialize(
    request: UpdatePhoneNumberMetadata, validate: bool = True
) -> _rt.HttpRequest:
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
    path = (
        "/phone-number/"
        + _rt.quote_label(request.phone_number_id, "phone_number_id")
        + "/metadata"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.phone_number_description is not None:
        data["PhoneNumberDescription"] = request.phone_number_description
    data["ClientToken"] = idempotency_client_token
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="PUT",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> UpdatePhoneNumberMetadataResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdatePhoneNumberMetadataResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdatePhoneNumberMetadataResponse)


OPERATION: _rt.Operation[
    UpdatePhoneNumberMetadata, UpdatePhoneNumberMetadataResponse
] = _rt.Operation(
    "UpdatePhoneNumberMetadata",
    UpdatePhoneNumberMetadata,
    UpdatePhoneNumberMetadataResponse,
    (
        _errors.InvalidParameterException,
        _errors.InvalidRequestException,
        _errors.AccessDeniedException,
        _errors.ResourceNotFoundException,
        _errors.ResourceInUseException,
        _errors.IdempotencyException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdatePhoneNumberMetadata operation: its types, errors and wire codec."""
