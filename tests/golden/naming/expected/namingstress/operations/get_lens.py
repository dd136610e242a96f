"""The GetLens operation."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.operation import Operation


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetLens:
    """The GetLens operation.

    Fields:

    - ``class_``: The ``class`` member.
    - ``none``: A shape named like the runtime's Operation.
    """

    class_: str
    """The ``class`` member."""

    none: Operation | None = None
    """A shape named like the runtime's Operation."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.class_
        if value is None:
            errors.append(prefix + "class_: required but missing")
        else:
            path = prefix + "class_"
            _rt.check_str(errors, path, value)
        value = self.none
        if value is not None:
            path = prefix + "none"
            if isinstance(value, Operation):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Operation, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["class"] = self.class_
        if self.none is not None:
            result["None"] = self.none.to_dict()
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> GetLens:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetLens")
        return cls(
            class_=_rt.required(data, "class", path),
            none=(
                None
                if (value := data.get("None")) is None
                else Operation.from_dict(value, path=path + "None" + ".")
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetLensResponse:
    """The response of GetLens.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``lens``: A shape named like the runtime's Operation.
    """

    http_status: int
    """The HTTP status code of the response."""

    lens: Operation | None = None
    """A shape named like the runtime's Operation."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.lens
        if value is not None:
            path = prefix + "lens"
            if isinstance(value, Operation):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Operation, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.lens is not None:
            result["Lens"] = self.lens.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetLensResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetLensResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            lens=(
                None
                if (value := data.get("Lens")) is None
                else Operation.from_dict(value, path=path + "Lens" + ".")
            ),
        )


class _GetLensResponseDraft:
    """A :class:`GetLensResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "lens")
    http_status: int
    lens: Operation | None


def new_get_lens(
    class_: str,
) -> GetLens:
    """Create a :class:`GetLens` with all optional fields omitted."""
    return GetLens(
        class_=class_,
    )


get_lens_class = _rt.Lens[GetLens, str](
    lambda s: s.class_,
    lambda s, v: _dc.replace(s, class_=v),
    "get_lens_class",
)
"""Lens on :attr:`GetLens.class_`."""


get_lens_none = _rt.Lens[GetLens, Operation | None](
    lambda s: s.none,
    lambda s, v: _dc.replace(s, none=v),
    "get_lens_none",
)
"""Lens on :attr:`GetLens.none`."""


def new_get_lens_response(
    http_status: int,
) -> GetLensResponse:
    """Create a :class:`GetLensResponse` with all optional fields omitted."""
    return GetLensResponse(
        http_status=http_status,
    )


get_lens_response_http_status = _rt.Lens[GetLensResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "get_lens_response_http_status",
)
"""Lens on :attr:`GetLensResponse.http_status`."""


get_lens_response_lens = _rt.Lens[GetLensResponse, Operation | None](
    lambda s: s.lens,
    lambda s, v: _dc.replace(s, lens=v),
    "get_lens_response_lens",
)
"""Lens on :attr:`GetLensResponse.lens`."""


def _serialize(request: GetLens, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.class_ == "":
        raise _rt.ValidationError(["class_: a URI label must be set and not empty"])
    path = "/lens/" + _rt.quote_label(request.class_, "class_")
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.none is not None:
        data["None"] = request.none._to_json()
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="GET",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> GetLensResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _GetLensResponseDraft()
    draft.http_status = status
    try:
        draft.lens = (
            None
            if (value := data.get("Lens")) is None
            else Operation._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Lens")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, GetLensResponse)


OPERATION: _rt.Operation[GetLens, GetLensResponse] = _rt.Operation(
    "GetLens",
    GetLens,
    GetLensResponse,
    (),
    _serialize,
    _deserialize,
)
"""The GetLens operation: its types, errors and wire codec."""
