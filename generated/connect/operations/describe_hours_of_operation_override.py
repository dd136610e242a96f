"""Describes the hours of operation override."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.hours_of_operation_override import HoursOfOperationOverride


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeHoursOfOperationOverride:
    """Describes the hours of operation override.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``hours_of_operation_id``: The identifier for the hours of operation.
    - ``hours_of_operation_override_id``: The identifier for the hours of operation override.
    """

    instance_id: str
    """The identifier of the Connect Customer instance."""

    hours_of_operation_id: str
    """The identifier for the hours of operation."""

    hours_of_operation_override_id: str
    """The identifier for the hours of operation override."""

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
        value = self.hours_of_operation_override_id
        if value is None:
            errors.append(
                prefix + "hours_of_operation_override_id: required but missing"
            )
        else:
            path = prefix + "hours_of_operation_override_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=36)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["HoursOfOperationId"] = self.hours_of_operation_id
        result["HoursOfOperationOverrideId"] = self.hours_of_operation_override_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeHoursOfOperationOverride:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeHoursOfOperationOverride")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            hours_of_operation_id=_rt.required(data, "HoursOfOperationId", path),
            hours_of_operation_override_id=_rt.required(
                data, "HoursOfOperationOverrideId", path
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeHoursOfOperationOverrideResponse:
    """The response of DescribeHoursOfOperationOverride.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``hours_of_operation_override``: Information about the hours of operations override.
    """

    http_status: int
    """The HTTP status code of the response."""

    hours_of_operation_override: HoursOfOperationOverride | None = None
    """Information about the hours of operations override."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.hours_of_operation_override
        if value is not None:
            path = prefix + "hours_of_operation_override"
            if isinstance(value, HoursOfOperationOverride):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected HoursOfOperationOverride, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.hours_of_operation_override is not None:
            result["HoursOfOperationOverride"] = (
                self.hours_of_operation_override.to_dict()
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeHoursOfOperationOverrideResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DescribeHoursOfOperationOverrideResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            hours_of_operation_override=(
                None
                if (value := data.get("HoursOfOperationOverride")) is None
                else HoursOfOperationOverride.from_dict(
                    value, path=path + "HoursOfOperationOverride" + "."
                )
            ),
        )


class _DescribeHoursOfOperationOverrideResponseDraft:
    """A :class:`DescribeHoursOfOperationOverrideResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "hours_of_operation_override")
    http_status: int
    hours_of_operation_override: HoursOfOperationOverride | None


def new_describe_hours_of_operation_override(
    instance_id: str,
    hours_of_operation_id: str,
    hours_of_operation_override_id: str,
) -> DescribeHoursOfOperationOverride:
    """Create a :class:`DescribeHoursOfOperationOverride` with all optional fields omitted."""
    return DescribeHoursOfOperationOverride(
        instance_id=instance_id,
        hours_of_operation_id=hours_of_operation_id,
        hours_of_operation_override_id=hours_of_operation_override_id,
    )


describe_hours_of_operation_override_instance_id = _rt.Lens[
    DescribeHoursOfOperationOverride, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_hours_of_operation_override_instance_id",
)
"""Lens on :attr:`DescribeHoursOfOperationOverride.instance_id`."""


describe_hours_of_operation_override_hours_of_operation_id = _rt.Lens[
    DescribeHoursOfOperationOverride, str
](
    lambda s: s.hours_of_operation_id,
    lambda s, v: _dc.replace(s, hours_of_operation_id=v),
    "describe_hours_of_operation_override_hours_of_operation_id",
)
"""Lens on :attr:`DescribeHoursOfOperationOverride.hours_of_operation_id`."""


describe_hours_of_operation_override_hours_of_operation_override_id = _rt.Lens[
    DescribeHoursOfOperationOverride, str
](
    lambda s: s.hours_of_operation_override_id,
    lambda s, v: _dc.replace(s, hours_of_operation_override_id=v),
    "describe_hours_of_operation_override_hours_of_operation_override_id",
)
"""Lens on :attr:`DescribeHoursOfOperationOverride.hours_of_operation_override_id`."""


def new_describe_hours_of_operation_override_response(
    http_status: int,
) -> DescribeHoursOfOperationOverrideResponse:
    """Create a :class:`DescribeHoursOfOperationOverrideResponse` with all optional fields omitted."""
    return DescribeHoursOfOperationOverrideResponse(
        http_status=http_status,
    )


describe_hours_of_operation_override_response_http_status = _rt.Lens[
    DescribeHoursOfOperationOverrideResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_hours_of_operation_override_response_http_status",
)
"""Lens on :attr:`DescribeHoursOfOperationOverrideResponse.http_status`."""


describe_hours_of_operation_override_response_hours_of_operation_override = _rt.Lens[
    DescribeHoursOfOperationOverrideResponse, HoursOfOperationOverride | None
](
    lambda s: s.hours_of_operation_override,
    lambda s, v: _dc.replace(s, hours_of_operation_override=v),
    "describe_hours_of_operation_override_response_hours_of_operation_override",
)
"""Lens on :attr:`DescribeHoursOfOperationOverrideResponse.hours_of_operation_override`."""


def _serialize(
    request: DescribeHoursOfOperationOverride, validate: bool = True
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
    if request.hours_of_operation_override_id == "":
        raise _rt.ValidationError(
            ["hours_of_operation_override_id: a URI label must be set and not empty"]
        )
    path = (
        "/hours-of-operations/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.hours_of_operation_id, "hours_of_operation_id")
        + "/overrides/"
        + _rt.quote_label(
            request.hours_of_operation_override_id, "hours_of_operation_override_id"
        )
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
) -> DescribeHoursOfOperationOverrideResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeHoursOfOperationOverrideResponseDraft()
    draft.http_status = status
    try:
        draft.hours_of_operation_override = (
            None
            if (value := data.get("HoursOfOperationOverride")) is None
            else HoursOfOperationOverride._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "HoursOfOperationOverride")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeHoursOfOperationOverrideResponse)


OPERATION: _rt.Operation[
    DescribeHoursOfOperationOverride, DescribeHoursOfOperationOverrideResponse
] = _rt.Operation(
    "DescribeHoursOfOperationOverride",
    DescribeHoursOfOperationOverride,
    DescribeHoursOfOperationOverrideResponse,
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
"""The DescribeHoursOfOperationOverride operation: its types, errors and wire codec."""
