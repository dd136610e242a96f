"""The ListGroups operation."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.group import Group


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListGroups:
    """The ListGroups operation.

    Fields:

    - ``next_token``: The ``NextToken`` member.
    """

    next_token: str | None = None
    """The ``NextToken`` member."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> ListGroups:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListGroups")
        return cls(
            next_token=data.get("NextToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListGroupsResponse:
    """The response of ListGroups.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``groups``: The ``Groups`` member.
    - ``next_token``: The ``NextToken`` member.
    """

    http_status: int
    """The HTTP status code of the response."""

    groups: list[Group] | None = None
    """The ``Groups`` member."""

    next_token: str | None = None
    """The ``NextToken`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.groups
        if value is not None:
            path = prefix + "groups"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Group):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Group, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.groups is not None:
            result["Groups"] = [v1.to_dict() for v1 in self.groups]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListGroupsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListGroupsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            groups=(
                None
                if (value := data.get("Groups")) is None
                else [
                    Group.from_dict(v1, path=path + "Groups" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Groups"))
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListGroupsResponseDraft:
    """A :class:`ListGroupsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "groups", "next_token")
    http_status: int
    groups: list[Group] | None
    next_token: str | None


def new_list_groups() -> ListGroups:
    """Create a :class:`ListGroups` with all optional fields omitted."""
    return ListGroups()


list_groups_next_token = _rt.Lens[ListGroups, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_groups_next_token",
)
"""Lens on :attr:`ListGroups.next_token`."""


def new_list_groups_response(
    http_status: int,
) -> ListGroupsResponse:
    """Create a :class:`ListGroupsResponse` with all optional fields omitted."""
    return ListGroupsResponse(
        http_status=http_status,
    )


list_groups_response_http_status = _rt.Lens[ListGroupsResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_groups_response_http_status",
)
"""Lens on :attr:`ListGroupsResponse.http_status`."""


list_groups_response_groups = _rt.Lens[ListGroupsResponse, list[Group] | None](
    lambda s: s.groups,
    lambda s, v: _dc.replace(s, groups=v),
    "list_groups_response_groups",
)
"""Lens on :attr:`ListGroupsResponse.groups`."""


list_groups_response_next_token = _rt.Lens[ListGroupsResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_groups_response_next_token",
)
"""Lens on :attr:`ListGroupsResponse.next_token`."""


def _serialize(request: ListGroups, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/groups"
    query: list[tuple[str, str | None]] = []
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
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
) -> ListGroupsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListGroupsResponseDraft()
    draft.http_status = status
    try:
        draft.groups = (
            None
            if (value := data.get("Groups")) is None
            else [
                Group._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Groups")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Groups")
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
    return _rt.seal(draft, ListGroupsResponse)


OPERATION: _rt.Operation[ListGroups, ListGroupsResponse] = _rt.Operation(
    "ListGroups",
    ListGroups,
    ListGroupsResponse,
    (),
    _serialize,
    _deserialize,
)
"""The ListGroups operation: its types, errors and wire codec."""
