"""Lists detailed steps of test case execution that includes all observations along with actions taken and data associated in the specified Amazon Connect instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.execution_record import ExecutionRecord

_TEST_CASE_EXECUTION_STATUS_VALUES = frozenset(
    (
        "INITIATED",
        "PASSED",
        "FAILED",
        "IN_PROGRESS",
        "STOPPED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListTestCaseExecutionRecords:
    """Lists detailed steps of test case execution that includes all
    observations along with actions taken and data associated in the
    specified Amazon Connect instance.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``test_case_id``: The identifier of the test case.
    - ``test_case_execution_id``: The identifier of the test case execution.
    - ``status``: Filter execution records by status.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance."""

    test_case_id: str
    """The identifier of the test case."""

    test_case_execution_id: str
    """The identifier of the test case execution."""

    status: str | None = None
    """Filter execution records by status."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

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
        value = self.test_case_id
        if value is None:
            errors.append(prefix + "test_case_id: required but missing")
        else:
            path = prefix + "test_case_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.test_case_execution_id
        if value is None:
            errors.append(prefix + "test_case_execution_id: required but missing")
        else:
            path = prefix + "test_case_execution_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.status
        if value is not None:
            path = prefix + "status"
            _rt.check_str(errors, path, value, enum=_TEST_CASE_EXECUTION_STATUS_VALUES)
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
        result["TestCaseId"] = self.test_case_id
        result["TestCaseExecutionId"] = self.test_case_execution_id
        if self.status is not None:
            result["Status"] = self.status
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListTestCaseExecutionRecords:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListTestCaseExecutionRecords")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            test_case_id=_rt.required(data, "TestCaseId", path),
            test_case_execution_id=_rt.required(data, "TestCaseExecutionId", path),
            status=data.get("Status"),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListTestCaseExecutionRecordsResponse:
    """The response of ListTestCaseExecutionRecords.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``execution_records``: An array of test case execution record objects.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    execution_records: list[ExecutionRecord] | None = None
    """An array of test case execution record objects."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.execution_records
        if value is not None:
            path = prefix + "execution_records"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ExecutionRecord):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ExecutionRecord, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=100000)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.execution_records is not None:
            result["ExecutionRecords"] = [v1.to_dict() for v1 in self.execution_records]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListTestCaseExecutionRecordsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListTestCaseExecutionRecordsResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            execution_records=(
                None
                if (value := data.get("ExecutionRecords")) is None
                else [
                    ExecutionRecord.from_dict(
                        v1, path=path + "ExecutionRecords" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "ExecutionRecords")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListTestCaseExecutionRecordsResponseDraft:
    """A :class:`ListTestCaseExecutionRecordsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "execution_records", "next_token")
    http_status: int
    execution_records: list[ExecutionRecord] | None
    next_token: str | None


def new_list_test_case_execution_records(
    instance_id: str,
    test_case_id: str,
    test_case_execution_id: str,
) -> ListTestCaseExecutionRecords:
    """Create a :class:`ListTestCaseExecutionRecords` with all optional fields omitted."""
    return ListTestCaseExecutionRecords(
        instance_id=instance_id,
        test_case_id=test_case_id,
        test_case_execution_id=test_case_execution_id,
    )


list_test_case_execution_records_instance_id = _rt.Lens[
    ListTestCaseExecutionRecords, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_test_case_execution_records_instance_id",
)
"""Lens on :attr:`ListTestCaseExecutionRecords.instance_id`."""


list_test_case_execution_records_test_case_id = _rt.Lens[
    ListTestCaseExecutionRecords, str
](
    lambda s: s.test_case_id,
    lambda s, v: _dc.replace(s, test_case_id=v),
    "list_test_case_execution_records_test_case_id",
)
"""Lens on :attr:`ListTestCaseExecutionRecords.test_case_id`."""


list_test_case_execution_records_test_case_execution_id = _rt.Lens[
    ListTestCaseExecutionRecords, str
](
    lambda s: s.test_case_execution_id,
    lambda s, v: _dc.replace(s, test_case_execution_id=v),
    "list_test_case_execution_records_test_case_execution_id",
)
"""Lens on :attr:`ListTestCaseExecutionRecords.test_case_execution_id`."""


list_test_case_execution_records_status = _rt.Lens[
    ListTestCaseExecutionRecords, str | None
](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "list_test_case_execution_records_status",
)
"""Lens on :attr:`ListTestCaseExecutionRecords.status`."""


list_test_case_execution_records_next_token = _rt.Lens[
    ListTestCaseExecutionRecords, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_test_case_execution_records_next_token",
)
"""Lens on :attr:`ListTestCaseExecutionRecords.next_token`."""


list_test_case_execution_records_max_results = _rt.Lens[
    ListTestCaseExecutionRecords, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_test_case_execution_records_max_results",
)
"""Lens on :attr:`ListTestCaseExecutionRecords.max_results`."""


def new_list_test_case_execution_records_response(
    http_status: int,
) -> ListTestCaseExecutionRecordsResponse:
    """Create a :class:`ListTestCaseExecutionRecordsResponse` with all optional fields omitted."""
    return ListTestCaseExecutionRecordsResponse(
        http_status=http_status,
    )


list_test_case_execution_records_response_http_status = _rt.Lens[
    ListTestCaseExecutionRecordsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_test_case_execution_records_response_http_status",
)
"""Lens on :attr:`ListTestCaseExecutionRecordsResponse.http_status`."""


list_test_case_execution_records_response_execution_records = _rt.Lens[
    ListTestCaseExecutionRecordsResponse, list[ExecutionRecord] | None
](
    lambda s: s.execution_records,
    lambda s, v: _dc.replace(s, execution_records=v),
    "list_test_case_execution_records_response_execution_records",
)
"""Lens on :attr:`ListTestCaseExecutionRecordsResponse.execution_records`."""


list_test_case_execution_records_response_next_token = _rt.Lens[
    ListTestCaseExecutionRecordsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_test_case_execution_records_response_next_token",
)
"""Lens on :attr:`ListTestCaseExecutionRecordsResponse.next_token`."""


def _serialize(
    request: ListTestCaseExecutionRecords, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.test_case_id == "":
        raise _rt.ValidationError(
            ["test_case_id: a URI label must be set and not empty"]
        )
    if request.test_case_execution_id == "":
        raise _rt.ValidationError(
            ["test_case_execution_id: a URI label must be set and not empty"]
        )
    path = (
        "/test-cases/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.test_case_id, "test_case_id")
        + "/"
        + _rt.quote_label(request.test_case_execution_id, "test_case_execution_id")
        + "/records"
    )
    query: list[tuple[str, str | None]] = []
    if request.status is not None:
        query.append(("status", request.status))
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
) -> ListTestCaseExecutionRecordsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListTestCaseExecutionRecordsResponseDraft()
    draft.http_status = status
    try:
        draft.execution_records = (
            None
            if (value := data.get("ExecutionRecords")) is None
            else [
                ExecutionRecord._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "ExecutionRecords")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "ExecutionRecords")
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
    return _rt.seal(draft, ListTestCaseExecutionRecordsResponse)


OPERATION: _rt.Operation[
    ListTestCaseExecutionRecords, ListTestCaseExecutionRecordsResponse
] = _rt.Operation(
    "ListTestCaseExecutionRecords",
    ListTestCaseExecutionRecords,
    ListTestCaseExecutionRecordsResponse,
    (
        _errors.InvalidParameterException,
        _errors.InvalidRequestException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
        _errors.AccessDeniedException,
    ),
    _serialize,
    _deserialize,
)
"""The ListTestCaseExecutionRecords operation: its types, errors and wire codec."""
