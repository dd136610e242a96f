"""The FontFamily shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_WORKSPACE_FONT_FAMILY_VALUES = frozenset(
    (
        "Arial",
        "Courier New",
        "Georgia",
        "Times New Roman",
        "Trebuchet",
        "Verdana",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class FontFamily:
    """Contains font family configuration for workspace themes.

    Fields:

    - ``default``: The default font family to use in the workspace theme.
    """

    default: str | None = None
    """The default font family to use in the workspace theme."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.default
        if value is not None:
            path = prefix + "default"
            _rt.check_str(errors, path, value, enum=_WORKSPACE_FONT_FAMILY_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.default is not None:
            result["Default"] = self.default
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> FontFamily:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "FontFamily")
        return cls(
            default=data.get("Default"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.default is not None:
            data["Default"] = self.default
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> FontFamily:
        draft = _FontFamilyDraft()
        try:
            draft.default = (
                None
                if (value := data.get("Default")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Default"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _FontFamilyDraft:
    """A :class:`FontFamily` being decoded (see ``_rt.seal``)."""

    __slots__ = ("default",)
    default: str | None


def new_font_family() -> FontFamily:
    """Create a :class:`FontFamily` with all optional fields omitted."""
    return FontFamily()


font_family_default = _rt.Lens[FontFamily, str | None](
    lambda s: s.default,
    lambda s, v: _dc.replace(s, default=v),
    "font_family_default",
)
"""Lens on :attr:`FontFamily.default`."""
