"""Lists the quick connects associated with a queue."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.quick_connect_summary import QuickConnectSummary

_PATTERN_1 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListQueueQuickConnects:
    """Lists the quick connects associated with a queue.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``queue_id``: The identifier for the queue.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    queue_id: str
    """The identifier for the queue."""

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
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.queue_id
        if value is None:
            errors.append(prefix + "queue_id: required but missing")
        else:
            path = prefix + "queue_id"
            _rt.check_str(errors, path, value)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["QueueId"] = self.queue_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListQueueQuickConnects:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListQueueQuickConnects")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            queue_id=_rt.required(data, "QueueId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListQueueQuickConnectsResponse:
    """The response of ListQueueQuickConnects.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``quick_connect_summary_list``: Information about the quick connects.
    - ``last_modified_time``: The timestamp when this resource was last modified.
    - ``last_modified_region``: The Amazon Web Services Region where this resource was last modified.
    """

    http_status: int
    """The HTTP status code of the response."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    quick_connect_summary_list: list[QuickConnectSummary] | None = None
    """Information about the quick connects."""

    last_modified_time: _dt.datetime | None = None
    """The timestamp when this resource was last modified."""

    last_modified_region: str | None = None
    """The Amazon Web Services Region where this resource was last modified."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
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
        value = self.last_modified_time
        if value is not None:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_modified_region
        if value is not None:
            path = prefix + "last_modified_region"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.quick_connect_summary_list is not None:
            result["QuickConnectSummaryList"] = [
                v1.to_dict() for v1 in self.quick_connect_summary_list
            ]
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.last_modified_region is not None:
            result["LastModifiedRegion"] = self.last_modified_region
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListQueueQuickConnectsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListQueueQuickConnectsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            next_token=data.get("NextToken"),
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
            last_modified_time=data.get("LastModifiedTime"),
            last_modified_region=data.get("LastModifiedRegion"),
        )


class _ListQueueQuickConnectsResponseDraft:
    """A :class:`ListQueueQuickConnectsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "next_token",
        "quick_connect_summary_list",
        "last_modified_time",
        "last_modified_region",
    )
    http_status: int
    next_token: str | None
    quick_connect_summary_list: list[QuickConnectSummary] | None
    last_modified_time: _dt.datetime | None
    last_modified_region: str | None


def new_list_queue_quick_connects(
    instance_id: str,
    queue_id: str,
) -> ListQueueQuickConnects:
    """Create a :class:`ListQueueQuickConnects` with all optional fields omitted."""
    return ListQueueQuickConnects(
        instance_id=instance_id,
        queue_id=queue_id,
    )


list_queue_quick_connects_instance_id = _rt.Lens[ListQueueQuickConnects, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_queue_quick_connects_instance_id",
)
"""Lens on :attr:`ListQueueQuickConnects.instance_id`."""


list_queue_quick_connects_queue_id = _rt.Lens[ListQueueQuickConnects, str](
    lambda s: s.queue_id,
    lambda s, v: _dc.replace(s, queue_id=v),
    "list_queue_quick_connects_queue_id",
)
"""Lens on :attr:`ListQueueQuickConnects.queue_id`."""


list_queue_quick_connects_next_token = _rt.Lens[ListQueueQuickConnects, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_queue_quick_connects_next_token",
)
"""Lens on :attr:`ListQueueQuickConnects.next_token`."""


list_queue_quick_connects_max_results = _rt.Lens[ListQueueQuickConnects, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_queue_quick_connects_max_results",
)
"""Lens on :attr:`ListQueueQuickConnects.max_results`."""


def new_list_queue_quick_connects_response(
    http_status: int,
) -> ListQueueQuickConnectsResponse:
    """Create a :class:`ListQueueQuickConnectsResponse` with all optional fields omitted."""
    return ListQueueQuickConnectsResponse(
        http_status=http_status,
    )


list_queue_quick_connects_response_http_status = _rt.Lens[
    ListQueueQuickConnectsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_queue_quick_connects_response_http_status",
)
"""Lens on :attr:`ListQueueQuickConnectsResponse.http_status`."""


list_queue_quick_connects_response_next_token = _rt.Lens[
    ListQueueQuickConnectsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_queue_quick_connects_response_next_token",
)
"""Lens on :attr:`ListQueueQuickConnectsResponse.next_token`."""


list_queue_quick_connects_response_quick_connect_summary_list = _rt.Lens[
    ListQueueQuickConnectsResponse, list[QuickConnectSummary] | None
](
    lambda s: s.quick_connect_summary_list,
    lambda s, v: _dc.replace(s, quick_connect_summary_list=v),
    "list_queue_quick_connects_response_quick_connect_summary_list",
)
"""Lens on :attr:`ListQueueQuickConnectsResponse.quick_connect_summary_list`."""


list_queue_quick_connects_response_last_modified_time = _rt.Lens[
    ListQueueQuickConnectsResponse, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "list_queue_quick_connects_response_last_modified_time",
)
"""Lens on :attr:`ListQueueQuickConnectsResponse.last_modified_time`."""


list_queue_quick_connects_response_last_modified_region = _rt.Lens[
    ListQueueQuickConnectsResponse, str | None
](
    lambda s: s.last_modified_region,
    lambda s, v: _dc.replace(s, last_modified_region=v),
    "list_queue_quick_connects_response_last_modified_region",
)
"""Lens on :attr:`ListQueueQuickConnectsResponse.last_modified_region`."""


def _serialize(
    request: ListQueueQuickConnects, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.queue_id == "":
        raise _rt.ValidationError(["queue_id: a URI label must be set and not empty"])
    path = (
        "/queues/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.queue_id, "queue_id")
        + "/quick-connects"
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
) -> ListQueueQuickConnectsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListQueueQuickConnectsResponseDraft()
    draft.http_status = status
    try:
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
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
        draft.last_modified_time = (
            None
            if (value := data.get("LastModifiedTime")) is None
            else _rt.parse_timestamp(value, "LastModifiedTime")
        )
        draft.last_modified_region = (
            None
            if (value := data.get("LastModifiedRegion")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "LastModifiedRegion")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListQueueQuickConnectsResponse)


OPERATION: _rt.Operation[ListQueueQuickConnects, ListQueueQuickConnectsResponse] = (
    _rt.Operation(
        "ListQueueQuickConnects",
        ListQueueQuickConnects,
        ListQueueQuickConnectsResponse,
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
"""The ListQueueQuickConnects operation: its types, errors and wire codec."""
