"""Describes an agent status."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.agent_status import AgentStatus


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeAgentStatus:
    """Describes an agent status.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``agent_status_id``: The identifier for the agent status.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    agent_status_id: str
    """The identifier for the agent status."""

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
        value = self.agent_status_id
        if value is None:
            errors.append(prefix + "agent_status_id: required but missing")
        else:
            path = prefix + "agent_status_id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["AgentStatusId"] = self.agent_status_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeAgentStatus:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeAgentStatus")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            agent_status_id=_rt.required(data, "AgentStatusId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeAgentStatusResponse:
    """The response of DescribeAgentStatus.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``agent_status``: The agent status.
    """

    http_status: int
    """The HTTP status code of the response."""

    agent_status: AgentStatus | None = None
    """The agent status."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.agent_status
        if value is not None:
            path = prefix + "agent_status"
            if isinstance(value, AgentStatus):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AgentStatus, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.agent_status is not None:
            result["AgentStatus"] = self.agent_status.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeAgentStatusResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeAgentStatusResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            agent_status=(
                None
                if (value := data.get("AgentStatus")) is None
                else AgentStatus.from_dict(value, path=path + "AgentStatus" + ".")
            ),
        )


class _DescribeAgentStatusResponseDraft:
    """A :class:`DescribeAgentStatusResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "agent_status")
    http_status: int
    agent_status: AgentStatus | None


def new_describe_agent_status(
    instance_id: str,
    agent_status_id: str,
) -> DescribeAgentStatus:
    """Create a :class:`DescribeAgentStatus` with all optional fields omitted."""
    return DescribeAgentStatus(
        instance_id=instance_id,
        agent_status_id=agent_status_id,
    )


describe_agent_status_instance_id = _rt.Lens[DescribeAgentStatus, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_agent_status_instance_id",
)
"""Lens on :attr:`DescribeAgentStatus.instance_id`."""


describe_agent_status_agent_status_id = _rt.Lens[DescribeAgentStatus, str](
    lambda s: s.agent_status_id,
    lambda s, v: _dc.replace(s, agent_status_id=v),
    "describe_agent_status_agent_status_id",
)
"""Lens on :attr:`DescribeAgentStatus.agent_status_id`."""


def new_describe_agent_status_response(
    http_status: int,
) -> DescribeAgentStatusResponse:
    """Create a :class:`DescribeAgentStatusResponse` with all optional fields omitted."""
    return DescribeAgentStatusResponse(
        http_status=http_status,
    )


describe_agent_status_response_http_status = _rt.Lens[DescribeAgentStatusResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_agent_status_response_http_status",
)
"""Lens on :attr:`DescribeAgentStatusResponse.http_status`."""


describe_agent_status_response_agent_status = _rt.Lens[
    DescribeAgentStatusResponse, AgentStatus | None
](
    lambda s: s.agent_status,
    lambda s, v: _dc.replace(s, agent_status=v),
    "describe_agent_status_response_agent_status",
)
"""Lens on :attr:`DescribeAgentStatusResponse.agent_status`."""


def _serialize(request: DescribeAgentStatus, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.agent_status_id == "":
        raise _rt.ValidationError(
            ["agent_status_id: a URI label must be set and not empty"]
        )
    path = (
        "/agent-status/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.agent_status_id, "agent_status_id")
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
) -> DescribeAgentStatusResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeAgentStatusResponseDraft()
    draft.http_status = status
    try:
        draft.agent_status = (
            None
            if (value := data.get("AgentStatus")) is None
            else AgentStatus._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "AgentStatus")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeAgentStatusResponse)


OPERATION: _rt.Operation[DescribeAgentStatus, DescribeAgentStatusResponse] = (
    _rt.Operation(
        "DescribeAgentStatus",
        DescribeAgentStatus,
        DescribeAgentStatusResponse,
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
"""The DescribeAgentStatus operation: its types, errors and wire codec."""
