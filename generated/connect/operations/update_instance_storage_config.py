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
class UpdateInstanceStorageConfig:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Updates an existing configuration for a resource type. This API is
    idempotent.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``association_id``: The existing association identifier that uniquely identifies the resource type and storage config for the given instance ID.
    - ``resource_type``: A valid resource type.
    - ``storage_config``: The storage configuration for the instance.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
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

    storage_config: InstanceStorageConfig
    """The storage configuration for the instance."""

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
        value = self.storage_config
        if value is None:
            errors.append(prefix + "storage_config: required but missing")
        else:
            path = prefix + "storage_config"
            if isinstance(value, InstanceStorageConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected InstanceStorageConfig, got {type(value).__name__}"
                )
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["AssociationId"] = self.association_id
        result["ResourceType"] = self.resource_type
        result["StorageConfig"] = self.storage_config.to_dict()
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateInstanceStorageConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateInstanceStorageConfig")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            association_id=_rt.required(data, "AssociationId", path),
            resource_type=_rt.required(data, "ResourceType", path),
            storage_config=InstanceStorageConfig.from_dict(
                _rt.required(data, "StorageConfig", path),
                path=path + "StorageConfig" + ".",
            ),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateInstanceStorageConfigResponse:
    """The response of UpdateInstanceStorageConfig.

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
    ) -> UpdateInstanceStorageConfigResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateInstanceStorageConfigResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateInstanceStorageConfigResponseDraft:
    """A :class:`UpdateInstanceStorageConfigResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_instance_storage_config(
    instance_id: str,
    association_id: str,
    resource_type: str,
    storage_config: InstanceStorageConfig,
) -> UpdateInstanceStorageConfig:
    """Create a :class:`UpdateInstanceStorageConfig` with all optional fields omitted."""
    return UpdateInstanceStorageConfig(
        instance_id=instance_id,
        association_id=association_id,
        resource_type=resource_type,
        storage_config=storage_config,
    )


update_instance_storage_config_instance_id = _rt.Lens[UpdateInstanceStorageConfig, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_instance_storage_config_instance_id",
)
"""Lens on :attr:`UpdateInstanceStorageConfig.instance_id`."""


update_instance_storage_config_association_id = _rt.Lens[
    UpdateInstanceStorageConfig, str
](
    lambda s: s.association_id,
    lambda s, v: _dc.replace(s, association_id=v),
    "update_instance_storage_config_association_id",
)
"""Lens on :attr:`UpdateInstanceStorageConfig.association_id`."""


update_instance_storage_config_resource_type = _rt.Lens[
    UpdateInstanceStorageConfig, str
](
    lambda s: s.resource_type,
    lambda s, v: _dc.replace(s, resource_type=v),
    "update_instance_storage_config_resource_type",
)
"""Lens on :attr:`UpdateInstanceStorageConfig.resource_type`."""


update_instance_storage_config_storage_config = _rt.Lens[
    UpdateInstanceStorageConfig, InstanceStorageConfig
](
    lambda s: s.storage_config,
    lambda s, v: _dc.replace(s, storage_config=v),
    "update_instance_storage_config_storage_config",
)
"""Lens on :attr:`UpdateInstanceStorageConfig.storage_config`."""


update_instance_storage_config_client_token = _rt.Lens[
    UpdateInstanceStorageConfig, str | None
](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "update_instance_storage_config_client_token",
)
"""Lens on :attr:`UpdateInstanceStorageConfig.client_token`."""


def new_update_instance_storage_config_response(
    http_status: int,
) -> UpdateInstanceStorageConfigResponse:
    """Create a :class:`UpdateInstanceStorageConfigResponse` with all optional fields omitted."""
    return UpdateInstanceStorageConfigResponse(
        http_status=http_status,
    )


update_instance_storage_config_response_http_status = _rt.Lens[
    UpdateInstanceStorageConfigResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_instance_storage_config_response_http_status",
)
"""Lens on :attr:`UpdateInstanceStorageConfigResponse.http_status`."""


def _serialize(
    request: UpdateInstanceStorageConfig, validate: bool = True
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
    data: dict[str, _t.Any] = {}
    data["StorageConfig"] = request.storage_config._to_json()
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
) -> UpdateInstanceStorageConfigResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateInstanceStorageConfigResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateInstanceStorageConfigResponse)


OPERATION: _rt.Operation[
    UpdateInstanceStorageConfig, UpdateInstanceStorageConfigResponse
] = _rt.Operation(
    "UpdateInstanceStorageConfig",
    UpdateInstanceStorageConfig,
    UpdateInstanceStorageConfigResponse,
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
"""The UpdateInstanceStorageConfig operation: its types, errors and wire codec."""
