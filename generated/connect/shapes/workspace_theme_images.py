"""The WorkspaceThemeImages shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.images_logo import ImagesLogo


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class WorkspaceThemeImages:
    """Contains image configuration for a workspace theme.

    Fields:

    - ``logo``: The logo images used in the workspace.
    """

    logo: ImagesLogo | None = None
    """The logo images used in the workspace."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.logo
        if value is not None:
            path = prefix + "logo"
            if isinstance(value, ImagesLogo):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ImagesLogo, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.logo is not None:
            result["Logo"] = self.logo.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> WorkspaceThemeImages:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "WorkspaceThemeImages")
        return cls(
            logo=(
                None
                if (value := data.get("Logo")) is None
                else ImagesLogo.from_dict(value, path=path + "Logo" + ".")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.logo is not None:
            data["Logo"] = self.logo._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> WorkspaceThemeImages:
        draft = _WorkspaceThemeImagesDraft()
        try:
            draft.logo = (
                None
                if (value := data.get("Logo")) is None
                else ImagesLogo._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Logo")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _WorkspaceThemeImagesDraft:
    """A :class:`WorkspaceThemeImages` being decoded (see ``_rt.seal``)."""

    __slots__ = ("logo",)
    logo: ImagesLogo | None


def new_workspace_theme_images() -> WorkspaceThemeImages:
    """Create a :class:`WorkspaceThemeImages` with all optional fields omitted."""
    return WorkspaceThemeImages()


workspace_theme_images_logo = _rt.Lens[WorkspaceThemeImages, ImagesLogo | None](
    lambda s: s.logo,
    lambda s, v: _dc.replace(s, logo=v),
    "workspace_theme_images_logo",
)
"""Lens on :attr:`WorkspaceThemeImages.logo`."""
