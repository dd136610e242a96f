"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

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
class DisassociateInstanceStorageConfig:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Removes the storage type configurations for the specified resource type
    and association ID.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``association_id``: The existing association identifier that uniquely identifies the resource type and storage config for the given instance ID.
    - ``resource_type``: A valid resource type.
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
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DisassociateInstanceStorageConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DisassociateInstanceStorageConfig"
        )
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            association_id=_rt.required(data, "AssociationId", path),
            resource_type=_rt.required(data, "ResourceType", path),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateInstanceStorageConfigResponse:
    """The response of DisassociateInstanceStorageConfig.

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
    ) -> DisassociateInstanceStorageConfigResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DisassociateInstanceStorageConfigResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DisassociateInstanceStorageConfigResponseDraft:
    """A :class:`DisassociateInstanceStorageConfigResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_disassociate_instance_storage_config(
    instance_id: str,
    association_id: str,
    resource_type: str,
) -> DisassociateInstanceStorageConfig:
    """Create a :class:`DisassociateInstanceStorageConfig` with all optional fields omitted."""
    return DisassociateInstanceStorageConfig(
        instance_id=instance_id,
        association_id=association_id,
        resource_type=resource_type,
    )


disassociate_instance_storage_config_instance_id = _rt.Lens[
    DisassociateInstanceStorageConfig, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "disassociate_instance_storage_config_instance_id",
)
"""Lens on :attr:`DisassociateInstanceStorageConfig.instance_id`."""


disassociate_instance_storage_config_association_id = _rt.Lens[
    DisassociateInstanceStorageConfig, str
](
    lambda s: s.association_id,
    lambda s, v: _dc.replace(s, association_id=v),
    "disassociate_instance_storage_config_association_id",
)
"""Lens on :attr:`DisassociateInstanceStorageConfig.association_id`."""


disassociate_instance_storage_config_resource_type = _rt.Lens[
    DisassociateInstanceStorageConfig, str
](
    lambda s: s.resource_type,
    lambda s, v: _dc.replace(s, resource_type=v),
    "disassociate_instance_storage_config_resource_type",
)
"""Lens on :attr:`DisassociateInstanceStorageConfig.resource_type`."""


disassociate_instance_storage_config_client_token = _rt.Lens[
    DisassociateInstanceStorageConfig, str | None
](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "disassociate_instance_storage_config_client_token",
)
"""Lens on :attr:`DisassociateInstanceStorageConfig.client_token`."""


def new_disassociate_instance_storage_config_response(
    http_status: int,
) -> DisassociateInstanceStorageConfigResponse:
    """Create a :class:`DisassociateInstanceStorageConfigResponse` with all optional fields omitted."""
    return DisassociateInstanceStorageConfigResponse(
        http_status=http_status,
    )


disassociate_instance_storage_config_response_http_status = _rt.Lens[
    DisassociateInstanceStorageConfigResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "disassociate_instance_storage_config_response_http_status",
)
"""Lens on :attr:`DisassociateInstanceStorageConfigResponse.http_status`."""


def _serialize(
    request: DisassociateInstanceStorageConfig, validate: bool = True
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
    query.append(("clientToken", idempotency_client_token))
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
) -> DisassociateInstanceStorageConfigResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DisassociateInstanceStorageConfigResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DisassociateInstanceStorageConfigResponse)


OPERATION: _rt.Operation[
    DisassociateInstanceStorageConfig, DisassociateInstanceStorageConfigResponse
] = _rt.Operation(
    "DisassociateInstanceStorageConfig",
    DisassociateInstanceStorageConfig,
    DisassociateInstanceStorageConfigResponse,
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
"""The DisassociateInstanceStorageConfig operation: its types, errors and wire codec."""
