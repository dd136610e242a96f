"""Describes the hierarchy structure of the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.hierarchy_structure import HierarchyStructure


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeUserHierarchyStructure:
    """Describes the hierarchy structure of the specified Connect Customer
    instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
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
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeUserHierarchyStructure:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeUserHierarchyStructure")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeUserHierarchyStructureResponse:
    """The response of DescribeUserHierarchyStructure.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``hierarchy_structure``: Information about the hierarchy structure.
    """

    http_status: int
    """The HTTP status code of the response."""

    hierarchy_structure: HierarchyStructure | None = None
    """Information about the hierarchy structure."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.hierarchy_structure
        if value is not None:
            path = prefix + "hierarchy_structure"
            if isinstance(value, HierarchyStructure):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HierarchyStructure, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.hierarchy_structure is not None:
            result["HierarchyStructure"] = self.hierarchy_structure.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeUserHierarchyStructureResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DescribeUserHierarchyStructureResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            hierarchy_structure=(
                None
                if (value := data.get("HierarchyStructure")) is None
                else HierarchyStructure.from_dict(
                    value, path=path + "HierarchyStructure" + "."
                )
            ),
        )


class _DescribeUserHierarchyStructureResponseDraft:
    """A :class:`DescribeUserHierarchyStructureResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "hierarchy_structure")
    http_status: int
    hierarchy_structure: HierarchyStructure | None


def new_describe_user_hierarchy_structure(
    instance_id: str,
) -> DescribeUserHierarchyStructure:
    """Create a :class:`DescribeUserHierarchyStructure` with all optional fields omitted."""
    return DescribeUserHierarchyStructure(
        instance_id=instance_id,
    )


describe_user_hierarchy_structure_instance_id = _rt.Lens[
    DescribeUserHierarchyStructure, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_user_hierarchy_structure_instance_id",
)
"""Lens on :attr:`DescribeUserHierarchyStructure.instance_id`."""


def new_describe_user_hierarchy_structure_response(
    http_status: int,
) -> DescribeUserHierarchyStructureResponse:
    """Create a :class:`DescribeUserHierarchyStructureResponse` with all optional fields omitted."""
    return DescribeUserHierarchyStructureResponse(
        http_status=http_status,
    )


describe_user_hierarchy_structure_response_http_status = _rt.Lens[
    DescribeUserHierarchyStructureResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_user_hierarchy_structure_response_http_status",
)
"""Lens on :attr:`DescribeUserHierarchyStructureResponse.http_status`."""


describe_user_hierarchy_structure_response_hierarchy_structure = _rt.Lens[
    DescribeUserHierarchyStructureResponse, HierarchyStructure | None
](
    lambda s: s.hierarchy_structure,
    lambda s, v: _dc.replace(s, hierarchy_structure=v),
    "describe_user_hierarchy_structure_response_hierarchy_structure",
)
"""Lens on :attr:`DescribeUserHierarchyStructureResponse.hierarchy_structure`."""


def _serialize(
    request: DescribeUserHierarchyStructure, validate: bool = True
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
) -> DescribeUserHierarchyStructureResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeUserHierarchyStructureResponseDraft()
    draft.http_status = status
    try:
        draft.hierarchy_structure = (
            None
            if (value := data.get("HierarchyStructure")) is None
            else HierarchyStructure._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "HierarchyStructure")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeUserHierarchyStructureResponse)


OPERATION: _rt.Operation[
    DescribeUserHierarchyStructure, DescribeUserHierarchyStructureResponse
] = _rt.Operation(
    "DescribeUserHierarchyStructure",
    DescribeUserHierarchyStructure,
    DescribeUserHierarchyStructureResponse,
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
"""The DescribeUserHierarchyStructure operation: its types, errors and wire codec."""
