"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.instance_summary import InstanceSummary


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListInstances:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Return a list of instances which are in active state,
    creation-in-progress state, and failed state. Instances that aren't
    successfully created (they are in a failed state) are returned only for
    24 hours after the CreateInstance API was invoked.

    Fields:

    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
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
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=10)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListInstances:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListInstances")
        return cls(
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListInstancesResponse:
    """The response of ListInstances.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``instance_summary_list``: Information about the instances.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    instance_summary_list: list[InstanceSummary] | None = None
    """Information about the instances."""

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
        value = self.instance_summary_list
        if value is not None:
            path = prefix + "instance_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, InstanceSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected InstanceSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.instance_summary_list is not None:
            result["InstanceSummaryList"] = [
                v1.to_dict() for v1 in self.instance_summary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListInstancesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListInstancesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            instance_summary_list=(
                None
                if (value := data.get("InstanceSummaryList")) is None
                else [
                    InstanceSummary.from_dict(
                        v1, path=path + "InstanceSummaryList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "InstanceSummaryList")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListInstancesResponseDraft:
    """A :class:`ListInstancesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "instance_summary_list", "next_token")
    http_status: int
    instance_summary_list: list[InstanceSummary] | None
    next_token: str | None


def new_list_instances() -> ListInstances:
    """Create a :class:`ListInstances` with all optional fields omitted."""
    return ListInstances()


list_instances_next_token = _rt.Lens[ListInstances, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_instances_next_token",
)
"""Lens on :attr:`ListInstances.next_token`."""


list_instances_max_results = _rt.Lens[ListInstances, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_instances_max_results",
)
"""Lens on :attr:`ListInstances.max_results`."""


def new_list_instances_response(
    http_status: int,
) -> ListInstancesResponse:
    """Create a :class:`ListInstancesResponse` with all optional fields omitted."""
    return ListInstancesResponse(
        http_status=http_status,
    )


list_instances_response_http_status = _rt.Lens[ListInstancesResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_instances_response_http_status",
)
"""Lens on :attr:`ListInstancesResponse.http_status`."""


list_instances_response_instance_summary_list = _rt.Lens[
    ListInstancesResponse, list[InstanceSummary] | None
](
    lambda s: s.instance_summary_list,
    lambda s, v: _dc.replace(s, instance_summary_list=v),
    "list_instances_response_instance_summary_list",
)
"""Lens on :attr:`ListInstancesResponse.instance_summary_list`."""


list_instances_response_next_token = _rt.Lens[ListInstancesResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_instances_response_next_token",
)
"""Lens on :attr:`ListInstancesResponse.next_token`."""


def _serialize(request: ListInstances, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/instance"
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
) -> ListInstancesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body, redact=True)
    draft = _ListInstancesResponseDraft()
    draft.http_status = status
    try:
        draft.instance_summary_list = (
            None
            if (value := data.get("InstanceSummaryList")) is None
            else [
                InstanceSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "InstanceSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "InstanceSummaryList")
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
    return _rt.seal(draft, ListInstancesResponse)


OPERATION: _rt.Operation[ListInstances, ListInstancesResponse] = _rt.Operation(
    "ListInstances",
    ListInstances,
    ListInstancesResponse,
    (
        _errors.InvalidRequestException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The ListInstances operation: its types, errors and wire codec."""
