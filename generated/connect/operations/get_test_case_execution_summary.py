"""Retrieves an overview of a test execution that includes the status of the execution, start and end time, and observation summary."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.observation_summary import ObservationSummary

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
class GetTestCaseExecutionSummary:
    """Retrieves an overview of a test execution that includes the status of
    the execution, start and end time, and observation summary.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``test_case_id``: The identifier of the test case.
    - ``test_case_execution_id``: The identifier of the test case execution.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance."""

    test_case_id: str
    """The identifier of the test case."""

    test_case_execution_id: str
    """The identifier of the test case execution."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["TestCaseId"] = self.test_case_id
        result["TestCaseExecutionId"] = self.test_case_execution_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetTestCaseExecutionSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetTestCaseExecutionSummary")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            test_case_id=_rt.required(data, "TestCaseId", path),
            test_case_execution_id=_rt.required(data, "TestCaseExecutionId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetTestCaseExecutionSummaryResponse:
    """The response of GetTestCaseExecutionSummary.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``start_time``: The timestamp when the test case execution started.
    - ``end_time``: The timestamp when the test case execution ended.
    - ``status``: The status of the test case execution.
    - ``observation_summary``: Summary statistics for the test case execution.
    """

    http_status: int
    """The HTTP status code of the response."""

    start_time: _dt.datetime | None = None
    """The timestamp when the test case execution started."""

    end_time: _dt.datetime | None = None
    """The timestamp when the test case execution ended."""

    status: str | None = None
    """The status of the test case execution."""

    observation_summary: ObservationSummary | None = None
    """Summary statistics for the test case execution."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.start_time
        if value is not None:
            path = prefix + "start_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.end_time
        if value is not None:
            path = prefix + "end_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.status
        if value is not None:
            path = prefix + "status"
            _rt.check_str(errors, path, value, enum=_TEST_CASE_EXECUTION_STATUS_VALUES)
        value = self.observation_summary
        if value is not None:
            path = prefix + "observation_summary"
            if isinstance(value, ObservationSummary):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ObservationSummary, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.start_time is not None:
            result["StartTime"] = self.start_time
        if self.end_time is not None:
            result["EndTime"] = self.end_time
        if self.status is not None:
            result["Status"] = self.status
        if self.observation_summary is not None:
            result["ObservationSummary"] = self.observation_summary.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetTestCaseExecutionSummaryResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "GetTestCaseExecutionSummaryResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            start_time=data.get("StartTime"),
            end_time=data.get("EndTime"),
            status=data.get("Status"),
            observation_summary=(
                None
                if (value := data.get("ObservationSummary")) is None
                else ObservationSummary.from_dict(
                    value, path=path + "ObservationSummary" + "."
                )
            ),
        )


class _GetTestCaseExecutionSummaryResponseDraft:
    """A :class:`GetTestCaseExecutionSummaryResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "start_time",
        "end_time",
        "status",
        "observation_summary",
    )
    http_status: int
    start_time: _dt.datetime | None
    end_time: _dt.datetime | None
    status: str | None
    observation_summary: ObservationSummary | None


def new_get_test_case_execution_summary(
    instance_id: str,
    test_case_id: str,
    test_case_execution_id: str,
) -> GetTestCaseExecutionSummary:
    """Create a :class:`GetTestCaseExecutionSummary` with all optional fields omitted."""
    return GetTestCaseExecutionSummary(
        instance_id=instance_id,
        test_case_id=test_case_id,
        test_case_execution_id=test_case_execution_id,
    )


get_test_case_execution_summary_instance_id = _rt.Lens[
    GetTestCaseExecutionSummary, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "get_test_case_execution_summary_instance_id",
)
"""Lens on :attr:`GetTestCaseExecutionSummary.instance_id`."""


get_test_case_execution_summary_test_case_id = _rt.Lens[
    GetTestCaseExecutionSummary, str
](
    lambda s: s.test_case_id,
    lambda s, v: _dc.replace(s, test_case_id=v),
    "get_test_case_execution_summary_test_case_id",
)
"""Lens on :attr:`GetTestCaseExecutionSummary.test_case_id`."""


get_test_case_execution_summary_test_case_execution_id = _rt.Lens[
    GetTestCaseExecutionSummary, str
](
    lambda s: s.test_case_execution_id,
    lambda s, v: _dc.replace(s, test_case_execution_id=v),
    "get_test_case_execution_summary_test_case_execution_id",
)
"""Lens on :attr:`GetTestCaseExecutionSummary.test_case_execution_id`."""


def new_get_test_case_execution_summary_response(
    http_status: int,
) -> GetTestCaseExecutionSummaryResponse:
    """Create a :class:`GetTestCaseExecutionSummaryResponse` with all optional fields omitted."""
    return GetTestCaseExecutionSummaryResponse(
        http_status=http_status,
    )


get_test_case_execution_summary_response_http_status = _rt.Lens[
    GetTestCaseExecutionSummaryResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "get_test_case_execution_summary_response_http_status",
)
"""Lens on :attr:`GetTestCaseExecutionSummaryResponse.http_status`."""


get_test_case_execution_summary_response_start_time = _rt.Lens[
    GetTestCaseExecutionSummaryResponse, _dt.datetime | None
](
    lambda s: s.start_time,
    lambda s, v: _dc.replace(s, start_time=v),
    "get_test_case_execution_summary_response_start_time",
)
"""Lens on :attr:`GetTestCaseExecutionSummaryResponse.start_time`."""


get_test_case_execution_summary_response_end_time = _rt.Lens[
    GetTestCaseExecutionSummaryResponse, _dt.datetime | None
](
    lambda s: s.end_time,
    lambda s, v: _dc.replace(s, end_time=v),
    "get_test_case_execution_summary_response_end_time",
)
"""Lens on :attr:`GetTestCaseExecutionSummaryResponse.end_time`."""


get_test_case_execution_summary_response_status = _rt.Lens[
    GetTestCaseExecutionSummaryResponse, str | None
](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "get_test_case_execution_summary_response_status",
)
"""Lens on :attr:`GetTestCaseExecutionSummaryResponse.status`."""


get_test_case_execution_summary_response_observation_summary = _rt.Lens[
    GetTestCaseExecutionSummaryResponse, ObservationSummary | None
](
    lambda s: s.observation_summary,
    lambda s, v: _dc.replace(s, observation_summary=v),
    "get_test_case_execution_summary_response_observation_summary",
)
"""Lens on :attr:`GetTestCaseExecutionSummaryResponse.observation_summary`."""


def _serialize(
    request: GetTestCaseExecutionSummary, validate: bool = True
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
        + "/summary"
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
) -> GetTestCaseExecutionSummaryResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _GetTestCaseExecutionSummaryResponseDraft()
    draft.http_status = status
    try:
        draft.start_time = (
            None
            if (value := data.get("StartTime")) is None
            else _rt.parse_timestamp(value, "StartTime")
        )
        draft.end_time = (
            None
            if (value := data.get("EndTime")) is None
            else _rt.parse_timestamp(value, "EndTime")
        )
        draft.status = (
            None
            if (value := data.get("Status")) is None
            else (value if type(value) is str else _rt.expect_str(value, "Status"))
        )
        draft.observation_summary = (
            None
            if (value := data.get("ObservationSummary")) is None
            else ObservationSummary._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "ObservationSummary")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, GetTestCaseExecutionSummaryResponse)


OPERATION: _rt.Operation[
    GetTestCaseExecutionSummary, GetTestCaseExecutionSummaryResponse
] = _rt.Operation(
    "GetTestCaseExecutionSummary",
    GetTestCaseExecutionSummary,
    GetTestCaseExecutionSummaryResponse,
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
"""The GetTestCaseExecutionSummary operation: its types, errors and wire codec."""
