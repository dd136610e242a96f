"""Describes the quick connect."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.quick_connect import QuickConnect


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeQuickConnect:
    """Describes the quick connect.

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
    ) -> DescribeQuickConnect:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeQuickConnect")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            quick_connect_id=_rt.required(data, "QuickConnectId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeQuickConnectResponse:
    """The response of DescribeQuickConnect.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``quick_connect``: Information about the quick connect.
    """

    http_status: int
    """The HTTP status code of the response."""

    quick_connect: QuickConnect | None = None
    """Information about the quick connect."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.quick_connect
        if value is not None:
            path = prefix + "quick_connect"
            if isinstance(value, QuickConnect):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected QuickConnect, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.quick_connect is not None:
            result["QuickConnect"] = self.quick_connect.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeQuickConnectResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeQuickConnectResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            quick_connect=(
                None
                if (value := data.get("QuickConnect")) is None
                else QuickConnect.from_dict(value, path=path + "QuickConnect" + ".")
            ),
        )


class _DescribeQuickConnectResponseDraft:
    """A :class:`DescribeQuickConnectResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "quick_connect")
    http_status: int
    quick_connect: QuickConnect | None


def new_describe_quick_connect(
    instance_id: str,
    quick_connect_id: str,
) -> DescribeQuickConnect:
    """Create a :class:`DescribeQuickConnect` with all optional fields omitted."""
    return DescribeQuickConnect(
        instance_id=instance_id,
        quick_connect_id=quick_connect_id,
    )


describe_quick_connect_instance_id = _rt.Lens[DescribeQuickConnect, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_quick_connect_instance_id",
)
"""Lens on :attr:`DescribeQuickConnect.instance_id`."""


describe_quick_connect_quick_connect_id = _rt.Lens[DescribeQuickConnect, str](
    lambda s: s.quick_connect_id,
    lambda s, v: _dc.replace(s, quick_connect_id=v),
    "describe_quick_connect_quick_connect_id",
)
"""Lens on :attr:`DescribeQuickConnect.quick_connect_id`."""


def new_describe_quick_connect_response(
    http_status: int,
) -> DescribeQuickConnectResponse:
    """Create a :class:`DescribeQuickConnectResponse` with all optional fields omitted."""
    return DescribeQuickConnectResponse(
        http_status=http_status,
    )


describe_quick_connect_response_http_status = _rt.Lens[
    DescribeQuickConnectResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_quick_connect_response_http_status",
)
"""Lens on :attr:`DescribeQuickConnectResponse.http_status`."""


describe_quick_connect_response_quick_connect = _rt.Lens[
    DescribeQuickConnectResponse, QuickConnect | None
](
    lambda s: s.quick_connect,
    lambda s, v: _dc.replace(s, quick_connect=v),
    "describe_quick_connect_response_quick_connect",
)
"""Lens on :attr:`DescribeQuickConnectResponse.quick_connect`."""


def _serialize(request: DescribeQuickConnect, validate: bool = True) -> _rt.HttpRequest:
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
        method="GET",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DescribeQuickConnectResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeQuickConnectResponseDraft()
    draft.http_status = status
    try:
        draft.quick_connect = (
            None
            if (value := data.get("QuickConnect")) is None
            else QuickConnect._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "QuickConnect")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeQuickConnectResponse)


OPERATION: _rt.Operation[DescribeQuickConnect, DescribeQuickConnectResponse] = (
    _rt.Operation(
        "DescribeQuickConnect",
        DescribeQuickConnect,
        DescribeQuickConnectResponse,
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
"""The DescribeQuickConnect operation: its types, errors and wire codec."""
