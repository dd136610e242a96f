"""Retrieves detailed information about a specific alias, including which version it currently points to and its metadata."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.contact_flow_module_alias_info import ContactFlowModuleAliasInfo

_PATTERN_1 = _rt.Pattern(
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeContactFlowModuleAlias:
    """Retrieves detailed information about a specific alias, including which
    version it currently points to and its metadata.

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
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
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
    ) -> DescribeContactFlowModuleAlias:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeContactFlowModuleAlias")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_module_id=_rt.required(data, "ContactFlowModuleId", path),
            alias_id=_rt.required(data, "AliasId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeContactFlowModuleAliasResponse:
    """The response of DescribeContactFlowModuleAlias.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_flow_module_alias``: Information about the flow module alias.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_flow_module_alias: ContactFlowModuleAliasInfo | None = None
    """Information about the flow module alias."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_flow_module_alias
        if value is not None:
            path = prefix + "contact_flow_module_alias"
            if isinstance(value, ContactFlowModuleAliasInfo):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ContactFlowModuleAliasInfo, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contact_flow_module_alias is not None:
            result["ContactFlowModuleAlias"] = self.contact_flow_module_alias.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeContactFlowModuleAliasResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DescribeContactFlowModuleAliasResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            contact_flow_module_alias=(
                None
                if (value := data.get("ContactFlowModuleAlias")) is None
                else ContactFlowModuleAliasInfo.from_dict(
                    value, path=path + "ContactFlowModuleAlias" + "."
                )
            ),
        )


class _DescribeContactFlowModuleAliasResponseDraft:
    """A :class:`DescribeContactFlowModuleAliasResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contact_flow_module_alias")
    http_status: int
    contact_flow_module_alias: ContactFlowModuleAliasInfo | None


def new_describe_contact_flow_module_alias(
    instance_id: str,
    contact_flow_module_id: str,
    alias_id: str,
) -> DescribeContactFlowModuleAlias:
    """Create a :class:`DescribeContactFlowModuleAlias` with all optional fields omitted."""
    return DescribeContactFlowModuleAlias(
        instance_id=instance_id,
        contact_flow_module_id=contact_flow_module_id,
        alias_id=alias_id,
    )


describe_contact_flow_module_alias_instance_id = _rt.Lens[
    DescribeContactFlowModuleAlias, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_contact_flow_module_alias_instance_id",
)
"""Lens on :attr:`DescribeContactFlowModuleAlias.instance_id`."""


describe_contact_flow_module_alias_contact_flow_module_id = _rt.Lens[
    DescribeContactFlowModuleAlias, str
](
    lambda s: s.contact_flow_module_id,
    lambda s, v: _dc.replace(s, contact_flow_module_id=v),
    "describe_contact_flow_module_alias_contact_flow_module_id",
)
"""Lens on :attr:`DescribeContactFlowModuleAlias.contact_flow_module_id`."""


describe_contact_flow_module_alias_alias_id = _rt.Lens[
    DescribeContactFlowModuleAlias, str
](
    lambda s: s.alias_id,
    lambda s, v: _dc.replace(s, alias_id=v),
    "describe_contact_flow_module_alias_alias_id",
)
"""Lens on :attr:`DescribeContactFlowModuleAlias.alias_id`."""


def new_describe_contact_flow_module_alias_response(
    http_status: int,
) -> DescribeContactFlowModuleAliasResponse:
    """Create a :class:`DescribeContactFlowModuleAliasResponse` with all optional fields omitted."""
    return DescribeContactFlowModuleAliasResponse(
        http_status=http_status,
    )


describe_contact_flow_module_alias_response_http_status = _rt.Lens[
    DescribeContactFlowModuleAliasResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_contact_flow_module_alias_response_http_status",
)
"""Lens on :attr:`DescribeContactFlowModuleAliasResponse.http_status`."""


describe_contact_flow_module_alias_response_contact_flow_module_alias = _rt.Lens[
    DescribeContactFlowModuleAliasResponse, ContactFlowModuleAliasInfo | None
](
    lambda s: s.contact_flow_module_alias,
    lambda s, v: _dc.replace(s, contact_flow_module_alias=v),
    "describe_contact_flow_module_alias_response_contact_flow_module_alias",
)
"""Lens on :attr:`DescribeContactFlowModuleAliasResponse.contact_flow_module_alias`."""


def _serialize(
    request: DescribeContactFlowModuleAlias, validate: bool = True
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
        method="GET",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DescribeContactFlowModuleAliasResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeContactFlowModuleAliasResponseDraft()
    draft.http_status = status
    try:
        draft.contact_flow_module_alias = (
            None
            if (value := data.get("ContactFlowModuleAlias")) is None
            else ContactFlowModuleAliasInfo._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "ContactFlowModuleAlias")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeContactFlowModuleAliasResponse)


OPERATION: _rt.Operation[
    DescribeContactFlowModuleAlias, DescribeContactFlowModuleAliasResponse
] = _rt.Operation(
    "DescribeContactFlowModuleAlias",
    DescribeContactFlowModuleAlias,
    DescribeContactFlowModuleAliasResponse,
    (
        _errors.AccessDeniedException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The DescribeContactFlowModuleAlias operation: its types, errors and wire codec."""
