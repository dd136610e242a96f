"""Describes the specified flow."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.contact_flow import ContactFlow


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeContactFlow:
    """Describes the specified flow.

    You can also create and update flows using the `Connect Customer Flow
    language
    <https://docs.aws.amazon.com/connect/latest/APIReference/flow-language.html>`__.

    Use the ``$SAVED`` alias in the request to describe the ``SAVED``
    content of a Flow. For example,
    ``arn:aws:.../contact-flow/{id}:$SAVED``. After a flow is published,
    ``$SAVED`` needs to be supplied to view saved content that has not been
    published.

    Use ``arn:aws:.../contact-flow/{id}:{version}`` to retrieve the content
    of a specific flow version.

    In the response, **Status** indicates the flow status as either
    ``SAVED`` or ``PUBLISHED``. The ``PUBLISHED`` status will initiate
    validation on the content. ``SAVED`` does not initiate validation of the
    content. ``SAVED`` | ``PUBLISHED``

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_id``: The identifier of the flow.
    """

    instance_id: str
    """The identifier of the Connect Customer instance."""

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
    ) -> DescribeContactFlow:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeContactFlow")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_id=_rt.required(data, "ContactFlowId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeContactFlowResponse:
    """The response of DescribeContactFlow.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_flow``: Information about the flow.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_flow: ContactFlow | None = None
    """Information about the flow."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_flow
        if value is not None:
            path = prefix + "contact_flow"
            if isinstance(value, ContactFlow):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ContactFlow, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contact_flow is not None:
            result["ContactFlow"] = self.contact_flow.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeContactFlowResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeContactFlowResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            contact_flow=(
                None
                if (value := data.get("ContactFlow")) is None
                else ContactFlow.from_dict(value, path=path + "ContactFlow" + ".")
            ),
        )


class _DescribeContactFlowResponseDraft:
    """A :class:`DescribeContactFlowResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contact_flow")
    http_status: int
    contact_flow: ContactFlow | None


def new_describe_contact_flow(
    instance_id: str,
    contact_flow_id: str,
) -> DescribeContactFlow:
    """Create a :class:`DescribeContactFlow` with all optional fields omitted."""
    return DescribeContactFlow(
        instance_id=instance_id,
        contact_flow_id=contact_flow_id,
    )


describe_contact_flow_instance_id = _rt.Lens[DescribeContactFlow, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_contact_flow_instance_id",
)
"""Lens on :attr:`DescribeContactFlow.instance_id`."""


describe_contact_flow_contact_flow_id = _rt.Lens[DescribeContactFlow, str](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "describe_contact_flow_contact_flow_id",
)
"""Lens on :attr:`DescribeContactFlow.contact_flow_id`."""


def new_describe_contact_flow_response(
    http_status: int,
) -> DescribeContactFlowResponse:
    """Create a :class:`DescribeContactFlowResponse` with all optional fields omitted."""
    return DescribeContactFlowResponse(
        http_status=http_status,
    )


describe_contact_flow_response_http_status = _rt.Lens[DescribeContactFlowResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_contact_flow_response_http_status",
)
"""Lens on :attr:`DescribeContactFlowResponse.http_status`."""


describe_contact_flow_response_contact_flow = _rt.Lens[
    DescribeContactFlowResponse, ContactFlow | None
](
    lambda s: s.contact_flow,
    lambda s, v: _dc.replace(s, contact_flow=v),
    "describe_contact_flow_response_contact_flow",
)
"""Lens on :attr:`DescribeContactFlowResponse.contact_flow`."""


def _serialize(request: DescribeContactFlow, validate: bool = True) -> _rt.HttpRequest:
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
        method="GET",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DescribeContactFlowResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeContactFlowResponseDraft()
    draft.http_status = status
    try:
        draft.contact_flow = (
            None
            if (value := data.get("ContactFlow")) is None
            else ContactFlow._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "ContactFlow")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeContactFlowResponse)


OPERATION: _rt.Operation[DescribeContactFlow, DescribeContactFlowResponse] = (
    _rt.Operation(
        "DescribeContactFlow",
        DescribeContactFlow,
        DescribeContactFlowResponse,
        (
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.ContactFlowNotPublishedException,
            _errors.ThrottlingException,
            _errors.InternalServiceException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The DescribeContactFlow operation: its types, errors and wire codec."""
