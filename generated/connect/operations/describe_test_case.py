"""Describes the specified test case and allows you to get the content and metadata of the test case for the specified Amazon Connect instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.test_case import TestCase

_PATTERN_1 = _rt.Pattern(
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_TEST_CASE_STATUS_VALUES = frozenset(
    (
        "PUBLISHED",
        "SAVED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeTestCase:
    """Describes the specified test case and allows you to get the content and
    metadata of the test case for the specified Amazon Connect instance.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``test_case_id``: The identifier of the test case.
    - ``status``: The status of the test case version to retrieve.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance."""

    test_case_id: str
    """The identifier of the test case."""

    status: str | None = None
    """The status of the test case version to retrieve. If not specified,
    returns the published version if available, otherwise returns the saved
    version.
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
            _rt.check_str(
                errors, path, value, min_len=1, max_len=250, pattern=_PATTERN_1
            )
        value = self.test_case_id
        if value is None:
            errors.append(prefix + "test_case_id: required but missing")
        else:
            path = prefix + "test_case_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.status
        if value is not None:
            path = prefix + "status"
            _rt.check_str(errors, path, value, enum=_TEST_CASE_STATUS_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["TestCaseId"] = self.test_case_id
        if self.status is not None:
            result["Status"] = self.status
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeTestCase:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeTestCase")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            test_case_id=_rt.required(data, "TestCaseId", path),
            status=data.get("Status"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeTestCaseResponse:
    """The response of DescribeTestCase.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``test_case``: The test case object containing all test case information.
    """

    http_status: int
    """The HTTP status code of the response."""

    test_case: TestCase | None = None
    """The test case object containing all test case information."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.test_case
        if value is not None:
            path = prefix + "test_case"
            if isinstance(value, TestCase):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected TestCase, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.test_case is not None:
            result["TestCase"] = self.test_case.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeTestCaseResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeTestCaseResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            test_case=(
                None
                if (value := data.get("TestCase")) is None
                else TestCase.from_dict(value, path=path + "TestCase" + ".")
            ),
        )


class _DescribeTestCaseResponseDraft:
    """A :class:`DescribeTestCaseResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "test_case")
    http_status: int
    test_case: TestCase | None


def new_describe_test_case(
    instance_id: str,
    test_case_id: str,
) -> DescribeTestCase:
    """Create a :class:`DescribeTestCase` with all optional fields omitted."""
    return DescribeTestCase(
        instance_id=instance_id,
        test_case_id=test_case_id,
    )


describe_test_case_instance_id = _rt.Lens[DescribeTestCase, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_test_case_instance_id",
)
"""Lens on :attr:`DescribeTestCase.instance_id`."""


describe_test_case_test_case_id = _rt.Lens[DescribeTestCase, str](
    lambda s: s.test_case_id,
    lambda s, v: _dc.replace(s, test_case_id=v),
    "describe_test_case_test_case_id",
)
"""Lens on :attr:`DescribeTestCase.test_case_id`."""


describe_test_case_status = _rt.Lens[DescribeTestCase, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "describe_test_case_status",
)
"""Lens on :attr:`DescribeTestCase.status`."""


def new_describe_test_case_response(
    http_status: int,
) -> DescribeTestCaseResponse:
    """Create a :class:`DescribeTestCaseResponse` with all optional fields omitted."""
    return DescribeTestCaseResponse(
        http_status=http_status,
    )


describe_test_case_response_http_status = _rt.Lens[DescribeTestCaseResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_test_case_response_http_status",
)
"""Lens on :attr:`DescribeTestCaseResponse.http_status`."""


describe_test_case_response_test_case = _rt.Lens[
    DescribeTestCaseResponse, TestCase | None
](
    lambda s: s.test_case,
    lambda s, v: _dc.replace(s, test_case=v),
    "describe_test_case_response_test_case",
)
"""Lens on :attr:`DescribeTestCaseResponse.test_case`."""


def _serialize(request: DescribeTestCase, validate: bool = True) -> _rt.HttpRequest:
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
    path = (
        "/test-cases/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.test_case_id, "test_case_id")
    )
    query: list[tuple[str, str | None]] = []
    if request.status is not None:
        query.append(("status", request.status))
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
) -> DescribeTestCaseResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeTestCaseResponseDraft()
    draft.http_status = status
    try:
        draft.test_case = (
            None
            if (value := data.get("TestCase")) is None
            else TestCase._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "TestCase")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeTestCaseResponse)


OPERATION: _rt.Operation[DescribeTestCase, DescribeTestCaseResponse] = _rt.Operation(
    "DescribeTestCase",
    DescribeTestCase,
    DescribeTestCaseResponse,
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
"""The DescribeTestCase operation: its types, errors and wire codec."""
