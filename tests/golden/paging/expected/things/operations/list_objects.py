"""The ListObjects operation."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.object import Object


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListObjects:
    """The ListObjects operation.

    Fields:

    - ``marker``: The ``Marker`` member.
    - ``max_keys``: The ``MaxKeys`` member.
    """

    marker: str | None = None
    """The ``Marker`` member."""

    max_keys: int | None = None
    """The ``MaxKeys`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.marker
        if value is not None:
            path = prefix + "marker"
            _rt.check_str(errors, path, value)
        value = self.max_keys
        if value is not None:
            path = prefix + "max_keys"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.marker is not None:
            result["Marker"] = self.marker
        if self.max_keys is not None:
            result["MaxKeys"] = self.max_keys
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> ListObjects:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListObjects")
        return cls(
            marker=data.get("Marker"),
            max_keys=data.get("MaxKeys"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListObjectsResponse:
    """The response of ListObjects.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``name``: The ``Name`` member.
    - ``contents``: The ``Contents`` member.
    - ``is_truncated``: The ``IsTruncated`` member.
    - ``next_marker``: The ``NextMarker`` member.
    """

    http_status: int
    """The HTTP status code of the response."""

    name: str | None = None
    """The ``Name`` member."""

    contents: list[Object] | None = None
    """The ``Contents`` member."""

    is_truncated: bool | None = None
    """The ``IsTruncated`` member."""

    next_marker: str | None = None
    """The ``NextMarker`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value)
        value = self.contents
        if value is not None:
            path = prefix + "contents"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Object):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Object, got {type(v1).__name__}"
                            )
        value = self.is_truncated
        if value is not None:
            path = prefix + "is_truncated"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.next_marker
        if value is not None:
            path = prefix + "next_marker"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.name is not None:
            result["Name"] = self.name
        if self.contents is not None:
            result["Contents"] = [v1.to_dict() for v1 in self.contents]
        if self.is_truncated is not None:
            result["IsTruncated"] = self.is_truncated
        if self.next_marker is not None:
            result["NextMarker"] = self.next_marker
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListObjectsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListObjectsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            name=data.get("Name"),
            contents=(
                None
                if (value := data.get("Contents")) is None
                else [
                    Object.from_dict(v1, path=path + "Contents" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Contents")
                    )
                ]
            ),
            is_truncated=data.get("IsTruncated"),
            next_marker=data.get("NextMarker"),
        )


class _ListObjectsResponseDraft:
    """A :class:`ListObjectsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "name", "contents", "is_truncated", "next_marker")
    http_status: int
    name: str | None
    contents: list[Object] | None
    is_truncated: bool | None
    next_marker: str | None


def new_list_objects() -> ListObjects:
    """Create a :class:`ListObjects` with all optional fields omitted."""
    return ListObjects()


list_objects_marker = _rt.Lens[ListObjects, str | None](
    lambda s: s.marker,
    lambda s, v: _dc.replace(s, marker=v),
    "list_objects_marker",
)
"""Lens on :attr:`ListObjects.marker`."""


list_objects_max_keys = _rt.Lens[ListObjects, int | None](
    lambda s: s.max_keys,
    lambda s, v: _dc.replace(s, max_keys=v),
    "list_objects_max_keys",
)
"""Lens on :attr:`ListObjects.max_keys`."""


def new_list_objects_response(
    http_status: int,
) -> ListObjectsResponse:
    """Create a :class:`ListObjectsResponse` with all optional fields omitted."""
    return ListObjectsResponse(
        http_status=http_status,
    )


list_objects_response_http_status = _rt.Lens[ListObjectsResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_objects_response_http_status",
)
"""Lens on :attr:`ListObjectsResponse.http_status`."""


list_objects_response_name = _rt.Lens[ListObjectsResponse, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "list_objects_response_name",
)
"""Lens on :attr:`ListObjectsResponse.name`."""


list_objects_response_contents = _rt.Lens[ListObjectsResponse, list[Object] | None](
    lambda s: s.contents,
    lambda s, v: _dc.replace(s, contents=v),
    "list_objects_response_contents",
)
"""Lens on :attr:`ListObjectsResponse.contents`."""


list_objects_response_is_truncated = _rt.Lens[ListObjectsResponse, bool | None](
    lambda s: s.is_truncated,
    lambda s, v: _dc.replace(s, is_truncated=v),
    "list_objects_response_is_truncated",
)
"""Lens on :attr:`ListObjectsResponse.is_truncated`."""


list_objects_response_next_marker = _rt.Lens[ListObjectsResponse, str | None](
    lambda s: s.next_marker,
    lambda s, v: _dc.replace(s, next_marker=v),
    "list_objects_response_next_marker",
)
"""Lens on :attr:`ListObjectsResponse.next_marker`."""


def _serialize(request: ListObjects, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/objects"
    query: list[tuple[str, str | None]] = []
    if request.marker is not None:
        query.append(("marker", request.marker))
    if request.max_keys is not None:
        query.append(("max-keys", str(request.max_keys)))
    body = b""
    return _rt.HttpRequest(
        method="GET",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> ListObjectsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListObjectsResponseDraft()
    draft.http_status = status
    try:
        draft.name = (
            None
            if (value := data.get("Name")) is None
            else (value if type(value) is str else _rt.expect_str(value, "Name"))
        )
        draft.contents = (
            None
            if (value := data.get("Contents")) is None
            else [
                Object._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Contents")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Contents")
                )
                if v1 is not None
            ]
        )
        draft.is_truncated = (
            None
            if (value := data.get("IsTruncated")) is None
            else (
                value if type(value) is bool else _rt.expect_bool(value, "IsTruncated")
            )
        )
        draft.next_marker = (
            None
            if (value := data.get("NextMarker")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextMarker"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListObjectsResponse)


OPERATION: _rt.Operation[ListObjects, ListObjectsResponse] = _rt.Operation(
    "ListObjects",
    ListObjects,
    ListObjectsResponse,
    (),
    _serialize,
    _deserialize,
)
"""The ListObjects operation: its types, errors and wire codec."""
