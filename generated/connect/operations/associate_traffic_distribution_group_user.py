"""Associates an agent with a traffic distribution group."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z-]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z-]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateTrafficDistributionGroupUser:
    """Associates an agent with a traffic distribution group. This API can be
    called only in the Region where the traffic distribution group is
    created.

    Fields:

    - ``traffic_distribution_group_id``: The identifier of the traffic distribution group.
    - ``user_id``: The identifier of the user account.
    - ``instance_id``: The identifier of the Connect Customer instance.
    """

    traffic_distribution_group_id: str
    """The identifier of the traffic distribution group. This can be the ID or
    the ARN of the traffic distribution group.
    """

    user_id: str
    """The identifier of the user account. This can be the ID or the ARN of the
    user.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["TrafficDistributionGroupId"] = self.traffic_distribution_group_id
        result["UserId"] = self.user_id
        result["InstanceId"] = self.instance_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssociateTrafficDistributionGroupUser:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "AssociateTrafficDistributionGroupUser"
        )
        return cls(
            traffic_distribution_group_id=_rt.required(
                data, "TrafficDistributionGroupId", path
            ),
            user_id=_rt.required(data, "UserId", path),
            instance_id=_rt.required(data, "InstanceId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateTrafficDistributionGroupUserResponse:
    """The response of AssociateTrafficDistributionGroupUser.

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
    ) -> AssociateTrafficDistributionGroupUserResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "AssociateTrafficDistributionGroupUserResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _AssociateTrafficDistributionGroupUserResponseDraft:
    """A :class:`AssociateTrafficDistributionGroupUserResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_associate_traffic_distribution_group_user(
    traffic_distribution_group_id: str,
    user_id: str,
    instance_id: str,
) -> AssociateTrafficDistributionGroupUser:
    """Create a :class:`AssociateTrafficDistributionGroupUser` with all optional fields omitted."""
    return AssociateTrafficDistributionGroupUser(
        traffic_distribution_group_id=traffic_distribution_group_id,
        user_id=user_id,
        instance_id=instance_id,
    )


associate_traffic_distribution_group_user_traffic_distribution_group_id = _rt.Lens[
    AssociateTrafficDistributionGroupUser, str
](
    lambda s: s.traffic_distribution_group_id,
    lambda s, v: _dc.replace(s, traffic_distribution_group_id=v),
    "associate_traffic_distribution_group_user_traffic_distribution_group_id",
)
"""Lens on :attr:`AssociateTrafficDistributionGroupUser.traffic_distribution_group_id`."""


associate_traffic_distribution_group_user_user_id = _rt.Lens[
    AssociateTrafficDistributionGroupUser, str
](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "associate_traffic_distribution_group_user_user_id",
)
"""Lens on :attr:`AssociateTrafficDistributionGroupUser.user_id`."""


associate_traffic_distribution_group_user_instance_id = _rt.Lens[
    AssociateTrafficDistributionGroupUser, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "associate_traffic_distribution_group_user_instance_id",
)
"""Lens on :attr:`AssociateTrafficDistributionGroupUser.instance_id`."""


def new_associate_traffic_distribution_group_user_response(
    http_status: int,
) -> AssociateTrafficDistributionGroupUserResponse:
    """Create a :class:`AssociateTrafficDistributionGroupUserResponse` with all optional fields omitted."""
    return AssociateTrafficDistributionGroupUserResponse(
        http_status=http_status,
    )


associate_traffic_distribution_group_user_response_http_status = _rt.Lens[
    AssociateTrafficDistributionGroupUserResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "associate_traffic_distribution_group_user_response_http_status",
)
"""Lens on :attr:`AssociateTrafficDistributionGroupUserResponse.http_status`."""


def _serialize(
    request: AssociateTrafficDistributionGroupUser, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.traffic_distribution_group_id == "":
        raise _rt.ValidationError(
            ["traffic_distribution_group_id: a URI label must be set and not empty"]
        )
    path = (
        "/traffic-distribution-group/"
        + _rt.quote_label(
            request.traffic_distribution_group_id, "traffic_distribution_group_id"
        )
        + "/user"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["UserId"] = request.user_id
    data["InstanceId"] = request.instance_id
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
) -> AssociateTrafficDistributionGroupUserResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _AssociateTrafficDistributionGroupUserResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, AssociateTrafficDistributionGroupUserResponse)


OPERATION: _rt.Operation[
    AssociateTrafficDistributionGroupUser, AssociateTrafficDistributionGroupUserResponse
] = _rt.Operation(
    "AssociateTrafficDistributionGroupUser",
    AssociateTrafficDistributionGroupUser,
    AssociateTrafficDistributionGroupUserResponse,
    (
        _errors.InvalidRequestException,
        _errors.AccessDeniedException,
        _errors.ThrottlingException,
        _errors.ResourceNotFoundException,
        _errors.ResourceConflictException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The AssociateTrafficDistributionGroupUser operation: its types, errors and wire codec."""
