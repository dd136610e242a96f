"""Lists values stored in a data table with optional filtering by record IDs or primary attribute values."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.data_table_value_summary import DataTableValueSummary
from ..shapes.primary_attribute_value_filter import PrimaryAttributeValueFilter


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListDataTableValues:
    """Lists values stored in a data table with optional filtering by record
    IDs or primary attribute values. Returns the raw stored values along
    with metadata such as lock versions and modification timestamps.

    Fields:

    - ``instance_id``: The unique identifier for the Amazon Connect instance.
    - ``data_table_id``: The unique identifier for the data table whose values should be listed.
    - ``record_ids``: Optional list of specific record IDs to retrieve values for.
    - ``primary_attribute_values``: Optional filter to retrieve values for records matching specific primary attribute criteria.
    - ``next_token``: Specify the pagination token from a previous request to retrieve the next page of results.
    - ``max_results``: The maximum number of data table values to return in one page of results.
    """

    instance_id: str
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str
    """The unique identifier for the data table whose values should be listed."""

    record_ids: list[str] | None = None
    """Optional list of specific record IDs to retrieve values for."""

    primary_attribute_values: list[PrimaryAttributeValueFilter] | None = None
    """Optional filter to retrieve values for records matching specific primary
    attribute criteria.
    """

    next_token: str | None = None
    """Specify the pagination token from a previous request to retrieve the
    next page of results.
    """

    max_results: int | None = None
    """The maximum number of data table values to return in one page of
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
    ) -> ListDataTableValues:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListDataTableValues")
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
class ListDataTableValuesResponse:
    """The response of ListDataTableValues.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``values``: A list of data table values with their associated metadata, lock versions, and modification details.
    - ``next_token``: Specify the pagination token from a previous request to retrieve the next page of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    values: list[DataTableValueSummary] | None
    """A list of data table values with their associated metadata, lock
    versions, and modification details.
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
        value = self.values
        if value is None:
            errors.append(prefix + "values: required but missing")
        else:
            path = prefix + "values"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, DataTableValueSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected DataTableValueSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.values is not None:
            result["Values"] = [v1.to_dict() for v1 in self.values]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListDataTableValuesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListDataTableValuesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            values=(
                None
                if (value := data.get("Values")) is None
                else [
                    DataTableValueSummary.from_dict(
                        v1, path=path + "Values" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Values"))
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListDataTableValuesResponseDraft:
    """A :class:`ListDataTableValuesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "values", "next_token")
    http_status: int
    values: list[DataTableValueSummary] | None
    next_token: str | None


def new_list_data_table_values(
    instance_id: str,
    data_table_id: str,
) -> ListDataTableValues:
    """Create a :class:`ListDataTableValues` with all optional fields omitted."""
    return ListDataTableValues(
        instance_id=instance_id,
        data_table_id=data_table_id,
    )


list_data_table_values_instance_id = _rt.Lens[ListDataTableValues, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_data_table_values_instance_id",
)
"""Lens on :attr:`ListDataTableValues.instance_id`."""


list_data_table_values_data_table_id = _rt.Lens[ListDataTableValues, str](
    lambda s: s.data_table_id,
    lambda s, v: _dc.replace(s, data_table_id=v),
    "list_data_table_values_data_table_id",
)
"""Lens on :attr:`ListDataTableValues.data_table_id`."""


list_data_table_values_record_ids = _rt.Lens[ListDataTableValues, list[str] | None](
    lambda s: s.record_ids,
    lambda s, v: _dc.replace(s, record_ids=v),
    "list_data_table_values_record_ids",
)
"""Lens on :attr:`ListDataTableValues.record_ids`."""


list_data_table_values_primary_attribute_values = _rt.Lens[
    ListDataTableValues, list[PrimaryAttributeValueFilter] | None
](
    lambda s: s.primary_attribute_values,
    lambda s, v: _dc.replace(s, primary_attribute_values=v),
    "list_data_table_values_primary_attribute_values",
)
"""Lens on :attr:`ListDataTableValues.primary_attribute_values`."""


list_data_table_values_next_token = _rt.Lens[ListDataTableValues, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_data_table_values_next_token",
)
"""Lens on :attr:`ListDataTableValues.next_token`."""


list_data_table_values_max_results = _rt.Lens[ListDataTableValues, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_data_table_values_max_results",
)
"""Lens on :attr:`ListDataTableValues.max_results`."""


def new_list_data_table_values_response(
    http_status: int,
    values: list[DataTableValueSummary],
) -> ListDataTableValuesResponse:
    """Create a :class:`ListDataTableValuesResponse` with all optional fields omitted."""
    return ListDataTableValuesResponse(
        http_status=http_status,
        values=values,
    )


list_data_table_values_response_http_status = _rt.Lens[
    ListDataTableValuesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_data_table_values_response_http_status",
)
"""Lens on :attr:`ListDataTableValuesResponse.http_status`."""


list_data_table_values_response_values = _rt.Lens[
    ListDataTableValuesResponse, list[DataTableValueSummary] | None
](
    lambda s: s.values,
    lambda s, v: _dc.replace(s, values=v),
    "list_data_table_values_response_values",
)
"""Lens on :attr:`ListDataTableValuesResponse.values`."""


list_data_table_values_response_next_token = _rt.Lens[
    ListDataTableValuesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_data_table_values_response_next_token",
)
"""Lens on :attr:`ListDataTableValuesResponse.next_token`."""


def _serialize(request: ListDataTableValues, validate: bool = True) -> _rt.HttpRequest:
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
        + "/values/list"
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
) -> ListDataTableValuesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListDataTableValuesResponseDraft()
    draft.http_status = status
    try:
        draft.values = (
            None
            if (value := data.get("Values")) is None
            else [
                DataTableValueSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Values")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Values")
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
    return _rt.seal(draft, ListDataTableValuesResponse)


OPERATION: _rt.Operation[ListDataTableValues, ListDataTableValuesResponse] = (
    _rt.Operation(
        "ListDataTableValues",
        ListDataTableValues,
        ListDataTableValuesResponse,
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
)
"""The ListDataTableValues operation: its types, errors and wire codec."""
