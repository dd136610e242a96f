"""The ValidationEnum shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ValidationEnum:
    """Defines enumeration validation for attribute values. Allows specifying a
    list of permitted values and whether custom values beyond the enumerated
    list are allowed.

    Fields:

    - ``strict``: Boolean that defaults to false.
    - ``values``: A list of predefined values that are allowed for this attribute.
    """

    strict: bool | None = None
    """Boolean that defaults to false. When true, only values specified in the
    enum list are allowed. When false, custom values beyond the enumerated
    list are permitted.
    """

    values: list[str] | None = None
    """A list of predefined values that are allowed for this attribute. These
    values are always permitted regardless of the Strict setting.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.strict
        if value is not None:
            path = prefix + "strict"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.values
        if value is not None:
            path = prefix + "values"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.strict is not None:
            result["Strict"] = self.strict
        if self.values is not None:
            result["Values"] = list(self.values)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ValidationEnum:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ValidationEnum")
        return cls(
            strict=data.get("Strict"),
            values=(
                None
                if (value := data.get("Values")) is None
                else list(_rt.expect_sequence(value, path + "Values"))
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.strict is not None:
            data["Strict"] = self.strict
        if self.values is not None:
            data["Values"] = self.values
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ValidationEnum:
        draft = _ValidationEnumDraft()
        try:
            draft.strict = (
                None
                if (value := data.get("Strict")) is None
                else (
                    value if type(value) is bool else _rt.expect_bool(value, "Strict")
                )
            )
            draft.values = (
                None
                if (value := data.get("Values")) is None
                else [
                    (v1 if type(v1) is str else _rt.expect_str(v1, "Values"))
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Values")
                    )
                    if v1 is not None
                ]
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ValidationEnumDraft:
    """A :class:`ValidationEnum` being decoded (see ``_rt.seal``)."""

    __slots__ = ("strict", "values")
    strict: bool | None
    values: list[str] | None


def new_validation_enum() -> ValidationEnum:
    """Create a :class:`ValidationEnum` with all optional fields omitted."""
    return ValidationEnum()


validation_enum_strict = _rt.Lens[ValidationEnum, bool | None](
    lambda s: s.strict,
    lambda s, v: _dc.replace(s, strict=v),
    "validation_enum_strict",
)
"""Lens on :attr:`ValidationEnum.strict`."""


validation_enum_values = _rt.Lens[ValidationEnum, list[str] | None](
    lambda s: s.values,
    lambda s, v: _dc.replace(s, values=v),
    "validation_enum_values",
)
"""Lens on :attr:`ValidationEnum.values`."""
