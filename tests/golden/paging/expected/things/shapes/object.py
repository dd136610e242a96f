"""The Object shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Object:
    """The Object shape.

    Fields:

    - ``key``: The ``Key`` member.
    - ``size``: The ``Size`` member.
    """

    key: str | None = None
    """The ``Key`` member."""

    size: int | None = None
    """The ``Size`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.key
        if value is not None:
            path = prefix + "key"
            _rt.check_str(errors, path, value)
        value = self.size
        if value is not None:
            path = prefix + "size"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.key is not None:
            result["Key"] = self.key
        if self.size is not None:
            result["Size"] = self.size
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Object:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Object")
        return cls(
            key=data.get("Key"),
            size=data.get("Size"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Object:
        draft = _ObjectDraft()
        try:
            draft.key = (
                None
                if (value := data.get("Key")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Key"))
            )
            draft.size = (
                None
                if (value := data.get("Size")) is None
                else (value if type(value) is int else _rt.expect_int(value, "Size"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ObjectDraft:
    """A :class:`Object` being decoded (see ``_rt.seal``)."""

    __slots__ = ("key", "size")
    key: str | None
    size: int | None


def new_object() -> Object:
    """Create a :class:`Object` with all optional fields omitted."""
    return Object()


object_key = _rt.Lens[Object, str | None](
    lambda s: s.key,
    lambda s, v: _dc.replace(s, key=v),
    "object_key",
)
"""Lens on :attr:`Object.key`."""


object_size = _rt.Lens[Object, int | None](
    lambda s: s.size,
    lambda s, v: _dc.replace(s, size=v),
    "object_size",
)
"""Lens on :attr:`Object.size`."""
