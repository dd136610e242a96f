"""Describes the specified flow module."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.contact_flow_module import ContactFlowModule


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeContactFlowModule:
    """Describes the specified flow module.

    Use the ``$SAVED`` alias in the request to describe the ``SAVED``
    content of a Flow. For example,
    ``arn:aws:.../contact-flow/{id}:$SAVED``. After a flow is published,
    ``$SAVED`` needs to be supplied to view saved content that has not been
    published.

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
    ) -> DescribeContactFlowModule:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeContactFlowModule")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_module_id=_rt.required(data, "ContactFlowModuleId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeContactFlowModuleResponse:
    """The response of DescribeContactFlowModule.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_flow_module``: Information about the flow module.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_flow_module: ContactFlowModule | None = None
    """Information about the flow module."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_flow_module
        if value is not None:
            path = prefix + "contact_flow_module"
            if isinstance(value, ContactFlowModule):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ContactFlowModule, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contact_flow_module is not None:
            result["ContactFlowModule"] = self.contact_flow_module.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeContactFlowModuleResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DescribeContactFlowModuleResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            contact_flow_module=(
                None
                if (value := data.get("ContactFlowModule")) is None
                else ContactFlowModule.from_dict(
                    value, path=path + "ContactFlowModule" + "."
                )
            ),
        )


class _DescribeContactFlowModuleResponseDraft:
    """A :class:`DescribeContactFlowModuleResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contact_flow_module")
    http_status: int
    contact_flow_module: ContactFlowModule | None


def new_describe_contact_flow_module(
    instance_id: str,
    contact_flow_module_id: str,
) -> DescribeContactFlowModule:
    """Create a :class:`DescribeContactFlowModule` with all optional fields omitted."""
    return DescribeContactFlowModule(
        instance_id=instance_id,
        contact_flow_module_id=contact_flow_module_id,
    )


describe_contact_flow_module_instance_id = _rt.Lens[DescribeContactFlowModule, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_contact_flow_module_instance_id",
)
"""Lens on :attr:`DescribeContactFlowModule.instance_id`."""


describe_contact_flow_module_contact_flow_module_id = _rt.Lens[
    DescribeContactFlowModule, str
](
    lambda s: s.contact_flow_module_id,
    lambda s, v: _dc.replace(s, contact_flow_module_id=v),
    "describe_contact_flow_module_contact_flow_module_id",
)
"""Lens on :attr:`DescribeContactFlowModule.contact_flow_module_id`."""


def new_describe_contact_flow_module_response(
    http_status: int,
) -> DescribeContactFlowModuleResponse:
    """Create a :class:`DescribeContactFlowModuleResponse` with all optional fields omitted."""
    return DescribeContactFlowModuleResponse(
        http_status=http_status,
    )


describe_contact_flow_module_response_http_status = _rt.Lens[
    DescribeContactFlowModuleResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_contact_flow_module_response_http_status",
)
"""Lens on :attr:`DescribeContactFlowModuleResponse.http_status`."""


describe_contact_flow_module_response_contact_flow_module = _rt.Lens[
    DescribeContactFlowModuleResponse, ContactFlowModule | None
](
    lambda s: s.contact_flow_module,
    lambda s, v: _dc.replace(s, contact_flow_module=v),
    "describe_contact_flow_module_response_contact_flow_module",
)
"""Lens on :attr:`DescribeContactFlowModuleResponse.contact_flow_module`."""


def _serialize(
    request: DescribeContactFlowModule, validate: bool = True
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
        method="GET",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DescribeContactFlowModuleResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeContactFlowModuleResponseDraft()
    draft.http_status = status
    try:
        draft.contact_flow_module = (
            None
            if (value := data.get("ContactFlowModule")) is None
            else ContactFlowModule._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "ContactFlowModule")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeContactFlowModuleResponse)


OPERATION: _rt.Operation[
    DescribeContactFlowModule, DescribeContactFlowModuleResponse
] = _rt.Operation(
    "DescribeContactFlowModule",
    DescribeContactFlowModule,
    DescribeContactFlowModuleResponse,
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
"""The DescribeContactFlowModule operation: its types, errors and wire codec."""
