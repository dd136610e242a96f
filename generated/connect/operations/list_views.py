"""Returns views in the given instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.view_summary import ViewSummary

_PATTERN_1 = _rt.Pattern(
    "^[a-zA-Z0-9\\_\\-:\\/]+$",
    "^[a-zA-Z0-9\\_\\-:\\/]+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_VIEW_TYPE_VALUES = frozenset(
    (
        "CUSTOMER_MANAGED",
        "AWS_MANAGED",
    )
)
_PATTERN_2 = _rt.Pattern(
    "^[a-zA-Z0-9=\\/+_.-]+$",
    "^[a-zA-Z0-9=\\/+_.-]+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListViews:
    """Returns views in the given instance.

    Results are sorted primarily by type, and secondarily by name.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``type``: The type of the view.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can find the
    instanceId in the ARN of the instance.
    """

    type: str | None = None
    """The type of the view."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page. The default MaxResult
    size is 100.
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
        value = self.type
        if value is not None:
            path = prefix + "type"
            _rt.check_str(errors, path, value, enum=_VIEW_TYPE_VALUES)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=4096, pattern=_PATTERN_2
            )
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.type is not None:
            result["Type"] = self.type
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> ListViews:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListViews")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            type=data.get("Type"),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListViewsResponse:
    """The response of ListViews.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``views_summary_list``: A list of view summaries.
    - ``next_token``: The token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    views_summary_list: list[ViewSummary] | None = None
    """A list of view summaries."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.views_summary_list
        if value is not None:
            path = prefix + "views_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ViewSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ViewSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=4096, pattern=_PATTERN_2
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.views_summary_list is not None:
            result["ViewsSummaryList"] = [
                v1.to_dict() for v1 in self.views_summary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListViewsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListViewsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            views_summary_list=(
                None
                if (value := data.get("ViewsSummaryList")) is None
                else [
                    ViewSummary.from_dict(
                        v1, path=path + "ViewsSummaryList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "ViewsSummaryList")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListViewsResponseDraft:
    """A :class:`ListViewsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "views_summary_list", "next_token")
    http_status: int
    views_summary_list: list[ViewSummary] | None
    next_token: str | None


def new_list_views(
    instance_id: str,
) -> ListViews:
    """Create a :class:`ListViews` with all optional fields omitted."""
    return ListViews(
        instance_id=instance_id,
    )


list_views_instance_id = _rt.Lens[ListViews, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_views_instance_id",
)
"""Lens on :attr:`ListViews.instance_id`."""


list_views_type = _rt.Lens[ListViews, str | None](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "list_views_type",
)
"""Lens on :attr:`ListViews.type`."""


list_views_next_token = _rt.Lens[ListViews, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_views_next_token",
)
"""Lens on :attr:`ListViews.next_token`."""


list_views_max_results = _rt.Lens[ListViews, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_views_max_results",
)
"""Lens on :attr:`ListViews.max_results`."""


def new_list_views_response(
    http_status: int,
) -> ListViewsResponse:
    """Create a :class:`ListViewsResponse` with all optional fields omitted."""
    return ListViewsResponse(
        http_status=http_status,
    )


list_views_response_http_status = _rt.Lens[ListViewsResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_views_response_http_status",
)
"""Lens on :attr:`ListViewsResponse.http_status`."""


list_views_response_views_summary_list = _rt.Lens[
    ListViewsResponse, list[ViewSummary] | None
](
    lambda s: s.views_summary_list,
    lambda s, v: _dc.replace(s, views_summary_list=v),
    "list_views_response_views_summary_list",
)
"""Lens on :attr:`ListViewsResponse.views_summary_list`."""


list_views_response_next_token = _rt.Lens[ListViewsResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_views_response_next_token",
)
"""Lens on :attr:`ListViewsResponse.next_token`."""


def _serialize(request: ListViews, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/views/" + _rt.quote_label(request.instance_id, "instance_id")
    query: list[tuple[str, str | None]] = []
    if request.type is not None:
        query.append(("type", request.type))
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
) -> ListViewsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body, redact=True)
    draft = _ListViewsResponseDraft()
    draft.http_status = status
    try:
        draft.views_summary_list = (
            None
            if (value := data.get("ViewsSummaryList")) is None
            else [
                ViewSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "ViewsSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "ViewsSummaryList")
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
            exc.inside(data).message(redact=True),
            http_status=status,
            body=body,
            redact=True,
        ) from None
    except _rt.DeserializationError as exc:  # a payload that does not read: no excerpt
        raise exc.redacted() from None
    return _rt.seal(draft, ListViewsResponse)


OPERATION: _rt.Operation[ListViews, ListViewsResponse] = _rt.Operation(
    "ListViews",
    ListViews,
    ListViewsResponse,
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
"""The ListViews operation: its types, errors and wire codec."""
