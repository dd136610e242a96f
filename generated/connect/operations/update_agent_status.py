"""Updates agent status."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_AGENT_STATUS_STATE_VALUES = frozenset(
    (
        "ENABLED",
        "DISABLED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateAgentStatus:
    """Updates agent status.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``agent_status_id``: The identifier of the agent status.
    - ``name``: The name of the agent status.
    - ``description``: The description of the agent status.
    - ``state``: The state of the agent status.
    - ``display_order``: The display order of the agent status.
    - ``reset_order_number``: A number indicating the reset order of the agent status.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    agent_status_id: str
    """The identifier of the agent status."""

    name: str | None = None
    """The name of the agent status."""

    description: str | None = None
    """The description of the agent status."""

    state: str | None = None
    """The state of the agent status."""

    display_order: int | None = None
    """The display order of the agent status."""

    reset_order_number: bool | None = None
    """A number indicating the reset order of the agent status."""

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
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=127)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=0, max_len=250)
        value = self.state
        if value is not None:
            path = prefix + "state"
            _rt.check_str(errors, path, value, enum=_AGENT_STATUS_STATE_VALUES)
        value = self.display_order
        if value is not None:
            path = prefix + "display_order"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=50)
        value = self.reset_order_number
        if value is not None:
            path = prefix + "reset_order_number"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["AgentStatusId"] = self.agent_status_id
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        if self.state is not None:
            result["State"] = self.state
        if self.display_order is not None:
            result["DisplayOrder"] = self.display_order
        if self.reset_order_number is not None:
            result["ResetOrderNumber"] = self.reset_order_number
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateAgentStatus:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateAgentStatus")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            agent_status_id=_rt.required(data, "AgentStatusId", path),
            name=data.get("Name"),
            description=data.get("Description"),
            state=data.get("State"),
            display_order=data.get("DisplayOrder"),
            reset_order_number=data.get("ResetOrderNumber"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateAgentStatusResponse:
    """The response of UpdateAgentStatus.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    """

    http_status: int
    """The HTTP status code of the response."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        pass

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateAgentStatusResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateAgentStatusResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateAgentStatusResponseDraft:
    """A :class:`UpdateAgentStatusResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_agent_status(
    instance_id: str,
    agent_status_id: str,
) -> UpdateAgentStatus:
    """Create a :class:`UpdateAgentStatus` with all optional fields omitted."""
    return UpdateAgentStatus(
        instance_id=instance_id,
        agent_status_id=agent_status_id,
    )


update_agent_status_instance_id = _rt.Lens[UpdateAgentStatus, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_agent_status_instance_id",
)
"""Lens on :attr:`UpdateAgentStatus.instance_id`."""


update_agent_status_agent_status_id = _rt.Lens[UpdateAgentStatus, str](
    lambda s: s.agent_status_id,
    lambda s, v: _dc.replace(s, agent_status_id=v),
    "update_agent_status_agent_status_id",
)
"""Lens on :attr:`UpdateAgentStatus.agent_status_id`."""


update_agent_status_name = _rt.Lens[UpdateAgentStatus, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_agent_status_name",
)
"""Lens on :attr:`UpdateAgentStatus.name`."""


update_agent_status_description = _rt.Lens[UpdateAgentStatus, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_agent_status_description",
)
"""Lens on :attr:`UpdateAgentStatus.description`."""


update_agent_status_state = _rt.Lens[UpdateAgentStatus, str | None](
    lambda s: s.state,
    lambda s, v: _dc.replace(s, state=v),
    "update_agent_status_state",
)
"""Lens on :attr:`UpdateAgentStatus.state`."""


update_agent_status_display_order = _rt.Lens[UpdateAgentStatus, int | None](
    lambda s: s.display_order,
    lambda s, v: _dc.replace(s, display_order=v),
    "update_agent_status_display_order",
)
"""Lens on :attr:`UpdateAgentStatus.display_order`."""


update_agent_status_reset_order_number = _rt.Lens[UpdateAgentStatus, bool | None](
    lambda s: s.reset_order_number,
    lambda s, v: _dc.replace(s, reset_order_number=v),
    "update_agent_status_reset_order_number",
)
"""Lens on :attr:`UpdateAgentStatus.reset_order_number`."""


def new_update_agent_status_response(
    http_status: int,
) -> UpdateAgentStatusResponse:
    """Create a :class:`UpdateAgentStatusResponse` with all optional fields omitted."""
    return UpdateAgentStatusResponse(
        http_status=http_status,
    )


update_agent_status_response_http_status = _rt.Lens[UpdateAgentStatusResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_agent_status_response_http_status",
)
"""Lens on :attr:`UpdateAgentStatusResponse.http_status`."""


def _serialize(request: UpdateAgentStatus, validate: bool = True) -> _rt.HttpRequest:
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
    data: dict[str, _t.Any] = {}
    if request.name is not None:
        data["Name"] = request.name
    if request.description is not None:
        data["Description"] = request.description
    if request.state is not None:
        data["State"] = request.state
    if request.display_order is not None:
        data["DisplayOrder"] = request.display_order
    if request.reset_order_number is not None:
        data["ResetOrderNumber"] = request.reset_order_number
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="POST",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> UpdateAgentStatusResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateAgentStatusResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateAgentStatusResponse)


OPERATION: _rt.Operation[UpdateAgentStatus, UpdateAgentStatusResponse] = _rt.Operation(
    "UpdateAgentStatus",
    UpdateAgentStatus,
    UpdateAgentStatusResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.DuplicateResourceException,
        _errors.ResourceNotFoundException,
        _errors.LimitExceededException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateAgentStatus operation: its types, errors and wire codec."""
