"""Updates the primary values for a record."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.data_table_lock_version import DataTableLockVersion
from ..shapes.primary_value import PrimaryValue


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateDataTablePrimaryValues:
    """Updates the primary values for a record. This operation affects all
    existing values that are currently associated to the record and its
    primary values. Users that have restrictions on attributes and/or
    primary values are not authorized to use this endpoint. The combination
    of new primary values must be unique within the table.

    Fields:

    - ``instance_id``: The unique identifier for the Amazon Connect instance.
    - ``data_table_id``: The unique identifier for the data table.
    - ``primary_values``: The current primary values for the record.
    - ``new_primary_values``: The new primary values for the record.
    - ``lock_version``: The lock version information required for optimistic locking to prevent concurrent modifications.
    """

    instance_id: str
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str
    """The unique identifier for the data table. Must also accept the table ARN
    with or without a version alias. If the version is provided as part of
    the identifier or ARN, the version must be one of the two available
    system managed aliases, $SAVED or $LATEST.
    """

    primary_values: list[PrimaryValue]
    """The current primary values for the record. Required and must include
    values for all primary attributes. Fails if the table has primary
    attributes and some primary values are omitted.
    """

    new_primary_values: list[PrimaryValue]
    """The new primary values for the record. Required and must include values
    for all primary attributes. The combination must be unique within the
    table.
    """

    lock_version: DataTableLockVersion
    """The lock version information required for optimistic locking to prevent
    concurrent modifications.
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
        value = self.data_table_id
        if value is None:
            errors.append(prefix + "data_table_id: required but missing")
        else:
            path = prefix + "data_table_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.primary_values
        if value is None:
            errors.append(prefix + "primary_values: required but missing")
        else:
            path = prefix + "primary_values"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, PrimaryValue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected PrimaryValue, got {type(v1).__name__}"
                            )
        value = self.new_primary_values
        if value is None:
            errors.append(prefix + "new_primary_values: required but missing")
        else:
            path = prefix + "new_primary_values"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, PrimaryValue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected PrimaryValue, got {type(v1).__name__}"
                            )
        value = self.lock_version
        if value is None:
            errors.append(prefix + "lock_version: required but missing")
        else:
            path = prefix + "lock_version"
            if isinstance(value, DataTableLockVersion):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected DataTableLockVersion, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["DataTableId"] = self.data_table_id
        result["PrimaryValues"] = [v1.to_dict() for v1 in self.primary_values]
        result["NewPrimaryValues"] = [v1.to_dict() for v1 in self.new_primary_values]
        result["LockVersion"] = self.lock_version.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateDataTablePrimaryValues:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateDataTablePrimaryValues")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            data_table_id=_rt.required(data, "DataTableId", path),
            primary_values=[
                PrimaryValue.from_dict(
                    v1, path=path + "PrimaryValues" + f"[{i1}]" + "."
                )
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "PrimaryValues", path),
                        path + "PrimaryValues",
                    )
                )
            ],
            new_primary_values=[
                PrimaryValue.from_dict(
                    v1, path=path + "NewPrimaryValues" + f"[{i1}]" + "."
                )
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "NewPrimaryValues", path),
                        path + "NewPrimaryValues",
                    )
                )
            ],
            lock_version=DataTableLockVersion.from_dict(
                _rt.required(data, "LockVersion", path), path=path + "LockVersion" + "."
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateDataTablePrimaryValuesResponse:
    """The response of UpdateDataTablePrimaryValues.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``lock_version``: The updated lock version information for the data table and affected components after the primary values change.
    """

    http_status: int
    """The HTTP status code of the response."""

    lock_version: DataTableLockVersion | None
    """The updated lock version information for the data table and affected
    components after the primary values change.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.lock_version
        if value is None:
            errors.append(prefix + "lock_version: required but missing")
        else:
            path = prefix + "lock_version"
            if isinstance(value, DataTableLockVersion):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected DataTableLockVersion, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.lock_version is not None:
            result["LockVersion"] = self.lock_version.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateDataTablePrimaryValuesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateDataTablePrimaryValuesResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            lock_version=(
                None
                if (value := data.get("LockVersion")) is None
                else DataTableLockVersion.from_dict(
                    value, path=path + "LockVersion" + "."
                )
            ),
        )


class _UpdateDataTablePrimaryValuesResponseDraft:
    """A :class:`UpdateDataTablePrimaryValuesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "lock_version")
    http_status: int
    lock_version: DataTableLockVersion | None


def new_update_data_table_primary_values(
    instance_id: str,
    data_table_id: str,
    primary_values: list[PrimaryValue],
    new_primary_values: list[PrimaryValue],
    lock_version: DataTableLockVersion,
) -> UpdateDataTablePrimaryValues:
    """Create a :class:`UpdateDataTablePrimaryValues` with all optional fields omitted."""
    return UpdateDataTablePrimaryValues(
        instance_id=instance_id,
        data_table_id=data_table_id,
        primary_values=primary_values,
        new_primary_values=new_primary_values,
        lock_version=lock_version,
    )


update_data_table_primary_values_instance_id = _rt.Lens[
    UpdateDataTablePrimaryValues, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_data_table_primary_values_instance_id",
)
"""Lens on :attr:`UpdateDataTablePrimaryValues.instance_id`."""


update_data_table_primary_values_data_table_id = _rt.Lens[
    UpdateDataTablePrimaryValues, str
](
    lambda s: s.data_table_id,
    lambda s, v: _dc.replace(s, data_table_id=v),
    "update_data_table_primary_values_data_table_id",
)
"""Lens on :attr:`UpdateDataTablePrimaryValues.data_table_id`."""


update_data_table_primary_values_primary_values = _rt.Lens[
    UpdateDataTablePrimaryValues, list[PrimaryValue]
](
    lambda s: s.primary_values,
    lambda s, v: _dc.replace(s, primary_values=v),
    "update_data_table_primary_values_primary_values",
)
"""Lens on :attr:`UpdateDataTablePrimaryValues.primary_values`."""


update_data_table_primary_values_new_primary_values = _rt.Lens[
    UpdateDataTablePrimaryValues, list[PrimaryValue]
](
    lambda s: s.new_primary_values,
    lambda s, v: _dc.replace(s, new_primary_values=v),
    "update_data_table_primary_values_new_primary_values",
)
"""Lens on :attr:`UpdateDataTablePrimaryValues.new_primary_values`."""


update_data_table_primary_values_lock_version = _rt.Lens[
    UpdateDataTablePrimaryValues, DataTableLockVersion
](
    lambda s: s.lock_version,
    lambda s, v: _dc.replace(s, lock_version=v),
    "update_data_table_primary_values_lock_version",
)
"""Lens on :attr:`UpdateDataTablePrimaryValues.lock_version`."""


def new_update_data_table_primary_values_response(
    http_status: int,
    lock_version: DataTableLockVersion,
) -> UpdateDataTablePrimaryValuesResponse:
    """Create a :class:`UpdateDataTablePrimaryValuesResponse` with all optional fields omitted."""
    return UpdateDataTablePrimaryValuesResponse(
        http_status=http_status,
        lock_version=lock_version,
    )


update_data_table_primary_values_response_http_status = _rt.Lens[
    UpdateDataTablePrimaryValuesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_data_table_primary_values_response_http_status",
)
"""Lens on :attr:`UpdateDataTablePrimaryValuesResponse.http_status`."""


update_data_table_primary_values_response_lock_version = _rt.Lens[
    UpdateDataTablePrimaryValuesResponse, DataTableLockVersion | None
](
    lambda s: s.lock_version,
    lambda s, v: _dc.replace(s, lock_version=v),
    "update_data_table_primary_values_response_lock_version",
)
"""Lens on :attr:`UpdateDataTablePrimaryValuesResponse.lock_version`."""


def _serialize(
    request: UpdateDataTablePrimaryValues, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.data_table_id == "":
        raise _rt.ValidationError(
            ["data_table_id: a URI label must be set and not empty"]
        )
    path = (
        "/data-tables/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.data_table_id, "data_table_id")
        + "/values/update-primary"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["PrimaryValues"] = [v1._to_json() for v1 in request.primary_values]
    data["NewPrimaryValues"] = [v1._to_json() for v1 in request.new_primary_values]
    data["LockVersion"] = request.lock_version._to_json()
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
) -> UpdateDataTablePrimaryValuesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _UpdateDataTablePrimaryValuesResponseDraft()
    draft.http_status = status
    try:
        draft.lock_version = (
            None
            if (value := data.get("LockVersion")) is None
            else DataTableLockVersion._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "LockVersion")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, UpdateDataTablePrimaryValuesResponse)


OPERATION: _rt.Operation[
    UpdateDataTablePrimaryValues, UpdateDataTablePrimaryValuesResponse
] = _rt.Operation(
    "UpdateDataTablePrimaryValues",
    UpdateDataTablePrimaryValues,
    UpdateDataTablePrimaryValuesResponse,
    (
        _errors.InvalidRequestException,
        _errors.ConflictException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.ThrottlingException,
        _errors.AccessDeniedException,
        _errors.InvalidParameterException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateDataTablePrimaryValues operation: its types, errors and wire codec."""
