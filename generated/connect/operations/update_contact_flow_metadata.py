"""Updates metadata about specified flow."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_CONTACT_FLOW_STATE_VALUES = frozenset(
    (
        "ACTIVE",
        "ARCHIVED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactFlowMetadata:
    """Updates metadata about specified flow.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_id``: The identifier of the flow.
    - ``name``: The name of the flow.
    - ``description``: The description of the flow.
    - ``contact_flow_state``: The state of flow.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_flow_id: str
    """The identifier of the flow."""

    name: str | None = None
    """The name of the flow."""

    description: str | None = None
    """The description of the flow."""

    contact_flow_state: str | None = None
    """The state of flow."""

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
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=None)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value)
        value = self.contact_flow_state
        if value is not None:
            path = prefix + "contact_flow_state"
            _rt.check_str(errors, path, value, enum=_CONTACT_FLOW_STATE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactFlowId"] = self.contact_flow_id
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        if self.contact_flow_state is not None:
            result["ContactFlowState"] = self.contact_flow_state
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateContactFlowMetadata:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContactFlowMetadata")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_id=_rt.required(data, "ContactFlowId", path),
            name=data.get("Name"),
            description=data.get("Description"),
            contact_flow_state=data.get("ContactFlowState"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactFlowMetadataResponse:
    """The response of UpdateContactFlowMetadata.

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
    ) -> UpdateContactFlowMetadataResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateContactFlowMetadataResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateContactFlowMetadataResponseDraft:
    """A :class:`UpdateContactFlowMetadataResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_contact_flow_metadata(
    instance_id: str,
    contact_flow_id: str,
) -> UpdateContactFlowMetadata:
    """Create a :class:`UpdateContactFlowMetadata` with all optional fields omitted."""
    return UpdateContactFlowMetadata(
        instance_id=instance_id,
        contact_flow_id=contact_flow_id,
    )


update_contact_flow_metadata_instance_id = _rt.Lens[UpdateContactFlowMetadata, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_contact_flow_metadata_instance_id",
)
"""Lens on :attr:`UpdateContactFlowMetadata.instance_id`."""


update_contact_flow_metadata_contact_flow_id = _rt.Lens[UpdateContactFlowMetadata, str](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "update_contact_flow_metadata_contact_flow_id",
)
"""Lens on :attr:`UpdateContactFlowMetadata.contact_flow_id`."""


update_contact_flow_metadata_name = _rt.Lens[UpdateContactFlowMetadata, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_contact_flow_metadata_name",
)
"""Lens on :attr:`UpdateContactFlowMetadata.name`."""


update_contact_flow_metadata_description = _rt.Lens[
    UpdateContactFlowMetadata, str | None
](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_contact_flow_metadata_description",
)
"""Lens on :attr:`UpdateContactFlowMetadata.description`."""


update_contact_flow_metadata_contact_flow_state = _rt.Lens[
    UpdateContactFlowMetadata, str | None
](
    lambda s: s.contact_flow_state,
    lambda s, v: _dc.replace(s, contact_flow_state=v),
    "update_contact_flow_metadata_contact_flow_state",
)
"""Lens on :attr:`UpdateContactFlowMetadata.contact_flow_state`."""


def new_update_contact_flow_metadata_response(
    http_status: int,
) -> UpdateContactFlowMetadataResponse:
    """Create a :class:`UpdateContactFlowMetadataResponse` with all optional fields omitted."""
    return UpdateContactFlowMetadataResponse(
        http_status=http_status,
    )


update_contact_flow_metadata_response_http_status = _rt.Lens[
    UpdateContactFlowMetadataResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_contact_flow_metadata_response_http_status",
)
"""Lens on :attr:`UpdateContactFlowMetadataResponse.http_status`."""


def _serialize(
    request: UpdateContactFlowMetadata, validate: bool = True
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
        + "/metadata"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.name is not None:
        data["Name"] = request.name
    if request.description is not None:
        data["Description"] = request.description
    if request.contact_flow_state is not None:
        data["ContactFlowState"] = request.contact_flow_state
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
) -> UpdateContactFlowMetadataResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateContactFlowMetadataResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateContactFlowMetadataResponse)


OPERATION: _rt.Operation[
    UpdateContactFlowMetadata, UpdateContactFlowMetadataResponse
] = _rt.Operation(
    "UpdateContactFlowMetadata",
    UpdateContactFlowMetadata,
    UpdateContactFlowMetadataResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.DuplicateResourceException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateContactFlowMetadata operation: its types, errors and wire codec."""
