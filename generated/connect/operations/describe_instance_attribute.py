"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.attribute import Attribute

_INSTANCE_ATTRIBUTE_TYPE_VALUES = frozenset(
    (
        "INBOUND_CALLS",
        "OUTBOUND_CALLS",
        "CONTACTFLOW_LOGS",
        "CONTACT_LENS",
        "AUTO_RESOLVE_BEST_VOICES",
        "USE_CUSTOM_TTS_VOICES",
        "EARLY_MEDIA",
        "MULTI_PARTY_CONFERENCE",
        "HIGH_VOLUME_OUTBOUND",
        "ENHANCED_CONTACT_MONITORING",
        "ENHANCED_CHAT_MONITORING",
        "MULTI_PARTY_CHAT_CONFERENCE",
        "MESSAGE_STREAMING",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeInstanceAttribute:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Describes the specified instance attribute.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``attribute_type``: The type of attribute.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    attribute_type: str
    """The type of attribute."""

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
        value = self.attribute_type
        if value is None:
            errors.append(prefix + "attribute_type: required but missing")
        else:
            path = prefix + "attribute_type"
            _rt.check_str(errors, path, value, enum=_INSTANCE_ATTRIBUTE_TYPE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["AttributeType"] = self.attribute_type
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeInstanceAttribute:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeInstanceAttribute")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            attribute_type=_rt.required(data, "AttributeType", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeInstanceAttributeResponse:
    """The response of DescribeInstanceAttribute.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``attribute``: The type of attribute.
    """

    http_status: int
    """The HTTP status code of the response."""

    attribute: Attribute | None = None
    """The type of attribute."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.attribute
        if value is not None:
            path = prefix + "attribute"
            if isinstance(value, Attribute):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Attribute, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.attribute is not None:
            result["Attribute"] = self.attribute.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeInstanceAttributeResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DescribeInstanceAttributeResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            attribute=(
                None
                if (value := data.get("Attribute")) is None
                else Attribute.from_dict(value, path=path + "Attribute" + ".")
            ),
        )


class _DescribeInstanceAttributeResponseDraft:
    """A :class:`DescribeInstanceAttributeResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "attribute")
    http_status: int
    attribute: Attribute | None


def new_describe_instance_attribute(
    instance_id: str,
    attribute_type: str,
) -> DescribeInstanceAttribute:
    """Create a :class:`DescribeInstanceAttribute` with all optional fields omitted."""
    return DescribeInstanceAttribute(
        instance_id=instance_id,
        attribute_type=attribute_type,
    )


describe_instance_attribute_instance_id = _rt.Lens[DescribeInstanceAttribute, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_instance_attribute_instance_id",
)
"""Lens on :attr:`DescribeInstanceAttribute.instance_id`."""


describe_instance_attribute_attribute_type = _rt.Lens[DescribeInstanceAttribute, str](
    lambda s: s.attribute_type,
    lambda s, v: _dc.replace(s, attribute_type=v),
    "describe_instance_attribute_attribute_type",
)
"""Lens on :attr:`DescribeInstanceAttribute.attribute_type`."""


def new_describe_instance_attribute_response(
    http_status: int,
) -> DescribeInstanceAttributeResponse:
    """Create a :class:`DescribeInstanceAttributeResponse` with all optional fields omitted."""
    return DescribeInstanceAttributeResponse(
        http_status=http_status,
    )


describe_instance_attribute_response_http_status = _rt.Lens[
    DescribeInstanceAttributeResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_instance_attribute_response_http_status",
)
"""Lens on :attr:`DescribeInstanceAttributeResponse.http_status`."""


describe_instance_attribute_response_attribute = _rt.Lens[
    DescribeInstanceAttributeResponse, Attribute | None
](
    lambda s: s.attribute,
    lambda s, v: _dc.replace(s, attribute=v),
    "describe_instance_attribute_response_attribute",
)
"""Lens on :attr:`DescribeInstanceAttributeResponse.attribute`."""


def _serialize(
    request: DescribeInstanceAttribute, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.attribute_type == "":
        raise _rt.ValidationError(
            ["attribute_type: a URI label must be set and not empty"]
        )
    path = (
        "/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/attribute/"
        + _rt.quote_label(request.attribute_type, "attribute_type")
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
) -> DescribeInstanceAttributeResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeInstanceAttributeResponseDraft()
    draft.http_status = status
    try:
        draft.attribute = (
            None
            if (value := data.get("Attribute")) is None
            else Attribute._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Attribute")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeInstanceAttributeResponse)


OPERATION: _rt.Operation[
    DescribeInstanceAttribute, DescribeInstanceAttributeResponse
] = _rt.Operation(
    "DescribeInstanceAttribute",
    DescribeInstanceAttribute,
    DescribeInstanceAttributeResponse,
    (
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The DescribeInstanceAttribute operation: its types, errors and wire codec."""
