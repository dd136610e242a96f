"""Updates specified flow module for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactFlowModuleContent:
    """Updates specified flow module for the specified Connect Customer
    instance.

    Use the ``$SAVED`` alias in the request to describe the ``SAVED``
    content of a Flow. For example,
    ``arn:aws:.../contact-flow/{id}:$SAVED``. After a flow is published,
    ``$SAVED`` needs to be supplied to view saved content that has not been
    published.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_flow_module_id``: The identifier of the flow module.
    - ``content``: The JSON string that represents the content of the flow.
    - ``settings``: Serialized JSON string of the flow module Settings schema.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    contact_flow_module_id: str
    """The identifier of the flow module."""

    content: str | None = None
    """The JSON string that represents the content of the flow. For an example,
    see `Example flow in Connect Customer Flow language
    <https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-example.html>`__.
    """

    settings: str | None = None
    """Serialized JSON string of the flow module Settings schema."""

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
        value = self.contact_flow_module_id
        if value is None:
            errors.append(prefix + "contact_flow_module_id: required but missing")
        else:
            path = prefix + "contact_flow_module_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.content
        if value is not None:
            path = prefix + "content"
            _rt.check_str(errors, path, value, min_len=1, max_len=256000)
        value = self.settings
        if value is not None:
            path = prefix + "settings"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactFlowModuleId"] = self.contact_flow_module_id
        if self.content is not None:
            result["Content"] = self.content
        if self.settings is not None:
            result["Settings"] = self.settings
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateContactFlowModuleContent:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateContactFlowModuleContent")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_flow_module_id=_rt.required(data, "ContactFlowModuleId", path),
            content=data.get("Content"),
            settings=data.get("Settings"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateContactFlowModuleContentResponse:
    """The response of UpdateContactFlowModuleContent.

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
    ) -> UpdateContactFlowModuleContentResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateContactFlowModuleContentResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateContactFlowModuleContentResponseDraft:
    """A :class:`UpdateContactFlowModuleContentResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_contact_flow_module_content(
    instance_id: str,
    contact_flow_module_id: str,
) -> UpdateContactFlowModuleContent:
    """Create a :class:`UpdateContactFlowModuleContent` with all optional fields omitted."""
    return UpdateContactFlowModuleContent(
        instance_id=instance_id,
        contact_flow_module_id=contact_flow_module_id,
    )


update_contact_flow_module_content_instance_id = _rt.Lens[
    UpdateContactFlowModuleContent, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_contact_flow_module_content_instance_id",
)
"""Lens on :attr:`UpdateContactFlowModuleContent.instance_id`."""


update_contact_flow_module_content_contact_flow_module_id = _rt.Lens[
    UpdateContactFlowModuleContent, str
](
    lambda s: s.contact_flow_module_id,
    lambda s, v: _dc.replace(s, contact_flow_module_id=v),
    "update_contact_flow_module_content_contact_flow_module_id",
)
"""Lens on :attr:`UpdateContactFlowModuleContent.contact_flow_module_id`."""


update_contact_flow_module_content_content = _rt.Lens[
    UpdateContactFlowModuleContent, str | None
](
    lambda s: s.content,
    lambda s, v: _dc.replace(s, content=v),
    "update_contact_flow_module_content_content",
)
"""Lens on :attr:`UpdateContactFlowModuleContent.content`."""


update_contact_flow_module_content_settings = _rt.Lens[
    UpdateContactFlowModuleContent, str | None
](
    lambda s: s.settings,
    lambda s, v: _dc.replace(s, settings=v),
    "update_contact_flow_module_content_settings",
)
"""Lens on :attr:`UpdateContactFlowModuleContent.settings`."""


def new_update_contact_flow_module_content_response(
    http_status: int,
) -> UpdateContactFlowModuleContentResponse:
    """Create a :class:`UpdateContactFlowModuleContentResponse` with all optional fields omitted."""
    return UpdateContactFlowModuleContentResponse(
        http_status=http_status,
    )


update_contact_flow_module_content_response_http_status = _rt.Lens[
    UpdateContactFlowModuleContentResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_contact_flow_module_content_response_http_status",
)
"""Lens on :attr:`UpdateContactFlowModuleContentResponse.http_status`."""


def _serialize(
    request: UpdateContactFlowModuleContent, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.contact_flow_module_id == "":
        raise _rt.ValidationError(
            ["contact_flow_module_id: a URI label must be set and not empty"]
        )
    path = (
        "/contact-flow-modules/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.contact_flow_module_id, "contact_flow_module_id")
        + "/content"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.content is not None:
        data["Content"] = request.content
    if request.settings is not None:
        data["Settings"] = request.settings
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
) -> UpdateContactFlowModuleContentResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateContactFlowModuleContentResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateContactFlowModuleContentResponse)


OPERATION: _rt.Operation[
    UpdateContactFlowModuleContent, UpdateContactFlowModuleContentResponse
] = _rt.Operation(
    "UpdateContactFlowModuleContent",
    UpdateContactFlowModuleContent,
    UpdateContactFlowModuleContentResponse,
    (
        _errors.AccessDeniedException,
        _errors.InvalidRequestException,
        _errors.InvalidContactFlowModuleException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateContactFlowModuleContent operation: its types, errors and wire codec."""
