"""Evaluates values at the time of the request and returns them."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.data_table_evaluated_value import DataTableEvaluatedValue
from ..shapes.data_table_value_evaluation_set import DataTableValueEvaluationSet


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluateDataTableValues:
    """Evaluates values at the time of the request and returns them. It
    considers the request's timezone or the table's timezone, in that order,
    when accessing time based tables. When a value is accessed, the
    accessor's identity and the time of access are saved alongside the value
    to help identify values that are actively in use. The term "Batch" is
    not included in the operation name since it does not meet all the
    criteria for a batch operation as specified in Batch Operations: Amazon
    Web Services API Standards.

    Fields:

    - ``instance_id``: The unique identifier for the Amazon Connect instance.
    - ``data_table_id``: The unique identifier for the data table.
    - ``values``: A list of value evaluation sets specifying which primary values and attributes to evaluate.
    - ``time_zone``: Optional IANA timezone identifier to use when resolving time based dynamic values.
    - ``next_token``: Specify the pagination token from a previous request to retrieve the next page of results.
    - ``max_results``: The maximum number of data table values to return in one page of results.
    """

    instance_id: str
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str
    """The unique identifier for the data table. Must also accept the table ARN
    with or without a version alias.
    """

    values: list[DataTableValueEvaluationSet]
    """A list of value evaluation sets specifying which primary values and
    attributes to evaluate.
    """

    time_zone: str | None = None
    """Optional IANA timezone identifier to use when resolving time based
    dynamic values. Defaults to the data table time zone if not provided.
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
                        if isinstance(v1, DataTableValueEvaluationSet):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected DataTableValueEvaluationSet, got {type(v1).__name__}"
                            )
        value = self.time_zone
        if value is not None:
            path = prefix + "time_zone"
            _rt.check_str(errors, path, value)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["DataTableId"] = self.data_table_id
        result["Values"] = [v1.to_dict() for v1 in self.values]
        if self.time_zone is not None:
            result["TimeZone"] = self.time_zone
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluateDataTableValues:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluateDataTableValues")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            data_table_id=_rt.required(data, "DataTableId", path),
            values=[
                DataTableValueEvaluationSet.from_dict(
                    v1, path=path + "Values" + f"[{i1}]" + "."
                )
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "Values", path), path + "Values"
                    )
                )
            ],
            time_zone=data.get("TimeZone"),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluateDataTableValuesResponse:
    """The response of EvaluateDataTableValues.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``values``: A list of evaluated values with their computed results, error information, and metadata.
    - ``next_token``: Specify the pagination token from a previous request to retrieve the next page of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    values: list[DataTableEvaluatedValue] | None
    """A list of evaluated values with their computed results, error
    information, and metadata.
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
                        if isinstance(v1, DataTableEvaluatedValue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected DataTableEvaluatedValue, got {type(v1).__name__}"
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
    ) -> EvaluateDataTableValuesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "EvaluateDataTableValuesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            values=(
                None
                if (value := data.get("Values")) is None
                else [
                    DataTableEvaluatedValue.from_dict(
                        v1, path=path + "Values" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Values"))
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _EvaluateDataTableValuesResponseDraft:
    """A :class:`EvaluateDataTableValuesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "values", "next_token")
    http_status: int
    values: list[DataTableEvaluatedValue] | None
    next_token: str | None


def new_evaluate_data_table_values(
    instance_id: str,
    data_table_id: str,
    values: list[DataTableValueEvaluationSet],
) -> EvaluateDataTableValues:
    """Create a :class:`EvaluateDataTableValues` with all optional fields omitted."""
    return EvaluateDataTableValues(
        instance_id=instance_id,
        data_table_id=data_table_id,
        values=values,
    )


evaluate_data_table_values_instance_id = _rt.Lens[EvaluateDataTableValues, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "evaluate_data_table_values_instance_id",
)
"""Lens on :attr:`EvaluateDataTableValues.instance_id`."""


evaluate_data_table_values_data_table_id = _rt.Lens[EvaluateDataTableValues, str](
    lambda s: s.data_table_id,
    lambda s, v: _dc.replace(s, data_table_id=v),
    "evaluate_data_table_values_data_table_id",
)
"""Lens on :attr:`EvaluateDataTableValues.data_table_id`."""


evaluate_data_table_values_values = _rt.Lens[
    EvaluateDataTableValues, list[DataTableValueEvaluationSet]
](
    lambda s: s.values,
    lambda s, v: _dc.replace(s, values=v),
    "evaluate_data_table_values_values",
)
"""Lens on :attr:`EvaluateDataTableValues.values`."""


evaluate_data_table_values_time_zone = _rt.Lens[EvaluateDataTableValues, str | None](
    lambda s: s.time_zone,
    lambda s, v: _dc.replace(s, time_zone=v),
    "evaluate_data_table_values_time_zone",
)
"""Lens on :attr:`EvaluateDataTableValues.time_zone`."""


evaluate_data_table_values_next_token = _rt.Lens[EvaluateDataTableValues, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "evaluate_data_table_values_next_token",
)
"""Lens on :attr:`EvaluateDataTableValues.next_token`."""


evaluate_data_table_values_max_results = _rt.Lens[EvaluateDataTableValues, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "evaluate_data_table_values_max_results",
)
"""Lens on :attr:`EvaluateDataTableValues.max_results`."""


def new_evaluate_data_table_values_response(
    http_status: int,
    values: list[DataTableEvaluatedValue],
) -> EvaluateDataTableValuesResponse:
    """Create a :class:`EvaluateDataTableValuesResponse` with all optional fields omitted."""
    return EvaluateDataTableValuesResponse(
        http_status=http_status,
        values=values,
    )


evaluate_data_table_values_response_http_status = _rt.Lens[
    EvaluateDataTableValuesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "evaluate_data_table_values_response_http_status",
)
"""Lens on :attr:`EvaluateDataTableValuesResponse.http_status`."""


evaluate_data_table_values_response_values = _rt.Lens[
    EvaluateDataTableValuesResponse, list[DataTableEvaluatedValue] | None
](
    lambda s: s.values,
    lambda s, v: _dc.replace(s, values=v),
    "evaluate_data_table_values_response_values",
)
"""Lens on :attr:`EvaluateDataTableValuesResponse.values`."""


evaluate_data_table_values_response_next_token = _rt.Lens[
    EvaluateDataTableValuesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "evaluate_data_table_values_response_next_token",
)
"""Lens on :attr:`EvaluateDataTableValuesResponse.next_token`."""


def _serialize(
    request: EvaluateDataTableValues, validate: bool = True
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
        + "/values/evaluate"
    )
    query: list[tuple[str, str | None]] = []
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
    data: dict[str, _t.Any] = {}
    data["Values"] = [v1._to_json() for v1 in request.values]
    if request.time_zone is not None:
        data["TimeZone"] = request.time_zone
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
) -> EvaluateDataTableValuesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _EvaluateDataTableValuesResponseDraft()
    draft.http_status = status
    try:
        draft.values = (
            None
            if (value := data.get("Values")) is None
            else [
                DataTableEvaluatedValue._from_json(
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
    return _rt.seal(draft, EvaluateDataTableValuesResponse)


OPERATION: _rt.Operation[EvaluateDataTableValues, EvaluateDataTableValuesResponse] = (
    _rt.Operation(
        "EvaluateDataTableValues",
        EvaluateDataTableValues,
        EvaluateDataTableValuesResponse,
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
"""The EvaluateDataTableValues operation: its types, errors and wire codec."""
