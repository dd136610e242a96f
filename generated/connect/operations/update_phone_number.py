"""Updates your claimed phone number from its current Connect Customer instance or traffic distribution group to another Connect Customer instance or traffic distribution group in the same Amazon Web Services Region."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdatePhoneNumber:
    """Updates your claimed phone number from its current Connect Customer
    instance or traffic distribution group to another Connect Customer
    instance or traffic distribution group in the same Amazon Web Services
    Region.

    .. important::

       After using this API, you must verify that the phone number is
       attached to the correct flow in the target instance or traffic
       distribution group. You need to do this because the API switches only
       the phone number to a new instance or traffic distribution group. It
       doesn't migrate the flow configuration of the phone number, too.

       You can call `DescribePhoneNumber
       <https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribePhoneNumber.html>`__
       API to verify the status of a previous `UpdatePhoneNumber
       <https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePhoneNumber.html>`__
       operation.

    Fields:

    - ``phone_number_id``: A unique identifier for the phone number.
    - ``target_arn``: The Amazon Resource Name (ARN) for Connect Customer instances or traffic distribution groups that phone number inbound traffic is routed through.
    - ``instance_id``: The identifier of the Connect Customer instance that phone numbers are claimed to.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    phone_number_id: str
    """A unique identifier for the phone number."""

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
        value = self.target_arn
        if value is not None:
            path = prefix + "target_arn"
            _rt.check_str(errors, path, value)
        value = self.instance_id
        if value is not None:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["PhoneNumberId"] = self.phone_number_id
        if self.target_arn is not None:
            result["TargetArn"] = self.target_arn
        if self.instance_id is not None:
            result["InstanceId"] = self.instance_id
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdatePhoneNumber:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdatePhoneNumber")
        return cls(
            phone_number_id=_rt.required(data, "PhoneNumberId", path),
            target_arn=data.get("TargetArn"),
            instance_id=data.get("InstanceId"),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdatePhoneNumberResponse:
    """The response of UpdatePhoneNumber.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``phone_number_id``: A unique identifier for the phone number.
    - ``phone_number_arn``: The Amazon Resource Name (ARN) of the phone number.
    """

    http_status: int
    """The HTTP status code of the response."""

    phone_number_id: str | None = None
    """A unique identifier for the phone number."""

    phone_number_arn: str | None = None
    """The Amazon Resource Name (ARN) of the phone number."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.phone_number_id is not None:
            result["PhoneNumberId"] = self.phone_number_id
        if self.phone_number_arn is not None:
            result["PhoneNumberArn"] = self.phone_number_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdatePhoneNumberResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdatePhoneNumberResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            phone_number_id=data.get("PhoneNumberId"),
            phone_number_arn=data.get("PhoneNumberArn"),
        )


class _UpdatePhoneNumberResponseDraft:
    """A :class:`UpdatePhoneNumberResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "phone_number_id", "phone_number_arn")
    http_status: int
    phone_number_id: str | None
    phone_number_arn: str | None


def new_update_phone_number(
    phone_number_id: str,
) -> UpdatePhoneNumber:
    """Create a :class:`UpdatePhoneNumber` with all optional fields omitted."""
    return UpdatePhoneNumber(
        phone_number_id=phone_number_id,
    )


update_phone_number_phone_number_id = _rt.Lens[UpdatePhoneNumber, str](
    lambda s: s.phone_number_id,
    lambda s, v: _dc.replace(s, phone_number_id=v),
    "update_phone_number_phone_number_id",
)
"""Lens on :attr:`UpdatePhoneNumber.phone_number_id`."""


update_phone_number_target_arn = _rt.Lens[UpdatePhoneNumber, str | None](
    lambda s: s.target_arn,
    lambda s, v: _dc.replace(s, target_arn=v),
    "update_phone_number_target_arn",
)
"""Lens on :attr:`UpdatePhoneNumber.target_arn`."""


update_phone_number_instance_id = _rt.Lens[UpdatePhoneNumber, str | None](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_phone_number_instance_id",
)
"""Lens on :attr:`UpdatePhoneNumber.instance_id`."""


update_phone_number_client_token = _rt.Lens[UpdatePhoneNumber, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "update_phone_number_client_token",
)
"""Lens on :attr:`UpdatePhoneNumber.client_token`."""


def new_update_phone_number_response(
    http_status: int,
) -> UpdatePhoneNumberResponse:
    """Create a :class:`UpdatePhoneNumberResponse` with all optional fields omitted."""
    return UpdatePhoneNumberResponse(
        http_status=http_status,
    )


update_phone_number_response_http_status = _rt.Lens[UpdatePhoneNumberResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_phone_number_response_http_status",
)
"""Lens on :attr:`UpdatePhoneNumberResponse.http_status`."""


update_phone_number_response_phone_number_id = _rt.Lens[
    UpdatePhoneNumberResponse, str | None
](
    lambda s: s.phone_number_id,
    lambda s, v: _dc.replace(s, phone_number_id=v),
    "update_phone_number_response_phone_number_id",
)
"""Lens on :attr:`UpdatePhoneNumberResponse.phone_number_id`."""


update_phone_number_response_phone_number_arn = _rt.Lens[
    UpdatePhoneNumberResponse, str | None
](
    lambda s: s.phone_number_arn,
    lambda s, v: _dc.replace(s, phone_number_arn=v),
    "update_phone_number_response_phone_number_arn",
)
"""Lens on :attr:`UpdatePhoneNumberResponse.phone_number_arn`."""


def _serialize(request: UpdatePhoneNumber, validate: bool = True) -> _rt.HttpRequest:
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
    data: dict[str, _t.Any] = {}
    if request.target_arn is not None:
        data["TargetArn"] = request.target_arn
    if request.instance_id is not None:
        data["InstanceId"] = request.instance_id
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
) -> UpdatePhoneNumberResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _UpdatePhoneNumberResponseDraft()
    draft.http_status = status
    try:
        draft.phone_number_id = (
            None
            if (value := data.get("PhoneNumberId")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "PhoneNumberId")
            )
        )
        draft.phone_number_arn = (
            None
            if (value := data.get("PhoneNumberArn")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "PhoneNumberArn")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, UpdatePhoneNumberResponse)


OPERATION: _rt.Operation[UpdatePhoneNumber, UpdatePhoneNumberResponse] = _rt.Operation(
    "UpdatePhoneNumber",
    UpdatePhoneNumber,
    UpdatePhoneNumberResponse,
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
"""The UpdatePhoneNumber operation: its types, errors and wire codec."""
