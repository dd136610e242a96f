"""The AttachedFilesConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

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
class AttachedFilesConfiguration:
    """The configuration for attached files for a specific attachment scope.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``attachment_scope``: The scope of the attachment.
    - ``maximum_size_limit_in_bytes``: The maximum size limit for attached files in bytes.
    - ``extension_configuration``: The configuration for allowed file extensions.
    - ``last_modified_time``: The timestamp when the configuration was last modified.
    """

    instance_id: str | None
    """The identifier of the Connect Customer instance."""

    attachment_scope: str | None
    """The scope of the attachment. Valid values are ``EMAIL``, ``CHAT``,
    ``CASE``, and ``TASK``.
    """

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
    ) -> AttachedFilesConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AttachedFilesConfiguration")
        return cls(
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

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AttachedFilesConfiguration:
        draft = _AttachedFilesConfigurationDraft()
        try:
            draft.instance_id = (
                None
                if (value := data.get("InstanceId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "InstanceId")
                )
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
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AttachedFilesConfigurationDraft:
    """A :class:`AttachedFilesConfiguration` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "instance_id",
        "attachment_scope",
        "maximum_size_limit_in_bytes",
        "extension_configuration",
        "last_modified_time",
    )
    instance_id: str | None
    attachment_scope: str | None
    maximum_size_limit_in_bytes: int | None
    extension_configuration: ExtensionConfiguration | None
    last_modified_time: _dt.datetime | None


def new_attached_files_configuration(
    instance_id: str,
    attachment_scope: str,
) -> AttachedFilesConfiguration:
    """Create a :class:`AttachedFilesConfiguration` with all optional fields omitted."""
    return AttachedFilesConfiguration(
        instance_id=instance_id,
        attachment_scope=attachment_scope,
    )


attached_files_configuration_instance_id = _rt.Lens[
    AttachedFilesConfiguration, str | None
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "attached_files_configuration_instance_id",
)
"""Lens on :attr:`AttachedFilesConfiguration.instance_id`."""


attached_files_configuration_attachment_scope = _rt.Lens[
    AttachedFilesConfiguration, str | None
](
    lambda s: s.attachment_scope,
    lambda s, v: _dc.replace(s, attachment_scope=v),
    "attached_files_configuration_attachment_scope",
)
"""Lens on :attr:`AttachedFilesConfiguration.attachment_scope`."""


attached_files_configuration_maximum_size_limit_in_bytes = _rt.Lens[
    AttachedFilesConfiguration, int | None
](
    lambda s: s.maximum_size_limit_in_bytes,
    lambda s, v: _dc.replace(s, maximum_size_limit_in_bytes=v),
    "attached_files_configuration_maximum_size_limit_in_bytes",
)
"""Lens on :attr:`AttachedFilesConfiguration.maximum_size_limit_in_bytes`."""


attached_files_configuration_extension_configuration = _rt.Lens[
    AttachedFilesConfiguration, ExtensionConfiguration | None
](
    lambda s: s.extension_configuration,
    lambda s, v: _dc.replace(s, extension_configuration=v),
    "attached_files_configuration_extension_configuration",
)
"""Lens on :attr:`AttachedFilesConfiguration.extension_configuration`."""


attached_files_configuration_last_modified_time = _rt.Lens[
    AttachedFilesConfiguration, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "attached_files_configuration_last_modified_time",
)
"""Lens on :attr:`AttachedFilesConfiguration.last_modified_time`."""
