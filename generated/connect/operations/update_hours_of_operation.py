"""Updates the hours of operation."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.hours_of_operation_config import HoursOfOperationConfig


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateHoursOfOperation:
    """Updates the hours of operation.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``hours_of_operation_id``: The identifier of the hours of operation.
    - ``name``: The name of the hours of operation.
    - ``description``: The description of the hours of operation.
    - ``time_zone``: The time zone of the hours of operation.
    - ``config``: Configuration information of the hours of operation.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    hours_of_operation_id: str
    """The identifier of the hours of operation."""

    name: str | None = None
    """The name of the hours of operation."""

    description: str | None = None
    """The description of the hours of operation."""

    time_zone: str | None = None
    """The time zone of the hours of operation."""

    config: list[HoursOfOperationConfig] | None = None
    """Configuration information of the hours of operation."""

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
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=127)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=0, max_len=250)
        value = self.time_zone
        if value is not None:
            path = prefix + "time_zone"
            _rt.check_str(errors, path, value)
        value = self.config
        if value is not None:
            path = prefix + "config"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 100)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, HoursOfOperationConfig):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected HoursOfOperationConfig, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["HoursOfOperationId"] = self.hours_of_operation_id
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        if self.time_zone is not None:
            result["TimeZone"] = self.time_zone
        if self.config is not None:
            result["Config"] = [v1.to_dict() for v1 in self.config]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateHoursOfOperation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateHoursOfOperation")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            hours_of_operation_id=_rt.required(data, "HoursOfOperationId", path),
            name=data.get("Name"),
            description=data.get("Description"),
            time_zone=data.get("TimeZone"),
            config=(
                None
                if (value := data.get("Config")) is None
                else [
                    HoursOfOperationConfig.from_dict(
                        v1, path=path + "Config" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Config"))
                ]
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateHoursOfOperationResponse:
    """The response of UpdateHoursOfOperation.

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
    ) -> UpdateHoursOfOperationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateHoursOfOperationResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateHoursOfOperationResponseDraft:
    """A :class:`UpdateHoursOfOperationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_hours_of_operation(
    instance_id: str,
    hours_of_operation_id: str,
) -> UpdateHoursOfOperation:
    """Create a :class:`UpdateHoursOfOperation` with all optional fields omitted."""
    return UpdateHoursOfOperation(
        instance_id=instance_id,
        hours_of_operation_id=hours_of_operation_id,
    )


update_hours_of_operation_instance_id = _rt.Lens[UpdateHoursOfOperation, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_hours_of_operation_instance_id",
)
"""Lens on :attr:`UpdateHoursOfOperation.instance_id`."""


update_hours_of_operation_hours_of_operation_id = _rt.Lens[UpdateHoursOfOperation, str](
    lambda s: s.hours_of_operation_id,
    lambda s, v: _dc.replace(s, hours_of_operation_id=v),
    "update_hours_of_operation_hours_of_operation_id",
)
"""Lens on :attr:`UpdateHoursOfOperation.hours_of_operation_id`."""


update_hours_of_operation_name = _rt.Lens[UpdateHoursOfOperation, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_hours_of_operation_name",
)
"""Lens on :attr:`UpdateHoursOfOperation.name`."""


update_hours_of_operation_description = _rt.Lens[UpdateHoursOfOperation, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_hours_of_operation_description",
)
"""Lens on :attr:`UpdateHoursOfOperation.description`."""


update_hours_of_operation_time_zone = _rt.Lens[UpdateHoursOfOperation, str | None](
    lambda s: s.time_zone,
    lambda s, v: _dc.replace(s, time_zone=v),
    "update_hours_of_operation_time_zone",
)
"""Lens on :attr:`UpdateHoursOfOperation.time_zone`."""


update_hours_of_operation_config = _rt.Lens[
    UpdateHoursOfOperation, list[HoursOfOperationConfig] | None
](
    lambda s: s.config,
    lambda s, v: _dc.replace(s, config=v),
    "update_hours_of_operation_config",
)
"""Lens on :attr:`UpdateHoursOfOperation.config`."""


def new_update_hours_of_operation_response(
    http_status: int,
) -> UpdateHoursOfOperationResponse:
    """Create a :class:`UpdateHoursOfOperationResponse` with all optional fields omitted."""
    return UpdateHoursOfOperationResponse(
        http_status=http_status,
    )


update_hours_of_operation_response_http_status = _rt.Lens[
    UpdateHoursOfOperationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_hours_of_operation_response_http_status",
)
"""Lens on :attr:`UpdateHoursOfOperationResponse.http_status`."""


def _serialize(
    request: UpdateHoursOfOperation, validate: bool = True
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
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.name is not None:
        data["Name"] = request.name
    if request.description is not None:
        data["Description"] = request.description
    if request.time_zone is not None:
        data["TimeZone"] = request.time_zone
    if request.config is not None:
        data["Config"] = [v1._to_json() for v1 in request.config]
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
) -> UpdateHoursOfOperationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateHoursOfOperationResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateHoursOfOperationResponse)


OPERATION: _rt.Operation[UpdateHoursOfOperation, UpdateHoursOfOperationResponse] = (
    _rt.Operation(
        "UpdateHoursOfOperation",
        UpdateHoursOfOperation,
        UpdateHoursOfOperationResponse,
        (
            _errors.DuplicateResourceException,
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.InternalServiceException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The UpdateHoursOfOperation operation: its types, errors and wire codec."""
