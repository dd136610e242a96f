"""Updates the traffic distribution for a given traffic distribution group."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.agent_config import AgentConfig
from ..shapes.sign_in_config import SignInConfig
from ..shapes.telephony_config import TelephonyConfig

_PATTERN_1 = _rt.Pattern(
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z-]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z-]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateTrafficDistribution:
    """Updates the traffic distribution for a given traffic distribution group.

    .. important::

       When you shift telephony traffic, also shift agents and/or agent
       sign-ins to ensure they can handle the calls in the other Region. If
       you don't shift the agents, voice calls will go to the shifted Region
       but there won't be any agents available to receive the calls.

    .. note::

       The ``SignInConfig`` distribution is available only on a default
       ``TrafficDistributionGroup`` (see the ``IsDefault`` parameter in the
       `TrafficDistributionGroup
       <https://docs.aws.amazon.com/connect/latest/APIReference/API_TrafficDistributionGroup.html>`__
       data type). If you call ``UpdateTrafficDistribution`` with a modified
       ``SignInConfig`` and a non-default ``TrafficDistributionGroup``, an
       ``InvalidRequestException`` is returned.

    For more information about updating a traffic distribution group, see
    `Update telephony traffic distribution across Amazon Web Services
    Regions
    <https://docs.aws.amazon.com/connect/latest/adminguide/update-telephony-traffic-distribution.html>`__
    in the *Connect Customer Administrator Guide*.

    **Important things to know**

    - Invoke the UpdateTrafficDistribution API in the region that should
      handle traffic.

    Fields:

    - ``id``: The identifier of the traffic distribution group.
    - ``telephony_config``: The distribution of traffic between the instance and its replica(s).
    - ``sign_in_config``: The distribution that determines which Amazon Web Services Regions should be used to sign in agents in to both the instance and its replica(s).
    - ``agent_config``: The distribution of agents between the instance and its replica(s).
    """

    id: str
    """The identifier of the traffic distribution group. This can be the ID or
    the ARN if the API is being called in the Region where the traffic
    distribution group was created. The ARN must be provided if the call is
    from the replicated Region.
    """

    telephony_config: TelephonyConfig | None = None
    """The distribution of traffic between the instance and its replica(s)."""

    sign_in_config: SignInConfig | None = None
    """The distribution that determines which Amazon Web Services Regions
    should be used to sign in agents in to both the instance and its
    replica(s).
    """

    agent_config: AgentConfig | None = None
    """The distribution of agents between the instance and its replica(s)."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is None:
            errors.append(prefix + "id: required but missing")
        else:
            path = prefix + "id"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.telephony_config
        if value is not None:
            path = prefix + "telephony_config"
            if isinstance(value, TelephonyConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TelephonyConfig, got {type(value).__name__}"
                )
        value = self.sign_in_config
        if value is not None:
            path = prefix + "sign_in_config"
            if isinstance(value, SignInConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected SignInConfig, got {type(value).__name__}"
                )
        value = self.agent_config
        if value is not None:
            path = prefix + "agent_config"
            if isinstance(value, AgentConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AgentConfig, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Id"] = self.id
        if self.telephony_config is not None:
            result["TelephonyConfig"] = self.telephony_config.to_dict()
        if self.sign_in_config is not None:
            result["SignInConfig"] = self.sign_in_config.to_dict()
        if self.agent_config is not None:
            result["AgentConfig"] = self.agent_config.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateTrafficDistribution:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateTrafficDistribution")
        return cls(
            id=_rt.required(data, "Id", path),
            telephony_config=(
                None
                if (value := data.get("TelephonyConfig")) is None
                else TelephonyConfig.from_dict(
                    value, path=path + "TelephonyConfig" + "."
                )
            ),
            sign_in_config=(
                None
                if (value := data.get("SignInConfig")) is None
                else SignInConfig.from_dict(value, path=path + "SignInConfig" + ".")
            ),
            agent_config=(
                None
                if (value := data.get("AgentConfig")) is None
                else AgentConfig.from_dict(value, path=path + "AgentConfig" + ".")
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateTrafficDistributionResponse:
    """The response of UpdateTrafficDistribution.

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
    ) -> UpdateTrafficDistributionResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateTrafficDistributionResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateTrafficDistributionResponseDraft:
    """A :class:`UpdateTrafficDistributionResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_traffic_distribution(
    id: str,
) -> UpdateTrafficDistribution:
    """Create a :class:`UpdateTrafficDistribution` with all optional fields omitted."""
    return UpdateTrafficDistribution(
        id=id,
    )


update_traffic_distribution_id = _rt.Lens[UpdateTrafficDistribution, str](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "update_traffic_distribution_id",
)
"""Lens on :attr:`UpdateTrafficDistribution.id`."""


update_traffic_distribution_telephony_config = _rt.Lens[
    UpdateTrafficDistribution, TelephonyConfig | None
](
    lambda s: s.telephony_config,
    lambda s, v: _dc.replace(s, telephony_config=v),
    "update_traffic_distribution_telephony_config",
)
"""Lens on :attr:`UpdateTrafficDistribution.telephony_config`."""


update_traffic_distribution_sign_in_config = _rt.Lens[
    UpdateTrafficDistribution, SignInConfig | None
](
    lambda s: s.sign_in_config,
    lambda s, v: _dc.replace(s, sign_in_config=v),
    "update_traffic_distribution_sign_in_config",
)
"""Lens on :attr:`UpdateTrafficDistribution.sign_in_config`."""


update_traffic_distribution_agent_config = _rt.Lens[
    UpdateTrafficDistribution, AgentConfig | None
](
    lambda s: s.agent_config,
    lambda s, v: _dc.replace(s, agent_config=v),
    "update_traffic_distribution_agent_config",
)
"""Lens on :attr:`UpdateTrafficDistribution.agent_config`."""


def new_update_traffic_distribution_response(
    http_status: int,
) -> UpdateTrafficDistributionResponse:
    """Create a :class:`UpdateTrafficDistributionResponse` with all optional fields omitted."""
    return UpdateTrafficDistributionResponse(
        http_status=http_status,
    )


update_traffic_distribution_response_http_status = _rt.Lens[
    UpdateTrafficDistributionResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_traffic_distribution_response_http_status",
)
"""Lens on :attr:`UpdateTrafficDistributionResponse.http_status`."""


def _serialize(
    request: UpdateTrafficDistribution, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.id == "":
        raise _rt.ValidationError(["id: a URI label must be set and not empty"])
    path = "/traffic-distribution/" + _rt.quote_label(request.id, "id")
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.telephony_config is not None:
        data["TelephonyConfig"] = request.telephony_config._to_json()
    if request.sign_in_config is not None:
        data["SignInConfig"] = request.sign_in_config._to_json()
    if request.agent_config is not None:
        data["AgentConfig"] = request.agent_config._to_json()
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
) -> UpdateTrafficDistributionResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateTrafficDistributionResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateTrafficDistributionResponse)


OPERATION: _rt.Operation[
    UpdateTrafficDistribution, UpdateTrafficDistributionResponse
] = _rt.Operation(
    "UpdateTrafficDistribution",
    UpdateTrafficDistribution,
    UpdateTrafficDistributionResponse,
    (
        _errors.InvalidRequestException,
        _errors.AccessDeniedException,
        _errors.ResourceNotFoundException,
        _errors.ResourceConflictException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateTrafficDistribution operation: its types, errors and wire codec."""
