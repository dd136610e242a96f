"""List the hours of operation overrides."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.hours_of_operation_override import HoursOfOperationOverride

_PATTERN_1 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListHoursOfOperationOverrides:
    """List the hours of operation overrides.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``hours_of_operation_id``: The identifier for the hours of operation.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Connect Customer instance."""

    hours_of_operation_id: str
    """The identifier for the hours of operation."""

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
        value = self.hours_of_operation_id
        if value is None:
            errors.append(prefix + "hours_of_operation_id: required but missing")
        else:
            path = prefix + "hours_of_operation_id"
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
        result["HoursOfOperationId"] = self.hours_of_operation_id
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListHoursOfOperationOverrides:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListHoursOfOperationOverrides")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            hours_of_operation_id=_rt.required(data, "HoursOfOperationId", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListHoursOfOperationOverridesResponse:
    """The response of ListHoursOfOperationOverrides.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``next_token``: The token for the next set of results.
    - ``hours_of_operation_override_list``: Information about the hours of operation override.
    - ``last_modified_region``: The Amazon Web Services Region where this resource was last modified.
    - ``last_modified_time``: The timestamp when this resource was last modified.
    """

    http_status: int
    """The HTTP status code of the response."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    hours_of_operation_override_list: list[HoursOfOperationOverride] | None = None
    """Information about the hours of operation override."""

    last_modified_region: str | None = None
    """The Amazon Web Services Region where this resource was last modified."""

    last_modified_time: _dt.datetime | None = None
    """The timestamp when this resource was last modified."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.hours_of_operation_override_list
        if value is not None:
            path = prefix + "hours_of_operation_override_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, HoursOfOperationOverride):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected HoursOfOperationOverride, got {type(v1).__name__}"
                            )
        value = self.last_modified_region
        if value is not None:
            path = prefix + "last_modified_region"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.last_modified_time
        if value is not None:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.hours_of_operation_override_list is not None:
            result["HoursOfOperationOverrideList"] = [
                v1.to_dict() for v1 in self.hours_of_operation_override_list
            ]
        if self.last_modified_region is not None:
            result["LastModifiedRegion"] = self.last_modified_region
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListHoursOfOperationOverridesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListHoursOfOperationOverridesResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            next_token=data.get("NextToken"),
            hours_of_operation_override_list=(
                None
                if (value := data.get("HoursOfOperationOverrideList")) is None
                else [
                    HoursOfOperationOverride.from_dict(
                        v1, path=path + "HoursOfOperationOverrideList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(
                            value, path + "HoursOfOperationOverrideList"
                        )
                    )
                ]
            ),
            last_modified_region=data.get("LastModifiedRegion"),
            last_modified_time=data.get("LastModifiedTime"),
        )


class _ListHoursOfOperationOverridesResponseDraft:
    """A :class:`ListHoursOfOperationOverridesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "next_token",
        "hours_of_operation_override_list",
        "last_modified_region",
        "last_modified_time",
    )
    http_status: int
    next_token: str | None
    hours_of_operation_override_list: list[HoursOfOperationOverride] | None
    last_modified_region: str | None
    last_modified_time: _dt.datetime | None


def new_list_hours_of_operation_overrides(
    instance_id: str,
    hours_of_operation_id: str,
) -> ListHoursOfOperationOverrides:
    """Create a :class:`ListHoursOfOperationOverrides` with all optional fields omitted."""
    return ListHoursOfOperationOverrides(
        instance_id=instance_id,
        hours_of_operation_id=hours_of_operation_id,
    )


list_hours_of_operation_overrides_instance_id = _rt.Lens[
    ListHoursOfOperationOverrides, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_hours_of_operation_overrides_instance_id",
)
"""Lens on :attr:`ListHoursOfOperationOverrides.instance_id`."""


list_hours_of_operation_overrides_hours_of_operation_id = _rt.Lens[
    ListHoursOfOperationOverrides, str
](
    lambda s: s.hours_of_operation_id,
    lambda s, v: _dc.replace(s, hours_of_operation_id=v),
    "list_hours_of_operation_overrides_hours_of_operation_id",
)
"""Lens on :attr:`ListHoursOfOperationOverrides.hours_of_operation_id`."""


list_hours_of_operation_overrides_next_token = _rt.Lens[
    ListHoursOfOperationOverrides, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_hours_of_operation_overrides_next_token",
)
"""Lens on :attr:`ListHoursOfOperationOverrides.next_token`."""


list_hours_of_operation_overrides_max_results = _rt.Lens[
    ListHoursOfOperationOverrides, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_hours_of_operation_overrides_max_results",
)
"""Lens on :attr:`ListHoursOfOperationOverrides.max_results`."""


def new_list_hours_of_operation_overrides_response(
    http_status: int,
) -> ListHoursOfOperationOverridesResponse:
    """Create a :class:`ListHoursOfOperationOverridesResponse` with all optional fields omitted."""
    return ListHoursOfOperationOverridesResponse(
        http_status=http_status,
    )


list_hours_of_operation_overrides_response_http_status = _rt.Lens[
    ListHoursOfOperationOverridesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_hours_of_operation_overrides_response_http_status",
)
"""Lens on :attr:`ListHoursOfOperationOverridesResponse.http_status`."""


list_hours_of_operation_overrides_response_next_token = _rt.Lens[
    ListHoursOfOperationOverridesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_hours_of_operation_overrides_response_next_token",
)
"""Lens on :attr:`ListHoursOfOperationOverridesResponse.next_token`."""


list_hours_of_operation_overrides_response_hours_of_operation_override_list = _rt.Lens[
    ListHoursOfOperationOverridesResponse, list[HoursOfOperationOverride] | None
](
    lambda s: s.hours_of_operation_override_list,
    lambda s, v: _dc.replace(s, hours_of_operation_override_list=v),
    "list_hours_of_operation_overrides_response_hours_of_operation_override_list",
)
"""Lens on :attr:`ListHoursOfOperationOverridesResponse.hours_of_operation_override_list`."""


list_hours_of_operation_overrides_response_last_modified_region = _rt.Lens[
    ListHoursOfOperationOverridesResponse, str | None
](
    lambda s: s.last_modified_region,
    lambda s, v: _dc.replace(s, last_modified_region=v),
    "list_hours_of_operation_overrides_response_last_modified_region",
)
"""Lens on :attr:`ListHoursOfOperationOverridesResponse.last_modified_region`."""


list_hours_of_operation_overrides_response_last_modified_time = _rt.Lens[
    ListHoursOfOperationOverridesResponse, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "list_hours_of_operation_overrides_response_last_modified_time",
)
"""Lens on :attr:`ListHoursOfOperationOverridesResponse.last_modified_time`."""


def _serialize(
    request: ListHoursOfOperationOverrides, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.hours_of_operation_id == "":
        raise _rt.ValidationError(
            ["hours_of_operation_id: a URI label must be set and not empty"]
        )
    path = (
        "/hours-of-operations/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.hours_of_operation_id, "hours_of_operation_id")
        + "/overrides"
    )
    query: list[tuple[str, str | None]] = []
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
) -> ListHoursOfOperationOverridesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListHoursOfOperationOverridesResponseDraft()
    draft.http_status = status
    try:
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
        draft.hours_of_operation_override_list = (
            None
            if (value := data.get("HoursOfOperationOverrideList")) is None
            else [
                HoursOfOperationOverride._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "HoursOfOperationOverrideList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "HoursOfOperationOverrideList")
                )
                if v1 is not None
            ]
        )
        draft.last_modified_region = (
            None
            if (value := data.get("LastModifiedRegion")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "LastModifiedRegion")
            )
        )
        draft.last_modified_time = (
            None
            if (value := data.get("LastModifiedTime")) is None
            else _rt.parse_timestamp(value, "LastModifiedTime")
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListHoursOfOperationOverridesResponse)


OPERATION: _rt.Operation[
    ListHoursOfOperationOverrides, ListHoursOfOperationOverridesResponse
] = _rt.Operation(
    "ListHoursOfOperationOverrides",
    ListHoursOfOperationOverrides,
    ListHoursOfOperationOverridesResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The ListHoursOfOperationOverrides operation: its types, errors and wire codec."""
