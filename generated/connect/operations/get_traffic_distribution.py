"""Retrieves the current traffic distribution for a given traffic distribution group."""

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
_PATTERN_2 = _rt.Pattern(
    "^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_PATTERN_3 = _rt.Pattern(
    "^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetTrafficDistribution:
    """Retrieves the current traffic distribution for a given traffic
    distribution group.

    Fields:

    - ``id``: The identifier of the traffic distribution group.
    """

    id: str
    """The identifier of the traffic distribution group. This can be the ID or
    the ARN if the API is being called in the Region where the traffic
    distribution group was created. The ARN must be provided if the call is
    from the replicated Region.
    """

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Id"] = self.id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetTrafficDistribution:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetTrafficDistribution")
        return cls(
            id=_rt.required(data, "Id", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetTrafficDistributionResponse:
    """The response of GetTrafficDistribution.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``telephony_config``: The distribution of traffic between the instance and its replicas.
    - ``id``: The identifier of the traffic distribution group.
    - ``arn``: The Amazon Resource Name (ARN) of the traffic distribution group.
    - ``sign_in_config``: The distribution that determines which Amazon Web Services Regions should be used to sign in agents in to both the instance and its replica(s).
    - ``agent_config``: The distribution of agents between the instance and its replica(s).
    """

    http_status: int
    """The HTTP status code of the response."""

    telephony_config: TelephonyConfig | None = None
    """The distribution of traffic between the instance and its replicas."""

    id: str | None = None
    """The identifier of the traffic distribution group. This can be the ID or
    the ARN if the API is being called in the Region where the traffic
    distribution group was created. The ARN must be provided if the call is
    from the replicated Region.
    """

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the traffic distribution group."""

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
        value = self.telephony_config
        if value is not None:
            path = prefix + "telephony_config"
            if isinstance(value, TelephonyConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TelephonyConfig, got {type(value).__name__}"
                )
        value = self.id
        if value is not None:
            path = prefix + "id"
            _rt.check_str(errors, path, value, pattern=_PATTERN_2)
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value, pattern=_PATTERN_3)
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
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.telephony_config is not None:
            result["TelephonyConfig"] = self.telephony_config.to_dict()
        if self.id is not None:
            result["Id"] = self.id
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.sign_in_config is not None:
            result["SignInConfig"] = self.sign_in_config.to_dict()
        if self.agent_config is not None:
            result["AgentConfig"] = self.agent_config.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetTrafficDistributionResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetTrafficDistributionResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            telephony_config=(
                None
                if (value := data.get("TelephonyConfig")) is None
                else TelephonyConfig.from_dict(
                    value, path=path + "TelephonyConfig" + "."
                )
            ),
            id=data.get("Id"),
            arn=data.get("Arn"),
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


class _GetTrafficDistributionResponseDraft:
    """A :class:`GetTrafficDistributionResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "telephony_config",
        "id",
        "arn",
        "sign_in_config",
        "agent_config",
    )
    http_status: int
    telephony_config: TelephonyConfig | None
    id: str | None
    arn: str | None
    sign_in_config: SignInConfig | None
    agent_config: AgentConfig | None


def new_get_traffic_distribution(
    id: str,
) -> GetTrafficDistribution:
    """Create a :class:`GetTrafficDistribution` with all optional fields omitted."""
    return GetTrafficDistribution(
        id=id,
    )


get_traffic_distribution_id = _rt.Lens[GetTrafficDistribution, str](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "get_traffic_distribution_id",
)
"""Lens on :attr:`GetTrafficDistribution.id`."""


def new_get_traffic_distribution_response(
    http_status: int,
) -> GetTrafficDistributionResponse:
    """Create a :class:`GetTrafficDistributionResponse` with all optional fields omitted."""
    return GetTrafficDistributionResponse(
        http_status=http_status,
    )


get_traffic_distribution_response_http_status = _rt.Lens[
    GetTrafficDistributionResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "get_traffic_distribution_response_http_status",
)
"""Lens on :attr:`GetTrafficDistributionResponse.http_status`."""


get_traffic_distribution_response_telephony_config = _rt.Lens[
    GetTrafficDistributionResponse, TelephonyConfig | None
](
    lambda s: s.telephony_config,
    lambda s, v: _dc.replace(s, telephony_config=v),
    "get_traffic_distribution_response_telephony_config",
)
"""Lens on :attr:`GetTrafficDistributionResponse.telephony_config`."""


get_traffic_distribution_response_id = _rt.Lens[
    GetTrafficDistributionResponse, str | None
](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "get_traffic_distribution_response_id",
)
"""Lens on :attr:`GetTrafficDistributionResponse.id`."""


get_traffic_distribution_response_arn = _rt.Lens[
    GetTrafficDistributionResponse, str | None
](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "get_traffic_distribution_response_arn",
)
"""Lens on :attr:`GetTrafficDistributionResponse.arn`."""


get_traffic_distribution_response_sign_in_config = _rt.Lens[
    GetTrafficDistributionResponse, SignInConfig | None
](
    lambda s: s.sign_in_config,
    lambda s, v: _dc.replace(s, sign_in_config=v),
    "get_traffic_distribution_response_sign_in_config",
)
"""Lens on :attr:`GetTrafficDistributionResponse.sign_in_config`."""


get_traffic_distribution_response_agent_config = _rt.Lens[
    GetTrafficDistributionResponse, AgentConfig | None
](
    lambda s: s.agent_config,
    lambda s, v: _dc.replace(s, agent_config=v),
    "get_traffic_distribution_response_agent_config",
)
"""Lens on :attr:`GetTrafficDistributionResponse.agent_config`."""


def _serialize(
    request: GetTrafficDistribution, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.id == "":
        raise _rt.ValidationError(["id: a URI label must be set and not empty"])
    path = "/traffic-distribution/" + _rt.quote_label(request.id, "id")
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
) -> GetTrafficDistributionResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _GetTrafficDistributionResponseDraft()
    draft.http_status = status
    try:
        draft.telephony_config = (
            None
            if (value := data.get("TelephonyConfig")) is None
            else TelephonyConfig._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "TelephonyConfig")
                )
            )
        )
        draft.id = (
            None
            if (value := data.get("Id")) is None
            else (value if type(value) is str else _rt.expect_str(value, "Id"))
        )
        draft.arn = (
            None
            if (value := data.get("Arn")) is None
            else (value if type(value) is str else _rt.expect_str(value, "Arn"))
        )
        draft.sign_in_config = (
            None
            if (value := data.get("SignInConfig")) is None
            else SignInConfig._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "SignInConfig")
                )
            )
        )
        draft.agent_config = (
            None
            if (value := data.get("AgentConfig")) is None
            else AgentConfig._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "AgentConfig")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, GetTrafficDistributionResponse)


OPERATION: _rt.Operation[GetTrafficDistribution, GetTrafficDistributionResponse] = (
    _rt.Operation(
        "GetTrafficDistribution",
        GetTrafficDistribution,
        GetTrafficDistributionResponse,
        (
            _errors.InvalidRequestException,
            _errors.AccessDeniedException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.ThrottlingException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The GetTrafficDistribution operation: its types, errors and wire codec."""
