"""Removes an alias reference, breaking the named connection to the underlying module version without affecting the version itself."""

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


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteContactFlowModuleAlias:
    """Removes an alias reference, breaking the named connection to the
    underlying module version without affecting the version itself.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_module_id``: The identifier of the flow module.
    - ``alias_id``: The identifier of the alias.
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
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.alias_id
        if value is None:
            errors.append(prefix + "alias_id: required but missing")
        else:
            path = prefix + "alias_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactFlowModuleId"] = self.contact_flow_module_id
        result["AliasId"] = self.alias_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteContactFlowModuleAlias:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteContactFlowModuleAlias")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_module_id=_rt.required(data, "ContactFlowModuleId", path),
            alias_id=_rt.required(data, "AliasId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteContactFlowModuleAliasResponse:
    """The response of DeleteContactFlowModuleAlias.

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
    ) -> DeleteContactFlowModuleAliasResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DeleteContactFlowModuleAliasResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteContactFlowModuleAliasResponseDraft:
    """A :class:`DeleteContactFlowModuleAliasResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_contact_flow_module_alias(
    instance_id: str,
    contact_flow_module_id: str,
    alias_id: str,
) -> DeleteContactFlowModuleAlias:
    """Create a :class:`DeleteContactFlowModuleAlias` with all optional fields omitted."""
    return DeleteContactFlowModuleAlias(
        instance_id=instance_id,
        contact_flow_module_id=contact_flow_module_id,
        alias_id=alias_id,
    )


delete_contact_flow_module_alias_instance_id = _rt.Lens[
    DeleteContactFlowModuleAlias, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_contact_flow_module_alias_instance_id",
)
"""Lens on :attr:`DeleteContactFlowModuleAlias.instance_id`."""


delete_contact_flow_module_alias_contact_flow_module_id = _rt.Lens[
    DeleteContactFlowModuleAlias, str
](
    lambda s: s.contact_flow_module_id,
    lambda s, v: _dc.replace(s, contact_flow_module_id=v),
    "delete_contact_flow_module_alias_contact_flow_module_id",
)
"""Lens on :attr:`DeleteContactFlowModuleAlias.contact_flow_module_id`."""


delete_contact_flow_module_alias_alias_id = _rt.Lens[DeleteContactFlowModuleAlias, str](
    lambda s: s.alias_id,
    lambda s, v: _dc.replace(s, alias_id=v),
    "delete_contact_flow_module_alias_alias_id",
)
"""Lens on :attr:`DeleteContactFlowModuleAlias.alias_id`."""


def new_delete_contact_flow_module_alias_response(
    http_status: int,
) -> DeleteContactFlowModuleAliasResponse:
    """Create a :class:`DeleteContactFlowModuleAliasResponse` with all optional fields omitted."""
    return DeleteContactFlowModuleAliasResponse(
        http_status=http_status,
    )


delete_contact_flow_module_alias_response_http_status = _rt.Lens[
    DeleteContactFlowModuleAliasResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_contact_flow_module_alias_response_http_status",
)
"""Lens on :attr:`DeleteContactFlowModuleAliasResponse.http_status`."""


def _serialize(
    request: DeleteContactFlowModuleAlias, validate: bool = True
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
) -> DeleteContactFlowModuleAliasResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteContactFlowModuleAliasResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteContactFlowModuleAliasResponse)


OPERATION: _rt.Operation[
    DeleteContactFlowModuleAlias, DeleteContactFlowModuleAliasResponse
] = _rt.Operation(
    "DeleteContactFlowModuleAlias",
    DeleteContactFlowModuleAlias,
    DeleteContactFlowModuleAliasResponse,
    (
        _errors.AccessDeniedException,
        _errors.InternalServiceException,
        _errors.ResourceNotFoundException,
        _errors.InvalidParameterException,
        _errors.InvalidRequestException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The DeleteContactFlowModuleAlias operation: its types, errors and wire codec."""
