"""Updates any of the metadata for a test case, such as the name, description, and status or content of an existing test case."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.test_case_entry_point import TestCaseEntryPoint

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
_PATTERN_2 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateTestCase:
    """Updates any of the metadata for a test case, such as the name,
    description, and status or content of an existing test case. This API
    doesn't allow customers to update the tags of the test case resource for
    the specified Amazon Connect instance.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``test_case_id``: The identifier of the test case to update.
    - ``content``: The JSON string that represents the content of the test.
    - ``entry_point``: Defines the starting point for your test.
    - ``initialization_data``: Defines the test attributes for precise data representation.
    - ``name``: The name of the test case.
    - ``description``: The description of the test case.
    - ``status``: Indicates the test status as either SAVED or PUBLISHED.
    - ``last_modified_time``: The time at which the resource was last modified.
    - ``last_modified_region``: The region in which the resource was last modified
    """

    instance_id: str
    """The identifier of the Amazon Connect instance."""

    test_case_id: str
    """The identifier of the test case to update."""

    content: str | None = None
    """The JSON string that represents the content of the test."""

    entry_point: TestCaseEntryPoint | None = None
    """Defines the starting point for your test."""

    initialization_data: str | None = None
    """Defines the test attributes for precise data representation."""

    name: str | None = None
    """The name of the test case."""

    description: str | None = None
    """The description of the test case."""

    status: str | None = None
    """Indicates the test status as either SAVED or PUBLISHED. The PUBLISHED
    status will initiate validation on the content. The SAVED status does
    not initiate validation of the content.
    """

    last_modified_time: _dt.datetime | None = None
    """The time at which the resource was last modified."""

    last_modified_region: str | None = None
    """The region in which the resource was last modified"""

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
        value = self.content
        if value is not None:
            path = prefix + "content"
            _rt.check_str(errors, path, value)
        value = self.entry_point
        if value is not None:
            path = prefix + "entry_point"
            if isinstance(value, TestCaseEntryPoint):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected TestCaseEntryPoint, got {type(value).__name__}"
                )
        value = self.initialization_data
        if value is not None:
            path = prefix + "initialization_data"
            _rt.check_str(errors, path, value)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=None)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value)
        value = self.status
        if value is not None:
            path = prefix + "status"
            _rt.check_str(errors, path, value, enum=_TEST_CASE_STATUS_VALUES)
        value = self.last_modified_time
        if value is not None:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_modified_region
        if value is not None:
            path = prefix + "last_modified_region"
            _rt.check_str(errors, path, value, pattern=_PATTERN_2)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["TestCaseId"] = self.test_case_id
        if self.content is not None:
            result["Content"] = self.content
        if self.entry_point is not None:
            result["EntryPoint"] = self.entry_point.to_dict()
        if self.initialization_data is not None:
            result["InitializationData"] = self.initialization_data
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        if self.status is not None:
            result["Status"] = self.status
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.last_modified_region is not None:
            result["LastModifiedRegion"] = self.last_modified_region
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateTestCase:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateTestCase")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            test_case_id=_rt.required(data, "TestCaseId", path),
            content=data.get("Content"),
            entry_point=(
                None
                if (value := data.get("EntryPoint")) is None
                else TestCaseEntryPoint.from_dict(value, path=path + "EntryPoint" + ".")
            ),
            initialization_data=data.get("InitializationData"),
            name=data.get("Name"),
            description=data.get("Description"),
            status=data.get("Status"),
            last_modified_time=data.get("LastModifiedTime"),
            last_modified_region=data.get("LastModifiedRegion"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateTestCaseResponse:
    """The response of UpdateTestCase.

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
    ) -> UpdateTestCaseResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateTestCaseResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateTestCaseResponseDraft:
    """A :class:`UpdateTestCaseResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_test_case(
    instance_id: str,
    test_case_id: str,
) -> UpdateTestCase:
    """Create a :class:`UpdateTestCase` with all optional fields omitted."""
    return UpdateTestCase(
        instance_id=instance_id,
        test_case_id=test_case_id,
    )


update_test_case_instance_id = _rt.Lens[UpdateTestCase, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_test_case_instance_id",
)
"""Lens on :attr:`UpdateTestCase.instance_id`."""


update_test_case_test_case_id = _rt.Lens[UpdateTestCase, str](
    lambda s: s.test_case_id,
    lambda s, v: _dc.replace(s, test_case_id=v),
    "update_test_case_test_case_id",
)
"""Lens on :attr:`UpdateTestCase.test_case_id`."""


update_test_case_content = _rt.Lens[UpdateTestCase, str | None](
    lambda s: s.content,
    lambda s, v: _dc.replace(s, content=v),
    "update_test_case_content",
)
"""Lens on :attr:`UpdateTestCase.content`."""


update_test_case_entry_point = _rt.Lens[UpdateTestCase, TestCaseEntryPoint | None](
    lambda s: s.entry_point,
    lambda s, v: _dc.replace(s, entry_point=v),
    "update_test_case_entry_point",
)
"""Lens on :attr:`UpdateTestCase.entry_point`."""


update_test_case_initialization_data = _rt.Lens[UpdateTestCase, str | None](
    lambda s: s.initialization_data,
    lambda s, v: _dc.replace(s, initialization_data=v),
    "update_test_case_initialization_data",
)
"""Lens on :attr:`UpdateTestCase.initialization_data`."""


update_test_case_name = _rt.Lens[UpdateTestCase, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_test_case_name",
)
"""Lens on :attr:`UpdateTestCase.name`."""


update_test_case_description = _rt.Lens[UpdateTestCase, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_test_case_description",
)
"""Lens on :attr:`UpdateTestCase.description`."""


update_test_case_status = _rt.Lens[UpdateTestCase, str | None](
    lambda s: s.status,
    lambda s, v: _dc.replace(s, status=v),
    "update_test_case_status",
)
"""Lens on :attr:`UpdateTestCase.status`."""


update_test_case_last_modified_time = _rt.Lens[UpdateTestCase, _dt.datetime | None](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "update_test_case_last_modified_time",
)
"""Lens on :attr:`UpdateTestCase.last_modified_time`."""


update_test_case_last_modified_region = _rt.Lens[UpdateTestCase, str | None](
    lambda s: s.last_modified_region,
    lambda s, v: _dc.replace(s, last_modified_region=v),
    "update_test_case_last_modified_region",
)
"""Lens on :attr:`UpdateTestCase.last_modified_region`."""


def new_update_test_case_response(
    http_status: int,
) -> UpdateTestCaseResponse:
    """Create a :class:`UpdateTestCaseResponse` with all optional fields omitted."""
    return UpdateTestCaseResponse(
        http_status=http_status,
    )


update_test_case_response_http_status = _rt.Lens[UpdateTestCaseResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_test_case_response_http_status",
)
"""Lens on :attr:`UpdateTestCaseResponse.http_status`."""


def _serialize(request: UpdateTestCase, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.last_modified_time is not None:
        headers["x-amz-last-modified-time"] = _rt.http_date(request.last_modified_time)
    if request.last_modified_region is not None:
        headers["x-amz-last-modified-region"] = _rt.header_value(
            request.last_modified_region, "last_modified_region"
        )
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
    data: dict[str, _t.Any] = {}
    if request.content is not None:
        data["Content"] = request.content
    if request.entry_point is not None:
        data["EntryPoint"] = request.entry_point._to_json()
    if request.initialization_data is not None:
        data["InitializationData"] = request.initialization_data
    if request.name is not None:
        data["Name"] = request.name
    if request.description is not None:
        data["Description"] = request.description
    if request.status is not None:
        data["Status"] = request.status
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
) -> UpdateTestCaseResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateTestCaseResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateTestCaseResponse)


OPERATION: _rt.Operation[UpdateTestCase, UpdateTestCaseResponse] = _rt.Operation(
    "UpdateTestCase",
    UpdateTestCase,
    UpdateTestCaseResponse,
    (
        _errors.InvalidRequestException,
        _errors.DuplicateResourceException,
        _errors.InvalidTestCaseException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
        _errors.AccessDeniedException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateTestCase operation: its types, errors and wire codec."""
