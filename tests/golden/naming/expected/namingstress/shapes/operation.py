"""The Operation shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Operation:
    """A shape named like the runtime's Operation.

    Fields:

    - ``def_``: The ``def`` member.
    - ``http_request``: The ``HttpRequest`` member.
    """

    def_: str | None = None
    """The ``def`` member."""

    http_request: str | None = None
    """The ``HttpRequest`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.def_
        if value is not None:
            path = prefix + "def_"
            _rt.check_str(errors, path, value)
        value = self.http_request
        if value is not None:
            path = prefix + "http_request"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.def_ is not None:
            result["def"] = self.def_
        if self.http_request is not None:
            result["HttpRequest"] = self.http_request
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Operation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Operation")
        return cls(
            def_=data.get("def"),
            http_request=data.get("HttpRequest"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.def_ is not None:
            data["def"] = self.def_
        if self.http_request is not None:
            data["HttpRequest"] = self.http_request
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Operation:
        draft = _OperationDraft()
        try:
            draft.def_ = (
                None
                if (value := data.get("def")) is None
                else (value if type(value) is str else _rt.expect_str(value, "def"))
            )
            draft.http_request = (
                None
                if (value := data.get("HttpRequest")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "HttpRequest")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _OperationDraft:
    """A :class:`Operation` being decoded (see ``_rt.seal``)."""

    __slots__ = ("def_", "http_request")
    def_: str | None
    http_request: str | None


def new_operation() -> Operation:
    """Create a :class:`Operation` with all optional fields omitted."""
    return Operation()


operation_def = _rt.Lens[Operation, str | None](
    lambda s: s.def_,
    lambda s, v: _dc.replace(s, def_=v),
    "operation_def",
)
"""Lens on :attr:`Operation.def_`."""


operation_http_request = _rt.Lens[Operation, str | None](
    lambda s: s.http_request,
    lambda s, v: _dc.replace(s, http_request=v),
    "operation_http_request",
)
"""Lens on :attr:`Operation.http_request`."""
