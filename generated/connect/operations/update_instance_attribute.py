"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

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
class UpdateInstanceAttribute:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Updates the value for the specified attribute type.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``attribute_type``: The type of attribute.
    - ``value``: The value for the attribute.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    attribute_type: str
    """The type of attribute.

    .. note::

       Only allowlisted customers can consume USE_CUSTOM_TTS_VOICES. To
       access this feature, contact Amazon Web Services Support for
       allowlisting.

    .. note::

       If you set the attribute type as ``MESSAGE_STREAMING``, you need to
       update the Lex bot alias resource based policy to include the
       ``lex:RecognizeMessageAsync`` action for the connect instance ARN
       resource.
    """

    value: str
    """The value for the attribute. Maximum character limit is 100."""

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
    """

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
        value = self.value
        if value is None:
            errors.append(prefix + "value: required but missing")
        else:
            path = prefix + "value"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["AttributeType"] = self.attribute_type
        result["Value"] = self.value
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateInstanceAttribute:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateInstanceAttribute")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            attribute_type=_rt.required(data, "AttributeType", path),
            value=_rt.required(data, "Value", path),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateInstanceAttributeResponse:
    """The response of UpdateInstanceAttribute.

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
    ) -> UpdateInstanceAttributeResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateInstanceAttributeResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateInstanceAttributeResponseDraft:
    """A :class:`UpdateInstanceAttributeResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_instance_attribute(
    instance_id: str,
    attribute_type: str,
    value: str,
) -> UpdateInstanceAttribute:
    """Create a :class:`UpdateInstanceAttribute` with all optional fields omitted."""
    return UpdateInstanceAttribute(
        instance_id=instance_id,
        attribute_type=attribute_type,
        value=value,
    )


update_instance_attribute_instance_id = _rt.Lens[UpdateInstanceAttribute, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_instance_attribute_instance_id",
)
"""Lens on :attr:`UpdateInstanceAttribute.instance_id`."""


update_instance_attribute_attribute_type = _rt.Lens[UpdateInstanceAttribute, str](
    lambda s: s.attribute_type,
    lambda s, v: _dc.replace(s, attribute_type=v),
    "update_instance_attribute_attribute_type",
)
"""Lens on :attr:`UpdateInstanceAttribute.attribute_type`."""


update_instance_attribute_value = _rt.Lens[UpdateInstanceAttribute, str](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "update_instance_attribute_value",
)
"""Lens on :attr:`UpdateInstanceAttribute.value`."""


update_instance_attribute_client_token = _rt.Lens[UpdateInstanceAttribute, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "update_instance_attribute_client_token",
)
"""Lens on :attr:`UpdateInstanceAttribute.client_token`."""


def new_update_instance_attribute_response(
    http_status: int,
) -> UpdateInstanceAttributeResponse:
    """Create a :class:`UpdateInstanceAttributeResponse` with all optional fields omitted."""
    return UpdateInstanceAttributeResponse(
        http_status=http_status,
    )


update_instance_attribute_response_http_status = _rt.Lens[
    UpdateInstanceAttributeResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_instance_attribute_response_http_status",
)
"""Lens on :attr:`UpdateInstanceAttributeResponse.http_status`."""


def _serialize(
    request: UpdateInstanceAttribute, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
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
    data: dict[str, _t.Any] = {}
    data["Value"] = request.value
    data["ClientToken"] = idempotency_client_token
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
) -> UpdateInstanceAttributeResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateInstanceAttributeResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateInstanceAttributeResponse)


OPERATION: _rt.Operation[UpdateInstanceAttribute, UpdateInstanceAttributeResponse] = (
    _rt.Operation(
        "UpdateInstanceAttribute",
        UpdateInstanceAttribute,
        UpdateInstanceAttributeResponse,
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
)
"""The UpdateInstanceAttribute operation: its types, errors and wire codec."""
