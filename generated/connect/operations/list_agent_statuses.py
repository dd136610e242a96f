"""Lists agent statuses."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.agent_status_summary import AgentStatusSummary

_AGENT_STATUS_TYPE_VALUES = frozenset(
    (
        "ROUTABLE",
        "CUSTOM",
        "OFFLINE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListAgentStatuses:
    """Lists agent statuses.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    - ``agent_status_types``: Available agent status types.
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

    agent_status_types: list[str] | None = None
    """Available agent status types."""

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
        value = self.agent_status_types
        if value is not None:
            path = prefix + "agent_status_types"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 3)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, enum=_AGENT_STATUS_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.agent_status_types is not None:
            result["AgentStatusTypes"] = list(self.agent_status_types)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListAgentStatuses:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListAgentStatuses")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            agent_status_types=(
                None
                if (value := data.get("AgentStatusTypes")) is None
                else list(_rt.expect_sequence(value, path + "AgentStatusTypes"))
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListAgentStatusesResponse:
    """The response of ListAgentStatuses.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    - ``agent_status_summary_list``: A summary of agent statuses.
    """

    http_status: int
    """The HTTP status code of the response."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    agent_status_summary_list: list[AgentStatusSummary] | None = None
    """A summary of agent statuses."""

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
        value = self.agent_status_summary_list
        if value is not None:
            path = prefix + "agent_status_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, AgentStatusSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected AgentStatusSummary, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.agent_status_summary_list is not None:
            result["AgentStatusSummaryList"] = [
                v1.to_dict() for v1 in self.agent_status_summary_list
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListAgentStatusesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListAgentStatusesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            next_token=data.get("NextToken"),
            agent_status_summary_list=(
                None
                if (value := data.get("AgentStatusSummaryList")) is None
                else [
                    AgentStatusSummary.from_dict(
                        v1, path=path + "AgentStatusSummaryList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "AgentStatusSummaryList")
                    )
                ]
            ),
        )


class _ListAgentStatusesResponseDraft:
    """A :class:`ListAgentStatusesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "next_token", "agent_status_summary_list")
    http_status: int
    next_token: str | None
    agent_status_summary_list: list[AgentStatusSummary] | None


def new_list_agent_statuses(
    instance_id: str,
) -> ListAgentStatuses:
    """Create a :class:`ListAgentStatuses` with all optional fields omitted."""
    return ListAgentStatuses(
        instance_id=instance_id,
    )


list_agent_statuses_instance_id = _rt.Lens[ListAgentStatuses, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_agent_statuses_instance_id",
)
"""Lens on :attr:`ListAgentStatuses.instance_id`."""


list_agent_statuses_next_token = _rt.Lens[ListAgentStatuses, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_agent_statuses_next_token",
)
"""Lens on :attr:`ListAgentStatuses.next_token`."""


list_agent_statuses_max_results = _rt.Lens[ListAgentStatuses, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_agent_statuses_max_results",
)
"""Lens on :attr:`ListAgentStatuses.max_results`."""


list_agent_statuses_agent_status_types = _rt.Lens[ListAgentStatuses, list[str] | None](
    lambda s: s.agent_status_types,
    lambda s, v: _dc.replace(s, agent_status_types=v),
    "list_agent_statuses_agent_status_types",
)
"""Lens on :attr:`ListAgentStatuses.agent_status_types`."""


def new_list_agent_statuses_response(
    http_status: int,
) -> ListAgentStatusesResponse:
    """Create a :class:`ListAgentStatusesResponse` with all optional fields omitted."""
    return ListAgentStatusesResponse(
        http_status=http_status,
    )


list_agent_statuses_response_http_status = _rt.Lens[ListAgentStatusesResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_agent_statuses_response_http_status",
)
"""Lens on :attr:`ListAgentStatusesResponse.http_status`."""


list_agent_statuses_response_next_token = _rt.Lens[
    ListAgentStatusesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_agent_statuses_response_next_token",
)
"""Lens on :attr:`ListAgentStatusesResponse.next_token`."""


list_agent_statuses_response_agent_status_summary_list = _rt.Lens[
    ListAgentStatusesResponse, list[AgentStatusSummary] | None
](
    lambda s: s.agent_status_summary_list,
    lambda s, v: _dc.replace(s, agent_status_summary_list=v),
    "list_agent_statuses_response_agent_status_summary_list",
)
"""Lens on :attr:`ListAgentStatusesResponse.agent_status_summary_list`."""


def _serialize(request: ListAgentStatuses, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/agent-status/" + _rt.quote_label(request.instance_id, "instance_id")
    query: list[tuple[str, str | None]] = []
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
    if request.agent_status_types is not None:
        query.extend(("AgentStatusTypes", v1) for v1 in request.agent_status_types)
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
) -> ListAgentStatusesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListAgentStatusesResponseDraft()
    draft.http_status = status
    try:
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
        draft.agent_status_summary_list = (
            None
            if (value := data.get("AgentStatusSummaryList")) is None
            else [
                AgentStatusSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "AgentStatusSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "AgentStatusSummaryList")
                )
                if v1 is not None
            ]
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListAgentStatusesResponse)


OPERATION: _rt.Operation[ListAgentStatuses, ListAgentStatusesResponse] = _rt.Operation(
    "ListAgentStatuses",
    ListAgentStatuses,
    ListAgentStatusesResponse,
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
"""The ListAgentStatuses operation: its types, errors and wire codec."""
