"""Updates a predefined attribute for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.input_predefined_attribute_configuration import (
    InputPredefinedAttributeConfiguration,
)
from ..shapes.predefined_attribute_values import PredefinedAttributeValues


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdatePredefinedAttribute:
    """Updates a predefined attribute for the specified Connect Customer
    instance. A *predefined attribute* is made up of a name and a value.

    For the predefined attributes per instance quota, see `Connect Customer
    quotas
    <https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html#connect-quotas>`__.

    **Use cases**

    Following are common uses cases for this API:

    - Update routing proficiency (for example, agent certification) that has
      predefined values (for example, a list of possible certifications).
      For more information, see `Create predefined attributes for routing
      contacts to agents
      <https://docs.aws.amazon.com/connect/latest/adminguide/predefined-attributes.html>`__.
    - Update an attribute for business unit name that has a list of
      predefined business unit names used in your organization. This is a
      use case where information for a contact varies between transfers or
      conferences. For more information, see `Use contact segment attributes
      <https://docs.aws.amazon.com/connect/latest/adminguide/use-contact-segment-attributes.html>`__.

    **Endpoints**: See `Connect Customer endpoints and quotas
    <https://docs.aws.amazon.com/general/latest/gr/connect_region.html>`__.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``name``: The name of the predefined attribute.
    - ``values``: The values of the predefined attribute.
    - ``purposes``: Values that enable you to categorize your predefined attributes.
    - ``attribute_configuration``: Custom metadata that is associated to predefined attributes to control behavior in upstream services, such as controlling how a predefined attribute should be displayed in the Connect Customer admin website.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can find the
    instance ID in the Amazon Resource Name (ARN) of the instance.
    """

    name: str
    """The name of the predefined attribute."""

    values: PredefinedAttributeValues | None = None
    """The values of the predefined attribute."""

    purposes: list[str] | None = None
    """Values that enable you to categorize your predefined attributes. You can
    use them in custom UI elements across the Connect Customer admin
    website.
    """

    attribute_configuration: InputPredefinedAttributeConfiguration | None = None
    """Custom metadata that is associated to predefined attributes to control
    behavior in upstream services, such as controlling how a predefined
    attribute should be displayed in the Connect Customer admin website.
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
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.values
        if value is not None:
            path = prefix + "values"
            if isinstance(value, PredefinedAttributeValues):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected PredefinedAttributeValues, got {type(value).__name__}"
                )
        value = self.purposes
        if value is not None:
            path = prefix + "purposes"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=100)
        value = self.attribute_configuration
        if value is not None:
            path = prefix + "attribute_configuration"
            if isinstance(value, InputPredefinedAttributeConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected InputPredefinedAttributeConfiguration, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["Name"] = self.name
        if self.values is not None:
            result["Values"] = self.values.to_dict()
        if self.purposes is not None:
            result["Purposes"] = list(self.purposes)
        if self.attribute_configuration is not None:
            result["AttributeConfiguration"] = self.attribute_configuration.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdatePredefinedAttribute:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdatePredefinedAttribute")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            name=_rt.required(data, "Name", path),
            values=(
                None
                if (value := data.get("Values")) is None
                else PredefinedAttributeValues.from_dict(
                    value, path=path + "Values" + "."
                )
            ),
            purposes=(
                None
                if (value := data.get("Purposes")) is None
                else list(_rt.expect_sequence(value, path + "Purposes"))
            ),
            attribute_configuration=(
                None
                if (value := data.get("AttributeConfiguration")) is None
                else InputPredefinedAttributeConfiguration.from_dict(
                    value, path=path + "AttributeConfiguration" + "."
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdatePredefinedAttributeResponse:
    """The response of UpdatePredefinedAttribute.

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
    ) -> UpdatePredefinedAttributeResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdatePredefinedAttributeResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdatePredefinedAttributeResponseDraft:
    """A :class:`UpdatePredefinedAttributeResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_predefined_attribute(
    instance_id: str,
    name: str,
) -> UpdatePredefinedAttribute:
    """Create a :class:`UpdatePredefinedAttribute` with all optional fields omitted."""
    return UpdatePredefinedAttribute(
        instance_id=instance_id,
        name=name,
    )


update_predefined_attribute_instance_id = _rt.Lens[UpdatePredefinedAttribute, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_predefined_attribute_instance_id",
)
"""Lens on :attr:`UpdatePredefinedAttribute.instance_id`."""


update_predefined_attribute_name = _rt.Lens[UpdatePredefinedAttribute, str](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_predefined_attribute_name",
)
"""Lens on :attr:`UpdatePredefinedAttribute.name`."""


update_predefined_attribute_values = _rt.Lens[
    UpdatePredefinedAttribute, PredefinedAttributeValues | None
](
    lambda s: s.values,
    lambda s, v: _dc.replace(s, values=v),
    "update_predefined_attribute_values",
)
"""Lens on :attr:`UpdatePredefinedAttribute.values`."""


update_predefined_attribute_purposes = _rt.Lens[
    UpdatePredefinedAttribute, list[str] | None
](
    lambda s: s.purposes,
    lambda s, v: _dc.replace(s, purposes=v),
    "update_predefined_attribute_purposes",
)
"""Lens on :attr:`UpdatePredefinedAttribute.purposes`."""


update_predefined_attribute_attribute_configuration = _rt.Lens[
    UpdatePredefinedAttribute, InputPredefinedAttributeConfiguration | None
](
    lambda s: s.attribute_configuration,
    lambda s, v: _dc.replace(s, attribute_configuration=v),
    "update_predefined_attribute_attribute_configuration",
)
"""Lens on :attr:`UpdatePredefinedAttribute.attribute_configuration`."""


def new_update_predefined_attribute_response(
    http_status: int,
) -> UpdatePredefinedAttributeResponse:
    """Create a :class:`UpdatePredefinedAttributeResponse` with all optional fields omitted."""
    return UpdatePredefinedAttributeResponse(
        http_status=http_status,
    )


update_predefined_attribute_response_http_status = _rt.Lens[
    UpdatePredefinedAttributeResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_predefined_attribute_response_http_status",
)
"""Lens on :attr:`UpdatePredefinedAttributeResponse.http_status`."""


def _serialize(
    request: UpdatePredefinedAttribute, validate: bool = True
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
    data: dict[str, _t.Any] = {}
    if request.values is not None:
        data["Values"] = request.values._to_json()
    if request.purposes is not None:
        data["Purposes"] = request.purposes
    if request.attribute_configuration is not None:
        data["AttributeConfiguration"] = request.attribute_configuration._to_json()
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
) -> UpdatePredefinedAttributeResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdatePredefinedAttributeResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdatePredefinedAttributeResponse)


OPERATION: _rt.Operation[
    UpdatePredefinedAttribute, UpdatePredefinedAttributeResponse
] = _rt.Operation(
    "UpdatePredefinedAttribute",
    UpdatePredefinedAttribute,
    UpdatePredefinedAttributeResponse,
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
"""The UpdatePredefinedAttribute operation: its types, errors and wire codec."""
