"""Deletes a traffic distribution group."""

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
class DeleteTrafficDistributionGroup:
    """Deletes a traffic distribution group. This API can be called only in the
    Region where the traffic distribution group is created.

    For more information about deleting traffic distribution groups, see
    `Delete traffic distribution groups
    <https://docs.aws.amazon.com/connect/latest/adminguide/delete-traffic-distribution-groups.html>`__
    in the *Connect Customer Administrator Guide*.

    Fields:

    - ``traffic_distribution_group_id``: The identifier of the traffic distribution group.
    """

    traffic_distribution_group_id: str
    """The identifier of the traffic distribution group. This can be the ID or
    the ARN of the traffic distribution group.
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
    ) -> DeleteTrafficDistributionGroup:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteTrafficDistributionGroup")
        return cls(
            traffic_distribution_group_id=_rt.required(
                data, "TrafficDistributionGroupId", path
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteTrafficDistributionGroupResponse:
    """The response of DeleteTrafficDistributionGroup.

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
    ) -> DeleteTrafficDistributionGroupResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DeleteTrafficDistributionGroupResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteTrafficDistributionGroupResponseDraft:
    """A :class:`DeleteTrafficDistributionGroupResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_traffic_distribution_group(
    traffic_distribution_group_id: str,
) -> DeleteTrafficDistributionGroup:
    """Create a :class:`DeleteTrafficDistributionGroup` with all optional fields omitted."""
    return DeleteTrafficDistributionGroup(
        traffic_distribution_group_id=traffic_distribution_group_id,
    )


delete_traffic_distribution_group_traffic_distribution_group_id = _rt.Lens[
    DeleteTrafficDistributionGroup, str
](
    lambda s: s.traffic_distribution_group_id,
    lambda s, v: _dc.replace(s, traffic_distribution_group_id=v),
    "delete_traffic_distribution_group_traffic_distribution_group_id",
)
"""Lens on :attr:`DeleteTrafficDistributionGroup.traffic_distribution_group_id`."""


def new_delete_traffic_distribution_group_response(
    http_status: int,
) -> DeleteTrafficDistributionGroupResponse:
    """Create a :class:`DeleteTrafficDistributionGroupResponse` with all optional fields omitted."""
    return DeleteTrafficDistributionGroupResponse(
        http_status=http_status,
    )


delete_traffic_distribution_group_response_http_status = _rt.Lens[
    DeleteTrafficDistributionGroupResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_traffic_distribution_group_response_http_status",
)
"""Lens on :attr:`DeleteTrafficDistributionGroupResponse.http_status`."""


def _serialize(
    request: DeleteTrafficDistributionGroup, validate: bool = True
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
        method="DELETE",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DeleteTrafficDistributionGroupResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteTrafficDistributionGroupResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteTrafficDistributionGroupResponse)


OPERATION: _rt.Operation[
    DeleteTrafficDistributionGroup, DeleteTrafficDistributionGroupResponse
] = _rt.Operation(
    "DeleteTrafficDistributionGroup",
    DeleteTrafficDistributionGroup,
    DeleteTrafficDistributionGroupResponse,
    (
        _errors.InvalidRequestException,
        _errors.AccessDeniedException,
        _errors.ResourceInUseException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The DeleteTrafficDistributionGroup operation: its types, errors and wire codec."""
