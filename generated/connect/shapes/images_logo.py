"""The ImagesLogo shape."""

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
class ImagesLogo:
    """Contains logo image configuration for workspace themes.

    Fields:

    - ``default``: The default logo image displayed in the workspace.
    - ``favicon``: The favicon image displayed in the browser tab.
    """

    default: str | None = None
    """The default logo image displayed in the workspace."""

    favicon: str | None = None
    """The favicon image displayed in the browser tab."""

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
                errors, path, value, min_len=1, max_len=254, pattern=_PATTERN_1
            )
        value = self.favicon
        if value is not None:
            path = prefix + "favicon"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=254, pattern=_PATTERN_1
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.default is not None:
            result["Default"] = self.default
        if self.favicon is not None:
            result["Favicon"] = self.favicon
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> ImagesLogo:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ImagesLogo")
        return cls(
            default=data.get("Default"),
            favicon=data.get("Favicon"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.default is not None:
            data["Default"] = self.default
        if self.favicon is not None:
            data["Favicon"] = self.favicon
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ImagesLogo:
        draft = _ImagesLogoDraft()
        try:
            draft.default = (
                None
                if (value := data.get("Default")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Default"))
            )
            draft.favicon = (
                None
                if (value := data.get("Favicon")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Favicon"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ImagesLogoDraft:
    """A :class:`ImagesLogo` being decoded (see ``_rt.seal``)."""

    __slots__ = ("default", "favicon")
    default: str | None
    favicon: str | None


def new_images_logo() -> ImagesLogo:
    """Create a :class:`ImagesLogo` with all optional fields omitted."""
    return ImagesLogo()


images_logo_default = _rt.Lens[ImagesLogo, str | None](
    lambda s: s.default,
    lambda s, v: _dc.replace(s, default=v),
    "images_logo_default",
)
"""Lens on :attr:`ImagesLogo.default`."""


images_logo_favicon = _rt.Lens[ImagesLogo, str | None](
    lambda s: s.favicon,
    lambda s, v: _dc.replace(s, favicon=v),
    "images_logo_favicon",
)
"""Lens on :attr:`ImagesLogo.favicon`."""
