"""The DeleteThing operation."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import query as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteThing:
    """The DeleteThing operation.

    Fields:

    - ``name``: The ``Name`` member.
    """

    name: str
    """The ``Name`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=64)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Name"] = self.name
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> DeleteThing:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteThing")
        return cls(
            name=_rt.required(data, "Name", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteThingResponse:
    """The response of DeleteThing.

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
    ) -> DeleteThingResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteThingResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteThingResponseDraft:
    """A :class:`DeleteThingResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_thing(
    name: str,
) -> DeleteThing:
    """Create a :class:`DeleteThing` with all optional fields omitted."""
    return DeleteThing(
        name=name,
    )


delete_thing_name = _rt.Lens[DeleteThing, str](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "delete_thing_name",
)
"""Lens on :attr:`DeleteThing.name`."""


def new_delete_thing_response(
    http_status: int,
) -> DeleteThingResponse:
    """Create a :class:`DeleteThingResponse` with all optional fields omitted."""
    return DeleteThingResponse(
        http_status=http_status,
    )


delete_thing_response_http_status = _rt.Lens[DeleteThingResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_thing_response_http_status",
)
"""Lens on :attr:`DeleteThingResponse.http_status`."""


def _serialize(request: DeleteThing, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    fields: list[tuple[str, str]] = [
        ("Action", "DeleteThing"),
        ("Version", "2024-04-04"),
    ]
    fields.append(("Name", request.name))
    return _rt.HttpRequest(
        method="POST",
        path="/",
        query=[],
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
        body=_rt.form_body(fields),
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DeleteThingResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteThingResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteThingResponse)


OPERATION: _rt.Operation[DeleteThing, DeleteThingResponse] = _rt.Operation(
    "DeleteThing",
    DeleteThing,
    DeleteThingResponse,
    (),
    _serialize,
    _deserialize,
)
"""The DeleteThing operation: its types, errors and wire codec."""
