"""Deletes the particular version specified in ``ViewVersion`` identifier."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^[a-zA-Z0-9\\_\\-:\\/]+$",
    "^[a-zA-Z0-9\\_\\-:\\/]+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_PATTERN_2 = _rt.Pattern(
    "^[a-zA-Z0-9\\_\\-:\\/$]+$",
    "^[a-zA-Z0-9\\_\\-:\\/$]+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteViewVersion:
    """Deletes the particular version specified in ``ViewVersion`` identifier.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``view_id``: The identifier of the view.
    - ``view_version``: The version number of the view.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can find the
    instanceId in the ARN of the instance.
    """

    view_id: str
    """The identifier of the view. Both ``ViewArn`` and ``ViewId`` can be used."""

    view_version: int
    """The version number of the view."""

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
            _rt.check_str(
                errors, path, value, min_len=1, max_len=100, pattern=_PATTERN_1
            )
        value = self.view_id
        if value is None:
            errors.append(prefix + "view_id: required but missing")
        else:
            path = prefix + "view_id"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=500, pattern=_PATTERN_2
            )
        value = self.view_version
        if value is None:
            errors.append(prefix + "view_version: required but missing")
        else:
            path = prefix + "view_version"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ViewId"] = self.view_id
        result["ViewVersion"] = self.view_version
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteViewVersion:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteViewVersion")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            view_id=_rt.required(data, "ViewId", path),
            view_version=_rt.required(data, "ViewVersion", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteViewVersionResponse:
    """The response of DeleteViewVersion.

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
    ) -> DeleteViewVersionResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteViewVersionResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteViewVersionResponseDraft:
    """A :class:`DeleteViewVersionResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_view_version(
    instance_id: str,
    view_id: str,
    view_version: int,
) -> DeleteViewVersion:
    """Create a :class:`DeleteViewVersion` with all optional fields omitted."""
    return DeleteViewVersion(
        instance_id=instance_id,
        view_id=view_id,
        view_version=view_version,
    )


delete_view_version_instance_id = _rt.Lens[DeleteViewVersion, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_view_version_instance_id",
)
"""Lens on :attr:`DeleteViewVersion.instance_id`."""


delete_view_version_view_id = _rt.Lens[DeleteViewVersion, str](
    lambda s: s.view_id,
    lambda s, v: _dc.replace(s, view_id=v),
    "delete_view_version_view_id",
)
"""Lens on :attr:`DeleteViewVersion.view_id`."""


delete_view_version_view_version = _rt.Lens[DeleteViewVersion, int](
    lambda s: s.view_version,
    lambda s, v: _dc.replace(s, view_version=v),
    "delete_view_version_view_version",
)
"""Lens on :attr:`DeleteViewVersion.view_version`."""


def new_delete_view_version_response(
    http_status: int,
) -> DeleteViewVersionResponse:
    """Create a :class:`DeleteViewVersionResponse` with all optional fields omitted."""
    return DeleteViewVersionResponse(
        http_status=http_status,
    )


delete_view_version_response_http_status = _rt.Lens[DeleteViewVersionResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_view_version_response_http_status",
)
"""Lens on :attr:`DeleteViewVersionResponse.http_status`."""


def _serialize(request: DeleteViewVersion, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.view_id == "":
        raise _rt.ValidationError(["view_id: a URI label must be set and not empty"])
    if str(request.view_version) == "":
        raise _rt.ValidationError(
            ["view_version: a URI label must be set and not empty"]
        )
    path = (
        "/views/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.view_id, "view_id")
        + "/versions/"
        + _rt.quote_label(str(request.view_version), "view_version")
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
) -> DeleteViewVersionResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteViewVersionResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteViewVersionResponse)


OPERATION: _rt.Operation[DeleteViewVersion, DeleteViewVersionResponse] = _rt.Operation(
    "DeleteViewVersion",
    DeleteViewVersion,
    DeleteViewVersionResponse,
    (
        _errors.AccessDeniedException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.TooManyRequestsException,
        _errors.ResourceInUseException,
    ),
    _serialize,
    _deserialize,
)
"""The DeleteViewVersion operation: its types, errors and wire codec."""
