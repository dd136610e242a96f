"""Changes the current status of a user or agent in Connect Customer."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PutUserStatus:
    """Changes the current status of a user or agent in Connect Customer. If
    the agent is currently handling a contact, this sets the agent's next
    status.

    For more information, see `Agent status
    <https://docs.aws.amazon.com/connect/latest/adminguide/metrics-agent-status.html>`__
    and `Set your next status
    <https://docs.aws.amazon.com/connect/latest/adminguide/set-next-status.html>`__
    in the *Connect Customer Administrator Guide*.

    Fields:

    - ``user_id``: The identifier of the user.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``agent_status_id``: The identifier of the agent status.
    """

    user_id: str
    """The identifier of the user."""

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    agent_status_id: str
    """The identifier of the agent status."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.user_id
        if value is None:
            errors.append(prefix + "user_id: required but missing")
        else:
            path = prefix + "user_id"
            _rt.check_str(errors, path, value)
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
        result["UserId"] = self.user_id
        result["InstanceId"] = self.instance_id
        result["AgentStatusId"] = self.agent_status_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PutUserStatus:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PutUserStatus")
        return cls(
            user_id=_rt.required(data, "UserId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            agent_status_id=_rt.required(data, "AgentStatusId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PutUserStatusResponse:
    """The response of PutUserStatus.

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
    ) -> PutUserStatusResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PutUserStatusResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _PutUserStatusResponseDraft:
    """A :class:`PutUserStatusResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_put_user_status(
    user_id: str,
    instance_id: str,
    agent_status_id: str,
) -> PutUserStatus:
    """Create a :class:`PutUserStatus` with all optional fields omitted."""
    return PutUserStatus(
        user_id=user_id,
        instance_id=instance_id,
        agent_status_id=agent_status_id,
    )


put_user_status_user_id = _rt.Lens[PutUserStatus, str](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "put_user_status_user_id",
)
"""Lens on :attr:`PutUserStatus.user_id`."""


put_user_status_instance_id = _rt.Lens[PutUserStatus, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "put_user_status_instance_id",
)
"""Lens on :attr:`PutUserStatus.instance_id`."""


put_user_status_agent_status_id = _rt.Lens[PutUserStatus, str](
    lambda s: s.agent_status_id,
    lambda s, v: _dc.replace(s, agent_status_id=v),
    "put_user_status_agent_status_id",
)
"""Lens on :attr:`PutUserStatus.agent_status_id`."""


def new_put_user_status_response(
    http_status: int,
) -> PutUserStatusResponse:
    """Create a :class:`PutUserStatusResponse` with all optional fields omitted."""
    return PutUserStatusResponse(
        http_status=http_status,
    )


put_user_status_response_http_status = _rt.Lens[PutUserStatusResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "put_user_status_response_http_status",
)
"""Lens on :attr:`PutUserStatusResponse.http_status`."""


def _serialize(request: PutUserStatus, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.user_id == "":
        raise _rt.ValidationError(["user_id: a URI label must be set and not empty"])
    path = (
        "/users/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.user_id, "user_id")
        + "/status"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["AgentStatusId"] = request.agent_status_id
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="PUT",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> PutUserStatusResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _PutUserStatusResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, PutUserStatusResponse)


OPERATION: _rt.Operation[PutUserStatus, PutUserStatusResponse] = _rt.Operation(
    "PutUserStatus",
    PutUserStatus,
    PutUserStatusResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.AccessDeniedException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The PutUserStatus operation: its types, errors and wire codec."""
