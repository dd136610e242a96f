"""Lists all test case executions and allows filtering by test case id, test case name, start time, end time or status of the execution for the specified Amazon Connect instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.test_case_execution import TestCaseExecution

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
class ListTestCaseExecutions:
    """Lists all test case executions and allows filtering by test case id,
    test case name, start time, end time or status of the execution for the
    specified Amazon Connect instance.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``test_case_id``: Filter executions by test case identifier.
    - ``test_case_name``: Filter executions by test case name.
    - ``start_time``: Filter executions that started after this time.
    - ``end_time``: Filter executions that started before this time.
    - ``status``: Filter executions by status.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance."""

    test_case_id: str | None = None
    """Filter executions by test case identifier."""

    test_case_name: str | None = None
    """Filter executions by test case name."""

    start_time: int | None = None
    """Filter executions that started after this time."""

    end_time: int | None = None
    """Filter executions that started before this time."""

    status: str | None = None
    """Filter executions by status."""

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
        if value is not None:
            path = prefix + "test_case_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.test_case_name
        if value is not None:
            path = prefix + "test_case_name"
            _rt.check_str(errors, path, value, min_len=1, max_len=None)
        value = self.start_time
        if value is not None:
            path = prefix + "start_time"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)
        value = self.end_time
        if value is not None:
            path = prefix + "end_time"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)
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
        if self.test_case_id is not None:
            result["TestCaseId"] = self.test_case_id
        if self.test_case_name is not None:
            result["TestCaseName"] = self.test_case_name
        if self.start_time is not None:
            result["StartTime"] = self.start_time
        if self.end_time is not None:
            result["EndTime"] = self.end_time
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
    ) -> ListTestCaseExecutions:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListTestCaseExecutions")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            test_case_id=data.get("TestCaseId"),
            test_case_name=data.get("TestCaseName"),
            start_time=data.get("StartTime"),
            end_time=data.get("EndTime"),
            status=data.get("Status"),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListTestCaseExecutionsResponse:
    """The response of ListTestCaseExecutions.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``test_case_executions``: An array of test case execution summary objects.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    test_case_executions: list[TestCaseExecution] | None = None
    """An array of test case execution summary objects."""

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
        value = self.test_case_executions
        if value is not None:
            path = prefix + "test_case_executions"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, TestCaseExecution):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected TestCaseExecution, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.test_case_executions is not None:
            result["TestCaseExecutions"] = [
                v1.to_dict() for v1 in self.test_case_executions
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListTestCaseExecutionsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListTestCaseExecutionsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            test_case_executions=(
                None
                if (value := data.get("TestCaseExecutions")) is None
                else [
                    TestCaseExecution.from_dict(
                        v1, path=path + "TestCaseExecutions" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "TestCaseExecutions")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListTestCaseExecutionsResponseDraft:
    """A :class:`ListTestCaseExecutionsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "test_case_executions", "next_token")
    http_status: int
    test_case_executions: list[TestCaseExecution] | None
    next_token: str | None


def new_list_test_case_executions(
    instance_id: str,
) -> ListTestCaseExecutions:
    """Create a :class:`ListTestCaseExecutions` with all optional fields omitted."""
    return ListTestCaseExecutions(
        instance_id=instance_id,
    )


list_test_case_executions_instance_id = _rt.Lens[ListTestCaseExecutions, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_test_case_executions_instance_id",
)
"""Lens on :attr:`ListTestCaseExecutions.instance_id`."""


list_test_case_executions_test_case_id = _rt.Lens[ListTestCaseExecutions, str | None](
    lambda s: s.test_case_id,
    lambda s, v: _dc.replace(s, test_case_id=v),
    "list_test_case_executions_test_case_id",
)
"""Lens on :attr:`ListTestCaseExecutions.test_case_id`."""


list_test_case_executions_test_case_name = _rt.Lens[ListTestCaseExecutions, str | None](
    lambda s: s.test_case_name,
    lambda s, v: _dc.replace(s, test_case_name=v),
    "list_test_case_executions_test_case_name",
)
"""Lens on :attr:`ListTestCaseExecutions.test_case_name`."""


list_test_case_executions_start_time = _rt.Lens[ListTestCaseExecutions, int | None](
    lambda s: s.start_time,
    lambda s, v: _dc.replace(s, start_time=v),
    "list_test_case_executions_start_time",
)
"""Lens on :attr:`ListTestCaseExecutions.start_time`."""


list_test_case_executions_end_time = _rt.Lens[ListTestCaseExecutions, int | None](
    lambda s: s.end_time,
    lambda s, v: _dc.replace(s, end_time=v),
    "list_test_case_executions_end_time",
)
"""Lens on :attr:`ListTestCaseExecutions.end_time`."""


list_test_case_executions_status = _rt.Lens[ListTestCaseExecutions, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "list_test_case_executions_status",
)
"""Lens on :attr:`ListTestCaseExecutions.status`."""


list_test_case_executions_next_token = _rt.Lens[ListTestCaseExecutions, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_test_case_executions_next_token",
)
"""Lens on :attr:`ListTestCaseExecutions.next_token`."""


list_test_case_executions_max_results = _rt.Lens[ListTestCaseExecutions, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_test_case_executions_max_results",
)
"""Lens on :attr:`ListTestCaseExecutions.max_results`."""


def new_list_test_case_executions_response(
    http_status: int,
) -> ListTestCaseExecutionsResponse:
    """Create a :class:`ListTestCaseExecutionsResponse` with all optional fields omitted."""
    return ListTestCaseExecutionsResponse(
        http_status=http_status,
    )


list_test_case_executions_response_http_status = _rt.Lens[
    ListTestCaseExecutionsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_test_case_executions_response_http_status",
)
"""Lens on :attr:`ListTestCaseExecutionsResponse.http_status`."""


list_test_case_executions_response_test_case_executions = _rt.Lens[
    ListTestCaseExecutionsResponse, list[TestCaseExecution] | None
](
    lambda s: s.test_case_executions,
    lambda s, v: _dc.replace(s, test_case_executions=v),
    "list_test_case_executions_response_test_case_executions",
)
"""Lens on :attr:`ListTestCaseExecutionsResponse.test_case_executions`."""


list_test_case_executions_response_next_token = _rt.Lens[
    ListTestCaseExecutionsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_test_case_executions_response_next_token",
)
"""Lens on :attr:`ListTestCaseExecutionsResponse.next_token`."""


def _serialize(
    request: ListTestCaseExecutions, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/test-case-executions/" + _rt.quote_label(
        request.instance_id, "instance_id"
    )
    query: list[tuple[str, str | None]] = []
    if request.test_case_id is not None:
        query.append(("testCaseId", request.test_case_id))
    if request.test_case_name is not None:
        query.append(("testCaseName", request.test_case_name))
    if request.start_time is not None:
        query.append(("startTime", str(request.start_time)))
    if request.end_time is not None:
        query.append(("endTime", str(request.end_time)))
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
) -> ListTestCaseExecutionsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListTestCaseExecutionsResponseDraft()
    draft.http_status = status
    try:
        draft.test_case_executions = (
            None
            if (value := data.get("TestCaseExecutions")) is None
            else [
                TestCaseExecution._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "TestCaseExecutions")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "TestCaseExecutions")
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
    return _rt.seal(draft, ListTestCaseExecutionsResponse)


OPERATION: _rt.Operation[ListTestCaseExecutions, ListTestCaseExecutionsResponse] = (
    _rt.Operation(
        "ListTestCaseExecutions",
        ListTestCaseExecutions,
        ListTestCaseExecutionsResponse,
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
)
"""The ListTestCaseExecutions operation: its types, errors and wire codec."""
