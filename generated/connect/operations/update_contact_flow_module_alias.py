"""Updates a specific Aliases metadata, including the version it’s tied to, it’s name, and description."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_PATTERN_2 = _rt.Pattern(
    ".*\\S.*",
    "(?a)[^\\n\\r\\x85\\u2028\\u2029]*\\S[^\\n\\r\\x85\\u2028\\u2029]*",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactFlowModuleAlias:
    """Updates a specific Aliases metadata, including the version it’s tied to,
    it’s name, and description.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_module_id``: The identifier of the flow module.
    - ``alias_id``: The identifier of the alias.
    - ``name``: The name of the alias.
    - ``description``: The description of the alias.
    - ``contact_flow_module_version``: The version of the flow module.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_flow_module_id: str
    """The identifier of the flow module."""

    alias_id: str
    """The identifier of the alias."""

    name: str | None = None
    """The name of the alias."""

    description: str | None = None
    """The description of the alias."""

    contact_flow_module_version: int | None = None
    """The version of the flow module."""

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
            _rt.check_str(
                errors, path, value, min_len=1, max_len=250, pattern=_PATTERN_1
            )
        value = self.contact_flow_module_id
        if value is None:
            errors.append(prefix + "contact_flow_module_id: required but missing")
        else:
            path = prefix + "contact_flow_module_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.alias_id
        if value is None:
            errors.append(prefix + "alias_id: required but missing")
        else:
            path = prefix + "alias_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_2
            )
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(
                errors, path, value, min_len=0, max_len=500, pattern=_PATTERN_2
            )
        value = self.contact_flow_module_version
        if value is not None:
            path = prefix + "contact_flow_module_version"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=None)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactFlowModuleId"] = self.contact_flow_module_id
        result["AliasId"] = self.alias_id
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        if self.contact_flow_module_version is not None:
            result["ContactFlowModuleVersion"] = self.contact_flow_module_version
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateContactFlowModuleAlias:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContactFlowModuleAlias")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_module_id=_rt.required(data, "ContactFlowModuleId", path),
            alias_id=_rt.required(data, "AliasId", path),
            name=data.get("Name"),
            description=data.get("Description"),
            contact_flow_module_version=data.get("ContactFlowModuleVersion"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactFlowModuleAliasResponse:
    """The response of UpdateContactFlowModuleAlias.

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
    ) -> UpdateContactFlowModuleAliasResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateContactFlowModuleAliasResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateContactFlowModuleAliasResponseDraft:
    """A :class:`UpdateContactFlowModuleAliasResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_contact_flow_module_alias(
    instance_id: str,
    contact_flow_module_id: str,
    alias_id: str,
) -> UpdateContactFlowModuleAlias:
    """Create a :class:`UpdateContactFlowModuleAlias` with all optional fields omitted."""
    return UpdateContactFlowModuleAlias(
        instance_id=instance_id,
        contact_flow_module_id=contact_flow_module_id,
        alias_id=alias_id,
    )


update_contact_flow_module_alias_instance_id = _rt.Lens[
    UpdateContactFlowModuleAlias, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_contact_flow_module_alias_instance_id",
)
"""Lens on :attr:`UpdateContactFlowModuleAlias.instance_id`."""


update_contact_flow_module_alias_contact_flow_module_id = _rt.Lens[
    UpdateContactFlowModuleAlias, str
](
    lambda s: s.contact_flow_module_id,
    lambda s, v: _dc.replace(s, contact_flow_module_id=v),
    "update_contact_flow_module_alias_contact_flow_module_id",
)
"""Lens on :attr:`UpdateContactFlowModuleAlias.contact_flow_module_id`."""


update_contact_flow_module_alias_alias_id = _rt.Lens[UpdateContactFlowModuleAlias, str](
    lambda s: s.alias_id,
    lambda s, v: _dc.replace(s, alias_id=v),
    "update_contact_flow_module_alias_alias_id",
)
"""Lens on :attr:`UpdateContactFlowModuleAlias.alias_id`."""


update_contact_flow_module_alias_name = _rt.Lens[
    UpdateContactFlowModuleAlias, str | None
](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_contact_flow_module_alias_name",
)
"""Lens on :attr:`UpdateContactFlowModuleAlias.name`."""


update_contact_flow_module_alias_description = _rt.Lens[
    UpdateContactFlowModuleAlias, str | None
](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_contact_flow_module_alias_description",
)
"""Lens on :attr:`UpdateContactFlowModuleAlias.description`."""


update_contact_flow_module_alias_contact_flow_module_version = _rt.Lens[
    UpdateContactFlowModuleAlias, int | None
](
    lambda s: s.contact_flow_module_version,
    lambda s, v: _dc.replace(s, contact_flow_module_version=v),
    "update_contact_flow_module_alias_contact_flow_module_version",
)
"""Lens on :attr:`UpdateContactFlowModuleAlias.contact_flow_module_version`."""


def new_update_contact_flow_module_alias_response(
    http_status: int,
) -> UpdateContactFlowModuleAliasResponse:
    """Create a :class:`UpdateContactFlowModuleAliasResponse` with all optional fields omitted."""
    return UpdateContactFlowModuleAliasResponse(
        http_status=http_status,
    )


update_contact_flow_module_alias_response_http_status = _rt.Lens[
    UpdateContactFlowModuleAliasResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_contact_flow_module_alias_response_http_status",
)
"""Lens on :attr:`UpdateContactFlowModuleAliasResponse.http_status`."""


def _serialize(
    request: UpdateContactFlowModuleAlias, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.contact_flow_module_id == "":
        raise _rt.ValidationError(
            ["contact_flow_module_id: a URI label must be set and not empty"]
        )
    if request.alias_id == "":
        raise _rt.ValidationError(["alias_id: a URI label must be set and not empty"])
    path = (
        "/contact-flow-modules/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.contact_flow_module_id, "contact_flow_module_id")
        + "/alias/"
        + _rt.quote_label(request.alias_id, "alias_id")
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.name is not None:
        data["Name"] = request.name
    if request.description is not None:
        data["Description"] = request.description
    if request.contact_flow_module_version is not None:
        data["ContactFlowModuleVersion"] = request.contact_flow_module_version
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
) -> UpdateContactFlowModuleAliasResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateContactFlowModuleAliasResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateContactFlowModuleAliasResponse)


OPERATION: _rt.Operation[
    UpdateContactFlowModuleAlias, UpdateContactFlowModuleAliasResponse
] = _rt.Operation(
    "UpdateContactFlowModuleAlias",
    UpdateContactFlowModuleAlias,
    UpdateContactFlowModuleAliasResponse,
    (
        _errors.AccessDeniedException,
        _errors.InternalServiceException,
        _errors.ResourceNotFoundException,
        _errors.InvalidParameterException,
        _errors.InvalidRequestException,
        _errors.ThrottlingException,
        _errors.ConditionalOperationFailedException,
        _errors.DuplicateResourceException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateContactFlowModuleAlias operation: its types, errors and wire codec."""
