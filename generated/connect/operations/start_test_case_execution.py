"""Starts executing a published test case."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

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
class StartTestCaseExecution:
    """Starts executing a published test case.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``test_case_id``: The identifier of the test case to execute.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance."""

    test_case_id: str
    """The identifier of the test case to execute."""

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
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
        value = self.test_case_id
        if value is None:
            errors.append(prefix + "test_case_id: required but missing")
        else:
            path = prefix + "test_case_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["TestCaseId"] = self.test_case_id
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartTestCaseExecution:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartTestCaseExecution")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            test_case_id=_rt.required(data, "TestCaseId", path),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StartTestCaseExecutionResponse:
    """The response of StartTestCaseExecution.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``test_case_execution_id``: The identifier of the test case execution.
    - ``test_case_id``: The identifier of the test case resource that was executed.
    - ``status``: The status of a test case execution.
    """

    http_status: int
    """The HTTP status code of the response."""

    test_case_execution_id: str | None = None
    """The identifier of the test case execution."""

    test_case_id: str | None = None
    """The identifier of the test case resource that was executed."""

    status: str | None = None
    """The status of a test case execution."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.test_case_execution_id
        if value is not None:
            path = prefix + "test_case_execution_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.test_case_id
        if value is not None:
            path = prefix + "test_case_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.status
        if value is not None:
            path = prefix + "status"
            _rt.check_str(errors, path, value, enum=_TEST_CASE_EXECUTION_STATUS_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.test_case_execution_id is not None:
            result["TestCaseExecutionId"] = self.test_case_execution_id
        if self.test_case_id is not None:
            result["TestCaseId"] = self.test_case_id
        if self.status is not None:
            result["Status"] = self.status
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StartTestCaseExecutionResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StartTestCaseExecutionResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            test_case_execution_id=data.get("TestCaseExecutionId"),
            test_case_id=data.get("TestCaseId"),
            status=data.get("Status"),
        )


class _StartTestCaseExecutionResponseDraft:
    """A :class:`StartTestCaseExecutionResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "test_case_execution_id", "test_case_id", "status")
    http_status: int
    test_case_execution_id: str | None
    test_case_id: str | None
    status: str | None


def new_start_test_case_execution(
    instance_id: str,
    test_case_id: str,
) -> StartTestCaseExecution:
    """Create a :class:`StartTestCaseExecution` with all optional fields omitted."""
    return StartTestCaseExecution(
        instance_id=instance_id,
        test_case_id=test_case_id,
    )


start_test_case_execution_instance_id = _rt.Lens[StartTestCaseExecution, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "start_test_case_execution_instance_id",
)
"""Lens on :attr:`StartTestCaseExecution.instance_id`."""


start_test_case_execution_test_case_id = _rt.Lens[StartTestCaseExecution, str](
    lambda s: s.test_case_id,
    lambda s, v: _dc.replace(s, test_case_id=v),
    "start_test_case_execution_test_case_id",
)
"""Lens on :attr:`StartTestCaseExecution.test_case_id`."""


start_test_case_execution_client_token = _rt.Lens[StartTestCaseExecution, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "start_test_case_execution_client_token",
)
"""Lens on :attr:`StartTestCaseExecution.client_token`."""


def new_start_test_case_execution_response(
    http_status: int,
) -> StartTestCaseExecutionResponse:
    """Create a :class:`StartTestCaseExecutionResponse` with all optional fields omitted."""
    return StartTestCaseExecutionResponse(
        http_status=http_status,
    )


start_test_case_execution_response_http_status = _rt.Lens[
    StartTestCaseExecutionResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "start_test_case_execution_response_http_status",
)
"""Lens on :attr:`StartTestCaseExecutionResponse.http_status`."""


start_test_case_execution_response_test_case_execution_id = _rt.Lens[
    StartTestCaseExecutionResponse, str | None
](
    lambda s: s.test_case_execution_id,
    lambda s, v: _dc.replace(s, test_case_execution_id=v),
    "start_test_case_execution_response_test_case_execution_id",
)
"""Lens on :attr:`StartTestCaseExecutionResponse.test_case_execution_id`."""


start_test_case_execution_response_test_case_id = _rt.Lens[
    StartTestCaseExecutionResponse, str | None
](
    lambda s: s.test_case_id,
    lambda s, v: _dc.replace(s, test_case_id=v),
    "start_test_case_execution_response_test_case_id",
)
"""Lens on :attr:`StartTestCaseExecutionResponse.test_case_id`."""


start_test_case_execution_response_status = _rt.Lens[
    StartTestCaseExecutionResponse, str | None
](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "start_test_case_execution_response_status",
)
"""Lens on :attr:`StartTestCaseExecutionResponse.status`."""


def _serialize(
    request: StartTestCaseExecution, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.test_case_id == "":
        raise _rt.ValidationError(
            ["test_case_id: a URI label must be set and not empty"]
        )
    path = (
        "/test-cases/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.test_case_id, "test_case_id")
        + "/start-execution"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ClientToken"] = idempotency_client_token
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="PUT",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> StartTestCaseExecutionResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _StartTestCaseExecutionResponseDraft()
    draft.http_status = status
    try:
        draft.test_case_execution_id = (
            None
            if (value := data.get("TestCaseExecutionId")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "TestCaseExecutionId")
            )
        )
        draft.test_case_id = (
            None
            if (value := data.get("TestCaseId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "TestCaseId"))
        )
        draft.status = (
            None
            if (value := data.get("Status")) is None
            else (value if type(value) is str else _rt.expect_str(value, "Status"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, StartTestCaseExecutionResponse)


OPERATION: _rt.Operation[StartTestCaseExecution, StartTestCaseExecutionResponse] = (
    _rt.Operation(
        "StartTestCaseExecution",
        StartTestCaseExecution,
        StartTestCaseExecutionResponse,
        (
            _errors.InvalidParameterException,
            _errors.InvalidRequestException,
            _errors.ServiceQuotaExceededException,
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.InternalServiceException,
            _errors.AccessDeniedException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The StartTestCaseExecution operation: its types, errors and wire codec."""
