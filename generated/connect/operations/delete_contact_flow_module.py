"""Deletes the specified flow module."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteContactFlowModule:
    """Deletes the specified flow module.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_module_id``: The identifier of the flow module.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_flow_module_id: str
    """The identifier of the flow module."""

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
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactFlowModuleId"] = self.contact_flow_module_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteContactFlowModule:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteContactFlowModule")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_module_id=_rt.required(data, "ContactFlowModuleId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteContactFlowModuleResponse:
    """The response of DeleteContactFlowModule.

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
    ) -> DeleteContactFlowModuleResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteContactFlowModuleResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteContactFlowModuleResponseDraft:
    """A :class:`DeleteContactFlowModuleResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_contact_flow_module(
    instance_id: str,
    contact_flow_module_id: str,
) -> DeleteContactFlowModule:
    """Create a :class:`DeleteContactFlowModule` with all optional fields omitted."""
    return DeleteContactFlowModule(
        instance_id=instance_id,
        contact_flow_module_id=contact_flow_module_id,
    )


delete_contact_flow_module_instance_id = _rt.Lens[DeleteContactFlowModule, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_contact_flow_module_instance_id",
)
"""Lens on :attr:`DeleteContactFlowModule.instance_id`."""


delete_contact_flow_module_contact_flow_module_id = _rt.Lens[
    DeleteContactFlowModule, str
](
    lambda s: s.contact_flow_module_id,
    lambda s, v: _dc.replace(s, contact_flow_module_id=v),
    "delete_contact_flow_module_contact_flow_module_id",
)
"""Lens on :attr:`DeleteContactFlowModule.contact_flow_module_id`."""


def new_delete_contact_flow_module_response(
    http_status: int,
) -> DeleteContactFlowModuleResponse:
    """Create a :class:`DeleteContactFlowModuleResponse` with all optional fields omitted."""
    return DeleteContactFlowModuleResponse(
        http_status=http_status,
    )


delete_contact_flow_module_response_http_status = _rt.Lens[
    DeleteContactFlowModuleResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_contact_flow_module_response_http_status",
)
"""Lens on :attr:`DeleteContactFlowModuleResponse.http_status`."""


def _serialize(
    request: DeleteContactFlowModule, validate: bool = True
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
) -> DeleteContactFlowModuleResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteContactFlowModuleResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteContactFlowModuleResponse)


OPERATION: _rt.Operation[DeleteContactFlowModule, DeleteContactFlowModuleResponse] = (
    _rt.Operation(
        "DeleteContactFlowModule",
        DeleteContactFlowModule,
        DeleteContactFlowModuleResponse,
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
)
"""The DeleteContactFlowModule operation: its types, errors and wire codec."""
