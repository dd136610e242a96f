"""The AttachedFilesConfigurationSummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
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
class AttachedFilesConfigurationSummary:
    """A summary of the attached files configuration.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``attachment_scope``: The scope of the attachment.
    - ``maximum_size_limit_in_bytes``: The maximum size limit for attached files in bytes.
    - ``extension_configuration``: The configuration for allowed file extensions.
    """

    instance_id: str | None
    """The identifier of the Connect Customer instance."""

    attachment_scope: str | None
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
        if self.instance_id is not None:
            result["InstanceId"] = self.instance_id
        if self.attachment_scope is not None:
            result["AttachmentScope"] = self.attachment_scope
        if self.maximum_size_limit_in_bytes is not None:
            result["MaximumSizeLimitInBytes"] = self.maximum_size_limit_in_bytes
        if self.extension_configuration is not None:
            result["ExtensionConfiguration"] = self.extension_configuration.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AttachedFilesConfigurationSummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "AttachedFilesConfigurationSummary"
        )
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
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AttachedFilesConfigurationSummary:
        draft = _AttachedFilesConfigurationSummaryDraft()
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
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AttachedFilesConfigurationSummaryDraft:
    """A :class:`AttachedFilesConfigurationSummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "instance_id",
        "attachment_scope",
        "maximum_size_limit_in_bytes",
        "extension_configuration",
    )
    instance_id: str | None
    attachment_scope: str | None
    maximum_size_limit_in_bytes: int | None
    extension_configuration: ExtensionConfiguration | None


def new_attached_files_configuration_summary(
    instance_id: str,
    attachment_scope: str,
) -> AttachedFilesConfigurationSummary:
    """Create a :class:`AttachedFilesConfigurationSummary` with all optional fields omitted."""
    return AttachedFilesConfigurationSummary(
        instance_id=instance_id,
        attachment_scope=attachment_scope,
    )


attached_files_configuration_summary_instance_id = _rt.Lens[
    AttachedFilesConfigurationSummary, str | None
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "attached_files_configuration_summary_instance_id",
)
"""Lens on :attr:`AttachedFilesConfigurationSummary.instance_id`."""


attached_files_configuration_summary_attachment_scope = _rt.Lens[
    AttachedFilesConfigurationSummary, str | None
](
    lambda s: s.attachment_scope,
    lambda s, v: _dc.replace(s, attachment_scope=v),
    "attached_files_configuration_summary_attachment_scope",
)
"""Lens on :attr:`AttachedFilesConfigurationSummary.attachment_scope`."""


attached_files_configuration_summary_maximum_size_limit_in_bytes = _rt.Lens[
    AttachedFilesConfigurationSummary, int | None
](
    lambda s: s.maximum_size_limit_in_bytes,
    lambda s, v: _dc.replace(s, maximum_size_limit_in_bytes=v),
    "attached_files_configuration_summary_maximum_size_limit_in_bytes",
)
"""Lens on :attr:`AttachedFilesConfigurationSummary.maximum_size_limit_in_bytes`."""


attached_files_configuration_summary_extension_configuration = _rt.Lens[
    AttachedFilesConfigurationSummary, ExtensionConfiguration | None
](
    lambda s: s.extension_configuration,
    lambda s, v: _dc.replace(s, extension_configuration=v),
    "attached_files_configuration_summary_extension_configuration",
)
"""Lens on :attr:`AttachedFilesConfigurationSummary.extension_configuration`."""
