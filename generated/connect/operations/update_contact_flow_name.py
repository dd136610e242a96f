"""The name of the flow."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactFlowName:
    """The name of the flow.

    You can also create and update flows using the `Connect Customer Flow
    language
    <https://docs.aws.amazon.com/connect/latest/APIReference/flow-language.html>`__.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_id``: The identifier of the flow.
    - ``name``: The name of the flow.
    - ``description``: The description of the flow.
    """

    instance_id: str
    """The identifier of the Connect Customer instance."""

    contact_flow_id: str
    """The identifier of the flow."""

    name: str | None = None
    """The name of the flow."""

    description: str | None = None
    """The description of the flow."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactFlowId"] = self.contact_flow_id
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateContactFlowName:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContactFlowName")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_id=_rt.required(data, "ContactFlowId", path),
            name=data.get("Name"),
            description=data.get("Description"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactFlowNameResponse:
    """The response of UpdateContactFlowName.

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
    ) -> UpdateContactFlowNameResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContactFlowNameResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateContactFlowNameResponseDraft:
    """A :class:`UpdateContactFlowNameResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_contact_flow_name(
    instance_id: str,
    contact_flow_id: str,
) -> UpdateContactFlowName:
    """Create a :class:`UpdateContactFlowName` with all optional fields omitted."""
    return UpdateContactFlowName(
        instance_id=instance_id,
        contact_flow_id=contact_flow_id,
    )


update_contact_flow_name_instance_id = _rt.Lens[UpdateContactFlowName, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_contact_flow_name_instance_id",
)
"""Lens on :attr:`UpdateContactFlowName.instance_id`."""


update_contact_flow_name_contact_flow_id = _rt.Lens[UpdateContactFlowName, str](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "update_contact_flow_name_contact_flow_id",
)
"""Lens on :attr:`UpdateContactFlowName.contact_flow_id`."""


update_contact_flow_name_name = _rt.Lens[UpdateContactFlowName, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_contact_flow_name_name",
)
"""Lens on :attr:`UpdateContactFlowName.name`."""


update_contact_flow_name_description = _rt.Lens[UpdateContactFlowName, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_contact_flow_name_description",
)
"""Lens on :attr:`UpdateContactFlowName.description`."""


def new_update_contact_flow_name_response(
    http_status: int,
) -> UpdateContactFlowNameResponse:
    """Create a :class:`UpdateContactFlowNameResponse` with all optional fields omitted."""
    return UpdateContactFlowNameResponse(
        http_status=http_status,
    )


update_contact_flow_name_response_http_status = _rt.Lens[
    UpdateContactFlowNameResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_contact_flow_name_response_http_status",
)
"""Lens on :attr:`UpdateContactFlowNameResponse.http_status`."""


def _serialize(
    request: UpdateContactFlowName, validate: bool = True
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
        + "/name"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.name is not None:
        data["Name"] = request.name
    if request.description is not None:
        data["Description"] = request.description
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
) -> UpdateContactFlowNameResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateContactFlowNameResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateContactFlowNameResponse)


OPERATION: _rt.Operation[UpdateContactFlowName, UpdateContactFlowNameResponse] = (
    _rt.Operation(
        "UpdateContactFlowName",
        UpdateContactFlowName,
        UpdateContactFlowNameResponse,
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
)
"""The UpdateContactFlowName operation: its types, errors and wire codec."""
