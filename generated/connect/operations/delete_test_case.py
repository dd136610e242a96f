"""Deletes the test case that has already been created for the specified Amazon Connect instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteTestCase:
    """Deletes the test case that has already been created for the specified
    Amazon Connect instance.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``test_case_id``: The identifier of the test case to delete.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance."""

    test_case_id: str
    """The identifier of the test case to delete."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["TestCaseId"] = self.test_case_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteTestCase:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteTestCase")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            test_case_id=_rt.required(data, "TestCaseId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteTestCaseResponse:
    """The response of DeleteTestCase.

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
    ) -> DeleteTestCaseResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteTestCaseResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteTestCaseResponseDraft:
    """A :class:`DeleteTestCaseResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_test_case(
    instance_id: str,
    test_case_id: str,
) -> DeleteTestCase:
    """Create a :class:`DeleteTestCase` with all optional fields omitted."""
    return DeleteTestCase(
        instance_id=instance_id,
        test_case_id=test_case_id,
    )


delete_test_case_instance_id = _rt.Lens[DeleteTestCase, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_test_case_instance_id",
)
"""Lens on :attr:`DeleteTestCase.instance_id`."""


delete_test_case_test_case_id = _rt.Lens[DeleteTestCase, str](
    lambda s: s.test_case_id,
    lambda s, v: _dc.replace(s, test_case_id=v),
    "delete_test_case_test_case_id",
)
"""Lens on :attr:`DeleteTestCase.test_case_id`."""


def new_delete_test_case_response(
    http_status: int,
) -> DeleteTestCaseResponse:
    """Create a :class:`DeleteTestCaseResponse` with all optional fields omitted."""
    return DeleteTestCaseResponse(
        http_status=http_status,
    )


delete_test_case_response_http_status = _rt.Lens[DeleteTestCaseResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_test_case_response_http_status",
)
"""Lens on :attr:`DeleteTestCaseResponse.http_status`."""


def _serialize(request: DeleteTestCase, validate: bool = True) -> _rt.HttpRequest:
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
    body = b""
    return _rt.HttpRequest(
        method="DELETE",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DeleteTestCaseResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteTestCaseResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteTestCaseResponse)


OPERATION: _rt.Operation[DeleteTestCase, DeleteTestCaseResponse] = _rt.Operation(
    "DeleteTestCase",
    DeleteTestCase,
    DeleteTestCaseResponse,
    (
        _errors.AccessDeniedException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The DeleteTestCase operation: its types, errors and wire codec."""
