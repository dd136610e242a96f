"""Updates a security profile."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.application import Application
from ..shapes.flow_module import FlowModule
from ..shapes.granular_access_control_configuration import (
    GranularAccessControlConfiguration,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateSecurityProfile:
    """Updates a security profile.

    For information about security profiles, see `Security Profiles
    <https://docs.aws.amazon.com/connect/latest/adminguide/connect-security-profiles.html>`__
    in the *Connect Customer Administrator Guide*. For a mapping of the API
    name and user interface name of the security profile permissions, see
    `List of security profile permissions
    <https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html>`__.

    Fields:

    - ``security_profile_id``: The identifier for the security profle.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``description``: The description of the security profile.
    - ``permissions``: The permissions granted to a security profile.
    - ``allowed_access_control_tags``: The list of tags that a security profile uses to restrict access to resources in Connect Customer.
    - ``tag_restricted_resources``: The list of resources that a security profile applies tag restrictions to in Connect Customer.
    - ``applications``: A list of the third-party application's metadata.
    - ``hierarchy_restricted_resources``: The list of resources that a security profile applies hierarchy restrictions to in Connect Customer.
    - ``allowed_access_control_hierarchy_group_id``: The identifier of the hierarchy group that a security profile uses to restrict access to resources in Connect Customer.
    - ``allowed_flow_modules``: A list of Flow Modules an AI Agent can invoke as a tool
    - ``granular_access_control_configuration``: The granular access control configuration for the security profile, including data table permissions.
    """

    security_profile_id: str
    """The identifier for the security profle."""

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    description: str | None = None
    """The description of the security profile."""

    permissions: list[str] | None = None
    """The permissions granted to a security profile. For a list of valid
    permissions, see `List of security profile permissions
    <https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html>`__.
    """

    allowed_access_control_tags: dict[str, str] | None = None
    """The list of tags that a security profile uses to restrict access to
    resources in Connect Customer.
    """

    tag_restricted_resources: list[str] | None = None
    """The list of resources that a security profile applies tag restrictions
    to in Connect Customer.
    """

    applications: list[Application] | None = None
    """A list of the third-party application's metadata."""

    hierarchy_restricted_resources: list[str] | None = None
    """The list of resources that a security profile applies hierarchy
    restrictions to in Connect Customer. Following are acceptable
    ResourceNames: ``User``.
    """

    allowed_access_control_hierarchy_group_id: str | None = None
    """The identifier of the hierarchy group that a security profile uses to
    restrict access to resources in Connect Customer.
    """

    allowed_flow_modules: list[FlowModule] | None = None
    """A list of Flow Modules an AI Agent can invoke as a tool"""

    granular_access_control_configuration: GranularAccessControlConfiguration | None = (
        None
    )
    """The granular access control configuration for the security profile,
    including data table permissions.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.security_profile_id
        if value is None:
            errors.append(prefix + "security_profile_id: required but missing")
        else:
            path = prefix + "security_profile_id"
            _rt.check_str(errors, path, value)
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=None, max_len=250)
        value = self.permissions
        if value is not None:
            path = prefix + "permissions"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 500)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=128)
        value = self.allowed_access_control_tags
        if value is not None:
            path = prefix + "allowed_access_control_tags"
            if _rt.check_type(errors, path, value, dict, "dict"):
                _rt.check_length(errors, path, len(value), None, 4)
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=128)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=None, max_len=256)
        value = self.tag_restricted_resources
        if value is not None:
            path = prefix + "tag_restricted_resources"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=128)
        value = self.applications
        if value is not None:
            path = prefix + "applications"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Application):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Application, got {type(v1).__name__}"
                            )
        value = self.hierarchy_restricted_resources
        if value is not None:
            path = prefix + "hierarchy_restricted_resources"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=128)
        value = self.allowed_access_control_hierarchy_group_id
        if value is not None:
            path = prefix + "allowed_access_control_hierarchy_group_id"
            _rt.check_str(errors, path, value)
        value = self.allowed_flow_modules
        if value is not None:
            path = prefix + "allowed_flow_modules"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, FlowModule):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected FlowModule, got {type(v1).__name__}"
                            )
        value = self.granular_access_control_configuration
        if value is not None:
            path = prefix + "granular_access_control_configuration"
            if isinstance(value, GranularAccessControlConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected GranularAccessControlConfiguration, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["SecurityProfileId"] = self.security_profile_id
        result["InstanceId"] = self.instance_id
        if self.description is not None:
            result["Description"] = self.description
        if self.permissions is not None:
            result["Permissions"] = list(self.permissions)
        if self.allowed_access_control_tags is not None:
            result["AllowedAccessControlTags"] = dict(self.allowed_access_control_tags)
        if self.tag_restricted_resources is not None:
            result["TagRestrictedResources"] = list(self.tag_restricted_resources)
        if self.applications is not None:
            result["Applications"] = [v1.to_dict() for v1 in self.applications]
        if self.hierarchy_restricted_resources is not None:
            result["HierarchyRestrictedResources"] = list(
                self.hierarchy_restricted_resources
            )
        if self.allowed_access_control_hierarchy_group_id is not None:
            result["AllowedAccessControlHierarchyGroupId"] = (
                self.allowed_access_control_hierarchy_group_id
            )
        if self.allowed_flow_modules is not None:
            result["AllowedFlowModules"] = [
                v1.to_dict() for v1 in self.allowed_flow_modules
            ]
        if self.granular_access_control_configuration is not None:
            result["GranularAccessControlConfiguration"] = (
                self.granular_access_control_configuration.to_dict()
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateSecurityProfile:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateSecurityProfile")
        return cls(
            security_profile_id=_rt.required(data, "SecurityProfileId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            description=data.get("Description"),
            permissions=(
                None
                if (value := data.get("Permissions")) is None
                else list(_rt.expect_sequence(value, path + "Permissions"))
            ),
            allowed_access_control_tags=(
                None
                if (value := data.get("AllowedAccessControlTags")) is None
                else dict(_rt.expect_mapping(value, path + "AllowedAccessControlTags"))
            ),
            tag_restricted_resources=(
                None
                if (value := data.get("TagRestrictedResources")) is None
                else list(_rt.expect_sequence(value, path + "TagRestrictedResources"))
            ),
            applications=(
                None
                if (value := data.get("Applications")) is None
                else [
                    Application.from_dict(
                        v1, path=path + "Applications" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Applications")
                    )
                ]
            ),
            hierarchy_restricted_resources=(
                None
                if (value := data.get("HierarchyRestrictedResources")) is None
                else list(
                    _rt.expect_sequence(value, path + "HierarchyRestrictedResources")
                )
            ),
            allowed_access_control_hierarchy_group_id=data.get(
                "AllowedAccessControlHierarchyGroupId"
            ),
            allowed_flow_modules=(
                None
                if (value := data.get("AllowedFlowModules")) is None
                else [
                    FlowModule.from_dict(
                        v1, path=path + "AllowedFlowModules" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "AllowedFlowModules")
                    )
                ]
            ),
            granular_access_control_configuration=(
                None
                if (value := data.get("GranularAccessControlConfiguration")) is None
                else GranularAccessControlConfiguration.from_dict(
                    value, path=path + "GranularAccessControlConfiguration" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateSecurityProfileResponse:
    """The response of UpdateSecurityProfile.

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
    ) -> UpdateSecurityProfileResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateSecurityProfileResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateSecurityProfileResponseDraft:
    """A :class:`UpdateSecurityProfileResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_security_profile(
    security_profile_id: str,
    instance_id: str,
) -> UpdateSecurityProfile:
    """Create a :class:`UpdateSecurityProfile` with all optional fields omitted."""
    return UpdateSecurityProfile(
        security_profile_id=security_profile_id,
        instance_id=instance_id,
    )


update_security_profile_security_profile_id = _rt.Lens[UpdateSecurityProfile, str](
    lambda s: s.security_profile_id,
    lambda s, v: _dc.replace(s, security_profile_id=v),
    "update_security_profile_security_profile_id",
)
"""Lens on :attr:`UpdateSecurityProfile.security_profile_id`."""


update_security_profile_instance_id = _rt.Lens[UpdateSecurityProfile, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_security_profile_instance_id",
)
"""Lens on :attr:`UpdateSecurityProfile.instance_id`."""


update_security_profile_description = _rt.Lens[UpdateSecurityProfile, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_security_profile_description",
)
"""Lens on :attr:`UpdateSecurityProfile.description`."""


update_security_profile_permissions = _rt.Lens[UpdateSecurityProfile, list[str] | None](
    lambda s: s.permissions,
    lambda s, v: _dc.replace(s, permissions=v),
    "update_security_profile_permissions",
)
"""Lens on :attr:`UpdateSecurityProfile.permissions`."""


update_security_profile_allowed_access_control_tags = _rt.Lens[
    UpdateSecurityProfile, dict[str, str] | None
](
    lambda s: s.allowed_access_control_tags,
    lambda s, v: _dc.replace(s, allowed_access_control_tags=v),
    "update_security_profile_allowed_access_control_tags",
)
"""Lens on :attr:`UpdateSecurityProfile.allowed_access_control_tags`."""


update_security_profile_tag_restricted_resources = _rt.Lens[
    UpdateSecurityProfile, list[str] | None
](
    lambda s: s.tag_restricted_resources,
    lambda s, v: _dc.replace(s, tag_restricted_resources=v),
    "update_security_profile_tag_restricted_resources",
)
"""Lens on :attr:`UpdateSecurityProfile.tag_restricted_resources`."""


update_security_profile_applications = _rt.Lens[
    UpdateSecurityProfile, list[Application] | None
](
    lambda s: s.applications,
    lambda s, v: _dc.replace(s, applications=v),
    "update_security_profile_applications",
)
"""Lens on :attr:`UpdateSecurityProfile.applications`."""


update_security_profile_hierarchy_restricted_resources = _rt.Lens[
    UpdateSecurityProfile, list[str] | None
](
    lambda s: s.hierarchy_restricted_resources,
    lambda s, v: _dc.replace(s, hierarchy_restricted_resources=v),
    "update_security_profile_hierarchy_restricted_resources",
)
"""Lens on :attr:`UpdateSecurityProfile.hierarchy_restricted_resources`."""


update_security_profile_allowed_access_control_hierarchy_group_id = _rt.Lens[
    UpdateSecurityProfile, str | None
](
    lambda s: s.allowed_access_control_hierarchy_group_id,
    lambda s, v: _dc.replace(s, allowed_access_control_hierarchy_group_id=v),
    "update_security_profile_allowed_access_control_hierarchy_group_id",
)
"""Lens on :attr:`UpdateSecurityProfile.allowed_access_control_hierarchy_group_id`."""


update_security_profile_allowed_flow_modules = _rt.Lens[
    UpdateSecurityProfile, list[FlowModule] | None
](
    lambda s: s.allowed_flow_modules,
    lambda s, v: _dc.replace(s, allowed_flow_modules=v),
    "update_security_profile_allowed_flow_modules",
)
"""Lens on :attr:`UpdateSecurityProfile.allowed_flow_modules`."""


update_security_profile_granular_access_control_configuration = _rt.Lens[
    UpdateSecurityProfile, GranularAccessControlConfiguration | None
](
    lambda s: s.granular_access_control_configuration,
    lambda s, v: _dc.replace(s, granular_access_control_configuration=v),
    "update_security_profile_granular_access_control_configuration",
)
"""Lens on :attr:`UpdateSecurityProfile.granular_access_control_configuration`."""


def new_update_security_profile_response(
    http_status: int,
) -> UpdateSecurityProfileResponse:
    """Create a :class:`UpdateSecurityProfileResponse` with all optional fields omitted."""
    return UpdateSecurityProfileResponse(
        http_status=http_status,
    )


update_security_profile_response_http_status = _rt.Lens[
    UpdateSecurityProfileResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_security_profile_response_http_status",
)
"""Lens on :attr:`UpdateSecurityProfileResponse.http_status`."""


def _serialize(
    request: UpdateSecurityProfile, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.security_profile_id == "":
        raise _rt.ValidationError(
            ["security_profile_id: a URI label must be set and not empty"]
        )
    path = (
        "/security-profiles/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.security_profile_id, "security_profile_id")
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.description is not None:
        data["Description"] = request.description
    if request.permissions is not None:
        data["Permissions"] = request.permissions
    if request.allowed_access_control_tags is not None:
        data["AllowedAccessControlTags"] = request.allowed_access_control_tags
    if request.tag_restricted_resources is not None:
        data["TagRestrictedResources"] = request.tag_restricted_resources
    if request.applications is not None:
        data["Applications"] = [v1._to_json() for v1 in request.applications]
    if request.hierarchy_restricted_resources is not None:
        data["HierarchyRestrictedResources"] = request.hierarchy_restricted_resources
    if request.allowed_access_control_hierarchy_group_id is not None:
        data["AllowedAccessControlHierarchyGroupId"] = (
            request.allowed_access_control_hierarchy_group_id
        )
    if request.allowed_flow_modules is not None:
        data["AllowedFlowModules"] = [
            v1._to_json() for v1 in request.allowed_flow_modules
        ]
    if request.granular_access_control_configuration is not None:
        data["GranularAccessControlConfiguration"] = (
            request.granular_access_control_configuration._to_json()
        )
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
) -> UpdateSecurityProfileResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateSecurityProfileResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateSecurityProfileResponse)


OPERATION: _rt.Operation[UpdateSecurityProfile, UpdateSecurityProfileResponse] = (
    _rt.Operation(
        "UpdateSecurityProfile",
        UpdateSecurityProfile,
        UpdateSecurityProfileResponse,
        (
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
"""The UpdateSecurityProfile operation: its types, errors and wire codec."""
