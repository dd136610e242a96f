"""Retrieves the view for the specified view token."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.view import View


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeView:
    """Retrieves the view for the specified view token.

    For security recommendations, see `Amazon Connect Chat security best
    practices
    <https://docs.aws.amazon.com/connect/latest/adminguide/security-best-practices.html#bp-security-chat>`__.

    Fields:

    - ``view_token``: An encrypted token originating from the interactive message of a ShowView block operation.
    - ``connection_token``: The connection token.
    """

    view_token: str
    """An encrypted token originating from the interactive message of a
    ShowView block operation. Represents the desired view.
    """

    connection_token: str
    """The connection token."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.view_token
        if value is None:
            errors.append(prefix + "view_token: required but missing")
        else:
            path = prefix + "view_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=1000)
        value = self.connection_token
        if value is None:
            errors.append(prefix + "connection_token: required but missing")
        else:
            path = prefix + "connection_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=1000)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ViewToken"] = self.view_token
        result["ConnectionToken"] = self.connection_token
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
            view_token=_rt.required(data, "ViewToken", path),
            connection_token=_rt.required(data, "ConnectionToken", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeViewResponse:
    """The response of DescribeView.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``view``: A view resource object.
    """

    http_status: int
    """The HTTP status code of the response."""

    view: View | None = None
    """A view resource object. Contains metadata and content necessary to
    render the view.
    """

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
    view_token: str,
    connection_token: str,
) -> DescribeView:
    """Create a :class:`DescribeView` with all optional fields omitted."""
    return DescribeView(
        view_token=view_token,
        connection_token=connection_token,
    )


describe_view_view_token = _rt.Lens[DescribeView, str](
    lambda s: s.view_token,
    lambda s, v: _dc.replace(s, view_token=v),
    "describe_view_view_token",
)
"""Lens on :attr:`DescribeView.view_token`."""


describe_view_connection_token = _rt.Lens[DescribeView, str](
    lambda s: s.connection_token,
    lambda s, v: _dc.replace(s, connection_token=v),
    "describe_view_connection_token",
)
"""Lens on :attr:`DescribeView.connection_token`."""


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
    headers["X-Amz-Bearer"] = _rt.header_value(
        request.connection_token, "connection_token"
    )
    if request.view_token == "":
        raise _rt.ValidationError(["view_token: a URI label must be set and not empty"])
    path = "/participant/views/" + _rt.quote_label(request.view_token, "view_token")
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
        _errors.InternalServerException,
        _errors.ThrottlingException,
        _errors.ResourceNotFoundException,
        _errors.ValidationException,
    ),
    _serialize,
    _deserialize,
)
"""The DescribeView operation: its types, errors and wire codec."""
