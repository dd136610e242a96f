"""Allows resuming a task contact in a paused state."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ResumeContact:
    """Allows resuming a task contact in a paused state.

    Fields:

    - ``contact_id``: The identifier of the contact.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_id``: The identifier of the flow.
    """

    contact_id: str
    """The identifier of the contact."""

    instance_id: str
    """The identifier of the Connect Customer instance. You can find the
    ``instanceId`` in the ARN of the instance.
    """

    contact_flow_id: str | None = None
    """The identifier of the flow."""

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
        value = self.contact_flow_id
        if value is not None:
            path = prefix + "contact_flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ContactId"] = self.contact_id
        result["InstanceId"] = self.instance_id
        if self.contact_flow_id is not None:
            result["ContactFlowId"] = self.contact_flow_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ResumeContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ResumeContact")
        return cls(
            contact_id=_rt.required(data, "ContactId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_id=data.get("ContactFlowId"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ResumeContactResponse:
    """The response of ResumeContact.

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
    ) -> ResumeContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ResumeContactResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _ResumeContactResponseDraft:
    """A :class:`ResumeContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_resume_contact(
    contact_id: str,
    instance_id: str,
) -> ResumeContact:
    """Create a :class:`ResumeContact` with all optional fields omitted."""
    return ResumeContact(
        contact_id=contact_id,
        instance_id=instance_id,
    )


resume_contact_contact_id = _rt.Lens[ResumeContact, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "resume_contact_contact_id",
)
"""Lens on :attr:`ResumeContact.contact_id`."""


resume_contact_instance_id = _rt.Lens[ResumeContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "resume_contact_instance_id",
)
"""Lens on :attr:`ResumeContact.instance_id`."""


resume_contact_contact_flow_id = _rt.Lens[ResumeContact, str | None](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "resume_contact_contact_flow_id",
)
"""Lens on :attr:`ResumeContact.contact_flow_id`."""


def new_resume_contact_response(
    http_status: int,
) -> ResumeContactResponse:
    """Create a :class:`ResumeContactResponse` with all optional fields omitted."""
    return ResumeContactResponse(
        http_status=http_status,
    )


resume_contact_response_http_status = _rt.Lens[ResumeContactResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "resume_contact_response_http_status",
)
"""Lens on :attr:`ResumeContactResponse.http_status`."""


def _serialize(request: ResumeContact, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/contact/resume"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ContactId"] = request.contact_id
    data["InstanceId"] = request.instance_id
    if request.contact_flow_id is not None:
        data["ContactFlowId"] = request.contact_flow_id
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
) -> ResumeContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _ResumeContactResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, ResumeContactResponse)


OPERATION: _rt.Operation[ResumeContact, ResumeContactResponse] = _rt.Operation(
    "ResumeContact",
    ResumeContact,
    ResumeContactResponse,
    (
        _errors.AccessDeniedException,
        _errors.InternalServiceException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.ConflictException,
    ),
    _serialize,
    _deserialize,
)
"""The ResumeContact operation: its types, errors and wire codec."""
