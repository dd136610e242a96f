"""Creates an immutable snapshot of a contact flow module, preserving its content and settings at a specific point in time for version control and rollback capabilities."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    ".*\\S.*",
    "(?a)[^\\n\\r\\x85\\u2028\\u2029]*\\S[^\\n\\r\\x85\\u2028\\u2029]*",
)
_PATTERN_2 = _rt.Pattern(
    "^[a-zA-Z0-9]{64}$",
    "^[a-zA-Z0-9]{64}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateContactFlowModuleVersion:
    """Creates an immutable snapshot of a contact flow module, preserving its
    content and settings at a specific point in time for version control and
    rollback capabilities.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_module_id``: The identifier of the flow module.
    - ``description``: The description of the flow module version.
    - ``flow_module_content_sha256``: Indicates the checksum value of the flow module content.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_flow_module_id: str
    """The identifier of the flow module."""

    description: str | None = None
    """The description of the flow module version."""

    flow_module_content_sha256: str | None = None
    """Indicates the checksum value of the flow module content."""

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
        value = self.contact_flow_module_id
        if value is None:
            errors.append(prefix + "contact_flow_module_id: required but missing")
        else:
            path = prefix + "contact_flow_module_id"
            _rt.check_str(errors, path, value)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(
                errors, path, value, min_len=0, max_len=500, pattern=_PATTERN_1
            )
        value = self.flow_module_content_sha256
        if value is not None:
            path = prefix + "flow_module_content_sha256"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=64, pattern=_PATTERN_2
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactFlowModuleId"] = self.contact_flow_module_id
        if self.description is not None:
            result["Description"] = self.description
        if self.flow_module_content_sha256 is not None:
            result["FlowModuleContentSha256"] = self.flow_module_content_sha256
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateContactFlowModuleVersion:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreateContactFlowModuleVersion")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_module_id=_rt.required(data, "ContactFlowModuleId", path),
            description=data.get("Description"),
            flow_module_content_sha256=data.get("FlowModuleContentSha256"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateContactFlowModuleVersionResponse:
    """The response of CreateContactFlowModuleVersion.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_flow_module_arn``: The Amazon Resource Name (ARN) of the flow module.
    - ``version``: The version of the flow module.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_flow_module_arn: str | None = None
    """The Amazon Resource Name (ARN) of the flow module."""

    version: int | None = None
    """The version of the flow module."""

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
        value = self.version
        if value is not None:
            path = prefix + "version"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=None)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contact_flow_module_arn is not None:
            result["ContactFlowModuleArn"] = self.contact_flow_module_arn
        if self.version is not None:
            result["Version"] = self.version
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateContactFlowModuleVersionResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "CreateContactFlowModuleVersionResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            contact_flow_module_arn=data.get("ContactFlowModuleArn"),
            version=data.get("Version"),
        )


class _CreateContactFlowModuleVersionResponseDraft:
    """A :class:`CreateContactFlowModuleVersionResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contact_flow_module_arn", "version")
    http_status: int
    contact_flow_module_arn: str | None
    version: int | None


def new_create_contact_flow_module_version(
    instance_id: str,
    contact_flow_module_id: str,
) -> CreateContactFlowModuleVersion:
    """Create a :class:`CreateContactFlowModuleVersion` with all optional fields omitted."""
    return CreateContactFlowModuleVersion(
        instance_id=instance_id,
        contact_flow_module_id=contact_flow_module_id,
    )


create_contact_flow_module_version_instance_id = _rt.Lens[
    CreateContactFlowModuleVersion, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "create_contact_flow_module_version_instance_id",
)
"""Lens on :attr:`CreateContactFlowModuleVersion.instance_id`."""


create_contact_flow_module_version_contact_flow_module_id = _rt.Lens[
    CreateContactFlowModuleVersion, str
](
    lambda s: s.contact_flow_module_id,
    lambda s, v: _dc.replace(s, contact_flow_module_id=v),
    "create_contact_flow_module_version_contact_flow_module_id",
)
"""Lens on :attr:`CreateContactFlowModuleVersion.contact_flow_module_id`."""


create_contact_flow_module_version_description = _rt.Lens[
    CreateContactFlowModuleVersion, str | None
](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "create_contact_flow_module_version_description",
)
"""Lens on :attr:`CreateContactFlowModuleVersion.description`."""


create_contact_flow_module_version_flow_module_content_sha256 = _rt.Lens[
    CreateContactFlowModuleVersion, str | None
](
    lambda s: s.flow_module_content_sha256,
    lambda s, v: _dc.replace(s, flow_module_content_sha256=v),
    "create_contact_flow_module_version_flow_module_content_sha256",
)
"""Lens on :attr:`CreateContactFlowModuleVersion.flow_module_content_sha256`."""


def new_create_contact_flow_module_version_response(
    http_status: int,
) -> CreateContactFlowModuleVersionResponse:
    """Create a :class:`CreateContactFlowModuleVersionResponse` with all optional fields omitted."""
    return CreateContactFlowModuleVersionResponse(
        http_status=http_status,
    )


create_contact_flow_module_version_response_http_status = _rt.Lens[
    CreateContactFlowModuleVersionResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "create_contact_flow_module_version_response_http_status",
)
"""Lens on :attr:`CreateContactFlowModuleVersionResponse.http_status`."""


create_contact_flow_module_version_response_contact_flow_module_arn = _rt.Lens[
    CreateContactFlowModuleVersionResponse, str | None
](
    lambda s: s.contact_flow_module_arn,
    lambda s, v: _dc.replace(s, contact_flow_module_arn=v),
    "create_contact_flow_module_version_response_contact_flow_module_arn",
)
"""Lens on :attr:`CreateContactFlowModuleVersionResponse.contact_flow_module_arn`."""


create_contact_flow_module_version_response_version = _rt.Lens[
    CreateContactFlowModuleVersionResponse, int | None
](
    lambda s: s.version,
    lambda s, v: _dc.replace(s, version=v),
    "create_contact_flow_module_version_response_version",
)
"""Lens on :attr:`CreateContactFlowModuleVersionResponse.version`."""


def _serialize(
    request: CreateContactFlowModuleVersion, validate: bool = True
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
        + "/version"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.description is not None:
        data["Description"] = request.description
    if request.flow_module_content_sha256 is not None:
        data["FlowModuleContentSha256"] = request.flow_module_content_sha256
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
) -> CreateContactFlowModuleVersionResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _CreateContactFlowModuleVersionResponseDraft()
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
        draft.version = (
            None
            if (value := data.get("Version")) is None
            else (value if type(value) is int else _rt.expect_int(value, "Version"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, CreateContactFlowModuleVersionResponse)


OPERATION: _rt.Operation[
    CreateContactFlowModuleVersion, CreateContactFlowModuleVersionResponse
] = _rt.Operation(
    "CreateContactFlowModuleVersion",
    CreateContactFlowModuleVersion,
    CreateContactFlowModuleVersionResponse,
    (
        _errors.AccessDeniedException,
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
"""The CreateContactFlowModuleVersion operation: its types, errors and wire codec."""
