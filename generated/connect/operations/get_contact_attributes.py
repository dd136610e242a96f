"""Retrieves the contact attributes for the specified contact."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetContactAttributes:
    """Retrieves the contact attributes for the specified contact.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``initial_contact_id``: The identifier of the initial contact.
    """

    instance_id: str
    """The identifier of the Connect Customer instance."""

    initial_contact_id: str
    """The identifier of the initial contact."""

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
        value = self.initial_contact_id
        if value is None:
            errors.append(prefix + "initial_contact_id: required but missing")
        else:
            path = prefix + "initial_contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["InitialContactId"] = self.initial_contact_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetContactAttributes:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetContactAttributes")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            initial_contact_id=_rt.required(data, "InitialContactId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetContactAttributesResponse:
    """The response of GetContactAttributes.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``attributes``: Information about the attributes.
    """

    http_status: int
    """The HTTP status code of the response."""

    attributes: dict[str, str] | None = None
    """Information about the attributes."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.attributes
        if value is not None:
            path = prefix + "attributes"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=32767)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=0, max_len=32767)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.attributes is not None:
            result["Attributes"] = dict(self.attributes)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetContactAttributesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetContactAttributesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            attributes=(
                None
                if (value := data.get("Attributes")) is None
                else dict(_rt.expect_mapping(value, path + "Attributes"))
            ),
        )


class _GetContactAttributesResponseDraft:
    """A :class:`GetContactAttributesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "attributes")
    http_status: int
    attributes: dict[str, str] | None


def new_get_contact_attributes(
    instance_id: str,
    initial_contact_id: str,
) -> GetContactAttributes:
    """Create a :class:`GetContactAttributes` with all optional fields omitted."""
    return GetContactAttributes(
        instance_id=instance_id,
        initial_contact_id=initial_contact_id,
    )


get_contact_attributes_instance_id = _rt.Lens[GetContactAttributes, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "get_contact_attributes_instance_id",
)
"""Lens on :attr:`GetContactAttributes.instance_id`."""


get_contact_attributes_initial_contact_id = _rt.Lens[GetContactAttributes, str](
    lambda s: s.initial_contact_id,
    lambda s, v: _dc.replace(s, initial_contact_id=v),
    "get_contact_attributes_initial_contact_id",
)
"""Lens on :attr:`GetContactAttributes.initial_contact_id`."""


def new_get_contact_attributes_response(
    http_status: int,
) -> GetContactAttributesResponse:
    """Create a :class:`GetContactAttributesResponse` with all optional fields omitted."""
    return GetContactAttributesResponse(
        http_status=http_status,
    )


get_contact_attributes_response_http_status = _rt.Lens[
    GetContactAttributesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "get_contact_attributes_response_http_status",
)
"""Lens on :attr:`GetContactAttributesResponse.http_status`."""


get_contact_attributes_response_attributes = _rt.Lens[
    GetContactAttributesResponse, dict[str, str] | None
](
    lambda s: s.attributes,
    lambda s, v: _dc.replace(s, attributes=v),
    "get_contact_attributes_response_attributes",
)
"""Lens on :attr:`GetContactAttributesResponse.attributes`."""


def _serialize(request: GetContactAttributes, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.initial_contact_id == "":
        raise _rt.ValidationError(
            ["initial_contact_id: a URI label must be set and not empty"]
        )
    path = (
        "/contact/attributes/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.initial_contact_id, "initial_contact_id")
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
) -> GetContactAttributesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _GetContactAttributesResponseDraft()
    draft.http_status = status
    try:
        draft.attributes = (
            None
            if (value := data.get("Attributes")) is None
            else {
                k1: (v1 if type(v1) is str else _rt.expect_str(v1, "Attributes"))
                for k1, v1 in (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Attributes")
                ).items()
                if v1 is not None
            }
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, GetContactAttributesResponse)


OPERATION: _rt.Operation[GetContactAttributes, GetContactAttributesResponse] = (
    _rt.Operation(
        "GetContactAttributes",
        GetContactAttributes,
        GetContactAttributesResponse,
        (
            _errors.InvalidRequestException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The GetContactAttributes operation: its types, errors and wire codec."""
