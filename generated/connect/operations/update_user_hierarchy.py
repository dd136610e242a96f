"""Assigns the specified hierarchy group to the specified user."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateUserHierarchy:
    """Assigns the specified hierarchy group to the specified user.

    Fields:

    - ``user_id``: The identifier of the user account.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``hierarchy_group_id``: The identifier of the hierarchy group.
    """

    user_id: str
    """The identifier of the user account."""

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    hierarchy_group_id: str | None = None
    """The identifier of the hierarchy group."""

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
        value = self.hierarchy_group_id
        if value is not None:
            path = prefix + "hierarchy_group_id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["UserId"] = self.user_id
        result["InstanceId"] = self.instance_id
        if self.hierarchy_group_id is not None:
            result["HierarchyGroupId"] = self.hierarchy_group_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateUserHierarchy:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateUserHierarchy")
        return cls(
            user_id=_rt.required(data, "UserId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            hierarchy_group_id=data.get("HierarchyGroupId"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateUserHierarchyResponse:
    """The response of UpdateUserHierarchy.

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
    ) -> UpdateUserHierarchyResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateUserHierarchyResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateUserHierarchyResponseDraft:
    """A :class:`UpdateUserHierarchyResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_user_hierarchy(
    user_id: str,
    instance_id: str,
) -> UpdateUserHierarchy:
    """Create a :class:`UpdateUserHierarchy` with all optional fields omitted."""
    return UpdateUserHierarchy(
        user_id=user_id,
        instance_id=instance_id,
    )


update_user_hierarchy_user_id = _rt.Lens[UpdateUserHierarchy, str](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "update_user_hierarchy_user_id",
)
"""Lens on :attr:`UpdateUserHierarchy.user_id`."""


update_user_hierarchy_instance_id = _rt.Lens[UpdateUserHierarchy, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_user_hierarchy_instance_id",
)
"""Lens on :attr:`UpdateUserHierarchy.instance_id`."""


update_user_hierarchy_hierarchy_group_id = _rt.Lens[UpdateUserHierarchy, str | None](
    lambda s: s.hierarchy_group_id,
    lambda s, v: _dc.replace(s, hierarchy_group_id=v),
    "update_user_hierarchy_hierarchy_group_id",
)
"""Lens on :attr:`UpdateUserHierarchy.hierarchy_group_id`."""


def new_update_user_hierarchy_response(
    http_status: int,
) -> UpdateUserHierarchyResponse:
    """Create a :class:`UpdateUserHierarchyResponse` with all optional fields omitted."""
    return UpdateUserHierarchyResponse(
        http_status=http_status,
    )


update_user_hierarchy_response_http_status = _rt.Lens[UpdateUserHierarchyResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_user_hierarchy_response_http_status",
)
"""Lens on :attr:`UpdateUserHierarchyResponse.http_status`."""


def _serialize(request: UpdateUserHierarchy, validate: bool = True) -> _rt.HttpRequest:
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
        + "/hierarchy"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.hierarchy_group_id is not None:
        data["HierarchyGroupId"] = request.hierarchy_group_id
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
) -> UpdateUserHierarchyResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateUserHierarchyResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateUserHierarchyResponse)


OPERATION: _rt.Operation[UpdateUserHierarchy, UpdateUserHierarchyResponse] = (
    _rt.Operation(
        "UpdateUserHierarchy",
        UpdateUserHierarchy,
        UpdateUserHierarchyResponse,
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
"""The UpdateUserHierarchy operation: its types, errors and wire codec."""
