"""The WorkspaceThemeTypography shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.font_family import FontFamily


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class WorkspaceThemeTypography:
    """Contains typography configuration for a workspace theme.

    Fields:

    - ``font_family``: The font family configuration for text in the workspace.
    """

    font_family: FontFamily | None = None
    """The font family configuration for text in the workspace."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.font_family
        if value is not None:
            path = prefix + "font_family"
            if isinstance(value, FontFamily):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected FontFamily, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.font_family is not None:
            result["FontFamily"] = self.font_family.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> WorkspaceThemeTypography:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "WorkspaceThemeTypography")
        return cls(
            font_family=(
                None
                if (value := data.get("FontFamily")) is None
                else FontFamily.from_dict(value, path=path + "FontFamily" + ".")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.font_family is not None:
            data["FontFamily"] = self.font_family._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> WorkspaceThemeTypography:
        draft = _WorkspaceThemeTypographyDraft()
        try:
            draft.font_family = (
                None
                if (value := data.get("FontFamily")) is None
                else FontFamily._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "FontFamily")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _WorkspaceThemeTypographyDraft:
    """A :class:`WorkspaceThemeTypography` being decoded (see ``_rt.seal``)."""

    __slots__ = ("font_family",)
    font_family: FontFamily | None


def new_workspace_theme_typography() -> WorkspaceThemeTypography:
    """Create a :class:`WorkspaceThemeTypography` with all optional fields omitted."""
    return WorkspaceThemeTypography()


workspace_theme_typography_font_family = _rt.Lens[
    WorkspaceThemeTypography, FontFamily | None
](
    lambda s: s.font_family,
    lambda s, v: _dc.replace(s, font_family=v),
    "workspace_theme_typography_font_family",
)
"""Lens on :attr:`WorkspaceThemeTypography.font_family`."""
