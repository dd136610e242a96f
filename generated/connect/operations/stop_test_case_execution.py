"""Stops a running test execution."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StopTestCaseExecution:
    """Stops a running test execution.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``test_case_execution_id``: The identifier of the test case execution to stop.
    - ``test_case_id``: The identifier of the test case.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance."""

    test_case_execution_id: str
    """The identifier of the test case execution to stop."""

    test_case_id: str
    """The identifier of the test case."""

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
        value = self.test_case_execution_id
        if value is None:
            errors.append(prefix + "test_case_execution_id: required but missing")
        else:
            path = prefix + "test_case_execution_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
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
        result["TestCaseExecutionId"] = self.test_case_execution_id
        result["TestCaseId"] = self.test_case_id
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> StopTestCaseExecution:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StopTestCaseExecution")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            test_case_execution_id=_rt.required(data, "TestCaseExecutionId", path),
            test_case_id=_rt.required(data, "TestCaseId", path),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class StopTestCaseExecutionResponse:
    """The response of StopTestCaseExecution.

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
    ) -> StopTestCaseExecutionResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "StopTestCaseExecutionResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _StopTestCaseExecutionResponseDraft:
    """A :class:`StopTestCaseExecutionResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_stop_test_case_execution(
    instance_id: str,
    test_case_execution_id: str,
    test_case_id: str,
) -> StopTestCaseExecution:
    """Create a :class:`StopTestCaseExecution` with all optional fields omitted."""
    return StopTestCaseExecution(
        instance_id=instance_id,
        test_case_execution_id=test_case_execution_id,
        test_case_id=test_case_id,
    )


stop_test_case_execution_instance_id = _rt.Lens[StopTestCaseExecution, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "stop_test_case_execution_instance_id",
)
"""Lens on :attr:`StopTestCaseExecution.instance_id`."""


stop_test_case_execution_test_case_execution_id = _rt.Lens[StopTestCaseExecution, str](
    lambda s: s.test_case_execution_id,
    lambda s, v: _dc.replace(s, test_case_execution_id=v),
    "stop_test_case_execution_test_case_execution_id",
)
"""Lens on :attr:`StopTestCaseExecution.test_case_execution_id`."""


stop_test_case_execution_test_case_id = _rt.Lens[StopTestCaseExecution, str](
    lambda s: s.test_case_id,
    lambda s, v: _dc.replace(s, test_case_id=v),
    "stop_test_case_execution_test_case_id",
)
"""Lens on :attr:`StopTestCaseExecution.test_case_id`."""


stop_test_case_execution_client_token = _rt.Lens[StopTestCaseExecution, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "stop_test_case_execution_client_token",
)
"""Lens on :attr:`StopTestCaseExecution.client_token`."""


def new_stop_test_case_execution_response(
    http_status: int,
) -> StopTestCaseExecutionResponse:
    """Create a :class:`StopTestCaseExecutionResponse` with all optional fields omitted."""
    return StopTestCaseExecutionResponse(
        http_status=http_status,
    )


stop_test_case_execution_response_http_status = _rt.Lens[
    StopTestCaseExecutionResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "stop_test_case_execution_response_http_status",
)
"""Lens on :attr:`StopTestCaseExecutionResponse.http_status`."""


def _serialize(
    request: StopTestCaseExecution, validate: bool = True
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
        + "/stop-execution"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ClientToken"] = idempotency_client_token
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
) -> StopTestCaseExecutionResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _StopTestCaseExecutionResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, StopTestCaseExecutionResponse)


OPERATION: _rt.Operation[StopTestCaseExecution, StopTestCaseExecutionResponse] = (
    _rt.Operation(
        "StopTestCaseExecution",
        StopTestCaseExecution,
        StopTestCaseExecutionResponse,
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
"""The StopTestCaseExecution operation: its types, errors and wire codec."""
