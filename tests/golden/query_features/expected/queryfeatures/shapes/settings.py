"""The Settings shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import query as _rt

_MODE_VALUES = frozenset(
    (
        "fast",
        "safe",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """The Settings shape.

    Fields:

    - ``mode``: The ``Mode`` member.
    - ``depth``: The ``Depth`` member.
    - ``child``: The ``Child`` member.
    """

    mode: str | None = None
    """The ``Mode`` member."""

    depth: int | None = None
    """The ``Depth`` member."""

    child: Settings | None = None
    """The ``Child`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.mode
        if value is not None:
            path = prefix + "mode"
            _rt.check_str(errors, path, value, enum=_MODE_VALUES)
        value = self.depth
        if value is not None:
            path = prefix + "depth"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)
        value = self.child
        if value is not None:
            path = prefix + "child"
            if isinstance(value, Settings):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Settings, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.mode is not None:
            result["Mode"] = self.mode
        if self.depth is not None:
            result["Depth"] = self.depth
        if self.child is not None:
            result["Child"] = self.child.to_dict()
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Settings:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Settings")
        return cls(
            mode=data.get("Mode"),
            depth=data.get("Depth"),
            child=(
                None
                if (value := data.get("Child")) is None
                else Settings.from_dict(value, path=path + "Child" + ".")
            ),
        )

    def _to_query(self, fields: list[tuple[str, str]], prefix: str) -> None:
        if self.mode is not None:
            fields.append((f"{prefix}Mode", self.mode))
        if self.depth is not None:
            fields.append((f"{prefix}Depth", str(self.depth)))
        if self.child is not None:
            self.child._to_query(fields, f"{prefix}Child.")


def new_settings() -> Settings:
    """Create a :class:`Settings` with all optional fields omitted."""
    return Settings()


settings_mode = _rt.Lens[Settings, str | None](
    lambda s: s.mode,
    lambda s, v: _dc.replace(s, mode=v),
    "settings_mode",
)
"""Lens on :attr:`Settings.mode`."""


settings_depth = _rt.Lens[Settings, int | None](
    lambda s: s.depth,
    lambda s, v: _dc.replace(s, depth=v),
    "settings_depth",
)
"""Lens on :attr:`Settings.depth`."""


settings_child = _rt.Lens[Settings, Settings | None](
    lambda s: s.child,
    lambda s, v: _dc.replace(s, child=v),
    "settings_child",
)
"""Lens on :attr:`Settings.child`."""
