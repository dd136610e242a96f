"""Updates the attached files configuration for the specified Connect Customer instance and attachment scope."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.extension_configuration import ExtensionConfiguration

_ATTACHMENT_SCOPE_VALUES = frozenset(
    (
        "EMAIL",
        "CHAT",
        "CASE",
        "TASK",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateAttachedFilesConfiguration:
    """Updates the attached files configuration for the specified Connect
    Customer instance and attachment scope.

    If no instance-specific configuration exists, this operation creates
    one. Partial updates are supported—only specified fields are updated,
    while unspecified fields retain their current values.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``attachment_scope``: The scope of the attachment.
    - ``maximum_size_limit_in_bytes``: The maximum size limit for attached files in bytes.
    - ``extension_configuration``: The configuration for allowed file extensions.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    attachment_scope: str
    """The scope of the attachment. Valid values are ``EMAIL``, ``CHAT``,
    ``CASE``, and ``TASK``.
    """

    maximum_size_limit_in_bytes: int | None = None
    """The maximum size limit for attached files in bytes. The minimum value is
    1 and the maximum value is 104857600 (100 MB).
    """

    extension_configuration: ExtensionConfiguration | None = None
    """The configuration for allowed file extensions."""

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
        value = self.attachment_scope
        if value is None:
            errors.append(prefix + "attachment_scope: required but missing")
        else:
            path = prefix + "attachment_scope"
            _rt.check_str(errors, path, value, enum=_ATTACHMENT_SCOPE_VALUES)
        value = self.maximum_size_limit_in_bytes
        if value is not None:
            path = prefix + "maximum_size_limit_in_bytes"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=104857600)
        value = self.extension_configuration
        if value is not None:
            path = prefix + "extension_configuration"
            if isinstance(value, ExtensionConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ExtensionConfiguration, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["AttachmentScope"] = self.attachment_scope
        if self.maximum_size_limit_in_bytes is not None:
            result["MaximumSizeLimitInBytes"] = self.maximum_size_limit_in_bytes
        if self.extension_configuration is not None:
            result["ExtensionConfiguration"] = self.extension_configuration.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateAttachedFilesConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateAttachedFilesConfiguration")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            attachment_scope=_rt.required(data, "AttachmentScope", path),
            maximum_size_limit_in_bytes=data.get("MaximumSizeLimitInBytes"),
            extension_configuration=(
                None
                if (value := data.get("ExtensionConfiguration")) is None
                else ExtensionConfiguration.from_dict(
                    value, path=path + "ExtensionConfiguration" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateAttachedFilesConfigurationResponse:
    """The response of UpdateAttachedFilesConfiguration.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``attachment_scope``: The scope of the attachment.
    - ``maximum_size_limit_in_bytes``: The maximum size limit for attached files in bytes.
    - ``extension_configuration``: The configuration for allowed file extensions.
    - ``last_modified_time``: The timestamp when the configuration was last modified.
    """

    http_status: int
    """The HTTP status code of the response."""

    instance_id: str | None
    """The identifier of the Connect Customer instance."""

    attachment_scope: str | None
    """The scope of the attachment."""

    maximum_size_limit_in_bytes: int | None = None
    """The maximum size limit for attached files in bytes."""

    extension_configuration: ExtensionConfiguration | None = None
    """The configuration for allowed file extensions."""

    last_modified_time: _dt.datetime | None = None
    """The timestamp when the configuration was last modified."""

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
        value = self.attachment_scope
        if value is None:
            errors.append(prefix + "attachment_scope: required but missing")
        else:
            path = prefix + "attachment_scope"
            _rt.check_str(errors, path, value, enum=_ATTACHMENT_SCOPE_VALUES)
        value = self.maximum_size_limit_in_bytes
        if value is not None:
            path = prefix + "maximum_size_limit_in_bytes"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=104857600)
        value = self.extension_configuration
        if value is not None:
            path = prefix + "extension_configuration"
            if isinstance(value, ExtensionConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ExtensionConfiguration, got {type(value).__name__}"
                )
        value = self.last_modified_time
        if value is not None:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.instance_id is not None:
            result["InstanceId"] = self.instance_id
        if self.attachment_scope is not None:
            result["AttachmentScope"] = self.attachment_scope
        if self.maximum_size_limit_in_bytes is not None:
            result["MaximumSizeLimitInBytes"] = self.maximum_size_limit_in_bytes
        if self.extension_configuration is not None:
            result["ExtensionConfiguration"] = self.extension_configuration.to_dict()
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateAttachedFilesConfigurationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateAttachedFilesConfigurationResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            instance_id=data.get("InstanceId"),
            attachment_scope=data.get("AttachmentScope"),
            maximum_size_limit_in_bytes=data.get("MaximumSizeLimitInBytes"),
            extension_configuration=(
                None
                if (value := data.get("ExtensionConfiguration")) is None
                else ExtensionConfiguration.from_dict(
                    value, path=path + "ExtensionConfiguration" + "."
                )
            ),
            last_modified_time=data.get("LastModifiedTime"),
        )


class _UpdateAttachedFilesConfigurationResponseDraft:
    """A :class:`UpdateAttachedFilesConfigurationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "instance_id",
        "attachment_scope",
        "maximum_size_limit_in_bytes",
        "extension_configuration",
        "last_modified_time",
    )
    http_status: int
    instance_id: str | None
    attachment_scope: str | None
    maximum_size_limit_in_bytes: int | None
    extension_configuration: ExtensionConfiguration | None
    last_modified_time: _dt.datetime | None


def new_update_attached_files_configuration(
    instance_id: str,
    attachment_scope: str,
) -> UpdateAttachedFilesConfiguration:
    """Create a :class:`UpdateAttachedFilesConfiguration` with all optional fields omitted."""
    return UpdateAttachedFilesConfiguration(
        instance_id=instance_id,
        attachment_scope=attachment_scope,
    )


update_attached_files_configuration_instance_id = _rt.Lens[
    UpdateAttachedFilesConfiguration, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_attached_files_configuration_instance_id",
)
"""Lens on :attr:`UpdateAttachedFilesConfiguration.instance_id`."""


update_attached_files_configuration_attachment_scope = _rt.Lens[
    UpdateAttachedFilesConfiguration, str
](
    lambda s: s.attachment_scope,
    lambda s, v: _dc.replace(s, attachment_scope=v),
    "update_attached_files_configuration_attachment_scope",
)
"""Lens on :attr:`UpdateAttachedFilesConfiguration.attachment_scope`."""


update_attached_files_configuration_maximum_size_limit_in_bytes = _rt.Lens[
    UpdateAttachedFilesConfiguration, int | None
](
    lambda s: s.maximum_size_limit_in_bytes,
    lambda s, v: _dc.replace(s, maximum_size_limit_in_bytes=v),
    "update_attached_files_configuration_maximum_size_limit_in_bytes",
)
"""Lens on :attr:`UpdateAttachedFilesConfiguration.maximum_size_limit_in_bytes`."""


update_attached_files_configuration_extension_configuration = _rt.Lens[
    UpdateAttachedFilesConfiguration, ExtensionConfiguration | None
](
    lambda s: s.extension_configuration,
    lambda s, v: _dc.replace(s, extension_configuration=v),
    "update_attached_files_configuration_extension_configuration",
)
"""Lens on :attr:`UpdateAttachedFilesConfiguration.extension_configuration`."""


def new_update_attached_files_configuration_response(
    http_status: int,
    instance_id: str,
    attachment_scope: str,
) -> UpdateAttachedFilesConfigurationResponse:
    """Create a :class:`UpdateAttachedFilesConfigurationResponse` with all optional fields omitted."""
    return UpdateAttachedFilesConfigurationResponse(
        http_status=http_status,
        instance_id=instance_id,
        attachment_scope=attachment_scope,
    )


update_attached_files_configuration_response_http_status = _rt.Lens[
    UpdateAttachedFilesConfigurationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_attached_files_configuration_response_http_status",
)
"""Lens on :attr:`UpdateAttachedFilesConfigurationResponse.http_status`."""


update_attached_files_configuration_response_instance_id = _rt.Lens[
    UpdateAttachedFilesConfigurationResponse, str | None
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_attached_files_configuration_response_instance_id",
)
"""Lens on :attr:`UpdateAttachedFilesConfigurationResponse.instance_id`."""


update_attached_files_configuration_response_attachment_scope = _rt.Lens[
    UpdateAttachedFilesConfigurationResponse, str | None
](
    lambda s: s.attachment_scope,
    lambda s, v: _dc.replace(s, attachment_scope=v),
    "update_attached_files_configuration_response_attachment_scope",
)
"""Lens on :attr:`UpdateAttachedFilesConfigurationResponse.attachment_scope`."""


update_attached_files_configuration_response_maximum_size_limit_in_bytes = _rt.Lens[
    UpdateAttachedFilesConfigurationResponse, int | None
](
    lambda s: s.maximum_size_limit_in_bytes,
    lambda s, v: _dc.replace(s, maximum_size_limit_in_bytes=v),
    "update_attached_files_configuration_response_maximum_size_limit_in_bytes",
)
"""Lens on :attr:`UpdateAttachedFilesConfigurationResponse.maximum_size_limit_in_bytes`."""


update_attached_files_configuration_response_extension_configuration = _rt.Lens[
    UpdateAttachedFilesConfigurationResponse, ExtensionConfiguration | None
](
    lambda s: s.extension_configuration,
    lambda s, v: _dc.replace(s, extension_configuration=v),
    "update_attached_files_configuration_response_extension_configuration",
)
"""Lens on :attr:`UpdateAttachedFilesConfigurationResponse.extension_configuration`."""


update_attached_files_configuration_response_last_modified_time = _rt.Lens[
    UpdateAttachedFilesConfigurationResponse, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "update_attached_files_configuration_response_last_modified_time",
)
"""Lens on :attr:`UpdateAttachedFilesConfigurationResponse.last_modified_time`."""


def _serialize(
    request: UpdateAttachedFilesConfiguration, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.attachment_scope == "":
        raise _rt.ValidationError(
            ["attachment_scope: a URI label must be set and not empty"]
        )
    path = (
        "/attached-files-configurations/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.attachment_scope, "attachment_scope")
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.maximum_size_limit_in_bytes is not None:
        data["MaximumSizeLimitInBytes"] = request.maximum_size_limit_in_bytes
    if request.extension_configuration is not None:
        data["ExtensionConfiguration"] = request.extension_configuration._to_json()
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
) -> UpdateAttachedFilesConfigurationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _UpdateAttachedFilesConfigurationResponseDraft()
    draft.http_status = status
    try:
        draft.instance_id = (
            None
            if (value := data.get("InstanceId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "InstanceId"))
        )
        draft.attachment_scope = (
            None
            if (value := data.get("AttachmentScope")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "AttachmentScope")
            )
        )
        draft.maximum_size_limit_in_bytes = (
            None
            if (value := data.get("MaximumSizeLimitInBytes")) is None
            else (
                value
                if type(value) is int
                else _rt.expect_int(value, "MaximumSizeLimitInBytes")
            )
        )
        draft.extension_configuration = (
            None
            if (value := data.get("ExtensionConfiguration")) is None
            else ExtensionConfiguration._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "ExtensionConfiguration")
                )
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
    return _rt.seal(draft, UpdateAttachedFilesConfigurationResponse)


OPERATION: _rt.Operation[
    UpdateAttachedFilesConfiguration, UpdateAttachedFilesConfigurationResponse
] = _rt.Operation(
    "UpdateAttachedFilesConfiguration",
    UpdateAttachedFilesConfiguration,
    UpdateAttachedFilesConfigurationResponse,
    (
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
        _errors.AccessDeniedException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateAttachedFilesConfiguration operation: its types, errors and wire codec."""
