"""Deletes a flow for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteContactFlow:
    """Deletes a flow for the specified Connect Customer instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_id``: The identifier of the flow.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_flow_id: str
    """The identifier of the flow."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactFlowId"] = self.contact_flow_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteContactFlow:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteContactFlow")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_id=_rt.required(data, "ContactFlowId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteContactFlowResponse:
    """The response of DeleteContactFlow.

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
    ) -> DeleteContactFlowResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteContactFlowResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteContactFlowResponseDraft:
    """A :class:`DeleteContactFlowResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_contact_flow(
    instance_id: str,
    contact_flow_id: str,
) -> DeleteContactFlow:
    """Create a :class:`DeleteContactFlow` with all optional fields omitted."""
    return DeleteContactFlow(
        instance_id=instance_id,
        contact_flow_id=contact_flow_id,
    )


delete_contact_flow_instance_id = _rt.Lens[DeleteContactFlow, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_contact_flow_instance_id",
)
"""Lens on :attr:`DeleteContactFlow.instance_id`."""


delete_contact_flow_contact_flow_id = _rt.Lens[DeleteContactFlow, str](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "delete_contact_flow_contact_flow_id",
)
"""Lens on :attr:`DeleteContactFlow.contact_flow_id`."""


def new_delete_contact_flow_response(
    http_status: int,
) -> DeleteContactFlowResponse:
    """Create a :class:`DeleteContactFlowResponse` with all optional fields omitted."""
    return DeleteContactFlowResponse(
        http_status=http_status,
    )


delete_contact_flow_response_http_status = _rt.Lens[DeleteContactFlowResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_contact_flow_response_http_status",
)
"""Lens on :attr:`DeleteContactFlowResponse.http_status`."""


def _serialize(request: DeleteContactFlow, validate: bool = True) -> _rt.HttpRequest:
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
) -> DeleteContactFlowResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteContactFlowResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteContactFlowResponse)


OPERATION: _rt.Operation[DeleteContactFlow, DeleteContactFlowResponse] = _rt.Operation(
    "DeleteContactFlow",
    DeleteContactFlow,
    DeleteContactFlowResponse,
    (
        _errors.AccessDeniedException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The DeleteContactFlow operation: its types, errors and wire codec."""
