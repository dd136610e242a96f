"""Deletes the particular version specified in flow version identifier."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteContactFlowVersion:
    """Deletes the particular version specified in flow version identifier.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_id``: The identifier of the flow.
    - ``contact_flow_version``: The identifier of the flow version.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_flow_id: str
    """The identifier of the flow."""

    contact_flow_version: int
    """The identifier of the flow version."""

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
        value = self.contact_flow_version
        if value is None:
            errors.append(prefix + "contact_flow_version: required but missing")
        else:
            path = prefix + "contact_flow_version"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=None)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactFlowId"] = self.contact_flow_id
        result["ContactFlowVersion"] = self.contact_flow_version
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteContactFlowVersion:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteContactFlowVersion")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_id=_rt.required(data, "ContactFlowId", path),
            contact_flow_version=_rt.required(data, "ContactFlowVersion", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteContactFlowVersionResponse:
    """The response of DeleteContactFlowVersion.

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
    ) -> DeleteContactFlowVersionResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteContactFlowVersionResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteContactFlowVersionResponseDraft:
    """A :class:`DeleteContactFlowVersionResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_contact_flow_version(
    instance_id: str,
    contact_flow_id: str,
    contact_flow_version: int,
) -> DeleteContactFlowVersion:
    """Create a :class:`DeleteContactFlowVersion` with all optional fields omitted."""
    return DeleteContactFlowVersion(
        instance_id=instance_id,
        contact_flow_id=contact_flow_id,
        contact_flow_version=contact_flow_version,
    )


delete_contact_flow_version_instance_id = _rt.Lens[DeleteContactFlowVersion, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_contact_flow_version_instance_id",
)
"""Lens on :attr:`DeleteContactFlowVersion.instance_id`."""


delete_contact_flow_version_contact_flow_id = _rt.Lens[DeleteContactFlowVersion, str](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "delete_contact_flow_version_contact_flow_id",
)
"""Lens on :attr:`DeleteContactFlowVersion.contact_flow_id`."""


delete_contact_flow_version_contact_flow_version = _rt.Lens[
    DeleteContactFlowVersion, int
](
    lambda s: s.contact_flow_version,
    lambda s, v: _dc.replace(s, contact_flow_version=v),
    "delete_contact_flow_version_contact_flow_version",
)
"""Lens on :attr:`DeleteContactFlowVersion.contact_flow_version`."""


def new_delete_contact_flow_version_response(
    http_status: int,
) -> DeleteContactFlowVersionResponse:
    """Create a :class:`DeleteContactFlowVersionResponse` with all optional fields omitted."""
    return DeleteContactFlowVersionResponse(
        http_status=http_status,
    )


delete_contact_flow_version_response_http_status = _rt.Lens[
    DeleteContactFlowVersionResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_contact_flow_version_response_http_status",
)
"""Lens on :attr:`DeleteContactFlowVersionResponse.http_status`."""


def _serialize(
    request: DeleteContactFlowVersion, validate: bool = True
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
    if str(request.contact_flow_version) == "":
        raise _rt.ValidationError(
            ["contact_flow_version: a URI label must be set and not empty"]
        )
    path = (
        "/contact-flows/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.contact_flow_id, "contact_flow_id")
        + "/version/"
        + _rt.quote_label(str(request.contact_flow_version), "contact_flow_version")
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
) -> DeleteContactFlowVersionResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteContactFlowVersionResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteContactFlowVersionResponse)


OPERATION: _rt.Operation[DeleteContactFlowVersion, DeleteContactFlowVersionResponse] = (
    _rt.Operation(
        "DeleteContactFlowVersion",
        DeleteContactFlowVersion,
        DeleteContactFlowVersionResponse,
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
)
"""The DeleteContactFlowVersion operation: its types, errors and wire codec."""
