"""The PalettePrimary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    ".*\\S.*",
    "(?a)[^\\n\\r\\x85\\u2028\\u2029]*\\S[^\\n\\r\\x85\\u2028\\u2029]*",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PalettePrimary:
    """Contains primary color configuration for a workspace theme.

    Fields:

    - ``default``: The default primary color used throughout the workspace.
    - ``active``: The primary color used for active states.
    - ``contrast_text``: The text color that contrasts with the primary color for readability.
    """

    default: str | None = None
    """The default primary color used throughout the workspace."""

    active: str | None = None
    """The primary color used for active states."""

    contrast_text: str | None = None
    """The text color that contrasts with the primary color for readability."""

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
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.active
        if value is not None:
            path = prefix + "active"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.contrast_text
        if value is not None:
            path = prefix + "contrast_text"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.default is not None:
            result["Default"] = self.default
        if self.active is not None:
            result["Active"] = self.active
        if self.contrast_text is not None:
            result["ContrastText"] = self.contrast_text
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PalettePrimary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PalettePrimary")
        return cls(
            default=data.get("Default"),
            active=data.get("Active"),
            contrast_text=data.get("ContrastText"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.default is not None:
            data["Default"] = self.default
        if self.active is not None:
            data["Active"] = self.active
        if self.contrast_text is not None:
            data["ContrastText"] = self.contrast_text
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> PalettePrimary:
        draft = _PalettePrimaryDraft()
        try:
            draft.default = (
                None
                if (value := data.get("Default")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Default"))
            )
            draft.active = (
                None
                if (value := data.get("Active")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Active"))
            )
            draft.contrast_text = (
                None
                if (value := data.get("ContrastText")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContrastText")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _PalettePrimaryDraft:
    """A :class:`PalettePrimary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("default", "active", "contrast_text")
    default: str | None
    active: str | None
    contrast_text: str | None


def new_palette_primary() -> PalettePrimary:
    """Create a :class:`PalettePrimary` with all optional fields omitted."""
    return PalettePrimary()


palette_primary_default = _rt.Lens[PalettePrimary, str | None](
    lambda s: s.default,
    lambda s, v: _dc.replace(s, default=v),
    "palette_primary_default",
)
"""Lens on :attr:`PalettePrimary.default`."""


palette_primary_active = _rt.Lens[PalettePrimary, str | None](
    lambda s: s.active,
    lambda s, v: _dc.replace(s, active=v),
    "palette_primary_active",
)
"""Lens on :attr:`PalettePrimary.active`."""


palette_primary_contrast_text = _rt.Lens[PalettePrimary, str | None](
    lambda s: s.contrast_text,
    lambda s, v: _dc.replace(s, contrast_text=v),
    "palette_primary_contrast_text",
)
"""Lens on :attr:`PalettePrimary.contrast_text`."""
