"""Removes the specified tags from the contact resource."""

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
class UntagContact:
    """Removes the specified tags from the contact resource. For more
    information about this API is used, see `Set up granular billing for a
    detailed view of your Connect Customer usage
    <https://docs.aws.amazon.com/connect/latest/adminguide/granular-billing.html>`__.

    Fields:

    - ``contact_id``: The identifier of the contact in this instance of Connect Customer.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``tag_keys``: A list of tag keys.
    """

    contact_id: str
    """The identifier of the contact in this instance of Connect Customer."""

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    tag_keys: list[str]
    """A list of tag keys. Existing tags on the contact whose keys are members
    of this list will be removed.
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
        value = self.tag_keys
        if value is None:
            errors.append(prefix + "tag_keys: required but missing")
        else:
            path = prefix + "tag_keys"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 6)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(
                            errors, p1, v1, min_len=1, max_len=128, pattern=_PATTERN_1
                        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ContactId"] = self.contact_id
        result["InstanceId"] = self.instance_id
        result["TagKeys"] = list(self.tag_keys)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UntagContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UntagContact")
        return cls(
            contact_id=_rt.required(data, "ContactId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            tag_keys=list(
                _rt.expect_sequence(
                    _rt.required(data, "TagKeys", path), path + "TagKeys"
                )
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UntagContactResponse:
    """The response of UntagContact.

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
    ) -> UntagContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UntagContactResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UntagContactResponseDraft:
    """A :class:`UntagContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_untag_contact(
    contact_id: str,
    instance_id: str,
    tag_keys: list[str],
) -> UntagContact:
    """Create a :class:`UntagContact` with all optional fields omitted."""
    return UntagContact(
        contact_id=contact_id,
        instance_id=instance_id,
        tag_keys=tag_keys,
    )


untag_contact_contact_id = _rt.Lens[UntagContact, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "untag_contact_contact_id",
)
"""Lens on :attr:`UntagContact.contact_id`."""


untag_contact_instance_id = _rt.Lens[UntagContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "untag_contact_instance_id",
)
"""Lens on :attr:`UntagContact.instance_id`."""


untag_contact_tag_keys = _rt.Lens[UntagContact, list[str]](
    lambda s: s.tag_keys,
    lambda s, v: _dc.replace(s, tag_keys=v),
    "untag_contact_tag_keys",
)
"""Lens on :attr:`UntagContact.tag_keys`."""


def new_untag_contact_response(
    http_status: int,
) -> UntagContactResponse:
    """Create a :class:`UntagContactResponse` with all optional fields omitted."""
    return UntagContactResponse(
        http_status=http_status,
    )


untag_contact_response_http_status = _rt.Lens[UntagContactResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "untag_contact_response_http_status",
)
"""Lens on :attr:`UntagContactResponse.http_status`."""


def _serialize(request: UntagContact, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.contact_id == "":
        raise _rt.ValidationError(["contact_id: a URI label must be set and not empty"])
    path = (
        "/contact/tags/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.contact_id, "contact_id")
    )
    query: list[tuple[str, str | None]] = []
    query.extend(("TagKeys", v1) for v1 in request.tag_keys)
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
) -> UntagContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UntagContactResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UntagContactResponse)


OPERATION: _rt.Operation[UntagContact, UntagContactResponse] = _rt.Operation(
    "UntagContact",
    UntagContact,
    UntagContactResponse,
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
"""The UntagContact operation: its types, errors and wire codec."""
