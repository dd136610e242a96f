"""Creates values for attributes in a data table."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.batch_create_data_table_value_failure_result import (
    BatchCreateDataTableValueFailureResult,
)
from ..shapes.batch_create_data_table_value_success_result import (
    BatchCreateDataTableValueSuccessResult,
)
from ..shapes.data_table_value import DataTableValue


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class BatchCreateDataTableValue:
    """Creates values for attributes in a data table. The value may be a
    default or it may be associated with a primary value. The value must
    pass all customer defined validation as well as the default validation
    for the value type. The operation must conform to Batch Operation API
    Standards. Although the standard specifies that successful and failed
    entities are listed separately in the response, authorization fails if
    any primary values or attributes are unauthorized. The combination of
    primary values and the attribute name serve as the identifier for the
    individual item request.

    Fields:

    - ``instance_id``: The unique identifier for the Amazon Connect instance.
    - ``data_table_id``: The unique identifier for the data table.
    - ``values``: A list of values to create.
    """

    instance_id: str
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str
    """The unique identifier for the data table. Must also accept the table ARN
    with or without a version alias. If no alias is provided, the default
    behavior is identical to providing the $LATEST alias.
    """

    values: list[DataTableValue]
    """A list of values to create. Each value must specify the attribute name
    and optionally primary values if the table has primary attributes.
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
        value = self.data_table_id
        if value is None:
            errors.append(prefix + "data_table_id: required but missing")
        else:
            path = prefix + "data_table_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.values
        if value is None:
            errors.append(prefix + "values: required but missing")
        else:
            path = prefix + "values"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, None)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, DataTableValue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected DataTableValue, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["DataTableId"] = self.data_table_id
        result["Values"] = [v1.to_dict() for v1 in self.values]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> BatchCreateDataTableValue:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "BatchCreateDataTableValue")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            data_table_id=_rt.required(data, "DataTableId", path),
            values=[
                DataTableValue.from_dict(v1, path=path + "Values" + f"[{i1}]" + ".")
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "Values", path), path + "Values"
                    )
                )
            ],
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class BatchCreateDataTableValueResponse:
    """The response of BatchCreateDataTableValue.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``successful``: A list of successfully created values with their identifiers and lock versions.
    - ``failed``: A list of values that failed to be created with error messages explaining the failure reason.
    """

    http_status: int
    """The HTTP status code of the response."""

    successful: list[BatchCreateDataTableValueSuccessResult] | None
    """A list of successfully created values with their identifiers and lock
    versions.
    """

    failed: list[BatchCreateDataTableValueFailureResult] | None
    """A list of values that failed to be created with error messages
    explaining the failure reason.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.successful
        if value is None:
            errors.append(prefix + "successful: required but missing")
        else:
            path = prefix + "successful"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, BatchCreateDataTableValueSuccessResult):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected BatchCreateDataTableValueSuccessResult, got {type(v1).__name__}"
                            )
        value = self.failed
        if value is None:
            errors.append(prefix + "failed: required but missing")
        else:
            path = prefix + "failed"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, BatchCreateDataTableValueFailureResult):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected BatchCreateDataTableValueFailureResult, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.successful is not None:
            result["Successful"] = [v1.to_dict() for v1 in self.successful]
        if self.failed is not None:
            result["Failed"] = [v1.to_dict() for v1 in self.failed]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> BatchCreateDataTableValueResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "BatchCreateDataTableValueResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            successful=(
                None
                if (value := data.get("Successful")) is None
                else [
                    BatchCreateDataTableValueSuccessResult.from_dict(
                        v1, path=path + "Successful" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Successful")
                    )
                ]
            ),
            failed=(
                None
                if (value := data.get("Failed")) is None
                else [
                    BatchCreateDataTableValueFailureResult.from_dict(
                        v1, path=path + "Failed" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Failed"))
                ]
            ),
        )


class _BatchCreateDataTableValueResponseDraft:
    """A :class:`BatchCreateDataTableValueResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "successful", "failed")
    http_status: int
    successful: list[BatchCreateDataTableValueSuccessResult] | None
    failed: list[BatchCreateDataTableValueFailureResult] | None


def new_batch_create_data_table_value(
    instance_id: str,
    data_table_id: str,
    values: list[DataTableValue],
) -> BatchCreateDataTableValue:
    """Create a :class:`BatchCreateDataTableValue` with all optional fields omitted."""
    return BatchCreateDataTableValue(
        instance_id=instance_id,
        data_table_id=data_table_id,
        values=values,
    )


batch_create_data_table_value_instance_id = _rt.Lens[BatchCreateDataTableValue, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "batch_create_data_table_value_instance_id",
)
"""Lens on :attr:`BatchCreateDataTableValue.instance_id`."""


batch_create_data_table_value_data_table_id = _rt.Lens[BatchCreateDataTableValue, str](
    lambda s: s.data_table_id,
    lambda s, v: _dc.replace(s, data_table_id=v),
    "batch_create_data_table_value_data_table_id",
)
"""Lens on :attr:`BatchCreateDataTableValue.data_table_id`."""


batch_create_data_table_value_values = _rt.Lens[
    BatchCreateDataTableValue, list[DataTableValue]
](
    lambda s: s.values,
    lambda s, v: _dc.replace(s, values=v),
    "batch_create_data_table_value_values",
)
"""Lens on :attr:`BatchCreateDataTableValue.values`."""


def new_batch_create_data_table_value_response(
    http_status: int,
    successful: list[BatchCreateDataTableValueSuccessResult],
    failed: list[BatchCreateDataTableValueFailureResult],
) -> BatchCreateDataTableValueResponse:
    """Create a :class:`BatchCreateDataTableValueResponse` with all optional fields omitted."""
    return BatchCreateDataTableValueResponse(
        http_status=http_status,
        successful=successful,
        failed=failed,
    )


batch_create_data_table_value_response_http_status = _rt.Lens[
    BatchCreateDataTableValueResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "batch_create_data_table_value_response_http_status",
)
"""Lens on :attr:`BatchCreateDataTableValueResponse.http_status`."""


batch_create_data_table_value_response_successful = _rt.Lens[
    BatchCreateDataTableValueResponse,
    list[BatchCreateDataTableValueSuccessResult] | None,
](
    lambda s: s.successful,
    lambda s, v: _dc.replace(s, successful=v),
    "batch_create_data_table_value_response_successful",
)
"""Lens on :attr:`BatchCreateDataTableValueResponse.successful`."""


batch_create_data_table_value_response_failed = _rt.Lens[
    BatchCreateDataTableValueResponse,
    list[BatchCreateDataTableValueFailureResult] | None,
](
    lambda s: s.failed,
    lambda s, v: _dc.replace(s, failed=v),
    "batch_create_data_table_value_response_failed",
)
"""Lens on :attr:`BatchCreateDataTableValueResponse.failed`."""


def _serialize(
    request: BatchCreateDataTableValue, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.data_table_id == "":
        raise _rt.ValidationError(
            ["data_table_id: a URI label must be set and not empty"]
        )
    path = (
        "/data-tables/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.data_table_id, "data_table_id")
        + "/values/create"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["Values"] = [v1._to_json() for v1 in request.values]
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
) -> BatchCreateDataTableValueResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _BatchCreateDataTableValueResponseDraft()
    draft.http_status = status
    try:
        draft.successful = (
            None
            if (value := data.get("Successful")) is None
            else [
                BatchCreateDataTableValueSuccessResult._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Successful")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Successful")
                )
                if v1 is not None
            ]
        )
        draft.failed = (
            None
            if (value := data.get("Failed")) is None
            else [
                BatchCreateDataTableValueFailureResult._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Failed")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Failed")
                )
                if v1 is not None
            ]
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, BatchCreateDataTableValueResponse)


OPERATION: _rt.Operation[
    BatchCreateDataTableValue, BatchCreateDataTableValueResponse
] = _rt.Operation(
    "BatchCreateDataTableValue",
    BatchCreateDataTableValue,
    BatchCreateDataTableValueResponse,
    (
        _errors.InvalidRequestException,
        _errors.ConflictException,
        _errors.DuplicateResourceException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.ThrottlingException,
        _errors.AccessDeniedException,
        _errors.InvalidParameterException,
        _errors.ServiceQuotaExceededException,
    ),
    _serialize,
    _deserialize,
)
"""The BatchCreateDataTableValue operation: its types, errors and wire codec."""
