"""Associates a set of hours of operations with another hours of operation."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.parent_hours_of_operation_config import ParentHoursOfOperationConfig


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateHoursOfOperations:
    """Associates a set of hours of operations with another hours of operation.
    Refer to Administrator Guide `here
    <https://docs.aws.amazon.com/connect/latest/adminguide/hours-of-operation-overrides.html>`__
    for more information on inheriting overrides from parent hours of
    operation(s).

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``hours_of_operation_id``: The identifier of the child hours of operation.
    - ``parent_hours_of_operation_configs``: The Amazon Resource Names (ARNs) of the parent hours of operation resources to associate with the child hours of operation resource.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    hours_of_operation_id: str
    """The identifier of the child hours of operation."""

    parent_hours_of_operation_configs: list[ParentHoursOfOperationConfig]
    """The Amazon Resource Names (ARNs) of the parent hours of operation
    resources to associate with the child hours of operation resource.
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
        value = self.hours_of_operation_id
        if value is None:
            errors.append(prefix + "hours_of_operation_id: required but missing")
        else:
            path = prefix + "hours_of_operation_id"
            _rt.check_str(errors, path, value)
        value = self.parent_hours_of_operation_configs
        if value is None:
            errors.append(
                prefix + "parent_hours_of_operation_configs: required but missing"
            )
        else:
            path = prefix + "parent_hours_of_operation_configs"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 3)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ParentHoursOfOperationConfig):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ParentHoursOfOperationConfig, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["HoursOfOperationId"] = self.hours_of_operation_id
        result["ParentHoursOfOperationConfigs"] = [
            v1.to_dict() for v1 in self.parent_hours_of_operation_configs
        ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssociateHoursOfOperations:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociateHoursOfOperations")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            hours_of_operation_id=_rt.required(data, "HoursOfOperationId", path),
            parent_hours_of_operation_configs=[
                ParentHoursOfOperationConfig.from_dict(
                    v1, path=path + "ParentHoursOfOperationConfigs" + f"[{i1}]" + "."
                )
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "ParentHoursOfOperationConfigs", path),
                        path + "ParentHoursOfOperationConfigs",
                    )
                )
            ],
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateHoursOfOperationsResponse:
    """The response of AssociateHoursOfOperations.

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
    ) -> AssociateHoursOfOperationsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "AssociateHoursOfOperationsResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _AssociateHoursOfOperationsResponseDraft:
    """A :class:`AssociateHoursOfOperationsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_associate_hours_of_operations(
    instance_id: str,
    hours_of_operation_id: str,
    parent_hours_of_operation_configs: list[ParentHoursOfOperationConfig],
) -> AssociateHoursOfOperations:
    """Create a :class:`AssociateHoursOfOperations` with all optional fields omitted."""
    return AssociateHoursOfOperations(
        instance_id=instance_id,
        hours_of_operation_id=hours_of_operation_id,
        parent_hours_of_operation_configs=parent_hours_of_operation_configs,
    )


associate_hours_of_operations_instance_id = _rt.Lens[AssociateHoursOfOperations, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "associate_hours_of_operations_instance_id",
)
"""Lens on :attr:`AssociateHoursOfOperations.instance_id`."""


associate_hours_of_operations_hours_of_operation_id = _rt.Lens[
    AssociateHoursOfOperations, str
](
    lambda s: s.hours_of_operation_id,
    lambda s, v: _dc.replace(s, hours_of_operation_id=v),
    "associate_hours_of_operations_hours_of_operation_id",
)
"""Lens on :attr:`AssociateHoursOfOperations.hours_of_operation_id`."""


associate_hours_of_operations_parent_hours_of_operation_configs = _rt.Lens[
    AssociateHoursOfOperations, list[ParentHoursOfOperationConfig]
](
    lambda s: s.parent_hours_of_operation_configs,
    lambda s, v: _dc.replace(s, parent_hours_of_operation_configs=v),
    "associate_hours_of_operations_parent_hours_of_operation_configs",
)
"""Lens on :attr:`AssociateHoursOfOperations.parent_hours_of_operation_configs`."""


def new_associate_hours_of_operations_response(
    http_status: int,
) -> AssociateHoursOfOperationsResponse:
    """Create a :class:`AssociateHoursOfOperationsResponse` with all optional fields omitted."""
    return AssociateHoursOfOperationsResponse(
        http_status=http_status,
    )


associate_hours_of_operations_response_http_status = _rt.Lens[
    AssociateHoursOfOperationsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "associate_hours_of_operations_response_http_status",
)
"""Lens on :attr:`AssociateHoursOfOperationsResponse.http_status`."""


def _serialize(
    request: AssociateHoursOfOperations, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.hours_of_operation_id == "":
        raise _rt.ValidationError(
            ["hours_of_operation_id: a URI label must be set and not empty"]
        )
    path = (
        "/hours-of-operations/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.hours_of_operation_id, "hours_of_operation_id")
        + "/associate-hours"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ParentHoursOfOperationConfigs"] = [
        v1._to_json() for v1 in request.parent_hours_of_operation_configs
    ]
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
) -> AssociateHoursOfOperationsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _AssociateHoursOfOperationsResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, AssociateHoursOfOperationsResponse)


OPERATION: _rt.Operation[
    AssociateHoursOfOperations, AssociateHoursOfOperationsResponse
] = _rt.Operation(
    "AssociateHoursOfOperations",
    AssociateHoursOfOperations,
    AssociateHoursOfOperationsResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
        _errors.ConditionalOperationFailedException,
        _errors.ServiceQuotaExceededException,
    ),
    _serialize,
    _deserialize,
)
"""The AssociateHoursOfOperations operation: its types, errors and wire codec."""
