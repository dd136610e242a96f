"""Get the hours of operations with the effective override applied."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.effective_hours_of_operations import EffectiveHoursOfOperations
from ..shapes.effective_override_hours import EffectiveOverrideHours

_PATTERN_1 = _rt.Pattern(
    "^\\d{4}-\\d{2}-\\d{2}$",
    "(?a)^\\d{4}-\\d{2}-\\d{2}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetEffectiveHoursOfOperations:
    """Get the hours of operations with the effective override applied.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``hours_of_operation_id``: The identifier for the hours of operation.
    - ``from_date``: The date from when the hours of operation are listed.
    - ``to_date``: The date until when the hours of operation are listed.
    """

    instance_id: str
    """The identifier of the Connect Customer instance."""

    hours_of_operation_id: str
    """The identifier for the hours of operation."""

    from_date: str
    """The date from when the hours of operation are listed."""

    to_date: str
    """The date until when the hours of operation are listed."""

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
        value = self.from_date
        if value is None:
            errors.append(prefix + "from_date: required but missing")
        else:
            path = prefix + "from_date"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)
        value = self.to_date
        if value is None:
            errors.append(prefix + "to_date: required but missing")
        else:
            path = prefix + "to_date"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["HoursOfOperationId"] = self.hours_of_operation_id
        result["FromDate"] = self.from_date
        result["ToDate"] = self.to_date
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetEffectiveHoursOfOperations:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetEffectiveHoursOfOperations")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            hours_of_operation_id=_rt.required(data, "HoursOfOperationId", path),
            from_date=_rt.required(data, "FromDate", path),
            to_date=_rt.required(data, "ToDate", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetEffectiveHoursOfOperationsResponse:
    """The response of GetEffectiveHoursOfOperations.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``effective_hours_of_operation_list``: Information about the effective hours of operations.
    - ``effective_override_hours_list``: Information about override configurations applied to the base hours of operation to calculate the effective hours.
    - ``time_zone``: The time zone for the hours of operation.
    """

    http_status: int
    """The HTTP status code of the response."""

    effective_hours_of_operation_list: list[EffectiveHoursOfOperations] | None = None
    """Information about the effective hours of operations."""

    effective_override_hours_list: list[EffectiveOverrideHours] | None = None
    """Information about override configurations applied to the base hours of
    operation to calculate the effective hours.

    For more information about how override types are applied, see `Build
    your list of overrides
    <https://docs.aws.amazon.com/https:/docs.aws.amazon.com/connect/latest/adminguide/hours-of-operation-overrides.html>`__
    in the *Administrator Guide*.
    """

    time_zone: str | None = None
    """The time zone for the hours of operation."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.effective_hours_of_operation_list
        if value is not None:
            path = prefix + "effective_hours_of_operation_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EffectiveHoursOfOperations):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EffectiveHoursOfOperations, got {type(v1).__name__}"
                            )
        value = self.effective_override_hours_list
        if value is not None:
            path = prefix + "effective_override_hours_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, EffectiveOverrideHours):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected EffectiveOverrideHours, got {type(v1).__name__}"
                            )
        value = self.time_zone
        if value is not None:
            path = prefix + "time_zone"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.effective_hours_of_operation_list is not None:
            result["EffectiveHoursOfOperationList"] = [
                v1.to_dict() for v1 in self.effective_hours_of_operation_list
            ]
        if self.effective_override_hours_list is not None:
            result["EffectiveOverrideHoursList"] = [
                v1.to_dict() for v1 in self.effective_override_hours_list
            ]
        if self.time_zone is not None:
            result["TimeZone"] = self.time_zone
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetEffectiveHoursOfOperationsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "GetEffectiveHoursOfOperationsResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            effective_hours_of_operation_list=(
                None
                if (value := data.get("EffectiveHoursOfOperationList")) is None
                else [
                    EffectiveHoursOfOperations.from_dict(
                        v1,
                        path=path + "EffectiveHoursOfOperationList" + f"[{i1}]" + ".",
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(
                            value, path + "EffectiveHoursOfOperationList"
                        )
                    )
                ]
            ),
            effective_override_hours_list=(
                None
                if (value := data.get("EffectiveOverrideHoursList")) is None
                else [
                    EffectiveOverrideHours.from_dict(
                        v1, path=path + "EffectiveOverrideHoursList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "EffectiveOverrideHoursList")
                    )
                ]
            ),
            time_zone=data.get("TimeZone"),
        )


class _GetEffectiveHoursOfOperationsResponseDraft:
    """A :class:`GetEffectiveHoursOfOperationsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "effective_hours_of_operation_list",
        "effective_override_hours_list",
        "time_zone",
    )
    http_status: int
    effective_hours_of_operation_list: list[EffectiveHoursOfOperations] | None
    effective_override_hours_list: list[EffectiveOverrideHours] | None
    time_zone: str | None


def new_get_effective_hours_of_operations(
    instance_id: str,
    hours_of_operation_id: str,
    from_date: str,
    to_date: str,
) -> GetEffectiveHoursOfOperations:
    """Create a :class:`GetEffectiveHoursOfOperations` with all optional fields omitted."""
    return GetEffectiveHoursOfOperations(
        instance_id=instance_id,
        hours_of_operation_id=hours_of_operation_id,
        from_date=from_date,
        to_date=to_date,
    )


get_effective_hours_of_operations_instance_id = _rt.Lens[
    GetEffectiveHoursOfOperations, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "get_effective_hours_of_operations_instance_id",
)
"""Lens on :attr:`GetEffectiveHoursOfOperations.instance_id`."""


get_effective_hours_of_operations_hours_of_operation_id = _rt.Lens[
    GetEffectiveHoursOfOperations, str
](
    lambda s: s.hours_of_operation_id,
    lambda s, v: _dc.replace(s, hours_of_operation_id=v),
    "get_effective_hours_of_operations_hours_of_operation_id",
)
"""Lens on :attr:`GetEffectiveHoursOfOperations.hours_of_operation_id`."""


get_effective_hours_of_operations_from_date = _rt.Lens[
    GetEffectiveHoursOfOperations, str
](
    lambda s: s.from_date,
    lambda s, v: _dc.replace(s, from_date=v),
    "get_effective_hours_of_operations_from_date",
)
"""Lens on :attr:`GetEffectiveHoursOfOperations.from_date`."""


get_effective_hours_of_operations_to_date = _rt.Lens[
    GetEffectiveHoursOfOperations, str
](
    lambda s: s.to_date,
    lambda s, v: _dc.replace(s, to_date=v),
    "get_effective_hours_of_operations_to_date",
)
"""Lens on :attr:`GetEffectiveHoursOfOperations.to_date`."""


def new_get_effective_hours_of_operations_response(
    http_status: int,
) -> GetEffectiveHoursOfOperationsResponse:
    """Create a :class:`GetEffectiveHoursOfOperationsResponse` with all optional fields omitted."""
    return GetEffectiveHoursOfOperationsResponse(
        http_status=http_status,
    )


get_effective_hours_of_operations_response_http_status = _rt.Lens[
    GetEffectiveHoursOfOperationsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "get_effective_hours_of_operations_response_http_status",
)
"""Lens on :attr:`GetEffectiveHoursOfOperationsResponse.http_status`."""


get_effective_hours_of_operations_response_effective_hours_of_operation_list = _rt.Lens[
    GetEffectiveHoursOfOperationsResponse, list[EffectiveHoursOfOperations] | None
](
    lambda s: s.effective_hours_of_operation_list,
    lambda s, v: _dc.replace(s, effective_hours_of_operation_list=v),
    "get_effective_hours_of_operations_response_effective_hours_of_operation_list",
)
"""Lens on :attr:`GetEffectiveHoursOfOperationsResponse.effective_hours_of_operation_list`."""


get_effective_hours_of_operations_response_effective_override_hours_list = _rt.Lens[
    GetEffectiveHoursOfOperationsResponse, list[EffectiveOverrideHours] | None
](
    lambda s: s.effective_override_hours_list,
    lambda s, v: _dc.replace(s, effective_override_hours_list=v),
    "get_effective_hours_of_operations_response_effective_override_hours_list",
)
"""Lens on :attr:`GetEffectiveHoursOfOperationsResponse.effective_override_hours_list`."""


get_effective_hours_of_operations_response_time_zone = _rt.Lens[
    GetEffectiveHoursOfOperationsResponse, str | None
](
    lambda s: s.time_zone,
    lambda s, v: _dc.replace(s, time_zone=v),
    "get_effective_hours_of_operations_response_time_zone",
)
"""Lens on :attr:`GetEffectiveHoursOfOperationsResponse.time_zone`."""


def _serialize(
    request: GetEffectiveHoursOfOperations, validate: bool = True
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
        "/effective-hours-of-operations/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.hours_of_operation_id, "hours_of_operation_id")
    )
    query: list[tuple[str, str | None]] = []
    query.append(("fromDate", request.from_date))
    query.append(("toDate", request.to_date))
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
) -> GetEffectiveHoursOfOperationsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _GetEffectiveHoursOfOperationsResponseDraft()
    draft.http_status = status
    try:
        draft.effective_hours_of_operation_list = (
            None
            if (value := data.get("EffectiveHoursOfOperationList")) is None
            else [
                EffectiveHoursOfOperations._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "EffectiveHoursOfOperationList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "EffectiveHoursOfOperationList")
                )
                if v1 is not None
            ]
        )
        draft.effective_override_hours_list = (
            None
            if (value := data.get("EffectiveOverrideHoursList")) is None
            else [
                EffectiveOverrideHours._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "EffectiveOverrideHoursList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "EffectiveOverrideHoursList")
                )
                if v1 is not None
            ]
        )
        draft.time_zone = (
            None
            if (value := data.get("TimeZone")) is None
            else (value if type(value) is str else _rt.expect_str(value, "TimeZone"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, GetEffectiveHoursOfOperationsResponse)


OPERATION: _rt.Operation[
    GetEffectiveHoursOfOperations, GetEffectiveHoursOfOperationsResponse
] = _rt.Operation(
    "GetEffectiveHoursOfOperations",
    GetEffectiveHoursOfOperations,
    GetEffectiveHoursOfOperationsResponse,
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
"""The GetEffectiveHoursOfOperations operation: its types, errors and wire codec."""
