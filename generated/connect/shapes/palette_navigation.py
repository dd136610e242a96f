"""The PaletteNavigation shape."""

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
class PaletteNavigation:
    """Contains color configuration for navigation elements in a workspace
    theme.

    Fields:

    - ``background``: The background color of the navigation area.
    - ``text_background_hover``: The background color when hovering over navigation text.
    - ``text_background_active``: The background color for active navigation items.
    - ``text``: The text color in the navigation area.
    - ``text_hover``: The text color when hovering over navigation items.
    - ``text_active``: The text color for active navigation items.
    - ``invert_actions_colors``: Whether to invert the colors of action buttons in the navigation area.
    """

    background: str | None = None
    """The background color of the navigation area."""

    text_background_hover: str | None = None
    """The background color when hovering over navigation text."""

    text_background_active: str | None = None
    """The background color for active navigation items."""

    text: str | None = None
    """The text color in the navigation area."""

    text_hover: str | None = None
    """The text color when hovering over navigation items."""

    text_active: str | None = None
    """The text color for active navigation items."""

    invert_actions_colors: bool | None = None
    """Whether to invert the colors of action buttons in the navigation area."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.background
        if value is not None:
            path = prefix + "background"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.text_background_hover
        if value is not None:
            path = prefix + "text_background_hover"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.text_background_active
        if value is not None:
            path = prefix + "text_background_active"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.text
        if value is not None:
            path = prefix + "text"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.text_hover
        if value is not None:
            path = prefix + "text_hover"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.text_active
        if value is not None:
            path = prefix + "text_active"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.invert_actions_colors
        if value is not None:
            path = prefix + "invert_actions_colors"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.background is not None:
            result["Background"] = self.background
        if self.text_background_hover is not None:
            result["TextBackgroundHover"] = self.text_background_hover
        if self.text_background_active is not None:
            result["TextBackgroundActive"] = self.text_background_active
        if self.text is not None:
            result["Text"] = self.text
        if self.text_hover is not None:
            result["TextHover"] = self.text_hover
        if self.text_active is not None:
            result["TextActive"] = self.text_active
        if self.invert_actions_colors is not None:
            result["InvertActionsColors"] = self.invert_actions_colors
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PaletteNavigation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PaletteNavigation")
        return cls(
            background=data.get("Background"),
            text_background_hover=data.get("TextBackgroundHover"),
            text_background_active=data.get("TextBackgroundActive"),
            text=data.get("Text"),
            text_hover=data.get("TextHover"),
            text_active=data.get("TextActive"),
            invert_actions_colors=data.get("InvertActionsColors"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.background is not None:
            data["Background"] = self.background
        if self.text_background_hover is not None:
            data["TextBackgroundHover"] = self.text_background_hover
        if self.text_background_active is not None:
            data["TextBackgroundActive"] = self.text_background_active
        if self.text is not None:
            data["Text"] = self.text
        if self.text_hover is not None:
            data["TextHover"] = self.text_hover
        if self.text_active is not None:
            data["TextActive"] = self.text_active
        if self.invert_actions_colors is not None:
            data["InvertActionsColors"] = self.invert_actions_colors
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> PaletteNavigation:
        draft = _PaletteNavigationDraft()
        try:
            draft.background = (
                None
                if (value := data.get("Background")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "Background")
                )
            )
            draft.text_background_hover = (
                None
                if (value := data.get("TextBackgroundHover")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "TextBackgroundHover")
                )
            )
            draft.text_background_active = (
                None
                if (value := data.get("TextBackgroundActive")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "TextBackgroundActive")
                )
            )
            draft.text = (
                None
                if (value := data.get("Text")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Text"))
            )
            draft.text_hover = (
                None
                if (value := data.get("TextHover")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "TextHover")
                )
            )
            draft.text_active = (
                None
                if (value := data.get("TextActive")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "TextActive")
                )
            )
            draft.invert_actions_colors = (
                None
                if (value := data.get("InvertActionsColors")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "InvertActionsColors")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _PaletteNavigationDraft:
    """A :class:`PaletteNavigation` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "background",
        "text_background_hover",
        "text_background_active",
        "text",
        "text_hover",
        "text_active",
        "invert_actions_colors",
    )
    background: str | None
    text_background_hover: str | None
    text_background_active: str | None
    text: str | None
    text_hover: str | None
    text_active: str | None
    invert_actions_colors: bool | None


def new_palette_navigation() -> PaletteNavigation:
    """Create a :class:`PaletteNavigation` with all optional fields omitted."""
    return PaletteNavigation()


palette_navigation_background = _rt.Lens[PaletteNavigation, str | None](
    lambda s: s.background,
    lambda s, v: _dc.replace(s, background=v),
    "palette_navigation_background",
)
"""Lens on :attr:`PaletteNavigation.background`."""


palette_navigation_text_background_hover = _rt.Lens[PaletteNavigation, str | None](
    lambda s: s.text_background_hover,
    lambda s, v: _dc.replace(s, text_background_hover=v),
    "palette_navigation_text_background_hover",
)
"""Lens on :attr:`PaletteNavigation.text_background_hover`."""


palette_navigation_text_background_active = _rt.Lens[PaletteNavigation, str | None](
    lambda s: s.text_background_active,
    lambda s, v: _dc.replace(s, text_background_active=v),
    "palette_navigation_text_background_active",
)
"""Lens on :attr:`PaletteNavigation.text_background_active`."""


palette_navigation_text = _rt.Lens[PaletteNavigation, str | None](
    lambda s: s.text,
    lambda s, v: _dc.replace(s, text=v),
    "palette_navigation_text",
)
"""Lens on :attr:`PaletteNavigation.text`."""


palette_navigation_text_hover = _rt.Lens[PaletteNavigation, str | None](
    lambda s: s.text_hover,
    lambda s, v: _dc.replace(s, text_hover=v),
    "palette_navigation_text_hover",
)
"""Lens on :attr:`PaletteNavigation.text_hover`."""


palette_navigation_text_active = _rt.Lens[PaletteNavigation, str | None](
    lambda s: s.text_active,
    lambda s, v: _dc.replace(s, text_active=v),
    "palette_navigation_text_active",
)
"""Lens on :attr:`PaletteNavigation.text_active`."""


palette_navigation_invert_actions_colors = _rt.Lens[PaletteNavigation, bool | None](
    lambda s: s.invert_actions_colors,
    lambda s, v: _dc.replace(s, invert_actions_colors=v),
    "palette_navigation_invert_actions_colors",
)
"""Lens on :attr:`PaletteNavigation.invert_actions_colors`."""
