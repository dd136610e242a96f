"""Deletes a predefined attribute from the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeletePredefinedAttribute:
    """Deletes a predefined attribute from the specified Connect Customer
    instance.

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
    ) -> DeletePredefinedAttribute:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeletePredefinedAttribute")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            name=_rt.required(data, "Name", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeletePredefinedAttributeResponse:
    """The response of DeletePredefinedAttribute.

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
    ) -> DeletePredefinedAttributeResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DeletePredefinedAttributeResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeletePredefinedAttributeResponseDraft:
    """A :class:`DeletePredefinedAttributeResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_predefined_attribute(
    instance_id: str,
    name: str,
) -> DeletePredefinedAttribute:
    """Create a :class:`DeletePredefinedAttribute` with all optional fields omitted."""
    return DeletePredefinedAttribute(
        instance_id=instance_id,
        name=name,
    )


delete_predefined_attribute_instance_id = _rt.Lens[DeletePredefinedAttribute, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_predefined_attribute_instance_id",
)
"""Lens on :attr:`DeletePredefinedAttribute.instance_id`."""


delete_predefined_attribute_name = _rt.Lens[DeletePredefinedAttribute, str](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "delete_predefined_attribute_name",
)
"""Lens on :attr:`DeletePredefinedAttribute.name`."""


def new_delete_predefined_attribute_response(
    http_status: int,
) -> DeletePredefinedAttributeResponse:
    """Create a :class:`DeletePredefinedAttributeResponse` with all optional fields omitted."""
    return DeletePredefinedAttributeResponse(
        http_status=http_status,
    )


delete_predefined_attribute_response_http_status = _rt.Lens[
    DeletePredefinedAttributeResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_predefined_attribute_response_http_status",
)
"""Lens on :attr:`DeletePredefinedAttributeResponse.http_status`."""


def _serialize(
    request: DeletePredefinedAttribute, validate: bool = True
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
        method="DELETE",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DeletePredefinedAttributeResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeletePredefinedAttributeResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeletePredefinedAttributeResponse)


OPERATION: _rt.Operation[
    DeletePredefinedAttribute, DeletePredefinedAttributeResponse
] = _rt.Operation(
    "DeletePredefinedAttribute",
    DeletePredefinedAttribute,
    DeletePredefinedAttributeResponse,
    (
        _errors.ResourceInUseException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The DeletePredefinedAttribute operation: its types, errors and wire codec."""
