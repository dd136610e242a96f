"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateSecurityKey:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Associates a security key to the instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``key``: A valid security key in PEM format as a String.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    key: str
    """A valid security key in PEM format as a String."""

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
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.key
        if value is None:
            errors.append(prefix + "key: required but missing")
        else:
            path = prefix + "key"
            _rt.check_str(errors, path, value, min_len=1, max_len=1024)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["Key"] = self.key
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssociateSecurityKey:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociateSecurityKey")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            key=_rt.required(data, "Key", path),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateSecurityKeyResponse:
    """The response of AssociateSecurityKey.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``association_id``: The existing association identifier that uniquely identifies the resource type and storage config for the given instance ID.
    """

    http_status: int
    """The HTTP status code of the response."""

    association_id: str | None = None
    """The existing association identifier that uniquely identifies the
    resource type and storage config for the given instance ID.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.association_id
        if value is not None:
            path = prefix + "association_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.association_id is not None:
            result["AssociationId"] = self.association_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssociateSecurityKeyResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociateSecurityKeyResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            association_id=data.get("AssociationId"),
        )


class _AssociateSecurityKeyResponseDraft:
    """A :class:`AssociateSecurityKeyResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "association_id")
    http_status: int
    association_id: str | None


def new_associate_security_key(
    instance_id: str,
    key: str,
) -> AssociateSecurityKey:
    """Create a :class:`AssociateSecurityKey` with all optional fields omitted."""
    return AssociateSecurityKey(
        instance_id=instance_id,
        key=key,
    )


associate_security_key_instance_id = _rt.Lens[AssociateSecurityKey, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "associate_security_key_instance_id",
)
"""Lens on :attr:`AssociateSecurityKey.instance_id`."""


associate_security_key_key = _rt.Lens[AssociateSecurityKey, str](
    lambda s: s.key,
    lambda s, v: _dc.replace(s, key=v),
    "associate_security_key_key",
)
"""Lens on :attr:`AssociateSecurityKey.key`."""


associate_security_key_client_token = _rt.Lens[AssociateSecurityKey, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "associate_security_key_client_token",
)
"""Lens on :attr:`AssociateSecurityKey.client_token`."""


def new_associate_security_key_response(
    http_status: int,
) -> AssociateSecurityKeyResponse:
    """Create a :class:`AssociateSecurityKeyResponse` with all optional fields omitted."""
    return AssociateSecurityKeyResponse(
        http_status=http_status,
    )


associate_security_key_response_http_status = _rt.Lens[
    AssociateSecurityKeyResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "associate_security_key_response_http_status",
)
"""Lens on :attr:`AssociateSecurityKeyResponse.http_status`."""


associate_security_key_response_association_id = _rt.Lens[
    AssociateSecurityKeyResponse, str | None
](
    lambda s: s.association_id,
    lambda s, v: _dc.replace(s, association_id=v),
    "associate_security_key_response_association_id",
)
"""Lens on :attr:`AssociateSecurityKeyResponse.association_id`."""


def _serialize(request: AssociateSecurityKey, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = (
        "/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/security-key"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["Key"] = request.key
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
) -> AssociateSecurityKeyResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _AssociateSecurityKeyResponseDraft()
    draft.http_status = status
    try:
        draft.association_id = (
            None
            if (value := data.get("AssociationId")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "AssociationId")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, AssociateSecurityKeyResponse)


OPERATION: _rt.Operation[AssociateSecurityKey, AssociateSecurityKeyResponse] = (
    _rt.Operation(
        "AssociateSecurityKey",
        AssociateSecurityKey,
        AssociateSecurityKeyResponse,
        (
            _errors.ResourceNotFoundException,
            _errors.ResourceConflictException,
            _errors.InternalServiceException,
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ServiceQuotaExceededException,
            _errors.ThrottlingException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The AssociateSecurityKey operation: its types, errors and wire codec."""
