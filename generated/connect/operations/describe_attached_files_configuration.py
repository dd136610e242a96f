"""Describes the attached files configuration for the specified Connect Customer instance and attachment scope."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.attached_files_configuration import AttachedFilesConfiguration

_ATTACHMENT_SCOPE_VALUES = frozenset(
    (
        "EMAIL",
        "CHAT",
        "CASE",
        "TASK",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeAttachedFilesConfiguration:
    """Describes the attached files configuration for the specified Connect
    Customer instance and attachment scope.

    If a custom configuration exists for the specified attachment scope, the
    custom configuration is returned. If no custom configuration exists, the
    default configuration values for that attachment scope are returned.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``attachment_scope``: The scope of the attachment.
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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["AttachmentScope"] = self.attachment_scope
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeAttachedFilesConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DescribeAttachedFilesConfiguration"
        )
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            attachment_scope=_rt.required(data, "AttachmentScope", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeAttachedFilesConfigurationResponse:
    """The response of DescribeAttachedFilesConfiguration.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``attached_files_configuration``: Information about the attached files configuration.
    """

    http_status: int
    """The HTTP status code of the response."""

    attached_files_configuration: AttachedFilesConfiguration | None
    """Information about the attached files configuration."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.attached_files_configuration
        if value is None:
            errors.append(prefix + "attached_files_configuration: required but missing")
        else:
            path = prefix + "attached_files_configuration"
            if isinstance(value, AttachedFilesConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AttachedFilesConfiguration, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.attached_files_configuration is not None:
            result["AttachedFilesConfiguration"] = (
                self.attached_files_configuration.to_dict()
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeAttachedFilesConfigurationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DescribeAttachedFilesConfigurationResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            attached_files_configuration=(
                None
                if (value := data.get("AttachedFilesConfiguration")) is None
                else AttachedFilesConfiguration.from_dict(
                    value, path=path + "AttachedFilesConfiguration" + "."
                )
            ),
        )


class _DescribeAttachedFilesConfigurationResponseDraft:
    """A :class:`DescribeAttachedFilesConfigurationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "attached_files_configuration")
    http_status: int
    attached_files_configuration: AttachedFilesConfiguration | None


def new_describe_attached_files_configuration(
    instance_id: str,
    attachment_scope: str,
) -> DescribeAttachedFilesConfiguration:
    """Create a :class:`DescribeAttachedFilesConfiguration` with all optional fields omitted."""
    return DescribeAttachedFilesConfiguration(
        instance_id=instance_id,
        attachment_scope=attachment_scope,
    )


describe_attached_files_configuration_instance_id = _rt.Lens[
    DescribeAttachedFilesConfiguration, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_attached_files_configuration_instance_id",
)
"""Lens on :attr:`DescribeAttachedFilesConfiguration.instance_id`."""


describe_attached_files_configuration_attachment_scope = _rt.Lens[
    DescribeAttachedFilesConfiguration, str
](
    lambda s: s.attachment_scope,
    lambda s, v: _dc.replace(s, attachment_scope=v),
    "describe_attached_files_configuration_attachment_scope",
)
"""Lens on :attr:`DescribeAttachedFilesConfiguration.attachment_scope`."""


def new_describe_attached_files_configuration_response(
    http_status: int,
    attached_files_configuration: AttachedFilesConfiguration,
) -> DescribeAttachedFilesConfigurationResponse:
    """Create a :class:`DescribeAttachedFilesConfigurationResponse` with all optional fields omitted."""
    return DescribeAttachedFilesConfigurationResponse(
        http_status=http_status,
        attached_files_configuration=attached_files_configuration,
    )


describe_attached_files_configuration_response_http_status = _rt.Lens[
    DescribeAttachedFilesConfigurationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_attached_files_configuration_response_http_status",
)
"""Lens on :attr:`DescribeAttachedFilesConfigurationResponse.http_status`."""


describe_attached_files_configuration_response_attached_files_configuration = _rt.Lens[
    DescribeAttachedFilesConfigurationResponse, AttachedFilesConfiguration | None
](
    lambda s: s.attached_files_configuration,
    lambda s, v: _dc.replace(s, attached_files_configuration=v),
    "describe_attached_files_configuration_response_attached_files_configuration",
)
"""Lens on :attr:`DescribeAttachedFilesConfigurationResponse.attached_files_configuration`."""


def _serialize(
    request: DescribeAttachedFilesConfiguration, validate: bool = True
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
) -> DescribeAttachedFilesConfigurationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeAttachedFilesConfigurationResponseDraft()
    draft.http_status = status
    try:
        draft.attached_files_configuration = (
            None
            if (value := data.get("AttachedFilesConfiguration")) is None
            else AttachedFilesConfiguration._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "AttachedFilesConfiguration")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeAttachedFilesConfigurationResponse)


OPERATION: _rt.Operation[
    DescribeAttachedFilesConfiguration, DescribeAttachedFilesConfigurationResponse
] = _rt.Operation(
    "DescribeAttachedFilesConfiguration",
    DescribeAttachedFilesConfiguration,
    DescribeAttachedFilesConfigurationResponse,
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
"""The DescribeAttachedFilesConfiguration operation: its types, errors and wire codec."""
