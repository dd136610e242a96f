"""Creates a named alias that points to a specific version of a contact flow module."""

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
    "^([$0-9a-zA-Z][_-]?)+$",
    "^([$0-9a-zA-Z][_-]?)+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateContactFlowModuleAlias:
    """Creates a named alias that points to a specific version of a contact
    flow module.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_module_id``: The identifier of the flow module.
    - ``contact_flow_module_version``: The version of the flow module.
    - ``alias_name``: The name of the alias.
    - ``description``: The description of the alias.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_flow_module_id: str
    """The identifier of the flow module."""

    contact_flow_module_version: int
    """The version of the flow module."""

    alias_name: str
    """The name of the alias."""

    description: str | None = None
    """The description of the alias."""

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
        value = self.contact_flow_module_version
        if value is None:
            errors.append(prefix + "contact_flow_module_version: required but missing")
        else:
            path = prefix + "contact_flow_module_version"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=None)
        value = self.alias_name
        if value is None:
            errors.append(prefix + "alias_name: required but missing")
        else:
            path = prefix + "alias_name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=100, pattern=_PATTERN_2
            )
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactFlowModuleId"] = self.contact_flow_module_id
        result["ContactFlowModuleVersion"] = self.contact_flow_module_version
        result["AliasName"] = self.alias_name
        if self.description is not None:
            result["Description"] = self.description
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateContactFlowModuleAlias:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreateContactFlowModuleAlias")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_module_id=_rt.required(data, "ContactFlowModuleId", path),
            contact_flow_module_version=_rt.required(
                data, "ContactFlowModuleVersion", path
            ),
            alias_name=_rt.required(data, "AliasName", path),
            description=data.get("Description"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateContactFlowModuleAliasResponse:
    """The response of CreateContactFlowModuleAlias.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_flow_module_arn``: The Amazon Resource Name (ARN) of the flow module.
    - ``id``: The identifier of the alias.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_flow_module_arn: str | None = None
    """The Amazon Resource Name (ARN) of the flow module."""

    id: str | None = None
    """The identifier of the alias."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_flow_module_arn
        if value is not None:
            path = prefix + "contact_flow_module_arn"
            _rt.check_str(errors, path, value)
        value = self.id
        if value is not None:
            path = prefix + "id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contact_flow_module_arn is not None:
            result["ContactFlowModuleArn"] = self.contact_flow_module_arn
        if self.id is not None:
            result["Id"] = self.id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateContactFlowModuleAliasResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "CreateContactFlowModuleAliasResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            contact_flow_module_arn=data.get("ContactFlowModuleArn"),
            id=data.get("Id"),
        )


class _CreateContactFlowModuleAliasResponseDraft:
    """A :class:`CreateContactFlowModuleAliasResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contact_flow_module_arn", "id")
    http_status: int
    contact_flow_module_arn: str | None
    id: str | None


def new_create_contact_flow_module_alias(
    instance_id: str,
    contact_flow_module_id: str,
    contact_flow_module_version: int,
    alias_name: str,
) -> CreateContactFlowModuleAlias:
    """Create a :class:`CreateContactFlowModuleAlias` with all optional fields omitted."""
    return CreateContactFlowModuleAlias(
        instance_id=instance_id,
        contact_flow_module_id=contact_flow_module_id,
        contact_flow_module_version=contact_flow_module_version,
        alias_name=alias_name,
    )


create_contact_flow_module_alias_instance_id = _rt.Lens[
    CreateContactFlowModuleAlias, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "create_contact_flow_module_alias_instance_id",
)
"""Lens on :attr:`CreateContactFlowModuleAlias.instance_id`."""


create_contact_flow_module_alias_contact_flow_module_id = _rt.Lens[
    CreateContactFlowModuleAlias, str
](
    lambda s: s.contact_flow_module_id,
    lambda s, v: _dc.replace(s, contact_flow_module_id=v),
    "create_contact_flow_module_alias_contact_flow_module_id",
)
"""Lens on :attr:`CreateContactFlowModuleAlias.contact_flow_module_id`."""


create_contact_flow_module_alias_contact_flow_module_version = _rt.Lens[
    CreateContactFlowModuleAlias, int
](
    lambda s: s.contact_flow_module_version,
    lambda s, v: _dc.replace(s, contact_flow_module_version=v),
    "create_contact_flow_module_alias_contact_flow_module_version",
)
"""Lens on :attr:`CreateContactFlowModuleAlias.contact_flow_module_version`."""


create_contact_flow_module_alias_alias_name = _rt.Lens[
    CreateContactFlowModuleAlias, str
](
    lambda s: s.alias_name,
    lambda s, v: _dc.replace(s, alias_name=v),
    "create_contact_flow_module_alias_alias_name",
)
"""Lens on :attr:`CreateContactFlowModuleAlias.alias_name`."""


create_contact_flow_module_alias_description = _rt.Lens[
    CreateContactFlowModuleAlias, str | None
](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "create_contact_flow_module_alias_description",
)
"""Lens on :attr:`CreateContactFlowModuleAlias.description`."""


def new_create_contact_flow_module_alias_response(
    http_status: int,
) -> CreateContactFlowModuleAliasResponse:
    """Create a :class:`CreateContactFlowModuleAliasResponse` with all optional fields omitted."""
    return CreateContactFlowModuleAliasResponse(
        http_status=http_status,
    )


create_contact_flow_module_alias_response_http_status = _rt.Lens[
    CreateContactFlowModuleAliasResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "create_contact_flow_module_alias_response_http_status",
)
"""Lens on :attr:`CreateContactFlowModuleAliasResponse.http_status`."""


create_contact_flow_module_alias_response_contact_flow_module_arn = _rt.Lens[
    CreateContactFlowModuleAliasResponse, str | None
](
    lambda s: s.contact_flow_module_arn,
    lambda s, v: _dc.replace(s, contact_flow_module_arn=v),
    "create_contact_flow_module_alias_response_contact_flow_module_arn",
)
"""Lens on :attr:`CreateContactFlowModuleAliasResponse.contact_flow_module_arn`."""


create_contact_flow_module_alias_response_id = _rt.Lens[
    CreateContactFlowModuleAliasResponse, str | None
](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "create_contact_flow_module_alias_response_id",
)
"""Lens on :attr:`CreateContactFlowModuleAliasResponse.id`."""


def _serialize(
    request: CreateContactFlowModuleAlias, validate: bool = True
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
    path = (
        "/contact-flow-modules/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.contact_flow_module_id, "contact_flow_module_id")
        + "/alias"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ContactFlowModuleVersion"] = request.contact_flow_module_version
    data["AliasName"] = request.alias_name
    if request.description is not None:
        data["Description"] = request.description
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
) -> CreateContactFlowModuleAliasResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _CreateContactFlowModuleAliasResponseDraft()
    draft.http_status = status
    try:
        draft.contact_flow_module_arn = (
            None
            if (value := data.get("ContactFlowModuleArn")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "ContactFlowModuleArn")
            )
        )
        draft.id = (
            None
            if (value := data.get("Id")) is None
            else (value if type(value) is str else _rt.expect_str(value, "Id"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, CreateContactFlowModuleAliasResponse)


OPERATION: _rt.Operation[
    CreateContactFlowModuleAlias, CreateContactFlowModuleAliasResponse
] = _rt.Operation(
    "CreateContactFlowModuleAlias",
    CreateContactFlowModuleAlias,
    CreateContactFlowModuleAliasResponse,
    (
        _errors.AccessDeniedException,
        _errors.DuplicateResourceException,
        _errors.InternalServiceException,
        _errors.ResourceNotFoundException,
        _errors.LimitExceededException,
        _errors.InvalidParameterException,
        _errors.InvalidRequestException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The CreateContactFlowModuleAlias operation: its types, errors and wire codec."""
