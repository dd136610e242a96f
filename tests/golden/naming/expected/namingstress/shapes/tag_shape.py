"""The TagShape shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TagShape:
    """A shape named like an operation.

    Fields:

    - ``key``: The ``Key`` member.
    - ``value``: The ``Value`` member.
    """

    key: str
    """The ``Key`` member."""

    value: str | None = None
    """The ``Value`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.key
        if value is None:
            errors.append(prefix + "key: required but missing")
        else:
            path = prefix + "key"
            _rt.check_str(errors, path, value)
        value = self.value
        if value is not None:
            path = prefix + "value"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Key"] = self.key
        if self.value is not None:
            result["Value"] = self.value
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> TagShape:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TagShape")
        return cls(
            key=_rt.required(data, "Key", path),
            value=data.get("Value"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["Key"] = self.key
        if self.value is not None:
            data["Value"] = self.value
        return data


def new_tag_shape(
    key: str,
) -> TagShape:
    """Create a :class:`TagShape` with all optional fields omitted."""
    return TagShape(
        key=key,
    )


tag_shape_key = _rt.Lens[TagShape, str](
    lambda s: s.key,
    lambda s, v: _dc.replace(s, key=v),
    "tag_shape_key",
)
"""Lens on :attr:`TagShape.key`."""


tag_shape_value = _rt.Lens[TagShape, str | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "tag_shape_value",
)
"""Lens on :attr:`TagShape.value`."""
