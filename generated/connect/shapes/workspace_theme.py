"""The WorkspaceTheme shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.workspace_theme_config import WorkspaceThemeConfig


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class WorkspaceTheme:
    """Contains theme configuration for a workspace, supporting both light and
    dark modes.

    Fields:

    - ``light``: The theme configuration for light mode.
    - ``dark``: The theme configuration for dark mode.
    """

    light: WorkspaceThemeConfig | None = None
    """The theme configuration for light mode."""

    dark: WorkspaceThemeConfig | None = None
    """The theme configuration for dark mode."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.light
        if value is not None:
            path = prefix + "light"
            if isinstance(value, WorkspaceThemeConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected WorkspaceThemeConfig, got {type(value).__name__}"
                )
        value = self.dark
        if value is not None:
            path = prefix + "dark"
            if isinstance(value, WorkspaceThemeConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected WorkspaceThemeConfig, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.light is not None:
            result["Light"] = self.light.to_dict()
        if self.dark is not None:
            result["Dark"] = self.dark.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> WorkspaceTheme:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "WorkspaceTheme")
        return cls(
            light=(
                None
                if (value := data.get("Light")) is None
                else WorkspaceThemeConfig.from_dict(value, path=path + "Light" + ".")
            ),
            dark=(
                None
                if (value := data.get("Dark")) is None
                else WorkspaceThemeConfig.from_dict(value, path=path + "Dark" + ".")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.light is not None:
            data["Light"] = self.light._to_json()
        if self.dark is not None:
            data["Dark"] = self.dark._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> WorkspaceTheme:
        draft = _WorkspaceThemeDraft()
        try:
            draft.light = (
                None
                if (value := data.get("Light")) is None
                else WorkspaceThemeConfig._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Light")
                    )
                )
            )
            draft.dark = (
                None
                if (value := data.get("Dark")) is None
                else WorkspaceThemeConfig._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Dark")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _WorkspaceThemeDraft:
    """A :class:`WorkspaceTheme` being decoded (see ``_rt.seal``)."""

    __slots__ = ("light", "dark")
    light: WorkspaceThemeConfig | None
    dark: WorkspaceThemeConfig | None


def new_workspace_theme() -> WorkspaceTheme:
    """Create a :class:`WorkspaceTheme` with all optional fields omitted."""
    return WorkspaceTheme()


workspace_theme_light = _rt.Lens[WorkspaceTheme, WorkspaceThemeConfig | None](
    lambda s: s.light,
    lambda s, v: _dc.replace(s, light=v),
    "workspace_theme_light",
)
"""Lens on :attr:`WorkspaceTheme.light`."""


workspace_theme_dark = _rt.Lens[WorkspaceTheme, WorkspaceThemeConfig | None](
    lambda s: s.dark,
    lambda s, v: _dc.replace(s, dark=v),
    "workspace_theme_dark",
)
"""Lens on :attr:`WorkspaceTheme.dark`."""
