"""Lists all data tables for the specified Amazon Connect instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.data_table_summary import DataTableSummary


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListDataTables:
    """Lists all data tables for the specified Amazon Connect instance. Returns
    summary information for each table including basic metadata and
    modification details.

    Fields:

    - ``instance_id``: The unique identifier for the Amazon Connect instance whose data tables should be listed.
    - ``next_token``: Specify the pagination token from a previous request to retrieve the next page of results.
    - ``max_results``: The maximum number of data tables to return in one page of results.
    """

    instance_id: str
    """The unique identifier for the Amazon Connect instance whose data tables
    should be listed.
    """

    next_token: str | None = None
    """Specify the pagination token from a previous request to retrieve the
    next page of results.
    """

    max_results: int | None = None
    """The maximum number of data tables to return in one page of results."""

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
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=1000)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListDataTables:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListDataTables")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListDataTablesResponse:
    """The response of ListDataTables.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``data_table_summary_list``: A list of data table summaries containing basic information about each table including ID, ARN, name, and modification details.
    - ``next_token``: Specify the pagination token from a previous request to retrieve the next page of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    data_table_summary_list: list[DataTableSummary] | None
    """A list of data table summaries containing basic information about each
    table including ID, ARN, name, and modification details.
    """

    next_token: str | None = None
    """Specify the pagination token from a previous request to retrieve the
    next page of results.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.data_table_summary_list
        if value is None:
            errors.append(prefix + "data_table_summary_list: required but missing")
        else:
            path = prefix + "data_table_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, DataTableSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected DataTableSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.data_table_summary_list is not None:
            result["DataTableSummaryList"] = [
                v1.to_dict() for v1 in self.data_table_summary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListDataTablesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListDataTablesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            data_table_summary_list=(
                None
                if (value := data.get("DataTableSummaryList")) is None
                else [
                    DataTableSummary.from_dict(
                        v1, path=path + "DataTableSummaryList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "DataTableSummaryList")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListDataTablesResponseDraft:
    """A :class:`ListDataTablesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "data_table_summary_list", "next_token")
    http_status: int
    data_table_summary_list: list[DataTableSummary] | None
    next_token: str | None


def new_list_data_tables(
    instance_id: str,
) -> ListDataTables:
    """Create a :class:`ListDataTables` with all optional fields omitted."""
    return ListDataTables(
        instance_id=instance_id,
    )


list_data_tables_instance_id = _rt.Lens[ListDataTables, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_data_tables_instance_id",
)
"""Lens on :attr:`ListDataTables.instance_id`."""


list_data_tables_next_token = _rt.Lens[ListDataTables, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_data_tables_next_token",
)
"""Lens on :attr:`ListDataTables.next_token`."""


list_data_tables_max_results = _rt.Lens[ListDataTables, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_data_tables_max_results",
)
"""Lens on :attr:`ListDataTables.max_results`."""


def new_list_data_tables_response(
    http_status: int,
    data_table_summary_list: list[DataTableSummary],
) -> ListDataTablesResponse:
    """Create a :class:`ListDataTablesResponse` with all optional fields omitted."""
    return ListDataTablesResponse(
        http_status=http_status,
        data_table_summary_list=data_table_summary_list,
    )


list_data_tables_response_http_status = _rt.Lens[ListDataTablesResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_data_tables_response_http_status",
)
"""Lens on :attr:`ListDataTablesResponse.http_status`."""


list_data_tables_response_data_table_summary_list = _rt.Lens[
    ListDataTablesResponse, list[DataTableSummary] | None
](
    lambda s: s.data_table_summary_list,
    lambda s, v: _dc.replace(s, data_table_summary_list=v),
    "list_data_tables_response_data_table_summary_list",
)
"""Lens on :attr:`ListDataTablesResponse.data_table_summary_list`."""


list_data_tables_response_next_token = _rt.Lens[ListDataTablesResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_data_tables_response_next_token",
)
"""Lens on :attr:`ListDataTablesResponse.next_token`."""


def _serialize(request: ListDataTables, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/data-tables/" + _rt.quote_label(request.instance_id, "instance_id")
    query: list[tuple[str, str | None]] = []
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
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
) -> ListDataTablesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListDataTablesResponseDraft()
    draft.http_status = status
    try:
        draft.data_table_summary_list = (
            None
            if (value := data.get("DataTableSummaryList")) is None
            else [
                DataTableSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "DataTableSummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "DataTableSummaryList")
                )
                if v1 is not None
            ]
        )
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListDataTablesResponse)


OPERATION: _rt.Operation[ListDataTables, ListDataTablesResponse] = _rt.Operation(
    "ListDataTables",
    ListDataTables,
    ListDataTablesResponse,
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
"""The ListDataTables operation: its types, errors and wire codec."""
