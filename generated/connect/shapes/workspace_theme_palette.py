"""The WorkspaceThemePalette shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.palette_canvas import PaletteCanvas
from ..shapes.palette_header import PaletteHeader
from ..shapes.palette_navigation import PaletteNavigation
from ..shapes.palette_primary import PalettePrimary


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class WorkspaceThemePalette:
    """Contains color palette configuration for different areas of a workspace.

    Fields:

    - ``header``: The color configuration for the header area.
    - ``navigation``: The color configuration for the navigation area.
    - ``canvas``: The color configuration for the canvas area.
    - ``primary``: The primary color configuration used throughout the workspace.
    """

    header: PaletteHeader | None = None
    """The color configuration for the header area."""

    navigation: PaletteNavigation | None = None
    """The color configuration for the navigation area."""

    canvas: PaletteCanvas | None = None
    """The color configuration for the canvas area."""

    primary: PalettePrimary | None = None
    """The primary color configuration used throughout the workspace."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.header
        if value is not None:
            path = prefix + "header"
            if isinstance(value, PaletteHeader):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected PaletteHeader, got {type(value).__name__}"
                )
        value = self.navigation
        if value is not None:
            path = prefix + "navigation"
            if isinstance(value, PaletteNavigation):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected PaletteNavigation, got {type(value).__name__}"
                )
        value = self.canvas
        if value is not None:
            path = prefix + "canvas"
            if isinstance(value, PaletteCanvas):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected PaletteCanvas, got {type(value).__name__}"
                )
        value = self.primary
        if value is not None:
            path = prefix + "primary"
            if isinstance(value, PalettePrimary):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected PalettePrimary, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.header is not None:
            result["Header"] = self.header.to_dict()
        if self.navigation is not None:
            result["Navigation"] = self.navigation.to_dict()
        if self.canvas is not None:
            result["Canvas"] = self.canvas.to_dict()
        if self.primary is not None:
            result["Primary"] = self.primary.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> WorkspaceThemePalette:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "WorkspaceThemePalette")
        return cls(
            header=(
                None
                if (value := data.get("Header")) is None
                else PaletteHeader.from_dict(value, path=path + "Header" + ".")
            ),
            navigation=(
                None
                if (value := data.get("Navigation")) is None
                else PaletteNavigation.from_dict(value, path=path + "Navigation" + ".")
            ),
            canvas=(
                None
                if (value := data.get("Canvas")) is None
                else PaletteCanvas.from_dict(value, path=path + "Canvas" + ".")
            ),
            primary=(
                None
                if (value := data.get("Primary")) is None
                else PalettePrimary.from_dict(value, path=path + "Primary" + ".")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.header is not None:
            data["Header"] = self.header._to_json()
        if self.navigation is not None:
            data["Navigation"] = self.navigation._to_json()
        if self.canvas is not None:
            data["Canvas"] = self.canvas._to_json()
        if self.primary is not None:
            data["Primary"] = self.primary._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> WorkspaceThemePalette:
        draft = _WorkspaceThemePaletteDraft()
        try:
            draft.header = (
                None
                if (value := data.get("Header")) is None
                else PaletteHeader._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Header")
                    )
                )
            )
            draft.navigation = (
                None
                if (value := data.get("Navigation")) is None
                else PaletteNavigation._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Navigation")
                    )
                )
            )
            draft.canvas = (
                None
                if (value := data.get("Canvas")) is None
                else PaletteCanvas._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Canvas")
                    )
                )
            )
            draft.primary = (
                None
                if (value := data.get("Primary")) is None
                else PalettePrimary._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Primary")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _WorkspaceThemePaletteDraft:
    """A :class:`WorkspaceThemePalette` being decoded (see ``_rt.seal``)."""

    __slots__ = ("header", "navigation", "canvas", "primary")
    header: PaletteHeader | None
    navigation: PaletteNavigation | None
    canvas: PaletteCanvas | None
    primary: PalettePrimary | None


def new_workspace_theme_palette() -> WorkspaceThemePalette:
    """Create a :class:`WorkspaceThemePalette` with all optional fields omitted."""
    return WorkspaceThemePalette()


workspace_theme_palette_header = _rt.Lens[WorkspaceThemePalette, PaletteHeader | None](
    lambda s: s.header,
    lambda s, v: _dc.replace(s, header=v),
    "workspace_theme_palette_header",
)
"""Lens on :attr:`WorkspaceThemePalette.header`."""


workspace_theme_palette_navigation = _rt.Lens[
    WorkspaceThemePalette, PaletteNavigation | None
](
    lambda s: s.navigation,
    lambda s, v: _dc.replace(s, navigation=v),
    "workspace_theme_palette_navigation",
)
"""Lens on :attr:`WorkspaceThemePalette.navigation`."""


workspace_theme_palette_canvas = _rt.Lens[WorkspaceThemePalette, PaletteCanvas | None](
    lambda s: s.canvas,
    lambda s, v: _dc.replace(s, canvas=v),
    "workspace_theme_palette_canvas",
)
"""Lens on :attr:`WorkspaceThemePalette.canvas`."""


workspace_theme_palette_primary = _rt.Lens[
    WorkspaceThemePalette, PalettePrimary | None
](
    lambda s: s.primary,
    lambda s, v: _dc.replace(s, primary=v),
    "workspace_theme_palette_primary",
)
"""Lens on :attr:`WorkspaceThemePalette.primary`."""
