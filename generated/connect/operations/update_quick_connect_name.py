"""Updates the name and description of a quick connect."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateQuickConnectName:
    """Updates the name and description of a quick connect. The request accepts
    the following data in JSON format. At least ``Name`` or ``Description``
    must be provided.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``quick_connect_id``: The identifier for the quick connect.
    - ``name``: The name of the quick connect.
    - ``description``: The description of the quick connect.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    quick_connect_id: str
    """The identifier for the quick connect."""

    name: str | None = None
    """The name of the quick connect."""

    description: str | None = None
    """The description of the quick connect."""

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
        value = self.quick_connect_id
        if value is None:
            errors.append(prefix + "quick_connect_id: required but missing")
        else:
            path = prefix + "quick_connect_id"
            _rt.check_str(errors, path, value)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=127)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=0, max_len=250)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["QuickConnectId"] = self.quick_connect_id
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateQuickConnectName:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateQuickConnectName")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            quick_connect_id=_rt.required(data, "QuickConnectId", path),
            name=data.get("Name"),
            description=data.get("Description"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateQuickConnectNameResponse:
    """The response of UpdateQuickConnectName.

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
    ) -> UpdateQuickConnectNameResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateQuickConnectNameResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateQuickConnectNameResponseDraft:
    """A :class:`UpdateQuickConnectNameResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_quick_connect_name(
    instance_id: str,
    quick_connect_id: str,
) -> UpdateQuickConnectName:
    """Create a :class:`UpdateQuickConnectName` with all optional fields omitted."""
    return UpdateQuickConnectName(
        instance_id=instance_id,
        quick_connect_id=quick_connect_id,
    )


update_quick_connect_name_instance_id = _rt.Lens[UpdateQuickConnectName, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_quick_connect_name_instance_id",
)
"""Lens on :attr:`UpdateQuickConnectName.instance_id`."""


update_quick_connect_name_quick_connect_id = _rt.Lens[UpdateQuickConnectName, str](
    lambda s: s.quick_connect_id,
    lambda s, v: _dc.replace(s, quick_connect_id=v),
    "update_quick_connect_name_quick_connect_id",
)
"""Lens on :attr:`UpdateQuickConnectName.quick_connect_id`."""


update_quick_connect_name_name = _rt.Lens[UpdateQuickConnectName, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_quick_connect_name_name",
)
"""Lens on :attr:`UpdateQuickConnectName.name`."""


update_quick_connect_name_description = _rt.Lens[UpdateQuickConnectName, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_quick_connect_name_description",
)
"""Lens on :attr:`UpdateQuickConnectName.description`."""


def new_update_quick_connect_name_response(
    http_status: int,
) -> UpdateQuickConnectNameResponse:
    """Create a :class:`UpdateQuickConnectNameResponse` with all optional fields omitted."""
    return UpdateQuickConnectNameResponse(
        http_status=http_status,
    )


update_quick_connect_name_response_http_status = _rt.Lens[
    UpdateQuickConnectNameResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_quick_connect_name_response_http_status",
)
"""Lens on :attr:`UpdateQuickConnectNameResponse.http_status`."""


def _serialize(
    request: UpdateQuickConnectName, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.quick_connect_id == "":
        raise _rt.ValidationError(
            ["quick_connect_id: a URI label must be set and not empty"]
        )
    path = (
        "/quick-connects/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.quick_connect_id, "quick_connect_id")
        + "/name"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.name is not None:
        data["Name"] = request.name
    if request.description is not None:
        data["Description"] = request.description
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
) -> UpdateQuickConnectNameResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateQuickConnectNameResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateQuickConnectNameResponse)


OPERATION: _rt.Operation[UpdateQuickConnectName, UpdateQuickConnectNameResponse] = (
    _rt.Operation(
        "UpdateQuickConnectName",
        UpdateQuickConnectName,
        UpdateQuickConnectNameResponse,
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
)
"""The UpdateQuickConnectName operation: its types, errors and wire codec."""
