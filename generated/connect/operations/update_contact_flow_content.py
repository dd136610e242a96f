"""Updates the specified flow."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactFlowContent:
    """Updates the specified flow.

    You can also create and update flows using the `Connect Customer Flow
    language
    <https://docs.aws.amazon.com/connect/latest/APIReference/flow-language.html>`__.

    Use the ``$SAVED`` alias in the request to describe the ``SAVED``
    content of a Flow. For example,
    ``arn:aws:.../contact-flow/{id}:$SAVED``. After a flow is published,
    ``$SAVED`` needs to be supplied to view saved content that has not been
    published.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_id``: The identifier of the flow.
    - ``content``: The JSON string that represents the content of the flow.
    """

    instance_id: str
    """The identifier of the Connect Customer instance."""

    contact_flow_id: str
    """The identifier of the flow."""

    content: str
    """The JSON string that represents the content of the flow. For an example,
    see `Example flow in Connect Customer Flow language
    <https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-example.html>`__.

    Length Constraints: Minimum length of 1. Maximum length of 256000.
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
        value = self.contact_flow_id
        if value is None:
            errors.append(prefix + "contact_flow_id: required but missing")
        else:
            path = prefix + "contact_flow_id"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)
        value = self.content
        if value is None:
            errors.append(prefix + "content: required but missing")
        else:
            path = prefix + "content"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactFlowId"] = self.contact_flow_id
        result["Content"] = self.content
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateContactFlowContent:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContactFlowContent")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_id=_rt.required(data, "ContactFlowId", path),
            content=_rt.required(data, "Content", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactFlowContentResponse:
    """The response of UpdateContactFlowContent.

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
    ) -> UpdateContactFlowContentResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContactFlowContentResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateContactFlowContentResponseDraft:
    """A :class:`UpdateContactFlowContentResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_contact_flow_content(
    instance_id: str,
    contact_flow_id: str,
    content: str,
) -> UpdateContactFlowContent:
    """Create a :class:`UpdateContactFlowContent` with all optional fields omitted."""
    return UpdateContactFlowContent(
        instance_id=instance_id,
        contact_flow_id=contact_flow_id,
        content=content,
    )


update_contact_flow_content_instance_id = _rt.Lens[UpdateContactFlowContent, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_contact_flow_content_instance_id",
)
"""Lens on :attr:`UpdateContactFlowContent.instance_id`."""


update_contact_flow_content_contact_flow_id = _rt.Lens[UpdateContactFlowContent, str](
    lambda s: s.contact_flow_id,
    lambda s, v: _dc.replace(s, contact_flow_id=v),
    "update_contact_flow_content_contact_flow_id",
)
"""Lens on :attr:`UpdateContactFlowContent.contact_flow_id`."""


update_contact_flow_content_content = _rt.Lens[UpdateContactFlowContent, str](
    lambda s: s.content,
    lambda s, v: _dc.replace(s, content=v),
    "update_contact_flow_content_content",
)
"""Lens on :attr:`UpdateContactFlowContent.content`."""


def new_update_contact_flow_content_response(
    http_status: int,
) -> UpdateContactFlowContentResponse:
    """Create a :class:`UpdateContactFlowContentResponse` with all optional fields omitted."""
    return UpdateContactFlowContentResponse(
        http_status=http_status,
    )


update_contact_flow_content_response_http_status = _rt.Lens[
    UpdateContactFlowContentResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_contact_flow_content_response_http_status",
)
"""Lens on :attr:`UpdateContactFlowContentResponse.http_status`."""


def _serialize(
    request: UpdateContactFlowContent, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.contact_flow_id == "":
        raise _rt.ValidationError(
            ["contact_flow_id: a URI label must be set and not empty"]
        )
    path = (
        "/contact-flows/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.contact_flow_id, "contact_flow_id")
        + "/content"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["Content"] = request.content
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
) -> UpdateContactFlowContentResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateContactFlowContentResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateContactFlowContentResponse)


OPERATION: _rt.Operation[UpdateContactFlowContent, UpdateContactFlowContentResponse] = (
    _rt.Operation(
        "UpdateContactFlowContent",
        UpdateContactFlowContent,
        UpdateContactFlowContentResponse,
        (
            _errors.InvalidRequestException,
            _errors.InvalidContactFlowException,
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.ThrottlingException,
            _errors.InternalServiceException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The UpdateContactFlowContent operation: its types, errors and wire codec."""
