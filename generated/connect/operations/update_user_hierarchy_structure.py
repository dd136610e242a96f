"""Updates the user hierarchy structure: add, remove, and rename user hierarchy levels."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.hierarchy_structure_update import HierarchyStructureUpdate


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateUserHierarchyStructure:
    """Updates the user hierarchy structure: add, remove, and rename user
    hierarchy levels.

    Fields:

    - ``hierarchy_structure``: The hierarchy levels to update.
    - ``instance_id``: The identifier of the Connect Customer instance.
    """

    hierarchy_structure: HierarchyStructureUpdate
    """The hierarchy levels to update."""

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
        value = self.hierarchy_structure
        if value is None:
            errors.append(prefix + "hierarchy_structure: required but missing")
        else:
            path = prefix + "hierarchy_structure"
            if isinstance(value, HierarchyStructureUpdate):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HierarchyStructureUpdate, got {type(value).__name__}"
                )
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["HierarchyStructure"] = self.hierarchy_structure.to_dict()
        result["InstanceId"] = self.instance_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateUserHierarchyStructure:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateUserHierarchyStructure")
        return cls(
            hierarchy_structure=HierarchyStructureUpdate.from_dict(
                _rt.required(data, "HierarchyStructure", path),
                path=path + "HierarchyStructure" + ".",
            ),
            instance_id=_rt.required(data, "InstanceId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateUserHierarchyStructureResponse:
    """The response of UpdateUserHierarchyStructure.

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
    ) -> UpdateUserHierarchyStructureResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateUserHierarchyStructureResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateUserHierarchyStructureResponseDraft:
    """A :class:`UpdateUserHierarchyStructureResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_user_hierarchy_structure(
    hierarchy_structure: HierarchyStructureUpdate,
    instance_id: str,
) -> UpdateUserHierarchyStructure:
    """Create a :class:`UpdateUserHierarchyStructure` with all optional fields omitted."""
    return UpdateUserHierarchyStructure(
        hierarchy_structure=hierarchy_structure,
        instance_id=instance_id,
    )


update_user_hierarchy_structure_hierarchy_structure = _rt.Lens[
    UpdateUserHierarchyStructure, HierarchyStructureUpdate
](
    lambda s: s.hierarchy_structure,
    lambda s, v: _dc.replace(s, hierarchy_structure=v),
    "update_user_hierarchy_structure_hierarchy_structure",
)
"""Lens on :attr:`UpdateUserHierarchyStructure.hierarchy_structure`."""


update_user_hierarchy_structure_instance_id = _rt.Lens[
    UpdateUserHierarchyStructure, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_user_hierarchy_structure_instance_id",
)
"""Lens on :attr:`UpdateUserHierarchyStructure.instance_id`."""


def new_update_user_hierarchy_structure_response(
    http_status: int,
) -> UpdateUserHierarchyStructureResponse:
    """Create a :class:`UpdateUserHierarchyStructureResponse` with all optional fields omitted."""
    return UpdateUserHierarchyStructureResponse(
        http_status=http_status,
    )


update_user_hierarchy_structure_response_http_status = _rt.Lens[
    UpdateUserHierarchyStructureResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_user_hierarchy_structure_response_http_status",
)
"""Lens on :attr:`UpdateUserHierarchyStructureResponse.http_status`."""


def _serialize(
    request: UpdateUserHierarchyStructure, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/user-hierarchy-structure/" + _rt.quote_label(
        request.instance_id, "instance_id"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["HierarchyStructure"] = request.hierarchy_structure._to_json()
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
) -> UpdateUserHierarchyStructureResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateUserHierarchyStructureResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateUserHierarchyStructureResponse)


OPERATION: _rt.Operation[
    UpdateUserHierarchyStructure, UpdateUserHierarchyStructureResponse
] = _rt.Operation(
    "UpdateUserHierarchyStructure",
    UpdateUserHierarchyStructure,
    UpdateUserHierarchyStructureResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ResourceInUseException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateUserHierarchyStructure operation: its types, errors and wire codec."""
