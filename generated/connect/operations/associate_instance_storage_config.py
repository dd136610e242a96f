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
class AssociateInstanceStorageConfig:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Associates a storage resource type for the first time. You can only
    associate one type of storage configuration in a single call. This
    means, for example, that you can't define an instance with multiple S3
    buckets for storing chat transcripts.

    This API does not create a resource that doesn't exist. It only
    associates it to the instance. Ensure that the resource being specified
    in the storage configuration, like an S3 bucket, exists when being used
    for association.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``resource_type``: A valid resource type.
    - ``storage_config``: A valid storage type.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    resource_type: str
    """A valid resource type. To `enable streaming for real-time analysis of
    contacts
    <https://docs.aws.amazon.com/connect/latest/adminguide/enable-contact-analysis-segment-streams.html>`__,
    use the following types:

    - For chat contacts, use ``REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS``.
    - For voice contacts, use ``REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS``.

    .. note::

       ``REAL_TIME_CONTACT_ANALYSIS_SEGMENTS`` is deprecated, but it is
       still supported and will apply only to VOICE channel contacts. Use
       ``REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS`` for voice contacts
       moving forward.

       If you have previously associated a stream with
       ``REAL_TIME_CONTACT_ANALYSIS_SEGMENTS``, no action is needed to
       update the stream to ``REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS``.
    """

    storage_config: InstanceStorageConfig
    """A valid storage type."""

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
        result["ResourceType"] = self.resource_type
        result["StorageConfig"] = self.storage_config.to_dict()
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssociateInstanceStorageConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociateInstanceStorageConfig")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            resource_type=_rt.required(data, "ResourceType", path),
            storage_config=InstanceStorageConfig.from_dict(
                _rt.required(data, "StorageConfig", path),
                path=path + "StorageConfig" + ".",
            ),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateInstanceStorageConfigResponse:
    """The response of AssociateInstanceStorageConfig.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``association_id``: The existing association identifier that uniquely identifies the resource type and storage config for the given instance ID.
    """

    http_status: int
    """The HTTP status code of the response."""

    association_id: str | None = None
    """The existing association identifier that uniquely identifies the
    resource type and storage config for the given instance ID.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.association_id
        if value is not None:
            path = prefix + "association_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.association_id is not None:
            result["AssociationId"] = self.association_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssociateInstanceStorageConfigResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "AssociateInstanceStorageConfigResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            association_id=data.get("AssociationId"),
        )


class _AssociateInstanceStorageConfigResponseDraft:
    """A :class:`AssociateInstanceStorageConfigResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "association_id")
    http_status: int
    association_id: str | None


def new_associate_instance_storage_config(
    instance_id: str,
    resource_type: str,
    storage_config: InstanceStorageConfig,
) -> AssociateInstanceStorageConfig:
    """Create a :class:`AssociateInstanceStorageConfig` with all optional fields omitted."""
    return AssociateInstanceStorageConfig(
        instance_id=instance_id,
        resource_type=resource_type,
        storage_config=storage_config,
    )


associate_instance_storage_config_instance_id = _rt.Lens[
    AssociateInstanceStorageConfig, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "associate_instance_storage_config_instance_id",
)
"""Lens on :attr:`AssociateInstanceStorageConfig.instance_id`."""


associate_instance_storage_config_resource_type = _rt.Lens[
    AssociateInstanceStorageConfig, str
](
    lambda s: s.resource_type,
    lambda s, v: _dc.replace(s, resource_type=v),
    "associate_instance_storage_config_resource_type",
)
"""Lens on :attr:`AssociateInstanceStorageConfig.resource_type`."""


associate_instance_storage_config_storage_config = _rt.Lens[
    AssociateInstanceStorageConfig, InstanceStorageConfig
](
    lambda s: s.storage_config,
    lambda s, v: _dc.replace(s, storage_config=v),
    "associate_instance_storage_config_storage_config",
)
"""Lens on :attr:`AssociateInstanceStorageConfig.storage_config`."""


associate_instance_storage_config_client_token = _rt.Lens[
    AssociateInstanceStorageConfig, str | None
](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "associate_instance_storage_config_client_token",
)
"""Lens on :attr:`AssociateInstanceStorageConfig.client_token`."""


def new_associate_instance_storage_config_response(
    http_status: int,
) -> AssociateInstanceStorageConfigResponse:
    """Create a :class:`AssociateInstanceStorageConfigResponse` with all optional fields omitted."""
    return AssociateInstanceStorageConfigResponse(
        http_status=http_status,
    )


associate_instance_storage_config_response_http_status = _rt.Lens[
    AssociateInstanceStorageConfigResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "associate_instance_storage_config_response_http_status",
)
"""Lens on :attr:`AssociateInstanceStorageConfigResponse.http_status`."""


associate_instance_storage_config_response_association_id = _rt.Lens[
    AssociateInstanceStorageConfigResponse, str | None
](
    lambda s: s.association_id,
    lambda s, v: _dc.replace(s, association_id=v),
    "associate_instance_storage_config_response_association_id",
)
"""Lens on :attr:`AssociateInstanceStorageConfigResponse.association_id`."""


def _serialize(
    request: AssociateInstanceStorageConfig, validate: bool = True
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
    path = (
        "/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/storage-config"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ResourceType"] = request.resource_type
    data["StorageConfig"] = request.storage_config._to_json()
    data["ClientToken"] = idempotency_client_token
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="PUT",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> AssociateInstanceStorageConfigResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _AssociateInstanceStorageConfigResponseDraft()
    draft.http_status = status
    try:
        draft.association_id = (
            None
            if (value := data.get("AssociationId")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "AssociationId")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, AssociateInstanceStorageConfigResponse)


OPERATION: _rt.Operation[
    AssociateInstanceStorageConfig, AssociateInstanceStorageConfigResponse
] = _rt.Operation(
    "AssociateInstanceStorageConfig",
    AssociateInstanceStorageConfig,
    AssociateInstanceStorageConfigResponse,
    (
        _errors.ResourceNotFoundException,
        _errors.ResourceConflictException,
        _errors.InternalServiceException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The AssociateInstanceStorageConfig operation: its types, errors and wire codec."""
