"""Describes the specified hierarchy group."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.hierarchy_group import HierarchyGroup


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeUserHierarchyGroup:
    """Describes the specified hierarchy group.

    Fields:

    - ``hierarchy_group_id``: The identifier of the hierarchy group.
    - ``instance_id``: The identifier of the Connect Customer instance.
    """

    hierarchy_group_id: str
    """The identifier of the hierarchy group."""

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
        value = self.hierarchy_group_id
        if value is None:
            errors.append(prefix + "hierarchy_group_id: required but missing")
        else:
            path = prefix + "hierarchy_group_id"
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
        result["HierarchyGroupId"] = self.hierarchy_group_id
        result["InstanceId"] = self.instance_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeUserHierarchyGroup:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeUserHierarchyGroup")
        return cls(
            hierarchy_group_id=_rt.required(data, "HierarchyGroupId", path),
            instance_id=_rt.required(data, "InstanceId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeUserHierarchyGroupResponse:
    """The response of DescribeUserHierarchyGroup.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``hierarchy_group``: Information about the hierarchy group.
    """

    http_status: int
    """The HTTP status code of the response."""

    hierarchy_group: HierarchyGroup | None = None
    """Information about the hierarchy group."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.hierarchy_group
        if value is not None:
            path = prefix + "hierarchy_group"
            if isinstance(value, HierarchyGroup):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HierarchyGroup, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.hierarchy_group is not None:
            result["HierarchyGroup"] = self.hierarchy_group.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeUserHierarchyGroupResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DescribeUserHierarchyGroupResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            hierarchy_group=(
                None
                if (value := data.get("HierarchyGroup")) is None
                else HierarchyGroup.from_dict(value, path=path + "HierarchyGroup" + ".")
            ),
        )


class _DescribeUserHierarchyGroupResponseDraft:
    """A :class:`DescribeUserHierarchyGroupResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "hierarchy_group")
    http_status: int
    hierarchy_group: HierarchyGroup | None


def new_describe_user_hierarchy_group(
    hierarchy_group_id: str,
    instance_id: str,
) -> DescribeUserHierarchyGroup:
    """Create a :class:`DescribeUserHierarchyGroup` with all optional fields omitted."""
    return DescribeUserHierarchyGroup(
        hierarchy_group_id=hierarchy_group_id,
        instance_id=instance_id,
    )


describe_user_hierarchy_group_hierarchy_group_id = _rt.Lens[
    DescribeUserHierarchyGroup, str
](
    lambda s: s.hierarchy_group_id,
    lambda s, v: _dc.replace(s, hierarchy_group_id=v),
    "describe_user_hierarchy_group_hierarchy_group_id",
)
"""Lens on :attr:`DescribeUserHierarchyGroup.hierarchy_group_id`."""


describe_user_hierarchy_group_instance_id = _rt.Lens[DescribeUserHierarchyGroup, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_user_hierarchy_group_instance_id",
)
"""Lens on :attr:`DescribeUserHierarchyGroup.instance_id`."""


def new_describe_user_hierarchy_group_response(
    http_status: int,
) -> DescribeUserHierarchyGroupResponse:
    """Create a :class:`DescribeUserHierarchyGroupResponse` with all optional fields omitted."""
    return DescribeUserHierarchyGroupResponse(
        http_status=http_status,
    )


describe_user_hierarchy_group_response_http_status = _rt.Lens[
    DescribeUserHierarchyGroupResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_user_hierarchy_group_response_http_status",
)
"""Lens on :attr:`DescribeUserHierarchyGroupResponse.http_status`."""


describe_user_hierarchy_group_response_hierarchy_group = _rt.Lens[
    DescribeUserHierarchyGroupResponse, HierarchyGroup | None
](
    lambda s: s.hierarchy_group,
    lambda s, v: _dc.replace(s, hierarchy_group=v),
    "describe_user_hierarchy_group_response_hierarchy_group",
)
"""Lens on :attr:`DescribeUserHierarchyGroupResponse.hierarchy_group`."""


def _serialize(
    request: DescribeUserHierarchyGroup, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.hierarchy_group_id == "":
        raise _rt.ValidationError(
            ["hierarchy_group_id: a URI label must be set and not empty"]
        )
    path = (
        "/user-hierarchy-groups/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.hierarchy_group_id, "hierarchy_group_id")
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
) -> DescribeUserHierarchyGroupResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeUserHierarchyGroupResponseDraft()
    draft.http_status = status
    try:
        draft.hierarchy_group = (
            None
            if (value := data.get("HierarchyGroup")) is None
            else HierarchyGroup._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "HierarchyGroup")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeUserHierarchyGroupResponse)


OPERATION: _rt.Operation[
    DescribeUserHierarchyGroup, DescribeUserHierarchyGroupResponse
] = _rt.Operation(
    "DescribeUserHierarchyGroup",
    DescribeUserHierarchyGroup,
    DescribeUserHierarchyGroupResponse,
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
"""The DescribeUserHierarchyGroup operation: its types, errors and wire codec."""
