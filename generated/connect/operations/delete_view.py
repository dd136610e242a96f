"""Deletes the view entirely."""

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
class DeleteView:
    """Deletes the view entirely. It deletes the view and all associated
    qualifiers (versions and aliases).

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``view_id``: The identifier of the view.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can find the
    instanceId in the ARN of the instance.
    """

    view_id: str
    """The identifier of the view. Both ``ViewArn`` and ``ViewId`` can be used."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ViewId"] = self.view_id
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> DeleteView:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteView")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            view_id=_rt.required(data, "ViewId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteViewResponse:
    """The response of DeleteView.

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
    ) -> DeleteViewResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteViewResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteViewResponseDraft:
    """A :class:`DeleteViewResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_view(
    instance_id: str,
    view_id: str,
) -> DeleteView:
    """Create a :class:`DeleteView` with all optional fields omitted."""
    return DeleteView(
        instance_id=instance_id,
        view_id=view_id,
    )


delete_view_instance_id = _rt.Lens[DeleteView, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_view_instance_id",
)
"""Lens on :attr:`DeleteView.instance_id`."""


delete_view_view_id = _rt.Lens[DeleteView, str](
    lambda s: s.view_id,
    lambda s, v: _dc.replace(s, view_id=v),
    "delete_view_view_id",
)
"""Lens on :attr:`DeleteView.view_id`."""


def new_delete_view_response(
    http_status: int,
) -> DeleteViewResponse:
    """Create a :class:`DeleteViewResponse` with all optional fields omitted."""
    return DeleteViewResponse(
        http_status=http_status,
    )


delete_view_response_http_status = _rt.Lens[DeleteViewResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_view_response_http_status",
)
"""Lens on :attr:`DeleteViewResponse.http_status`."""


def _serialize(request: DeleteView, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.view_id == "":
        raise _rt.ValidationError(["view_id: a URI label must be set and not empty"])
    path = (
        "/views/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.view_id, "view_id")
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
) -> DeleteViewResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteViewResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteViewResponse)


OPERATION: _rt.Operation[DeleteView, DeleteViewResponse] = _rt.Operation(
    "DeleteView",
    DeleteView,
    DeleteViewResponse,
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
"""The DeleteView operation: its types, errors and wire codec."""
