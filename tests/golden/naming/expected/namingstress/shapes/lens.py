"""The Lens shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.operation import Operation


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Lens:
    """An input shape named like the runtime's Lens.

    Fields:

    - ``class_``: The ``class`` member.
    - ``none``: A shape named like the runtime's Operation.
    """

    class_: str | None
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
        if self.class_ is not None:
            result["class"] = self.class_
        if self.none is not None:
            result["None"] = self.none.to_dict()
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Lens:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Lens")
        return cls(
            class_=data.get("class"),
            none=(
                None
                if (value := data.get("None")) is None
                else Operation.from_dict(value, path=path + "None" + ".")
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Lens:
        draft = _LensDraft()
        try:
            draft.class_ = (
                None
                if (value := data.get("class")) is None
                else (value if type(value) is str else _rt.expect_str(value, "class"))
            )
            draft.none = (
                None
                if (value := data.get("None")) is None
                else Operation._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "None")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _LensDraft:
    """A :class:`Lens` being decoded (see ``_rt.seal``)."""

    __slots__ = ("class_", "none")
    class_: str | None
    none: Operation | None


def new_lens(
    class_: str,
) -> Lens:
    """Create a :class:`Lens` with all optional fields omitted."""
    return Lens(
        class_=class_,
    )


lens_class = _rt.Lens[Lens, str | None](
    lambda s: s.class_,
    lambda s, v: _dc.replace(s, class_=v),
    "lens_class",
)
"""Lens on :attr:`Lens.class_`."""


lens_none = _rt.Lens[Lens, Operation | None](
    lambda s: s.none,
    lambda s, v: _dc.replace(s, none=v),
    "lens_none",
)
"""Lens on :attr:`Lens.none`."""
