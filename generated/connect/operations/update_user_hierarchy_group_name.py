"""Updates the name of the user hierarchy group."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateUserHierarchyGroupName:
    """Updates the name of the user hierarchy group.

    Fields:

    - ``name``: The name of the hierarchy group.
    - ``hierarchy_group_id``: The identifier of the hierarchy group.
    - ``instance_id``: The identifier of the Connect Customer instance.
    """

    name: str
    """The name of the hierarchy group. Must not be more than 100 characters."""

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
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(errors, path, value)
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
        result["Name"] = self.name
        result["HierarchyGroupId"] = self.hierarchy_group_id
        result["InstanceId"] = self.instance_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateUserHierarchyGroupName:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateUserHierarchyGroupName")
        return cls(
            name=_rt.required(data, "Name", path),
            hierarchy_group_id=_rt.required(data, "HierarchyGroupId", path),
            instance_id=_rt.required(data, "InstanceId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateUserHierarchyGroupNameResponse:
    """The response of UpdateUserHierarchyGroupName.

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
    ) -> UpdateUserHierarchyGroupNameResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateUserHierarchyGroupNameResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateUserHierarchyGroupNameResponseDraft:
    """A :class:`UpdateUserHierarchyGroupNameResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_user_hierarchy_group_name(
    name: str,
    hierarchy_group_id: str,
    instance_id: str,
) -> UpdateUserHierarchyGroupName:
    """Create a :class:`UpdateUserHierarchyGroupName` with all optional fields omitted."""
    return UpdateUserHierarchyGroupName(
        name=name,
        hierarchy_group_id=hierarchy_group_id,
        instance_id=instance_id,
    )


update_user_hierarchy_group_name_name = _rt.Lens[UpdateUserHierarchyGroupName, str](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_user_hierarchy_group_name_name",
)
"""Lens on :attr:`UpdateUserHierarchyGroupName.name`."""


update_user_hierarchy_group_name_hierarchy_group_id = _rt.Lens[
    UpdateUserHierarchyGroupName, str
](
    lambda s: s.hierarchy_group_id,
    lambda s, v: _dc.replace(s, hierarchy_group_id=v),
    "update_user_hierarchy_group_name_hierarchy_group_id",
)
"""Lens on :attr:`UpdateUserHierarchyGroupName.hierarchy_group_id`."""


update_user_hierarchy_group_name_instance_id = _rt.Lens[
    UpdateUserHierarchyGroupName, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_user_hierarchy_group_name_instance_id",
)
"""Lens on :attr:`UpdateUserHierarchyGroupName.instance_id`."""


def new_update_user_hierarchy_group_name_response(
    http_status: int,
) -> UpdateUserHierarchyGroupNameResponse:
    """Create a :class:`UpdateUserHierarchyGroupNameResponse` with all optional fields omitted."""
    return UpdateUserHierarchyGroupNameResponse(
        http_status=http_status,
    )


update_user_hierarchy_group_name_response_http_status = _rt.Lens[
    UpdateUserHierarchyGroupNameResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_user_hierarchy_group_name_response_http_status",
)
"""Lens on :attr:`UpdateUserHierarchyGroupNameResponse.http_status`."""


def _serialize(
    request: UpdateUserHierarchyGroupName, validate: bool = True
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
        + "/name"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["Name"] = request.name
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
) -> UpdateUserHierarchyGroupNameResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateUserHierarchyGroupNameResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateUserHierarchyGroupNameResponse)


OPERATION: _rt.Operation[
    UpdateUserHierarchyGroupName, UpdateUserHierarchyGroupNameResponse
] = _rt.Operation(
    "UpdateUserHierarchyGroupName",
    UpdateUserHierarchyGroupName,
    UpdateUserHierarchyGroupNameResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.DuplicateResourceException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateUserHierarchyGroupName operation: its types, errors and wire codec."""
