"""Publishes a new version of the flow provided."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^[a-zA-Z0-9]{64}$",
    "^[a-zA-Z0-9]{64}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_PATTERN_2 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateContactFlowVersion:
    """Publishes a new version of the flow provided. Versions are immutable and
    monotonically increasing. If the ``FlowContentSha256`` provided is
    different from the ``FlowContentSha256`` of the ``$LATEST`` published
    flow content, then an error is returned. This API only supports creating
    versions for flows of type ``Campaign``.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_id``: The identifier of the flow.
    - ``description``: The description of the flow version.
    - ``flow_content_sha256``: Indicates the checksum value of the flow content.
    - ``contact_flow_version``: The identifier of the flow version.
    - ``last_modified_time``: The Amazon Web Services Region where this resource was last modified.
    - ``last_modified_region``: The Amazon Web Services Region where this resource was last modified.
    """

    instance_id: str
    """The identifier of the Connect Customer instance."""

    contact_flow_id: str
    """The identifier of the flow."""

    description: str | None = None
    """The description of the flow version."""

    flow_content_sha256: str | None = None
    """Indicates the checksum value of the flow content."""

    contact_flow_version: int | None = None
    """The identifier of the flow version."""

    last_modified_time: _dt.datetime | None = None
    """The Amazon Web Services Region where this resource was last modified."""

    last_modified_region: str | None = None
    """The Amazon Web Services Region where this resource was last modified."""

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
        value = self.contact_flow_id
        if value is None:
            errors.append(prefix + "contact_flow_id: required but missing")
        else:
            path = prefix + "contact_flow_id"
            _rt.check_str(errors, path, value)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value)
        value = self.flow_content_sha256
        if value is not None:
            path = prefix + "flow_content_sha256"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=64, pattern=_PATTERN_1
            )
        value = self.contact_flow_version
        if value is not None:
            path = prefix + "contact_flow_version"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=None)
        value = self.last_modified_time
        if value is not None:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_modified_region
        if value is not None:
            path = prefix + "last_modified_region"
            _rt.check_str(errors, path, value, pattern=_PATTERN_2)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactFlowId"] = self.contact_flow_id
        if self.description is not None:
            result["Description"] = self.description
        if self.flow_content_sha256 is not None:
            result["FlowContentSha256"] = self.flow_content_sha256
        if self.contact_flow_version is not None:
            result["ContactFlowVersion"] = self.contact_flow_version
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.last_modified_region is not None:
            result["LastModifiedRegion"] = self.last_modified_region
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateContactFlowVersion:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreateContactFlowVersion")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_id=_rt.required(data, "ContactFlowId", path),
            description=data.get("Description"),
            flow_content_sha256=data.get("FlowContentSha256"),
            contact_flow_version=data.get("ContactFlowVersion"),
            last_modified_time=data.get("LastModifiedTime"),
            last_modified_region=data.get("LastModifiedRegion"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CreateContactFlowVersionResponse:
    """The response of CreateContactFlowVersion.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_flow_arn``: The Amazon Resource Name (ARN) of the flow.
    - ``version``: The identifier of the flow version.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_flow_arn: str | None = None
    """The Amazon Resource Name (ARN) of the flow."""

    version: int | None = None
    """The identifier of the flow version."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_flow_arn
        if value is not None:
            path = prefix + "contact_flow_arn"
            _rt.check_str(errors, path, value)
        value = self.version
        if value is not None:
            path = prefix + "version"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=None)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contact_flow_arn is not None:
            result["ContactFlowArn"] = self.contact_flow_arn
        if self.version is not None:
            result["Version"] = self.version
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CreateContactFlowVersionResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CreateContactFlowVersionResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            contact_flow_arn=data.get("ContactFlowArn"),
            version=data.get("Version"),
        )


class _CreateContactFlowVersionResponseDraft:
    """A :class:`CreateContactFlowVersionResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contact_flow_arn", "version")
    http_status: int
    contact_flow_arn: str | None
    version: int | None


def new_create_contact_flow_version(
    instance_id: str,
    contact_flow_id: str,
) -> CreateContactFlowVersion:
    """Create a :class:`CreateContactFlowVersion` with all optional fields omitted."""
    return CreateContactFlowVersion(
        instance_id=instance_id,
        contact_flow_id=contact_flow_id,
    )


create_contact_flow_version_instance_id = _rt.Lens[CreateContactFlowVersion, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "create_contact_flow_version_instance_id",
)
"""Lens on :attr:`CreateContactFlowVersion.instance_id`."""


create_contact_flow_version_contact_flow_id = _rt.Lens[CreateContactFlowVersion, str](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "create_contact_flow_version_contact_flow_id",
)
"""Lens on :attr:`CreateContactFlowVersion.contact_flow_id`."""


create_contact_flow_version_description = _rt.Lens[
    CreateContactFlowVersion, str | None
](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "create_contact_flow_version_description",
)
"""Lens on :attr:`CreateContactFlowVersion.description`."""


create_contact_flow_version_flow_content_sha256 = _rt.Lens[
    CreateContactFlowVersion, str | None
](
    lambda s: s.flow_content_sha256,
    lambda s, v: _dc.replace(s, flow_content_sha256=v),
    "create_contact_flow_version_flow_content_sha256",
)
"""Lens on :attr:`CreateContactFlowVersion.flow_content_sha256`."""


create_contact_flow_version_contact_flow_version = _rt.Lens[
    CreateContactFlowVersion, int | None
](
    lambda s: s.contact_flow_version,
    lambda s, v: _dc.replace(s, contact_flow_version=v),
    "create_contact_flow_version_contact_flow_version",
)
"""Lens on :attr:`CreateContactFlowVersion.contact_flow_version`."""


create_contact_flow_version_last_modified_time = _rt.Lens[
    CreateContactFlowVersion, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "create_contact_flow_version_last_modified_time",
)
"""Lens on :attr:`CreateContactFlowVersion.last_modified_time`."""


create_contact_flow_version_last_modified_region = _rt.Lens[
    CreateContactFlowVersion, str | None
](
    lambda s: s.last_modified_region,
    lambda s, v: _dc.replace(s, last_modified_region=v),
    "create_contact_flow_version_last_modified_region",
)
"""Lens on :attr:`CreateContactFlowVersion.last_modified_region`."""


def new_create_contact_flow_version_response(
    http_status: int,
) -> CreateContactFlowVersionResponse:
    """Create a :class:`CreateContactFlowVersionResponse` with all optional fields omitted."""
    return CreateContactFlowVersionResponse(
        http_status=http_status,
    )


create_contact_flow_version_response_http_status = _rt.Lens[
    CreateContactFlowVersionResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "create_contact_flow_version_response_http_status",
)
"""Lens on :attr:`CreateContactFlowVersionResponse.http_status`."""


create_contact_flow_version_response_contact_flow_arn = _rt.Lens[
    CreateContactFlowVersionResponse, str | None
](
    lambda s: s.contact_flow_arn,
    lambda s, v: _dc.replace(s, contact_flow_arn=v),
    "create_contact_flow_version_response_contact_flow_arn",
)
"""Lens on :attr:`CreateContactFlowVersionResponse.contact_flow_arn`."""


create_contact_flow_version_response_version = _rt.Lens[
    CreateContactFlowVersionResponse, int | None
](
    lambda s: s.version,
    lambda s, v: _dc.replace(s, version=v),
    "create_contact_flow_version_response_version",
)
"""Lens on :attr:`CreateContactFlowVersionResponse.version`."""


def _serialize(
    request: CreateContactFlowVersion, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.contact_flow_id == "":
        raise _rt.ValidationError(
            ["contact_flow_id: a URI label must be set and not empty"]
        )
    path = (
        "/contact-flows/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.contact_flow_id, "contact_flow_id")
        + "/version"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.description is not None:
        data["Description"] = request.description
    if request.flow_content_sha256 is not None:
        data["FlowContentSha256"] = request.flow_content_sha256
    if request.contact_flow_version is not None:
        data["ContactFlowVersion"] = request.contact_flow_version
    if request.last_modified_time is not None:
        data["LastModifiedTime"] = _rt.epoch_seconds(request.last_modified_time)
    if request.last_modified_region is not None:
        data["LastModifiedRegion"] = request.last_modified_region
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
) -> CreateContactFlowVersionResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _CreateContactFlowVersionResponseDraft()
    draft.http_status = status
    try:
        draft.contact_flow_arn = (
            None
            if (value := data.get("ContactFlowArn")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "ContactFlowArn")
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
    return _rt.seal(draft, CreateContactFlowVersionResponse)


OPERATION: _rt.Operation[CreateContactFlowVersion, CreateContactFlowVersionResponse] = (
    _rt.Operation(
        "CreateContactFlowVersion",
        CreateContactFlowVersion,
        CreateContactFlowVersionResponse,
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
)
"""The CreateContactFlowVersion operation: its types, errors and wire codec."""
