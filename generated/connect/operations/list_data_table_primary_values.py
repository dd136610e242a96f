"""Lists all primary value combinations for a given data table."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.primary_attribute_value_filter import PrimaryAttributeValueFilter
from ..shapes.record_primary_value import RecordPrimaryValue


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListDataTablePrimaryValues:
    """Lists all primary value combinations for a given data table. Returns the
    unique combinations of primary attribute values that identify records in
    the table. Up to 100 records are returned per request.

    Fields:

    - ``instance_id``: The unique identifier for the Amazon Connect instance.
    - ``data_table_id``: The unique identifier for the data table whose primary values should be listed.
    - ``record_ids``: Optional list of specific record IDs to retrieve.
    - ``primary_attribute_values``: Optional filter to retrieve primary values matching specific criteria.
    - ``next_token``: Specify the pagination token from a previous request to retrieve the next page of results.
    - ``max_results``: The maximum number of data table primary values to return in one page of results.
    """

    instance_id: str
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str
    """The unique identifier for the data table whose primary values should be
    listed.
    """

    record_ids: list[str] | None = None
    """Optional list of specific record IDs to retrieve. Used for
    CloudFormation to effectively describe records by ID. If NextToken is
    provided, this parameter is ignored.
    """

    primary_attribute_values: list[PrimaryAttributeValueFilter] | None = None
    """Optional filter to retrieve primary values matching specific criteria."""

    next_token: str | None = None
    """Specify the pagination token from a previous request to retrieve the
    next page of results.
    """

    max_results: int | None = None
    """The maximum number of data table primary values to return in one page of
    results.
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
        value = self.record_ids
        if value is not None:
            path = prefix + "record_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=256)
        value = self.primary_attribute_values
        if value is not None:
            path = prefix + "primary_attribute_values"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, PrimaryAttributeValueFilter):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected PrimaryAttributeValueFilter, got {type(v1).__name__}"
                            )
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
        result["DataTableId"] = self.data_table_id
        if self.record_ids is not None:
            result["RecordIds"] = list(self.record_ids)
        if self.primary_attribute_values is not None:
            result["PrimaryAttributeValues"] = [
                v1.to_dict() for v1 in self.primary_attribute_values
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListDataTablePrimaryValues:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListDataTablePrimaryValues")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            data_table_id=_rt.required(data, "DataTableId", path),
            record_ids=(
                None
                if (value := data.get("RecordIds")) is None
                else list(_rt.expect_sequence(value, path + "RecordIds"))
            ),
            primary_attribute_values=(
                None
                if (value := data.get("PrimaryAttributeValues")) is None
                else [
                    PrimaryAttributeValueFilter.from_dict(
                        v1, path=path + "PrimaryAttributeValues" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "PrimaryAttributeValues")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListDataTablePrimaryValuesResponse:
    """The response of ListDataTablePrimaryValues.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``primary_values_list``: A list of primary value combinations with their record IDs and modification metadata.
    - ``next_token``: Specify the pagination token from a previous request to retrieve the next page of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    primary_values_list: list[RecordPrimaryValue] | None
    """A list of primary value combinations with their record IDs and
    modification metadata.
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
        value = self.primary_values_list
        if value is None:
            errors.append(prefix + "primary_values_list: required but missing")
        else:
            path = prefix + "primary_values_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, RecordPrimaryValue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected RecordPrimaryValue, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.primary_values_list is not None:
            result["PrimaryValuesList"] = [
                v1.to_dict() for v1 in self.primary_values_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListDataTablePrimaryValuesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListDataTablePrimaryValuesResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            primary_values_list=(
                None
                if (value := data.get("PrimaryValuesList")) is None
                else [
                    RecordPrimaryValue.from_dict(
                        v1, path=path + "PrimaryValuesList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "PrimaryValuesList")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListDataTablePrimaryValuesResponseDraft:
    """A :class:`ListDataTablePrimaryValuesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "primary_values_list", "next_token")
    http_status: int
    primary_values_list: list[RecordPrimaryValue] | None
    next_token: str | None


def new_list_data_table_primary_values(
    instance_id: str,
    data_table_id: str,
) -> ListDataTablePrimaryValues:
    """Create a :class:`ListDataTablePrimaryValues` with all optional fields omitted."""
    return ListDataTablePrimaryValues(
        instance_id=instance_id,
        data_table_id=data_table_id,
    )


list_data_table_primary_values_instance_id = _rt.Lens[ListDataTablePrimaryValues, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_data_table_primary_values_instance_id",
)
"""Lens on :attr:`ListDataTablePrimaryValues.instance_id`."""


list_data_table_primary_values_data_table_id = _rt.Lens[
    ListDataTablePrimaryValues, str
](
    lambda s: s.data_table_id,
    lambda s, v: _dc.replace(s, data_table_id=v),
    "list_data_table_primary_values_data_table_id",
)
"""Lens on :attr:`ListDataTablePrimaryValues.data_table_id`."""


list_data_table_primary_values_record_ids = _rt.Lens[
    ListDataTablePrimaryValues, list[str] | None
](
    lambda s: s.record_ids,
    lambda s, v: _dc.replace(s, record_ids=v),
    "list_data_table_primary_values_record_ids",
)
"""Lens on :attr:`ListDataTablePrimaryValues.record_ids`."""


list_data_table_primary_values_primary_attribute_values = _rt.Lens[
    ListDataTablePrimaryValues, list[PrimaryAttributeValueFilter] | None
](
    lambda s: s.primary_attribute_values,
    lambda s, v: _dc.replace(s, primary_attribute_values=v),
    "list_data_table_primary_values_primary_attribute_values",
)
"""Lens on :attr:`ListDataTablePrimaryValues.primary_attribute_values`."""


list_data_table_primary_values_next_token = _rt.Lens[
    ListDataTablePrimaryValues, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_data_table_primary_values_next_token",
)
"""Lens on :attr:`ListDataTablePrimaryValues.next_token`."""


list_data_table_primary_values_max_results = _rt.Lens[
    ListDataTablePrimaryValues, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_data_table_primary_values_max_results",
)
"""Lens on :attr:`ListDataTablePrimaryValues.max_results`."""


def new_list_data_table_primary_values_response(
    http_status: int,
    primary_values_list: list[RecordPrimaryValue],
) -> ListDataTablePrimaryValuesResponse:
    """Create a :class:`ListDataTablePrimaryValuesResponse` with all optional fields omitted."""
    return ListDataTablePrimaryValuesResponse(
        http_status=http_status,
        primary_values_list=primary_values_list,
    )


list_data_table_primary_values_response_http_status = _rt.Lens[
    ListDataTablePrimaryValuesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_data_table_primary_values_response_http_status",
)
"""Lens on :attr:`ListDataTablePrimaryValuesResponse.http_status`."""


list_data_table_primary_values_response_primary_values_list = _rt.Lens[
    ListDataTablePrimaryValuesResponse, list[RecordPrimaryValue] | None
](
    lambda s: s.primary_values_list,
    lambda s, v: _dc.replace(s, primary_values_list=v),
    "list_data_table_primary_values_response_primary_values_list",
)
"""Lens on :attr:`ListDataTablePrimaryValuesResponse.primary_values_list`."""


list_data_table_primary_values_response_next_token = _rt.Lens[
    ListDataTablePrimaryValuesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_data_table_primary_values_response_next_token",
)
"""Lens on :attr:`ListDataTablePrimaryValuesResponse.next_token`."""


def _serialize(
    request: ListDataTablePrimaryValues, validate: bool = True
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
        + "/values/list-primary"
    )
    query: list[tuple[str, str | None]] = []
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
    data: dict[str, _t.Any] = {}
    if request.record_ids is not None:
        data["RecordIds"] = request.record_ids
    if request.primary_attribute_values is not None:
        data["PrimaryAttributeValues"] = [
            v1._to_json() for v1 in request.primary_attribute_values
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
) -> ListDataTablePrimaryValuesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListDataTablePrimaryValuesResponseDraft()
    draft.http_status = status
    try:
        draft.primary_values_list = (
            None
            if (value := data.get("PrimaryValuesList")) is None
            else [
                RecordPrimaryValue._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "PrimaryValuesList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "PrimaryValuesList")
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
    return _rt.seal(draft, ListDataTablePrimaryValuesResponse)


OPERATION: _rt.Operation[
    ListDataTablePrimaryValues, ListDataTablePrimaryValuesResponse
] = _rt.Operation(
    "ListDataTablePrimaryValues",
    ListDataTablePrimaryValues,
    ListDataTablePrimaryValuesResponse,
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
"""The ListDataTablePrimaryValues operation: its types, errors and wire codec."""
