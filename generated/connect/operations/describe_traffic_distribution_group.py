"""Gets details and status of a traffic distribution group."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.traffic_distribution_group import TrafficDistributionGroup

_PATTERN_1 = _rt.Pattern(
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z-]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z-]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeTrafficDistributionGroup:
    """Gets details and status of a traffic distribution group.

    Fields:

    - ``traffic_distribution_group_id``: The identifier of the traffic distribution group.
    """

    traffic_distribution_group_id: str
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
        value = self.traffic_distribution_group_id
        if value is None:
            errors.append(
                prefix + "traffic_distribution_group_id: required but missing"
            )
        else:
            path = prefix + "traffic_distribution_group_id"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["TrafficDistributionGroupId"] = self.traffic_distribution_group_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeTrafficDistributionGroup:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeTrafficDistributionGroup")
        return cls(
            traffic_distribution_group_id=_rt.required(
                data, "TrafficDistributionGroupId", path
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeTrafficDistributionGroupResponse:
    """The response of DescribeTrafficDistributionGroup.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``traffic_distribution_group``: Information about the traffic distribution group.
    """

    http_status: int
    """The HTTP status code of the response."""

    traffic_distribution_group: TrafficDistributionGroup | None = None
    """Information about the traffic distribution group."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.traffic_distribution_group
        if value is not None:
            path = prefix + "traffic_distribution_group"
            if isinstance(value, TrafficDistributionGroup):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TrafficDistributionGroup, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.traffic_distribution_group is not None:
            result["TrafficDistributionGroup"] = (
                self.traffic_distribution_group.to_dict()
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeTrafficDistributionGroupResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DescribeTrafficDistributionGroupResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            traffic_distribution_group=(
                None
                if (value := data.get("TrafficDistributionGroup")) is None
                else TrafficDistributionGroup.from_dict(
                    value, path=path + "TrafficDistributionGroup" + "."
                )
            ),
        )


class _DescribeTrafficDistributionGroupResponseDraft:
    """A :class:`DescribeTrafficDistributionGroupResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "traffic_distribution_group")
    http_status: int
    traffic_distribution_group: TrafficDistributionGroup | None


def new_describe_traffic_distribution_group(
    traffic_distribution_group_id: str,
) -> DescribeTrafficDistributionGroup:
    """Create a :class:`DescribeTrafficDistributionGroup` with all optional fields omitted."""
    return DescribeTrafficDistributionGroup(
        traffic_distribution_group_id=traffic_distribution_group_id,
    )


describe_traffic_distribution_group_traffic_distribution_group_id = _rt.Lens[
    DescribeTrafficDistributionGroup, str
](
    lambda s: s.traffic_distribution_group_id,
    lambda s, v: _dc.replace(s, traffic_distribution_group_id=v),
    "describe_traffic_distribution_group_traffic_distribution_group_id",
)
"""Lens on :attr:`DescribeTrafficDistributionGroup.traffic_distribution_group_id`."""


def new_describe_traffic_distribution_group_response(
    http_status: int,
) -> DescribeTrafficDistributionGroupResponse:
    """Create a :class:`DescribeTrafficDistributionGroupResponse` with all optional fields omitted."""
    return DescribeTrafficDistributionGroupResponse(
        http_status=http_status,
    )


describe_traffic_distribution_group_response_http_status = _rt.Lens[
    DescribeTrafficDistributionGroupResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_traffic_distribution_group_response_http_status",
)
"""Lens on :attr:`DescribeTrafficDistributionGroupResponse.http_status`."""


describe_traffic_distribution_group_response_traffic_distribution_group = _rt.Lens[
    DescribeTrafficDistributionGroupResponse, TrafficDistributionGroup | None
](
    lambda s: s.traffic_distribution_group,
    lambda s, v: _dc.replace(s, traffic_distribution_group=v),
    "describe_traffic_distribution_group_response_traffic_distribution_group",
)
"""Lens on :attr:`DescribeTrafficDistributionGroupResponse.traffic_distribution_group`."""


def _serialize(
    request: DescribeTrafficDistributionGroup, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.traffic_distribution_group_id == "":
        raise _rt.ValidationError(
            ["traffic_distribution_group_id: a URI label must be set and not empty"]
        )
    path = "/traffic-distribution-group/" + _rt.quote_label(
        request.traffic_distribution_group_id, "traffic_distribution_group_id"
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
) -> DescribeTrafficDistributionGroupResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeTrafficDistributionGroupResponseDraft()
    draft.http_status = status
    try:
        draft.traffic_distribution_group = (
            None
            if (value := data.get("TrafficDistributionGroup")) is None
            else TrafficDistributionGroup._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "TrafficDistributionGroup")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeTrafficDistributionGroupResponse)


OPERATION: _rt.Operation[
    DescribeTrafficDistributionGroup, DescribeTrafficDistributionGroupResponse
] = _rt.Operation(
    "DescribeTrafficDistributionGroup",
    DescribeTrafficDistributionGroup,
    DescribeTrafficDistributionGroupResponse,
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
"""The DescribeTrafficDistributionGroup operation: its types, errors and wire codec."""
