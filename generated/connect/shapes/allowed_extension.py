"""The AllowedExtension shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^[a-zA-Z0-9-_]+$",
    "^[a-zA-Z0-9-_]+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AllowedExtension:
    """Information about an allowed file extension.

    Fields:

    - ``extension``: The file extension.
    """

    extension: str | None
    """The file extension. The extension must be between 1 and 10 characters
    and can contain only alphanumeric characters, hyphens, and underscores.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.extension
        if value is None:
            errors.append(prefix + "extension: required but missing")
        else:
            path = prefix + "extension"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=10, pattern=_PATTERN_1
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.extension is not None:
            result["Extension"] = self.extension
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AllowedExtension:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AllowedExtension")
        return cls(
            extension=data.get("Extension"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.extension is not None:
            data["Extension"] = self.extension
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AllowedExtension:
        draft = _AllowedExtensionDraft()
        try:
            draft.extension = (
                None
                if (value := data.get("Extension")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "Extension")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AllowedExtensionDraft:
    """A :class:`AllowedExtension` being decoded (see ``_rt.seal``)."""

    __slots__ = ("extension",)
    extension: str | None


def new_allowed_extension(
    extension: str,
) -> AllowedExtension:
    """Create a :class:`AllowedExtension` with all optional fields omitted."""
    return AllowedExtension(
        extension=extension,
    )


allowed_extension_extension = _rt.Lens[AllowedExtension, str | None](
    lambda s: s.extension,
    lambda s, v: _dc.replace(s, extension=v),
    "allowed_extension_extension",
)
"""Lens on :attr:`AllowedExtension.extension`."""
