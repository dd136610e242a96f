"""The WorkspaceThemeConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.workspace_theme_images import WorkspaceThemeImages
from ..shapes.workspace_theme_palette import WorkspaceThemePalette
from ..shapes.workspace_theme_typography import WorkspaceThemeTypography


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class WorkspaceThemeConfig:
    """Contains detailed theme configuration for a workspace, including colors,
    images, and typography.

    Fields:

    - ``palette``: The color palette configuration for the workspace theme.
    - ``images``: The image assets used in the workspace theme.
    - ``typography``: The typography configuration for the workspace theme.
    """

    palette: WorkspaceThemePalette | None = None
    """The color palette configuration for the workspace theme."""

    images: WorkspaceThemeImages | None = None
    """The image assets used in the workspace theme."""

    typography: WorkspaceThemeTypography | None = None
    """The typography configuration for the workspace theme."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.palette
        if value is not None:
            path = prefix + "palette"
            if isinstance(value, WorkspaceThemePalette):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected WorkspaceThemePalette, got {type(value).__name__}"
                )
        value = self.images
        if value is not None:
            path = prefix + "images"
            if isinstance(value, WorkspaceThemeImages):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected WorkspaceThemeImages, got {type(value).__name__}"
                )
        value = self.typography
        if value is not None:
            path = prefix + "typography"
            if isinstance(value, WorkspaceThemeTypography):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected WorkspaceThemeTypography, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.palette is not None:
            result["Palette"] = self.palette.to_dict()
        if self.images is not None:
            result["Images"] = self.images.to_dict()
        if self.typography is not None:
            result["Typography"] = self.typography.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> WorkspaceThemeConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "WorkspaceThemeConfig")
        return cls(
            palette=(
                None
                if (value := data.get("Palette")) is None
                else WorkspaceThemePalette.from_dict(value, path=path + "Palette" + ".")
            ),
            images=(
                None
                if (value := data.get("Images")) is None
                else WorkspaceThemeImages.from_dict(value, path=path + "Images" + ".")
            ),
            typography=(
                None
                if (value := data.get("Typography")) is None
                else WorkspaceThemeTypography.from_dict(
                    value, path=path + "Typography" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.palette is not None:
            data["Palette"] = self.palette._to_json()
        if self.images is not None:
            data["Images"] = self.images._to_json()
        if self.typography is not None:
            data["Typography"] = self.typography._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> WorkspaceThemeConfig:
        draft = _WorkspaceThemeConfigDraft()
        try:
            draft.palette = (
                None
                if (value := data.get("Palette")) is None
                else WorkspaceThemePalette._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Palette")
                    )
                )
            )
            draft.images = (
                None
                if (value := data.get("Images")) is None
                else WorkspaceThemeImages._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Images")
                    )
                )
            )
            draft.typography = (
                None
                if (value := data.get("Typography")) is None
                else WorkspaceThemeTypography._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Typography")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _WorkspaceThemeConfigDraft:
    """A :class:`WorkspaceThemeConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("palette", "images", "typography")
    palette: WorkspaceThemePalette | None
    images: WorkspaceThemeImages | None
    typography: WorkspaceThemeTypography | None


def new_workspace_theme_config() -> WorkspaceThemeConfig:
    """Create a :class:`WorkspaceThemeConfig` with all optional fields omitted."""
    return WorkspaceThemeConfig()


workspace_theme_config_palette = _rt.Lens[
    WorkspaceThemeConfig, WorkspaceThemePalette | None
](
    lambda s: s.palette,
    lambda s, v: _dc.replace(s, palette=v),
    "workspace_theme_config_palette",
)
"""Lens on :attr:`WorkspaceThemeConfig.palette`."""


workspace_theme_config_images = _rt.Lens[
    WorkspaceThemeConfig, WorkspaceThemeImages | None
](
    lambda s: s.images,
    lambda s, v: _dc.replace(s, images=v),
    "workspace_theme_config_images",
)
"""Lens on :attr:`WorkspaceThemeConfig.images`."""


workspace_theme_config_typography = _rt.Lens[
    WorkspaceThemeConfig, WorkspaceThemeTypography | None
](
    lambda s: s.typography,
    lambda s, v: _dc.replace(s, typography=v),
    "workspace_theme_config_typography",
)
"""Lens on :attr:`WorkspaceThemeConfig.typography`."""
