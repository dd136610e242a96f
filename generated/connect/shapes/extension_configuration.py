"""The ExtensionConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.allowed_extension import AllowedExtension


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ExtensionConfiguration:
    """The configuration for allowed file extensions.

    Fields:

    - ``allowed_extensions``: The list of allowed file extensions.
    """

    allowed_extensions: list[AllowedExtension] | None
    """The list of allowed file extensions."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.allowed_extensions
        if value is None:
            errors.append(prefix + "allowed_extensions: required but missing")
        else:
            path = prefix + "allowed_extensions"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, AllowedExtension):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected AllowedExtension, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.allowed_extensions is not None:
            result["AllowedExtensions"] = [
                v1.to_dict() for v1 in self.allowed_extensions
            ]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ExtensionConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ExtensionConfiguration")
        return cls(
            allowed_extensions=(
                None
                if (value := data.get("AllowedExtensions")) is None
                else [
                    AllowedExtension.from_dict(
                        v1, path=path + "AllowedExtensions" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "AllowedExtensions")
                    )
                ]
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.allowed_extensions is not None:
            data["AllowedExtensions"] = [
                v1._to_json() for v1 in self.allowed_extensions
            ]
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ExtensionConfiguration:
        draft = _ExtensionConfigurationDraft()
        try:
            draft.allowed_extensions = (
                None
                if (value := data.get("AllowedExtensions")) is None
                else [
                    AllowedExtension._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "AllowedExtensions")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "AllowedExtensions")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ExtensionConfigurationDraft:
    """A :class:`ExtensionConfiguration` being decoded (see ``_rt.seal``)."""

    __slots__ = ("allowed_extensions",)
    allowed_extensions: list[AllowedExtension] | None


def new_extension_configuration(
    allowed_extensions: list[AllowedExtension],
) -> ExtensionConfiguration:
    """Create a :class:`ExtensionConfiguration` with all optional fields omitted."""
    return ExtensionConfiguration(
        allowed_extensions=allowed_extensions,
    )


extension_configuration_allowed_extensions = _rt.Lens[
    ExtensionConfiguration, list[AllowedExtension] | None
](
    lambda s: s.allowed_extensions,
    lambda s, v: _dc.replace(s, allowed_extensions=v),
    "extension_configuration_allowed_extensions",
)
"""Lens on :attr:`ExtensionConfiguration.allowed_extensions`."""
