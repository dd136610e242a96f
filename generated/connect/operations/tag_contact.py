"""Adds the specified tags to the contact resource."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^(?!aws:)[a-zA-Z+-=._:/]+$",
    "^(?!aws:)[a-zA-Z+-=._:/]+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TagContact:
    """Adds the specified tags to the contact resource. For more information
    about this API is used, see `Set up granular billing for a detailed view
    of your Connect Customer usage
    <https://docs.aws.amazon.com/connect/latest/adminguide/granular-billing.html>`__.

    Fields:

    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``tags``: The tags to be assigned to the contact resource.
    """

    contact_id: str
    """The identifier of the contact in this instance of Connect Customer."""

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    tags: dict[str, str]
    """The tags to be assigned to the contact resource. For example, { "Tags":
    {"key1":"value1", "key2":"value2"} }.

    .. note::

       Authorization is not supported by this tag.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_id
        if value is None:
            errors.append(prefix + "contact_id: required but missing")
        else:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.tags
        if value is None:
            errors.append(prefix + "tags: required but missing")
        else:
            path = prefix + "tags"
            if _rt.check_type(errors, path, value, dict, "dict"):
                _rt.check_length(errors, path, len(value), 1, 6)
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(
                        errors, p1, k1, min_len=1, max_len=128, pattern=_PATTERN_1
                    )
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=None, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ContactId"] = self.contact_id
        result["InstanceId"] = self.instance_id
        result["Tags"] = dict(self.tags)
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> TagContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TagContact")
        return cls(
            contact_id=_rt.required(data, "ContactId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            tags=dict(
                _rt.expect_mapping(_rt.required(data, "Tags", path), path + "Tags")
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TagContactResponse:
    """The response of TagContact.

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
    ) -> TagContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TagContactResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _TagContactResponseDraft:
    """A :class:`TagContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_tag_contact(
    contact_id: str,
    instance_id: str,
    tags: dict[str, str],
) -> TagContact:
    """Create a :class:`TagContact` with all optional fields omitted."""
    return TagContact(
        contact_id=contact_id,
        instance_id=instance_id,
        tags=tags,
    )


tag_contact_contact_id = _rt.Lens[TagContact, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "tag_contact_contact_id",
)
"""Lens on :attr:`TagContact.contact_id`."""


tag_contact_instance_id = _rt.Lens[TagContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "tag_contact_instance_id",
)
"""Lens on :attr:`TagContact.instance_id`."""


tag_contact_tags = _rt.Lens[TagContact, dict[str, str]](
    lambda s: s.tags,
    lambda s, v: _dc.replace(s, tags=v),
    "tag_contact_tags",
)
"""Lens on :attr:`TagContact.tags`."""


def new_tag_contact_response(
    http_status: int,
) -> TagContactResponse:
    """Create a :class:`TagContactResponse` with all optional fields omitted."""
    return TagContactResponse(
        http_status=http_status,
    )


tag_contact_response_http_status = _rt.Lens[TagContactResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "tag_contact_response_http_status",
)
"""Lens on :attr:`TagContactResponse.http_status`."""


def _serialize(request: TagContact, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/contact/tags"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ContactId"] = request.contact_id
    data["InstanceId"] = request.instance_id
    data["Tags"] = request.tags
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
) -> TagContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _TagContactResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, TagContactResponse)


OPERATION: _rt.Operation[TagContact, TagContactResponse] = _rt.Operation(
    "TagContact",
    TagContact,
    TagContactResponse,
    (
        _errors.InvalidRequestException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.InvalidParameterException,
        _errors.ThrottlingException,
        _errors.InvalidActiveRegionException,
    ),
    _serialize,
    _deserialize,
)
"""The TagContact operation: its types, errors and wire codec."""
