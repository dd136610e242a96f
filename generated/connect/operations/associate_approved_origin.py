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
class AssociateApprovedOrigin:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Associates an approved origin to an Connect Customer instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``origin``: The domain to add to your allow list.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    origin: str
    """The domain to add to your allow list."""

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
        value = self.origin
        if value is None:
            errors.append(prefix + "origin: required but missing")
        else:
            path = prefix + "origin"
            _rt.check_str(errors, path, value, min_len=None, max_len=267)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["Origin"] = self.origin
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssociateApprovedOrigin:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociateApprovedOrigin")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            origin=_rt.required(data, "Origin", path),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateApprovedOriginResponse:
    """The response of AssociateApprovedOrigin.

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
    ) -> AssociateApprovedOriginResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociateApprovedOriginResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _AssociateApprovedOriginResponseDraft:
    """A :class:`AssociateApprovedOriginResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_associate_approved_origin(
    instance_id: str,
    origin: str,
) -> AssociateApprovedOrigin:
    """Create a :class:`AssociateApprovedOrigin` with all optional fields omitted."""
    return AssociateApprovedOrigin(
        instance_id=instance_id,
        origin=origin,
    )


associate_approved_origin_instance_id = _rt.Lens[AssociateApprovedOrigin, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "associate_approved_origin_instance_id",
)
"""Lens on :attr:`AssociateApprovedOrigin.instance_id`."""


associate_approved_origin_origin = _rt.Lens[AssociateApprovedOrigin, str](
    lambda s: s.origin,
    lambda s, v: _dc.replace(s, origin=v),
    "associate_approved_origin_origin",
)
"""Lens on :attr:`AssociateApprovedOrigin.origin`."""


associate_approved_origin_client_token = _rt.Lens[AssociateApprovedOrigin, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "associate_approved_origin_client_token",
)
"""Lens on :attr:`AssociateApprovedOrigin.client_token`."""


def new_associate_approved_origin_response(
    http_status: int,
) -> AssociateApprovedOriginResponse:
    """Create a :class:`AssociateApprovedOriginResponse` with all optional fields omitted."""
    return AssociateApprovedOriginResponse(
        http_status=http_status,
    )


associate_approved_origin_response_http_status = _rt.Lens[
    AssociateApprovedOriginResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "associate_approved_origin_response_http_status",
)
"""Lens on :attr:`AssociateApprovedOriginResponse.http_status`."""


def _serialize(
    request: AssociateApprovedOrigin, validate: bool = True
) -> _rt.HttpRequest:
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
        + "/approved-origin"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["Origin"] = request.origin
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
) -> AssociateApprovedOriginResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _AssociateApprovedOriginResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, AssociateApprovedOriginResponse)


OPERATION: _rt.Operation[AssociateApprovedOrigin, AssociateApprovedOriginResponse] = (
    _rt.Operation(
        "AssociateApprovedOrigin",
        AssociateApprovedOrigin,
        AssociateApprovedOriginResponse,
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
"""The AssociateApprovedOrigin operation: its types, errors and wire codec."""
