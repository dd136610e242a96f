"""Retrieves the view for the specified Connect Customer instance and view identifier."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.view import View

_PATTERN_1 = _rt.Pattern(
    "^[a-zA-Z0-9\\_\\-:\\/]+$",
    "^[a-zA-Z0-9\\_\\-:\\/]+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_PATTERN_2 = _rt.Pattern(
    "^[a-zA-Z0-9\\_\\-:\\/$]+$",
    "^[a-zA-Z0-9\\_\\-:\\/$]+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeView:
    """Retrieves the view for the specified Connect Customer instance and view
    identifier.

    The view identifier can be supplied as a ViewId or ARN.

    ``$SAVED`` needs to be supplied if a view is unpublished.

    The view identifier can contain an optional qualifier, for example,
    ``<view-id>:$SAVED``, which is either an actual version number or an
    Connect Customer managed qualifier ``$SAVED | $LATEST``. If it is not
    supplied, then ``$LATEST`` is assumed for customer managed views and an
    error is returned if there is no published content available. Version 1
    is assumed for Amazon Web Services managed views.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``view_id``: The ViewId of the view.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can find the
    instanceId in the ARN of the instance.
    """

    view_id: str
    """The ViewId of the view. This must be an ARN for Amazon Web Services
    managed views.
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
            _rt.check_str(
                errors, path, value, min_len=1, max_len=100, pattern=_PATTERN_1
            )
        value = self.view_id
        if value is None:
            errors.append(prefix + "view_id: required but missing")
        else:
            path = prefix + "view_id"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=500, pattern=_PATTERN_2
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ViewId"] = self.view_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeView:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeView")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            view_id=_rt.required(data, "ViewId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeViewResponse:
    """The response of DescribeView.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``view``: All view data is contained within the View object.
    """

    http_status: int
    """The HTTP status code of the response."""

    view: View | None = None
    """All view data is contained within the View object."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.view
        if value is not None:
            path = prefix + "view"
            if isinstance(value, View):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected View, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.view is not None:
            result["View"] = self.view.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeViewResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeViewResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            view=(
                None
                if (value := data.get("View")) is None
                else View.from_dict(value, path=path + "View" + ".")
            ),
        )


class _DescribeViewResponseDraft:
    """A :class:`DescribeViewResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "view")
    http_status: int
    view: View | None


def new_describe_view(
    instance_id: str,
    view_id: str,
) -> DescribeView:
    """Create a :class:`DescribeView` with all optional fields omitted."""
    return DescribeView(
        instance_id=instance_id,
        view_id=view_id,
    )


describe_view_instance_id = _rt.Lens[DescribeView, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_view_instance_id",
)
"""Lens on :attr:`DescribeView.instance_id`."""


describe_view_view_id = _rt.Lens[DescribeView, str](
    lambda s: s.view_id,
    lambda s, v: _dc.replace(s, view_id=v),
    "describe_view_view_id",
)
"""Lens on :attr:`DescribeView.view_id`."""


def new_describe_view_response(
    http_status: int,
) -> DescribeViewResponse:
    """Create a :class:`DescribeViewResponse` with all optional fields omitted."""
    return DescribeViewResponse(
        http_status=http_status,
    )


describe_view_response_http_status = _rt.Lens[DescribeViewResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_view_response_http_status",
)
"""Lens on :attr:`DescribeViewResponse.http_status`."""


describe_view_response_view = _rt.Lens[DescribeViewResponse, View | None](
    lambda s: s.view,
    lambda s, v: _dc.replace(s, view=v),
    "describe_view_response_view",
)
"""Lens on :attr:`DescribeViewResponse.view`."""


def _serialize(request: DescribeView, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.view_id == "":
        raise _rt.ValidationError(["view_id: a URI label must be set and not empty"])
    path = (
        "/views/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.view_id, "view_id")
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
) -> DescribeViewResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body, redact=True)
    draft = _DescribeViewResponseDraft()
    draft.http_status = status
    try:
        draft.view = (
            None
            if (value := data.get("View")) is None
            else View._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "View")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(redact=True),
            http_status=status,
            body=body,
            redact=True,
        ) from None
    except _rt.DeserializationError as exc:  # a payload that does not read: no excerpt
        raise exc.redacted() from None
    return _rt.seal(draft, DescribeViewResponse)


OPERATION: _rt.Operation[DescribeView, DescribeViewResponse] = _rt.Operation(
    "DescribeView",
    DescribeView,
    DescribeViewResponse,
    (
        _errors.AccessDeniedException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.TooManyRequestsException,
    ),
    _serialize,
    _deserialize,
)
"""The DescribeView operation: its types, errors and wire codec."""
