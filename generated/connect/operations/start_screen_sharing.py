"""Starts screen sharing for a contact."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartScreenSharing:
    """Starts screen sharing for a contact. For more information about screen
    sharing, see `Set up in-app, web, video calling, and screen sharing
    capabilities
    <https://docs.aws.amazon.com/connect/latest/adminguide/inapp-calling.html>`__
    in the *Connect Customer Administrator Guide*.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_id: str
    """The identifier of the contact in this instance of Connect Customer."""

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
        value = self.contact_id
        if value is None:
            errors.append(prefix + "contact_id: required but missing")
        else:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartScreenSharing:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartScreenSharing")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartScreenSharingResponse:
    """The response of StartScreenSharing.

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
    ) -> StartScreenSharingResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartScreenSharingResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _StartScreenSharingResponseDraft:
    """A :class:`StartScreenSharingResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_start_screen_sharing(
    instance_id: str,
    contact_id: str,
) -> StartScreenSharing:
    """Create a :class:`StartScreenSharing` with all optional fields omitted."""
    return StartScreenSharing(
        instance_id=instance_id,
        contact_id=contact_id,
    )


start_screen_sharing_instance_id = _rt.Lens[StartScreenSharing, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "start_screen_sharing_instance_id",
)
"""Lens on :attr:`StartScreenSharing.instance_id`."""


start_screen_sharing_contact_id = _rt.Lens[StartScreenSharing, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "start_screen_sharing_contact_id",
)
"""Lens on :attr:`StartScreenSharing.contact_id`."""


start_screen_sharing_client_token = _rt.Lens[StartScreenSharing, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "start_screen_sharing_client_token",
)
"""Lens on :attr:`StartScreenSharing.client_token`."""


def new_start_screen_sharing_response(
    http_status: int,
) -> StartScreenSharingResponse:
    """Create a :class:`StartScreenSharingResponse` with all optional fields omitted."""
    return StartScreenSharingResponse(
        http_status=http_status,
    )


start_screen_sharing_response_http_status = _rt.Lens[StartScreenSharingResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "start_screen_sharing_response_http_status",
)
"""Lens on :attr:`StartScreenSharingResponse.http_status`."""


def _serialize(request: StartScreenSharing, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    path = "/contact/screen-sharing"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["ContactId"] = request.contact_id
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
) -> StartScreenSharingResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _StartScreenSharingResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, StartScreenSharingResponse)


OPERATION: _rt.Operation[StartScreenSharing, StartScreenSharingResponse] = (
    _rt.Operation(
        "StartScreenSharing",
        StartScreenSharing,
        StartScreenSharingResponse,
        (
            _errors.InternalServiceException,
            _errors.AccessDeniedException,
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ThrottlingException,
            _errors.ResourceNotFoundException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The StartScreenSharing operation: its types, errors and wire codec."""
