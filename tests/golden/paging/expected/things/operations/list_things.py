"""The ListThings operation."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.thing import Thing


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListThings:
    """The ListThings operation.

    Fields:

    - ``next_token``: The ``NextToken`` member.
    - ``max_results``: The ``MaxResults`` member.
    """

    next_token: str | None = None
    """The ``NextToken`` member."""

    max_results: int | None = None
    """The ``MaxResults`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> ListThings:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListThings")
        return cls(
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListThingsResponse:
    """The response of ListThings.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``things``: The ``Things`` member.
    - ``next_token``: The ``NextToken`` member.
    """

    http_status: int
    """The HTTP status code of the response."""

    things: list[Thing] | None = None
    """The ``Things`` member."""

    next_token: str | None = None
    """The ``NextToken`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.things
        if value is not None:
            path = prefix + "things"
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
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.things is not None:
            result["Things"] = [v1.to_dict() for v1 in self.things]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListThingsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListThingsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            things=(
                None
                if (value := data.get("Things")) is None
                else [
                    Thing.from_dict(v1, path=path + "Things" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Things"))
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListThingsResponseDraft:
    """A :class:`ListThingsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "things", "next_token")
    http_status: int
    things: list[Thing] | None
    next_token: str | None


def new_list_things() -> ListThings:
    """Create a :class:`ListThings` with all optional fields omitted."""
    return ListThings()


list_things_next_token = _rt.Lens[ListThings, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_things_next_token",
)
"""Lens on :attr:`ListThings.next_token`."""


list_things_max_results = _rt.Lens[ListThings, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_things_max_results",
)
"""Lens on :attr:`ListThings.max_results`."""


def new_list_things_response(
    http_status: int,
) -> ListThingsResponse:
    """Create a :class:`ListThingsResponse` with all optional fields omitted."""
    return ListThingsResponse(
        http_status=http_status,
    )


list_things_response_http_status = _rt.Lens[ListThingsResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_things_response_http_status",
)
"""Lens on :attr:`ListThingsResponse.http_status`."""


list_things_response_things = _rt.Lens[ListThingsResponse, list[Thing] | None](
    lambda s: s.things,
    lambda s, v: _dc.replace(s, things=v),
    "list_things_response_things",
)
"""Lens on :attr:`ListThingsResponse.things`."""


list_things_response_next_token = _rt.Lens[ListThingsResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_things_response_next_token",
)
"""Lens on :attr:`ListThingsResponse.next_token`."""


def _serialize(request: ListThings, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/things"
    query: list[tuple[str, str | None]] = []
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
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
) -> ListThingsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListThingsResponseDraft()
    draft.http_status = status
    try:
        draft.things = (
            None
            if (value := data.get("Things")) is None
            else [
                Thing._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Things")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Things")
                )
                if v1 is not None
            ]
        )
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListThingsResponse)


OPERATION: _rt.Operation[ListThings, ListThingsResponse] = _rt.Operation(
    "ListThings",
    ListThings,
    ListThingsResponse,
    (),
    _serialize,
    _deserialize,
)
"""The ListThings operation: its types, errors and wire codec."""
