"""Deletes a data table and all associated attributes, versions, audits, and values."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteDataTable:
    """Deletes a data table and all associated attributes, versions, audits,
    and values. Does not update any references to the data table, even from
    other data tables. This includes dynamic values and conditional
    validations. System managed data tables are not deletable by customers.
    API users may delete the table at any time. When deletion is requested
    from the admin website, a warning is shown alerting the user of the most
    recent time the table and its values were accessed.

    Fields:

    - ``instance_id``: The unique identifier for the Amazon Connect instance.
    - ``data_table_id``: The unique identifier for the data table to delete.
    """

    instance_id: str
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str
    """The unique identifier for the data table to delete. Must also accept the
    table ARN. Fails with an error if the version is provided and is not
    $LATEST.
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
    ) -> DeleteDataTable:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteDataTable")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            data_table_id=_rt.required(data, "DataTableId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteDataTableResponse:
    """The response of DeleteDataTable.

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
    ) -> DeleteDataTableResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteDataTableResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteDataTableResponseDraft:
    """A :class:`DeleteDataTableResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_data_table(
    instance_id: str,
    data_table_id: str,
) -> DeleteDataTable:
    """Create a :class:`DeleteDataTable` with all optional fields omitted."""
    return DeleteDataTable(
        instance_id=instance_id,
        data_table_id=data_table_id,
    )


delete_data_table_instance_id = _rt.Lens[DeleteDataTable, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_data_table_instance_id",
)
"""Lens on :attr:`DeleteDataTable.instance_id`."""


delete_data_table_data_table_id = _rt.Lens[DeleteDataTable, str](
    lambda s: s.data_table_id,
    lambda s, v: _dc.replace(s, data_table_id=v),
    "delete_data_table_data_table_id",
)
"""Lens on :attr:`DeleteDataTable.data_table_id`."""


def new_delete_data_table_response(
    http_status: int,
) -> DeleteDataTableResponse:
    """Create a :class:`DeleteDataTableResponse` with all optional fields omitted."""
    return DeleteDataTableResponse(
        http_status=http_status,
    )


delete_data_table_response_http_status = _rt.Lens[DeleteDataTableResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_data_table_response_http_status",
)
"""Lens on :attr:`DeleteDataTableResponse.http_status`."""


def _serialize(request: DeleteDataTable, validate: bool = True) -> _rt.HttpRequest:
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
        method="DELETE",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DeleteDataTableResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteDataTableResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteDataTableResponse)


OPERATION: _rt.Operation[DeleteDataTable, DeleteDataTableResponse] = _rt.Operation(
    "DeleteDataTable",
    DeleteDataTable,
    DeleteDataTableResponse,
    (
        _errors.InvalidRequestException,
        _errors.ConflictException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.ThrottlingException,
        _errors.AccessDeniedException,
        _errors.InvalidParameterException,
    ),
    _serialize,
    _deserialize,
)
"""The DeleteDataTable operation: its types, errors and wire codec."""
