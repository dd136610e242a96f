"""The ListPairs operation."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.sub_markers import SubMarkers
from ..shapes.thing import Thing


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListPairs:
    """The ListPairs operation.

    Fields:

    - ``marker``: The ``Marker`` member.
    - ``sub_marker``: The ``SubMarker`` member.
    - ``page_size``: The ``PageSize`` member.
    """

    marker: str | None = None
    """The ``Marker`` member."""

    sub_marker: str | None = None
    """The ``SubMarker`` member."""

    page_size: str | None = None
    """The ``PageSize`` member."""

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
        value = self.sub_marker
        if value is not None:
            path = prefix + "sub_marker"
            _rt.check_str(errors, path, value)
        value = self.page_size
        if value is not None:
            path = prefix + "page_size"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.marker is not None:
            result["Marker"] = self.marker
        if self.sub_marker is not None:
            result["SubMarker"] = self.sub_marker
        if self.page_size is not None:
            result["PageSize"] = self.page_size
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> ListPairs:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListPairs")
        return cls(
            marker=data.get("Marker"),
            sub_marker=data.get("SubMarker"),
            page_size=data.get("PageSize"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListPairsResponse:
    """The response of ListPairs.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``items``: The ``Items`` member.
    - ``others``: The ``Others`` member.
    - ``is_truncated``: The ``IsTruncated`` member.
    - ``next_marker``: The ``NextMarker`` member.
    - ``sub``: The ``Sub`` member.
    """

    http_status: int
    """The HTTP status code of the response."""

    items: list[str] | None = None
    """The ``Items`` member."""

    others: list[Thing] | None = None
    """The ``Others`` member."""

    is_truncated: bool | None = None
    """The ``IsTruncated`` member."""

    next_marker: str | None = None
    """The ``NextMarker`` member."""

    sub: SubMarkers | None = None
    """The ``Sub`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.items
        if value is not None:
            path = prefix + "items"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
        value = self.others
        if value is not None:
            path = prefix + "others"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Thing):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Thing, got {type(v1).__name__}"
                            )
        value = self.is_truncated
        if value is not None:
            path = prefix + "is_truncated"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.next_marker
        if value is not None:
            path = prefix + "next_marker"
            _rt.check_str(errors, path, value)
        value = self.sub
        if value is not None:
            path = prefix + "sub"
            if isinstance(value, SubMarkers):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected SubMarkers, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.items is not None:
            result["Items"] = list(self.items)
        if self.others is not None:
            result["Others"] = [v1.to_dict() for v1 in self.others]
        if self.is_truncated is not None:
            result["IsTruncated"] = self.is_truncated
        if self.next_marker is not None:
            result["NextMarker"] = self.next_marker
        if self.sub is not None:
            result["Sub"] = self.sub.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListPairsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListPairsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            items=(
                None
                if (value := data.get("Items")) is None
                else list(_rt.expect_sequence(value, path + "Items"))
            ),
            others=(
                None
                if (value := data.get("Others")) is None
                else [
                    Thing.from_dict(v1, path=path + "Others" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Others"))
                ]
            ),
            is_truncated=data.get("IsTruncated"),
            next_marker=data.get("NextMarker"),
            sub=(
                None
                if (value := data.get("Sub")) is None
                else SubMarkers.from_dict(value, path=path + "Sub" + ".")
            ),
        )


class _ListPairsResponseDraft:
    """A :class:`ListPairsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "items", "others", "is_truncated", "next_marker", "sub")
    http_status: int
    items: list[str] | None
    others: list[Thing] | None
    is_truncated: bool | None
    next_marker: str | None
    sub: SubMarkers | None


def new_list_pairs() -> ListPairs:
    """Create a :class:`ListPairs` with all optional fields omitted."""
    return ListPairs()


list_pairs_marker = _rt.Lens[ListPairs, str | None](
    lambda s: s.marker,
    lambda s, v: _dc.replace(s, marker=v),
    "list_pairs_marker",
)
"""Lens on :attr:`ListPairs.marker`."""


list_pairs_sub_marker = _rt.Lens[ListPairs, str | None](
    lambda s: s.sub_marker,
    lambda s, v: _dc.replace(s, sub_marker=v),
    "list_pairs_sub_marker",
)
"""Lens on :attr:`ListPairs.sub_marker`."""


list_pairs_page_size = _rt.Lens[ListPairs, str | None](
    lambda s: s.page_size,
    lambda s, v: _dc.replace(s, page_size=v),
    "list_pairs_page_size",
)
"""Lens on :attr:`ListPairs.page_size`."""


def new_list_pairs_response(
    http_status: int,
) -> ListPairsResponse:
    """Create a :class:`ListPairsResponse` with all optional fields omitted."""
    return ListPairsResponse(
        http_status=http_status,
    )


list_pairs_response_http_status = _rt.Lens[ListPairsResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_pairs_response_http_status",
)
"""Lens on :attr:`ListPairsResponse.http_status`."""


list_pairs_response_items = _rt.Lens[ListPairsResponse, list[str] | None](
    lambda s: s.items,
    lambda s, v: _dc.replace(s, items=v),
    "list_pairs_response_items",
)
"""Lens on :attr:`ListPairsResponse.items`."""


list_pairs_response_others = _rt.Lens[ListPairsResponse, list[Thing] | None](
    lambda s: s.others,
    lambda s, v: _dc.replace(s, others=v),
    "list_pairs_response_others",
)
"""Lens on :attr:`ListPairsResponse.others`."""


list_pairs_response_is_truncated = _rt.Lens[ListPairsResponse, bool | None](
    lambda s: s.is_truncated,
    lambda s, v: _dc.replace(s, is_truncated=v),
    "list_pairs_response_is_truncated",
)
"""Lens on :attr:`ListPairsResponse.is_truncated`."""


list_pairs_response_next_marker = _rt.Lens[ListPairsResponse, str | None](
    lambda s: s.next_marker,
    lambda s, v: _dc.replace(s, next_marker=v),
    "list_pairs_response_next_marker",
)
"""Lens on :attr:`ListPairsResponse.next_marker`."""


list_pairs_response_sub = _rt.Lens[ListPairsResponse, SubMarkers | None](
    lambda s: s.sub,
    lambda s, v: _dc.replace(s, sub=v),
    "list_pairs_response_sub",
)
"""Lens on :attr:`ListPairsResponse.sub`."""


def _serialize(request: ListPairs, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/pairs"
    query: list[tuple[str, str | None]] = []
    if request.marker is not None:
        query.append(("marker", request.marker))
    if request.sub_marker is not None:
        query.append(("subMarker", request.sub_marker))
    if request.page_size is not None:
        query.append(("pageSize", request.page_size))
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
) -> ListPairsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListPairsResponseDraft()
    draft.http_status = status
    try:
        draft.items = (
            None
            if (value := data.get("Items")) is None
            else [
                (v1 if type(v1) is str else _rt.expect_str(v1, "Items"))
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Items")
                )
                if v1 is not None
            ]
        )
        draft.others = (
            None
            if (value := data.get("Others")) is None
            else [
                Thing._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Others")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Others")
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
        draft.sub = (
            None
            if (value := data.get("Sub")) is None
            else SubMarkers._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Sub")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListPairsResponse)


OPERATION: _rt.Operation[ListPairs, ListPairsResponse] = _rt.Operation(
    "ListPairs",
    ListPairs,
    ListPairsResponse,
    (),
    _serialize,
    _deserialize,
)
"""The ListPairs operation: its types, errors and wire codec."""
