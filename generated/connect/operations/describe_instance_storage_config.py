"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.instance_storage_config import InstanceStorageConfig

_INSTANCE_STORAGE_RESOURCE_TYPE_VALUES = frozenset(
    (
        "CHAT_TRANSCRIPTS",
        "CALL_RECORDINGS",
        "SCHEDULED_REPORTS",
        "MEDIA_STREAMS",
        "CONTACT_TRACE_RECORDS",
        "AGENT_EVENTS",
        "REAL_TIME_CONTACT_ANALYSIS_SEGMENTS",
        "ATTACHMENTS",
        "CONTACT_EVALUATIONS",
        "SCREEN_RECORDINGS",
        "REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS",
        "REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS",
        "EMAIL_MESSAGES",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeInstanceStorageConfig:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Retrieves the current storage configurations for the specified resource
    type, association ID, and instance ID.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``association_id``: The existing association identifier that uniquely identifies the resource type and storage config for the given instance ID.
    - ``resource_type``: A valid resource type.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    association_id: str
    """The existing association identifier that uniquely identifies the
    resource type and storage config for the given instance ID.
    """

    resource_type: str
    """A valid resource type."""

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
        value = self.association_id
        if value is None:
            errors.append(prefix + "association_id: required but missing")
        else:
            path = prefix + "association_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.resource_type
        if value is None:
            errors.append(prefix + "resource_type: required but missing")
        else:
            path = prefix + "resource_type"
            _rt.check_str(
                errors, path, value, enum=_INSTANCE_STORAGE_RESOURCE_TYPE_VALUES
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["AssociationId"] = self.association_id
        result["ResourceType"] = self.resource_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeInstanceStorageConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeInstanceStorageConfig")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            association_id=_rt.required(data, "AssociationId", path),
            resource_type=_rt.required(data, "ResourceType", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeInstanceStorageConfigResponse:
    """The response of DescribeInstanceStorageConfig.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``storage_config``: A valid storage type.
    """

    http_status: int
    """The HTTP status code of the response."""

    storage_config: InstanceStorageConfig | None = None
    """A valid storage type."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.storage_config
        if value is not None:
            path = prefix + "storage_config"
            if isinstance(value, InstanceStorageConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected InstanceStorageConfig, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.storage_config is not None:
            result["StorageConfig"] = self.storage_config.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeInstanceStorageConfigResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DescribeInstanceStorageConfigResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            storage_config=(
                None
                if (value := data.get("StorageConfig")) is None
                else InstanceStorageConfig.from_dict(
                    value, path=path + "StorageConfig" + "."
                )
            ),
        )


class _DescribeInstanceStorageConfigResponseDraft:
    """A :class:`DescribeInstanceStorageConfigResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "storage_config")
    http_status: int
    storage_config: InstanceStorageConfig | None


def new_describe_instance_storage_config(
    instance_id: str,
    association_id: str,
    resource_type: str,
) -> DescribeInstanceStorageConfig:
    """Create a :class:`DescribeInstanceStorageConfig` with all optional fields omitted."""
    return DescribeInstanceStorageConfig(
        instance_id=instance_id,
        association_id=association_id,
        resource_type=resource_type,
    )


describe_instance_storage_config_instance_id = _rt.Lens[
    DescribeInstanceStorageConfig, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_instance_storage_config_instance_id",
)
"""Lens on :attr:`DescribeInstanceStorageConfig.instance_id`."""


describe_instance_storage_config_association_id = _rt.Lens[
    DescribeInstanceStorageConfig, str
](
    lambda s: s.association_id,
    lambda s, v: _dc.replace(s, association_id=v),
    "describe_instance_storage_config_association_id",
)
"""Lens on :attr:`DescribeInstanceStorageConfig.association_id`."""


describe_instance_storage_config_resource_type = _rt.Lens[
    DescribeInstanceStorageConfig, str
](
    lambda s: s.resource_type,
    lambda s, v: _dc.replace(s, resource_type=v),
    "describe_instance_storage_config_resource_type",
)
"""Lens on :attr:`DescribeInstanceStorageConfig.resource_type`."""


def new_describe_instance_storage_config_response(
    http_status: int,
) -> DescribeInstanceStorageConfigResponse:
    """Create a :class:`DescribeInstanceStorageConfigResponse` with all optional fields omitted."""
    return DescribeInstanceStorageConfigResponse(
        http_status=http_status,
    )


describe_instance_storage_config_response_http_status = _rt.Lens[
    DescribeInstanceStorageConfigResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_instance_storage_config_response_http_status",
)
"""Lens on :attr:`DescribeInstanceStorageConfigResponse.http_status`."""


describe_instance_storage_config_response_storage_config = _rt.Lens[
    DescribeInstanceStorageConfigResponse, InstanceStorageConfig | None
](
    lambda s: s.storage_config,
    lambda s, v: _dc.replace(s, storage_config=v),
    "describe_instance_storage_config_response_storage_config",
)
"""Lens on :attr:`DescribeInstanceStorageConfigResponse.storage_config`."""


def _serialize(
    request: DescribeInstanceStorageConfig, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.association_id == "":
        raise _rt.ValidationError(
            ["association_id: a URI label must be set and not empty"]
        )
    path = (
        "/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/storage-config/"
        + _rt.quote_label(request.association_id, "association_id")
    )
    query: list[tuple[str, str | None]] = []
    query.append(("resourceType", request.resource_type))
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
) -> DescribeInstanceStorageConfigResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeInstanceStorageConfigResponseDraft()
    draft.http_status = status
    try:
        draft.storage_config = (
            None
            if (value := data.get("StorageConfig")) is None
            else InstanceStorageConfig._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "StorageConfig")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeInstanceStorageConfigResponse)


OPERATION: _rt.Operation[
    DescribeInstanceStorageConfig, DescribeInstanceStorageConfigResponse
] = _rt.Operation(
    "DescribeInstanceStorageConfig",
    DescribeInstanceStorageConfig,
    DescribeInstanceStorageConfigResponse,
    (
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The DescribeInstanceStorageConfig operation: its types, errors and wire codec."""
