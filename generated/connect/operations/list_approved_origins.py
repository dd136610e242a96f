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
class ListApprovedOrigins:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Returns a paginated list of all approved origins associated with the
    instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

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
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=25)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListApprovedOrigins:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListApprovedOrigins")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListApprovedOriginsResponse:
    """The response of ListApprovedOrigins.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``origins``: The approved origins.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    origins: list[str] | None = None
    """The approved origins."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.origins
        if value is not None:
            path = prefix + "origins"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=None, max_len=267)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.origins is not None:
            result["Origins"] = list(self.origins)
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListApprovedOriginsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListApprovedOriginsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            origins=(
                None
                if (value := data.get("Origins")) is None
                else list(_rt.expect_sequence(value, path + "Origins"))
            ),
            next_token=data.get("NextToken"),
        )


class _ListApprovedOriginsResponseDraft:
    """A :class:`ListApprovedOriginsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "origins", "next_token")
    http_status: int
    origins: list[str] | None
    next_token: str | None


def new_list_approved_origins(
    instance_id: str,
) -> ListApprovedOrigins:
    """Create a :class:`ListApprovedOrigins` with all optional fields omitted."""
    return ListApprovedOrigins(
        instance_id=instance_id,
    )


list_approved_origins_instance_id = _rt.Lens[ListApprovedOrigins, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_approved_origins_instance_id",
)
"""Lens on :attr:`ListApprovedOrigins.instance_id`."""


list_approved_origins_next_token = _rt.Lens[ListApprovedOrigins, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_approved_origins_next_token",
)
"""Lens on :attr:`ListApprovedOrigins.next_token`."""


list_approved_origins_max_results = _rt.Lens[ListApprovedOrigins, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_approved_origins_max_results",
)
"""Lens on :attr:`ListApprovedOrigins.max_results`."""


def new_list_approved_origins_response(
    http_status: int,
) -> ListApprovedOriginsResponse:
    """Create a :class:`ListApprovedOriginsResponse` with all optional fields omitted."""
    return ListApprovedOriginsResponse(
        http_status=http_status,
    )


list_approved_origins_response_http_status = _rt.Lens[ListApprovedOriginsResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_approved_origins_response_http_status",
)
"""Lens on :attr:`ListApprovedOriginsResponse.http_status`."""


list_approved_origins_response_origins = _rt.Lens[
    ListApprovedOriginsResponse, list[str] | None
](
    lambda s: s.origins,
    lambda s, v: _dc.replace(s, origins=v),
    "list_approved_origins_response_origins",
)
"""Lens on :attr:`ListApprovedOriginsResponse.origins`."""


list_approved_origins_response_next_token = _rt.Lens[
    ListApprovedOriginsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_approved_origins_response_next_token",
)
"""Lens on :attr:`ListApprovedOriginsResponse.next_token`."""


def _serialize(request: ListApprovedOrigins, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = (
        "/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/approved-origins"
    )
    query: list[tuple[str, str | None]] = []
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
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
) -> ListApprovedOriginsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListApprovedOriginsResponseDraft()
    draft.http_status = status
    try:
        draft.origins = (
            None
            if (value := data.get("Origins")) is None
            else [
                (v1 if type(v1) is str else _rt.expect_str(v1, "Origins"))
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Origins")
                )
                if v1 is not None
            ]
        )
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListApprovedOriginsResponse)


OPERATION: _rt.Operation[ListApprovedOrigins, ListApprovedOriginsResponse] = (
    _rt.Operation(
        "ListApprovedOrigins",
        ListApprovedOrigins,
        ListApprovedOriginsResponse,
        (
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ThrottlingException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The ListApprovedOrigins operation: its types, errors and wire codec."""
