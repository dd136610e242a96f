"""Describes a predefined attribute for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.predefined_attribute import PredefinedAttribute


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribePredefinedAttribute:
    """Describes a predefined attribute for the specified Connect Customer
    instance. A *predefined attribute* is made up of a name and a value. You
    can use predefined attributes for:

    - Routing proficiency (for example, agent certification) that has
      predefined values (for example, a list of possible certifications).
      For more information, see `Create predefined attributes for routing
      contacts to agents
      <https://docs.aws.amazon.com/connect/latest/adminguide/predefined-attributes.html>`__.
    - Contact information that varies between transfers or conferences, such
      as the name of the business unit handling the contact. For more
      information, see `Use contact segment attributes
      <https://docs.aws.amazon.com/connect/latest/adminguide/use-contact-segment-attributes.html>`__.

    For the predefined attributes per instance quota, see `Connect Customer
    quotas
    <https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html#connect-quotas>`__.

    **Endpoints**: See `Connect Customer endpoints and quotas
    <https://docs.aws.amazon.com/general/latest/gr/connect_region.html>`__.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``name``: The name of the predefined attribute.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can find the
    instance ID in the Amazon Resource Name (ARN) of the instance.
    """

    name: str
    """The name of the predefined attribute."""

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
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["Name"] = self.name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribePredefinedAttribute:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribePredefinedAttribute")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            name=_rt.required(data, "Name", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribePredefinedAttributeResponse:
    """The response of DescribePredefinedAttribute.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``predefined_attribute``: Information about the predefined attribute.
    """

    http_status: int
    """The HTTP status code of the response."""

    predefined_attribute: PredefinedAttribute | None = None
    """Information about the predefined attribute."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.predefined_attribute
        if value is not None:
            path = prefix + "predefined_attribute"
            if isinstance(value, PredefinedAttribute):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected PredefinedAttribute, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.predefined_attribute is not None:
            result["PredefinedAttribute"] = self.predefined_attribute.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribePredefinedAttributeResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DescribePredefinedAttributeResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            predefined_attribute=(
                None
                if (value := data.get("PredefinedAttribute")) is None
                else PredefinedAttribute.from_dict(
                    value, path=path + "PredefinedAttribute" + "."
                )
            ),
        )


class _DescribePredefinedAttributeResponseDraft:
    """A :class:`DescribePredefinedAttributeResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "predefined_attribute")
    http_status: int
    predefined_attribute: PredefinedAttribute | None


def new_describe_predefined_attribute(
    instance_id: str,
    name: str,
) -> DescribePredefinedAttribute:
    """Create a :class:`DescribePredefinedAttribute` with all optional fields omitted."""
    return DescribePredefinedAttribute(
        instance_id=instance_id,
        name=name,
    )


describe_predefined_attribute_instance_id = _rt.Lens[DescribePredefinedAttribute, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_predefined_attribute_instance_id",
)
"""Lens on :attr:`DescribePredefinedAttribute.instance_id`."""


describe_predefined_attribute_name = _rt.Lens[DescribePredefinedAttribute, str](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "describe_predefined_attribute_name",
)
"""Lens on :attr:`DescribePredefinedAttribute.name`."""


def new_describe_predefined_attribute_response(
    http_status: int,
) -> DescribePredefinedAttributeResponse:
    """Create a :class:`DescribePredefinedAttributeResponse` with all optional fields omitted."""
    return DescribePredefinedAttributeResponse(
        http_status=http_status,
    )


describe_predefined_attribute_response_http_status = _rt.Lens[
    DescribePredefinedAttributeResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_predefined_attribute_response_http_status",
)
"""Lens on :attr:`DescribePredefinedAttributeResponse.http_status`."""


describe_predefined_attribute_response_predefined_attribute = _rt.Lens[
    DescribePredefinedAttributeResponse, PredefinedAttribute | None
](
    lambda s: s.predefined_attribute,
    lambda s, v: _dc.replace(s, predefined_attribute=v),
    "describe_predefined_attribute_response_predefined_attribute",
)
"""Lens on :attr:`DescribePredefinedAttributeResponse.predefined_attribute`."""


def _serialize(
    request: DescribePredefinedAttribute, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.name == "":
        raise _rt.ValidationError(["name: a URI label must be set and not empty"])
    path = (
        "/predefined-attributes/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.name, "name")
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
) -> DescribePredefinedAttributeResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribePredefinedAttributeResponseDraft()
    draft.http_status = status
    try:
        draft.predefined_attribute = (
            None
            if (value := data.get("PredefinedAttribute")) is None
            else PredefinedAttribute._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "PredefinedAttribute")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribePredefinedAttributeResponse)


OPERATION: _rt.Operation[
    DescribePredefinedAttribute, DescribePredefinedAttributeResponse
] = _rt.Operation(
    "DescribePredefinedAttribute",
    DescribePredefinedAttribute,
    DescribePredefinedAttributeResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The DescribePredefinedAttribute operation: its types, errors and wire codec."""
