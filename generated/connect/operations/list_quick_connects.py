"""Provides information about the quick connects for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.quick_connect_summary import QuickConnectSummary

_QUICK_CONNECT_TYPE_VALUES = frozenset(
    (
        "USER",
        "QUEUE",
        "PHONE_NUMBER",
        "FLOW",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListQuickConnects:
    """Provides information about the quick connects for the specified Connect
    Customer instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    - ``quick_connect_types``: The type of quick connect.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance. Both Instance ID and
    Instance ARN are supported input formats.
    """

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page. The default MaxResult
    size is 100.
    """

    quick_connect_types: list[str] | None = None
    """The type of quick connect. In the Connect Customer admin website, when
    you create a quick connect, you are prompted to assign one of the
    following types: Agent (USER), External (PHONE_NUMBER), or Queue
    (QUEUE).
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
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=1000)
        value = self.quick_connect_types
        if value is not None:
            path = prefix + "quick_connect_types"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 4)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, enum=_QUICK_CONNECT_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.quick_connect_types is not None:
            result["QuickConnectTypes"] = list(self.quick_connect_types)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListQuickConnects:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListQuickConnects")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            quick_connect_types=(
                None
                if (value := data.get("QuickConnectTypes")) is None
                else list(_rt.expect_sequence(value, path + "QuickConnectTypes"))
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListQuickConnectsResponse:
    """The response of ListQuickConnects.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``quick_connect_summary_list``: Information about the quick connects.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    quick_connect_summary_list: list[QuickConnectSummary] | None = None
    """Information about the quick connects."""

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
        value = self.quick_connect_summary_list
        if value is not None:
            path = prefix + "quick_connect_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, QuickConnectSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected QuickConnectSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.quick_connect_summary_list is not None:
            result["QuickConnectSummaryList"] = [
                v1.to_dict() for v1 in self.quick_connect_summary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListQuickConnectsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListQuickConnectsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            quick_connect_summary_list=(
                None
                if (value := data.get("QuickConnectSummaryList")) is None
                else [
                    QuickConnectSummary.from_dict(
                        v1, path=path + "QuickConnectSummaryList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "QuickConnectSummaryList")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListQuickConnectsResponseDraft:
    """A :class:`ListQuickConnectsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "quick_connect_summary_list", "next_token")
    http_status: int
    quick_connect_summary_list: list[QuickConnectSummary] | None
    next_token: str | None


def new_list_quick_connects(
    instance_id: str,
) -> ListQuickConnects:
    """Create a :class:`ListQuickConnects` with all optional fields omitted."""
    return ListQuickConnects(
        instance_id=instance_id,
    )


list_quick_connects_instance_id = _rt.Lens[ListQuickConnects, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_quick_connects_instance_id",
)
"""Lens on :attr:`ListQuickConnects.instance_id`."""


list_quick_connects_next_token = _rt.Lens[ListQuickConnects, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_quick_connects_next_token",
)
"""Lens on :attr:`ListQuickConnects.next_token`."""


list_quick_connects_max_results = _rt.Lens[ListQuickConnects, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_quick_connects_max_results",
)
"""Lens on :attr:`ListQuickConnects.max_results`."""


list_quick_connects_quick_connect_types = _rt.Lens[ListQuickConnects, list[str] | None](
    lambda s: s.quick_connect_types,
    lambda s, v: _dc.replace(s, quick_connect_types=v),
    "list_quick_connects_quick_connect_types",
)
"""Lens on :attr:`ListQuickConnects.quick_connect_types`."""


def new_list_quick_connects_response(
    http_status: int,
) -> ListQuickConnectsResponse:
    """Create a :class:`ListQuickConnectsResponse` with all optional fields omitted."""
    return ListQuickConnectsResponse(
        http_status=http_status,
    )


list_quick_connects_response_http_status = _rt.Lens[ListQuickConnectsResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_quick_connects_response_http_status",
)
"""Lens on :attr:`ListQuickConnectsResponse.http_status`."""


list_quick_connects_response_quick_connect_summary_list = _rt.Lens[
    ListQuickConnectsResponse, list[QuickConnectSummary] | None
](
    lambda s: s.quick_connect_summary_list,
    lambda s, v: _dc.replace(s, quick_connect_summary_list=v),
    "list_quick_connects_response_quick_connect_summary_list",
)
"""Lens on :attr:`ListQuickConnectsResponse.quick_connect_summary_list`."""


list_quick_connects_response_next_token = _rt.Lens[
    ListQuickConnectsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_quick_connects_response_next_token",
)
"""Lens on :attr:`ListQuickConnectsResponse.next_token`."""


def _serialize(request: ListQuickConnects, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/quick-connects/" + _rt.quote_label(request.instance_id, "instance_id")
    query: list[tuple[str, str | None]] = []
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
    if request.quick_connect_types is not None:
        query.extend(("QuickConnectTypes", v1) for v1 in request.quick_connect_types)
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
) -> ListQuickConnectsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListQuickConnectsResponseDraft()
    draft.http_status = status
    try:
        draft.quick_connect_summary_list = (
            None
            if (value := data.get("QuickConnectSummaryList")) is None
            else [
                QuickConnectSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "QuickConnectSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "QuickConnectSummaryList")
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
    return _rt.seal(draft, ListQuickConnectsResponse)


OPERATION: _rt.Operation[ListQuickConnects, ListQuickConnectsResponse] = _rt.Operation(
    "ListQuickConnects",
    ListQuickConnects,
    ListQuickConnectsResponse,
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
"""The ListQuickConnects operation: its types, errors and wire codec."""
