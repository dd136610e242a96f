"""The PaletteCanvas shape."""

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
class PaletteCanvas:
    """Contains color configuration for canvas elements in a workspace theme.

    Fields:

    - ``container_background``: The background color for container elements.
    - ``page_background``: The background color for page elements.
    - ``active_background``: The background color for active elements.
    """

    container_background: str | None = None
    """The background color for container elements."""

    page_background: str | None = None
    """The background color for page elements."""

    active_background: str | None = None
    """The background color for active elements."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.container_background
        if value is not None:
            path = prefix + "container_background"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.page_background
        if value is not None:
            path = prefix + "page_background"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.active_background
        if value is not None:
            path = prefix + "active_background"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.container_background is not None:
            result["ContainerBackground"] = self.container_background
        if self.page_background is not None:
            result["PageBackground"] = self.page_background
        if self.active_background is not None:
            result["ActiveBackground"] = self.active_background
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PaletteCanvas:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PaletteCanvas")
        return cls(
            container_background=data.get("ContainerBackground"),
            page_background=data.get("PageBackground"),
            active_background=data.get("ActiveBackground"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.container_background is not None:
            data["ContainerBackground"] = self.container_background
        if self.page_background is not None:
            data["PageBackground"] = self.page_background
        if self.active_background is not None:
            data["ActiveBackground"] = self.active_background
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> PaletteCanvas:
        draft = _PaletteCanvasDraft()
        try:
            draft.container_background = (
                None
                if (value := data.get("ContainerBackground")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ContainerBackground")
                )
            )
            draft.page_background = (
                None
                if (value := data.get("PageBackground")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "PageBackground")
                )
            )
            draft.active_background = (
                None
                if (value := data.get("ActiveBackground")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ActiveBackground")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _PaletteCanvasDraft:
    """A :class:`PaletteCanvas` being decoded (see ``_rt.seal``)."""

    __slots__ = ("container_background", "page_background", "active_background")
    container_background: str | None
    page_background: str | None
    active_background: str | None


def new_palette_canvas() -> PaletteCanvas:
    """Create a :class:`PaletteCanvas` with all optional fields omitted."""
    return PaletteCanvas()


palette_canvas_container_background = _rt.Lens[PaletteCanvas, str | None](
    lambda s: s.container_background,
    lambda s, v: _dc.replace(s, container_background=v),
    "palette_canvas_container_background",
)
"""Lens on :attr:`PaletteCanvas.container_background`."""


palette_canvas_page_background = _rt.Lens[PaletteCanvas, str | None](
    lambda s: s.page_background,
    lambda s, v: _dc.replace(s, page_background=v),
    "palette_canvas_page_background",
)
"""Lens on :attr:`PaletteCanvas.page_background`."""


palette_canvas_active_background = _rt.Lens[PaletteCanvas, str | None](
    lambda s: s.active_background,
    lambda s, v: _dc.replace(s, active_background=v),
    "palette_canvas_active_background",
)
"""Lens on :attr:`PaletteCanvas.active_background`."""
