"""Deletes a quick connect."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteQuickConnect:
    """Deletes a quick connect.

    .. important::

       After calling `DeleteUser
       <https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteUser.html>`__,
       it's important to call ``DeleteQuickConnect`` to delete any records
       related to the deleted users. This will help you:

       - Avoid dangling resources that impact your service quotas.
       - Remove deleted users so they don't appear to agents as transfer
         options.
       - Avoid the disruption of other Connect Customer processes, such as
         instance replication and syncing if you're using `Connect Customer
         Global Resiliency
         <https://docs.aws.amazon.com/connect/latest/adminguide/setup-connect-global-resiliency.html>`__.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``quick_connect_id``: The identifier for the quick connect.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    quick_connect_id: str
    """The identifier for the quick connect."""

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
        value = self.quick_connect_id
        if value is None:
            errors.append(prefix + "quick_connect_id: required but missing")
        else:
            path = prefix + "quick_connect_id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["QuickConnectId"] = self.quick_connect_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteQuickConnect:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteQuickConnect")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            quick_connect_id=_rt.required(data, "QuickConnectId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteQuickConnectResponse:
    """The response of DeleteQuickConnect.

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
    ) -> DeleteQuickConnectResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteQuickConnectResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteQuickConnectResponseDraft:
    """A :class:`DeleteQuickConnectResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_quick_connect(
    instance_id: str,
    quick_connect_id: str,
) -> DeleteQuickConnect:
    """Create a :class:`DeleteQuickConnect` with all optional fields omitted."""
    return DeleteQuickConnect(
        instance_id=instance_id,
        quick_connect_id=quick_connect_id,
    )


delete_quick_connect_instance_id = _rt.Lens[DeleteQuickConnect, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_quick_connect_instance_id",
)
"""Lens on :attr:`DeleteQuickConnect.instance_id`."""


delete_quick_connect_quick_connect_id = _rt.Lens[DeleteQuickConnect, str](
    lambda s: s.quick_connect_id,
    lambda s, v: _dc.replace(s, quick_connect_id=v),
    "delete_quick_connect_quick_connect_id",
)
"""Lens on :attr:`DeleteQuickConnect.quick_connect_id`."""


def new_delete_quick_connect_response(
    http_status: int,
) -> DeleteQuickConnectResponse:
    """Create a :class:`DeleteQuickConnectResponse` with all optional fields omitted."""
    return DeleteQuickConnectResponse(
        http_status=http_status,
    )


delete_quick_connect_response_http_status = _rt.Lens[DeleteQuickConnectResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_quick_connect_response_http_status",
)
"""Lens on :attr:`DeleteQuickConnectResponse.http_status`."""


def _serialize(request: DeleteQuickConnect, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.quick_connect_id == "":
        raise _rt.ValidationError(
            ["quick_connect_id: a URI label must be set and not empty"]
        )
    path = (
        "/quick-connects/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.quick_connect_id, "quick_connect_id")
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
) -> DeleteQuickConnectResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteQuickConnectResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteQuickConnectResponse)


OPERATION: _rt.Operation[DeleteQuickConnect, DeleteQuickConnectResponse] = (
    _rt.Operation(
        "DeleteQuickConnect",
        DeleteQuickConnect,
        DeleteQuickConnectResponse,
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
)
"""The DeleteQuickConnect operation: its types, errors and wire codec."""
