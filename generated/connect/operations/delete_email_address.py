"""Deletes email address from the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteEmailAddress:
    """Deletes email address from the specified Connect Customer instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``email_address_id``: The identifier of the email address.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    email_address_id: str
    """The identifier of the email address."""

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
        value = self.email_address_id
        if value is None:
            errors.append(prefix + "email_address_id: required but missing")
        else:
            path = prefix + "email_address_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["EmailAddressId"] = self.email_address_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteEmailAddress:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteEmailAddress")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            email_address_id=_rt.required(data, "EmailAddressId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteEmailAddressResponse:
    """The response of DeleteEmailAddress.

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
    ) -> DeleteEmailAddressResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteEmailAddressResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteEmailAddressResponseDraft:
    """A :class:`DeleteEmailAddressResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_email_address(
    instance_id: str,
    email_address_id: str,
) -> DeleteEmailAddress:
    """Create a :class:`DeleteEmailAddress` with all optional fields omitted."""
    return DeleteEmailAddress(
        instance_id=instance_id,
        email_address_id=email_address_id,
    )


delete_email_address_instance_id = _rt.Lens[DeleteEmailAddress, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_email_address_instance_id",
)
"""Lens on :attr:`DeleteEmailAddress.instance_id`."""


delete_email_address_email_address_id = _rt.Lens[DeleteEmailAddress, str](
    lambda s: s.email_address_id,
    lambda s, v: _dc.replace(s, email_address_id=v),
    "delete_email_address_email_address_id",
)
"""Lens on :attr:`DeleteEmailAddress.email_address_id`."""


def new_delete_email_address_response(
    http_status: int,
) -> DeleteEmailAddressResponse:
    """Create a :class:`DeleteEmailAddressResponse` with all optional fields omitted."""
    return DeleteEmailAddressResponse(
        http_status=http_status,
    )


delete_email_address_response_http_status = _rt.Lens[DeleteEmailAddressResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_email_address_response_http_status",
)
"""Lens on :attr:`DeleteEmailAddressResponse.http_status`."""


def _serialize(request: DeleteEmailAddress, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.email_address_id == "":
        raise _rt.ValidationError(
            ["email_address_id: a URI label must be set and not empty"]
        )
    path = (
        "/email-addresses/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.email_address_id, "email_address_id")
    )
    query: list[tuple[str, str | None]] = []
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
) -> DeleteEmailAddressResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteEmailAddressResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteEmailAddressResponse)


OPERATION: _rt.Operation[DeleteEmailAddress, DeleteEmailAddressResponse] = (
    _rt.Operation(
        "DeleteEmailAddress",
        DeleteEmailAddress,
        DeleteEmailAddressResponse,
        (
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.AccessDeniedException,
            _errors.InvalidParameterException,
            _errors.InvalidRequestException,
            _errors.InternalServiceException,
            _errors.ResourceConflictException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The DeleteEmailAddress operation: its types, errors and wire codec."""
