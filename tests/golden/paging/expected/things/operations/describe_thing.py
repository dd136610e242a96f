"""The DescribeThing operation."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.group import Group
from ..shapes.thing import Thing


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeThing:
    """The DescribeThing operation.

    Fields:

    - ``id``: The ``Id`` member.
    """

    id: str
    """The ``Id`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is None:
            errors.append(prefix + "id: required but missing")
        else:
            path = prefix + "id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Id"] = self.id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeThing:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeThing")
        return cls(
            id=_rt.required(data, "Id", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeThingResponse:
    """The response of DescribeThing.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``thing``: The ``Thing`` member.
    - ``groups``: The ``Groups`` member.
    - ``output``: The ``Output`` member.
    """

    http_status: int
    """The HTTP status code of the response."""

    thing: Thing | None = None
    """The ``Thing`` member."""

    groups: list[Group] | None = None
    """The ``Groups`` member."""

    output: str | None = None
    """The ``Output`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.thing
        if value is not None:
            path = prefix + "thing"
            if isinstance(value, Thing):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Thing, got {type(value).__name__}")
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
        value = self.output
        if value is not None:
            path = prefix + "output"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.thing is not None:
            result["Thing"] = self.thing.to_dict()
        if self.groups is not None:
            result["Groups"] = [v1.to_dict() for v1 in self.groups]
        if self.output is not None:
            result["Output"] = self.output
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeThingResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeThingResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            thing=(
                None
                if (value := data.get("Thing")) is None
                else Thing.from_dict(value, path=path + "Thing" + ".")
            ),
            groups=(
                None
                if (value := data.get("Groups")) is None
                else [
                    Group.from_dict(v1, path=path + "Groups" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Groups"))
                ]
            ),
            output=data.get("Output"),
        )


class _DescribeThingResponseDraft:
    """A :class:`DescribeThingResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "thing", "groups", "output")
    http_status: int
    thing: Thing | None
    groups: list[Group] | None
    output: str | None


def new_describe_thing(
    id: str,
) -> DescribeThing:
    """Create a :class:`DescribeThing` with all optional fields omitted."""
    return DescribeThing(
        id=id,
    )


describe_thing_id = _rt.Lens[DescribeThing, str](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "describe_thing_id",
)
"""Lens on :attr:`DescribeThing.id`."""


def new_describe_thing_response(
    http_status: int,
) -> DescribeThingResponse:
    """Create a :class:`DescribeThingResponse` with all optional fields omitted."""
    return DescribeThingResponse(
        http_status=http_status,
    )


describe_thing_response_http_status = _rt.Lens[DescribeThingResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_thing_response_http_status",
)
"""Lens on :attr:`DescribeThingResponse.http_status`."""


describe_thing_response_thing = _rt.Lens[DescribeThingResponse, Thing | None](
    lambda s: s.thing,
    lambda s, v: _dc.replace(s, thing=v),
    "describe_thing_response_thing",
)
"""Lens on :attr:`DescribeThingResponse.thing`."""


describe_thing_response_groups = _rt.Lens[DescribeThingResponse, list[Group] | None](
    lambda s: s.groups,
    lambda s, v: _dc.replace(s, groups=v),
    "describe_thing_response_groups",
)
"""Lens on :attr:`DescribeThingResponse.groups`."""


describe_thing_response_output = _rt.Lens[DescribeThingResponse, str | None](
    lambda s: s.output,
    lambda s, v: _dc.replace(s, output=v),
    "describe_thing_response_output",
)
"""Lens on :attr:`DescribeThingResponse.output`."""


def _serialize(request: DescribeThing, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.id == "":
        raise _rt.ValidationError(["id: a URI label must be set and not empty"])
    path = "/things/" + _rt.quote_label(request.id, "id")
    query: list[tuple[str, str | None]] = []
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
) -> DescribeThingResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeThingResponseDraft()
    draft.http_status = status
    try:
        draft.thing = (
            None
            if (value := data.get("Thing")) is None
            else Thing._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Thing")
                )
            )
        )
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
        draft.output = (
            None
            if (value := data.get("Output")) is None
            else (value if type(value) is str else _rt.expect_str(value, "Output"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeThingResponse)


OPERATION: _rt.Operation[DescribeThing, DescribeThingResponse] = _rt.Operation(
    "DescribeThing",
    DescribeThing,
    DescribeThingResponse,
    (_errors.ThingNotFound,),
    _serialize,
    _deserialize,
)
"""The DescribeThing operation: its types, errors and wire codec."""
