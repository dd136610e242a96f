"""Searches for data tables based on the table's ID, name, and description."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.data_table import DataTable
from ..shapes.data_table_search_criteria import DataTableSearchCriteria
from ..shapes.data_table_search_filter import DataTableSearchFilter


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchDataTables:
    """Searches for data tables based on the table's ID, name, and description.
    In the future, this operation can support searching on attribute names
    and possibly primary values. Follows other search operations closely and
    supports both search criteria and filters.

    Fields:

    - ``instance_id``: The unique identifier for the Amazon Connect instance to search within.
    - ``next_token``: Specify the pagination token from a previous request to retrieve the next page of results.
    - ``max_results``: The maximum number of data tables to return in one page of results.
    - ``search_filter``: Optional filters to apply to the search results, such as tag-based filtering for attribute-based access control.
    - ``search_criteria``: Search criteria including string conditions for matching table names, descriptions, or resource IDs.
    """

    instance_id: str
    """The unique identifier for the Amazon Connect instance to search within."""

    next_token: str | None = None
    """Specify the pagination token from a previous request to retrieve the
    next page of results.
    """

    max_results: int | None = None
    """The maximum number of data tables to return in one page of results."""

    search_filter: DataTableSearchFilter | None = None
    """Optional filters to apply to the search results, such as tag-based
    filtering for attribute-based access control.
    """

    search_criteria: DataTableSearchCriteria | None = None
    """Search criteria including string conditions for matching table names,
    descriptions, or resource IDs. Supports STARTS_WITH, CONTAINS, and EXACT
    comparison types.
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
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=1000)
        value = self.search_filter
        if value is not None:
            path = prefix + "search_filter"
            if isinstance(value, DataTableSearchFilter):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected DataTableSearchFilter, got {type(value).__name__}"
                )
        value = self.search_criteria
        if value is not None:
            path = prefix + "search_criteria"
            if isinstance(value, DataTableSearchCriteria):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected DataTableSearchCriteria, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.search_filter is not None:
            result["SearchFilter"] = self.search_filter.to_dict()
        if self.search_criteria is not None:
            result["SearchCriteria"] = self.search_criteria.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchDataTables:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchDataTables")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
            search_filter=(
                None
                if (value := data.get("SearchFilter")) is None
                else DataTableSearchFilter.from_dict(
                    value, path=path + "SearchFilter" + "."
                )
            ),
            search_criteria=(
                None
                if (value := data.get("SearchCriteria")) is None
                else DataTableSearchCriteria.from_dict(
                    value, path=path + "SearchCriteria" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchDataTablesResponse:
    """The response of SearchDataTables.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``data_tables``: An array of data tables matching the search criteria with the same structure as DescribeTable except Version, VersionDescription, and LockVersion are omitted.
    - ``next_token``: Specify the pagination token from a previous request to retrieve the next page of results.
    - ``approximate_total_count``: The approximate number of data tables that matched the search criteria.
    """

    http_status: int
    """The HTTP status code of the response."""

    data_tables: list[DataTable] | None = None
    """An array of data tables matching the search criteria with the same
    structure as DescribeTable except Version, VersionDescription, and
    LockVersion are omitted.
    """

    next_token: str | None = None
    """Specify the pagination token from a previous request to retrieve the
    next page of results.
    """

    approximate_total_count: int | None = None
    """The approximate number of data tables that matched the search criteria."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.data_tables
        if value is not None:
            path = prefix + "data_tables"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, DataTable):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected DataTable, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.approximate_total_count
        if value is not None:
            path = prefix + "approximate_total_count"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.data_tables is not None:
            result["DataTables"] = [v1.to_dict() for v1 in self.data_tables]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.approximate_total_count is not None:
            result["ApproximateTotalCount"] = self.approximate_total_count
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchDataTablesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchDataTablesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            data_tables=(
                None
                if (value := data.get("DataTables")) is None
                else [
                    DataTable.from_dict(v1, path=path + "DataTables" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "DataTables")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
            approximate_total_count=data.get("ApproximateTotalCount"),
        )


class _SearchDataTablesResponseDraft:
    """A :class:`SearchDataTablesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "data_tables", "next_token", "approximate_total_count")
    http_status: int
    data_tables: list[DataTable] | None
    next_token: str | None
    approximate_total_count: int | None


def new_search_data_tables(
    instance_id: str,
) -> SearchDataTables:
    """Create a :class:`SearchDataTables` with all optional fields omitted."""
    return SearchDataTables(
        instance_id=instance_id,
    )


search_data_tables_instance_id = _rt.Lens[SearchDataTables, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "search_data_tables_instance_id",
)
"""Lens on :attr:`SearchDataTables.instance_id`."""


search_data_tables_next_token = _rt.Lens[SearchDataTables, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_data_tables_next_token",
)
"""Lens on :attr:`SearchDataTables.next_token`."""


search_data_tables_max_results = _rt.Lens[SearchDataTables, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "search_data_tables_max_results",
)
"""Lens on :attr:`SearchDataTables.max_results`."""


search_data_tables_search_filter = _rt.Lens[
    SearchDataTables, DataTableSearchFilter | None
](
    lambda s: s.search_filter,
    lambda s, v: _dc.replace(s, search_filter=v),
    "search_data_tables_search_filter",
)
"""Lens on :attr:`SearchDataTables.search_filter`."""


search_data_tables_search_criteria = _rt.Lens[
    SearchDataTables, DataTableSearchCriteria | None
](
    lambda s: s.search_criteria,
    lambda s, v: _dc.replace(s, search_criteria=v),
    "search_data_tables_search_criteria",
)
"""Lens on :attr:`SearchDataTables.search_criteria`."""


def new_search_data_tables_response(
    http_status: int,
) -> SearchDataTablesResponse:
    """Create a :class:`SearchDataTablesResponse` with all optional fields omitted."""
    return SearchDataTablesResponse(
        http_status=http_status,
    )


search_data_tables_response_http_status = _rt.Lens[SearchDataTablesResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "search_data_tables_response_http_status",
)
"""Lens on :attr:`SearchDataTablesResponse.http_status`."""


search_data_tables_response_data_tables = _rt.Lens[
    SearchDataTablesResponse, list[DataTable] | None
](
    lambda s: s.data_tables,
    lambda s, v: _dc.replace(s, data_tables=v),
    "search_data_tables_response_data_tables",
)
"""Lens on :attr:`SearchDataTablesResponse.data_tables`."""


search_data_tables_response_next_token = _rt.Lens[SearchDataTablesResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_data_tables_response_next_token",
)
"""Lens on :attr:`SearchDataTablesResponse.next_token`."""


search_data_tables_response_approximate_total_count = _rt.Lens[
    SearchDataTablesResponse, int | None
](
    lambda s: s.approximate_total_count,
    lambda s, v: _dc.replace(s, approximate_total_count=v),
    "search_data_tables_response_approximate_total_count",
)
"""Lens on :attr:`SearchDataTablesResponse.approximate_total_count`."""


def _serialize(request: SearchDataTables, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/search-data-tables"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    if request.next_token is not None:
        data["NextToken"] = request.next_token
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
    if request.search_filter is not None:
        data["SearchFilter"] = request.search_filter._to_json()
    if request.search_criteria is not None:
        data["SearchCriteria"] = request.search_criteria._to_json()
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
) -> SearchDataTablesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SearchDataTablesResponseDraft()
    draft.http_status = status
    try:
        draft.data_tables = (
            None
            if (value := data.get("DataTables")) is None
            else [
                DataTable._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "DataTables")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "DataTables")
                )
                if v1 is not None
            ]
        )
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
        draft.approximate_total_count = (
            None
            if (value := data.get("ApproximateTotalCount")) is None
            else (
                value
                if type(value) is int
                else _rt.expect_int(value, "ApproximateTotalCount")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, SearchDataTablesResponse)


OPERATION: _rt.Operation[SearchDataTables, SearchDataTablesResponse] = _rt.Operation(
    "SearchDataTables",
    SearchDataTables,
    SearchDataTablesResponse,
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
"""The SearchDataTables operation: its types, errors and wire codec."""
