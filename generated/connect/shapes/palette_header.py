"""The PaletteHeader shape."""

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
class PaletteHeader:
    """Contains color configuration for header elements in a workspace theme.

    Fields:

    - ``background``: The background color of the header.
    - ``text``: The text color in the header.
    - ``text_hover``: The text color when hovering over header elements.
    - ``invert_actions_colors``: Whether to invert the colors of action buttons in the header.
    """

    background: str | None = None
    """The background color of the header."""

    text: str | None = None
    """The text color in the header."""

    text_hover: str | None = None
    """The text color when hovering over header elements."""

    invert_actions_colors: bool | None = None
    """Whether to invert the colors of action buttons in the header."""

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
        value = self.invert_actions_colors
        if value is not None:
            path = prefix + "invert_actions_colors"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.background is not None:
            result["Background"] = self.background
        if self.text is not None:
            result["Text"] = self.text
        if self.text_hover is not None:
            result["TextHover"] = self.text_hover
        if self.invert_actions_colors is not None:
            result["InvertActionsColors"] = self.invert_actions_colors
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PaletteHeader:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PaletteHeader")
        return cls(
            background=data.get("Background"),
            text=data.get("Text"),
            text_hover=data.get("TextHover"),
            invert_actions_colors=data.get("InvertActionsColors"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.background is not None:
            data["Background"] = self.background
        if self.text is not None:
            data["Text"] = self.text
        if self.text_hover is not None:
            data["TextHover"] = self.text_hover
        if self.invert_actions_colors is not None:
            data["InvertActionsColors"] = self.invert_actions_colors
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> PaletteHeader:
        draft = _PaletteHeaderDraft()
        try:
            draft.background = (
                None
                if (value := data.get("Background")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "Background")
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


class _PaletteHeaderDraft:
    """A :class:`PaletteHeader` being decoded (see ``_rt.seal``)."""

    __slots__ = ("background", "text", "text_hover", "invert_actions_colors")
    background: str | None
    text: str | None
    text_hover: str | None
    invert_actions_colors: bool | None


def new_palette_header() -> PaletteHeader:
    """Create a :class:`PaletteHeader` with all optional fields omitted."""
    return PaletteHeader()


palette_header_background = _rt.Lens[PaletteHeader, str | None](
    lambda s: s.background,
    lambda s, v: _dc.replace(s, background=v),
    "palette_header_background",
)
"""Lens on :attr:`PaletteHeader.background`."""


palette_header_text = _rt.Lens[PaletteHeader, str | None](
    lambda s: s.text,
    lambda s, v: _dc.replace(s, text=v),
    "palette_header_text",
)
"""Lens on :attr:`PaletteHeader.text`."""


palette_header_text_hover = _rt.Lens[PaletteHeader, str | None](
    lambda s: s.text_hover,
    lambda s, v: _dc.replace(s, text_hover=v),
    "palette_header_text_hover",
)
"""Lens on :attr:`PaletteHeader.text_hover`."""


palette_header_invert_actions_colors = _rt.Lens[PaletteHeader, bool | None](
    lambda s: s.invert_actions_colors,
    lambda s, v: _dc.replace(s, invert_actions_colors=v),
    "palette_header_invert_actions_colors",
)
"""Lens on :attr:`PaletteHeader.invert_actions_colors`."""
