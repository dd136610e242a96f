"""Returns all properties for a data table except for attributes and values."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.data_table import DataTable


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeDataTable:
    """Returns all properties for a data table except for attributes and
    values. All properties from CreateDataTable are returned as well as
    properties for region replication, versioning, and system tables.
    "Describe" is a deprecated term but is allowed to maintain consistency
    with existing operations.

    Fields:

    - ``instance_id``: The unique identifier for the Amazon Connect instance.
    - ``data_table_id``: The unique identifier for the data table.
    """

    instance_id: str
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str
    """The unique identifier for the data table. Must also accept the table ARN
    with or without a version alias. If no alias is provided, the default
    behavior is identical to providing the $LATEST alias.
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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["DataTableId"] = self.data_table_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeDataTable:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeDataTable")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            data_table_id=_rt.required(data, "DataTableId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeDataTableResponse:
    """The response of DescribeDataTable.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``data_table``: The complete data table information including metadata, configuration, and versioning details.
    """

    http_status: int
    """The HTTP status code of the response."""

    data_table: DataTable | None
    """The complete data table information including metadata, configuration,
    and versioning details.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.data_table
        if value is None:
            errors.append(prefix + "data_table: required but missing")
        else:
            path = prefix + "data_table"
            if isinstance(value, DataTable):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected DataTable, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.data_table is not None:
            result["DataTable"] = self.data_table.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeDataTableResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeDataTableResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            data_table=(
                None
                if (value := data.get("DataTable")) is None
                else DataTable.from_dict(value, path=path + "DataTable" + ".")
            ),
        )


class _DescribeDataTableResponseDraft:
    """A :class:`DescribeDataTableResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "data_table")
    http_status: int
    data_table: DataTable | None


def new_describe_data_table(
    instance_id: str,
    data_table_id: str,
) -> DescribeDataTable:
    """Create a :class:`DescribeDataTable` with all optional fields omitted."""
    return DescribeDataTable(
        instance_id=instance_id,
        data_table_id=data_table_id,
    )


describe_data_table_instance_id = _rt.Lens[DescribeDataTable, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_data_table_instance_id",
)
"""Lens on :attr:`DescribeDataTable.instance_id`."""


describe_data_table_data_table_id = _rt.Lens[DescribeDataTable, str](
    lambda s: s.data_table_id,
    lambda s, v: _dc.replace(s, data_table_id=v),
    "describe_data_table_data_table_id",
)
"""Lens on :attr:`DescribeDataTable.data_table_id`."""


def new_describe_data_table_response(
    http_status: int,
    data_table: DataTable,
) -> DescribeDataTableResponse:
    """Create a :class:`DescribeDataTableResponse` with all optional fields omitted."""
    return DescribeDataTableResponse(
        http_status=http_status,
        data_table=data_table,
    )


describe_data_table_response_http_status = _rt.Lens[DescribeDataTableResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_data_table_response_http_status",
)
"""Lens on :attr:`DescribeDataTableResponse.http_status`."""


describe_data_table_response_data_table = _rt.Lens[
    DescribeDataTableResponse, DataTable | None
](
    lambda s: s.data_table,
    lambda s, v: _dc.replace(s, data_table=v),
    "describe_data_table_response_data_table",
)
"""Lens on :attr:`DescribeDataTableResponse.data_table`."""


def _serialize(request: DescribeDataTable, validate: bool = True) -> _rt.HttpRequest:
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
) -> DescribeDataTableResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeDataTableResponseDraft()
    draft.http_status = status
    try:
        draft.data_table = (
            None
            if (value := data.get("DataTable")) is None
            else DataTable._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "DataTable")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeDataTableResponse)


OPERATION: _rt.Operation[DescribeDataTable, DescribeDataTableResponse] = _rt.Operation(
    "DescribeDataTable",
    DescribeDataTable,
    DescribeDataTableResponse,
    (
        _errors.InvalidRequestException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.ThrottlingException,
        _errors.AccessDeniedException,
        _errors.InvalidParameterException,
    ),
    _serialize,
    _deserialize,
)
"""The DescribeDataTable operation: its types, errors and wire codec."""
