"""Dismisses contacts from an agent’s CCP and returns the agent to an available state, which allows the agent to receive a new routed contact."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DismissUserContact:
    """Dismisses contacts from an agent’s CCP and returns the agent to an
    available state, which allows the agent to receive a new routed contact.
    Contacts can only be dismissed if they are in a ``MISSED``, ``ERROR``,
    ``ENDED``, or ``REJECTED`` state in the `Agent Event Stream
    <https://docs.aws.amazon.com/connect/latest/adminguide/about-contact-states.html>`__.

    Fields:

    - ``user_id``: The identifier of the user account.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact.
    """

    user_id: str
    """The identifier of the user account."""

    instance_id: str
    """The identifier of the Connect Customer instance. You can find the
    instanceId in the ARN of the instance.
    """

    contact_id: str
    """The identifier of the contact."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.user_id
        if value is None:
            errors.append(prefix + "user_id: required but missing")
        else:
            path = prefix + "user_id"
            _rt.check_str(errors, path, value)
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.contact_id
        if value is None:
            errors.append(prefix + "contact_id: required but missing")
        else:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["UserId"] = self.user_id
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DismissUserContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DismissUserContact")
        return cls(
            user_id=_rt.required(data, "UserId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DismissUserContactResponse:
    """The response of DismissUserContact.

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
    ) -> DismissUserContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DismissUserContactResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DismissUserContactResponseDraft:
    """A :class:`DismissUserContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_dismiss_user_contact(
    user_id: str,
    instance_id: str,
    contact_id: str,
) -> DismissUserContact:
    """Create a :class:`DismissUserContact` with all optional fields omitted."""
    return DismissUserContact(
        user_id=user_id,
        instance_id=instance_id,
        contact_id=contact_id,
    )


dismiss_user_contact_user_id = _rt.Lens[DismissUserContact, str](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "dismiss_user_contact_user_id",
)
"""Lens on :attr:`DismissUserContact.user_id`."""


dismiss_user_contact_instance_id = _rt.Lens[DismissUserContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "dismiss_user_contact_instance_id",
)
"""Lens on :attr:`DismissUserContact.instance_id`."""


dismiss_user_contact_contact_id = _rt.Lens[DismissUserContact, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "dismiss_user_contact_contact_id",
)
"""Lens on :attr:`DismissUserContact.contact_id`."""


def new_dismiss_user_contact_response(
    http_status: int,
) -> DismissUserContactResponse:
    """Create a :class:`DismissUserContactResponse` with all optional fields omitted."""
    return DismissUserContactResponse(
        http_status=http_status,
    )


dismiss_user_contact_response_http_status = _rt.Lens[DismissUserContactResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "dismiss_user_contact_response_http_status",
)
"""Lens on :attr:`DismissUserContactResponse.http_status`."""


def _serialize(request: DismissUserContact, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.user_id == "":
        raise _rt.ValidationError(["user_id: a URI label must be set and not empty"])
    path = (
        "/users/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.user_id, "user_id")
        + "/contact"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ContactId"] = request.contact_id
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
) -> DismissUserContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DismissUserContactResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DismissUserContactResponse)


OPERATION: _rt.Operation[DismissUserContact, DismissUserContactResponse] = (
    _rt.Operation(
        "DismissUserContact",
        DismissUserContact,
        DismissUserContactResponse,
        (
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.AccessDeniedException,
            _errors.InternalServiceException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The DismissUserContact operation: its types, errors and wire codec."""
