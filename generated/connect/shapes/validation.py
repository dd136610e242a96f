"""The Validation shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.validation_enum import ValidationEnum


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Validation:
    """Defines validation rules for data table attribute values. Based on JSON
    Schema Draft 2020-12 with additional Connect-specific validations.
    Validation rules ensure data integrity and consistency across the data
    table.

    Fields:

    - ``min_length``: The minimum number of characters a text value can contain.
    - ``max_length``: The maximum number of characters a text value can contain.
    - ``min_values``: The minimum number of values in a list.
    - ``max_values``: The maximum number of values in a list.
    - ``ignore_case``: Boolean that defaults to false.
    - ``minimum``: The smallest inclusive numeric value for NUMBER value type.
    - ``maximum``: The largest inclusive numeric value for NUMBER value type.
    - ``exclusive_minimum``: The smallest exclusive numeric value for NUMBER value type.
    - ``exclusive_maximum``: The largest exclusive numeric value for NUMBER value type.
    - ``multiple_of``: Specifies that numeric values must be multiples of this number.
    - ``enum``: Defines enumeration constraints for attribute values.
    """

    min_length: int | None = None
    """The minimum number of characters a text value can contain. Applies to
    TEXT value type and values within a TEXT_LIST. Must be less than or
    equal to MaxLength.
    """

    max_length: int | None = None
    """The maximum number of characters a text value can contain. Applies to
    TEXT value type and values within a TEXT_LIST. Must be greater than or
    equal to MinLength.
    """

    min_values: int | None = None
    """The minimum number of values in a list. Must be an integer greater than
    or equal to 0 and less than or equal to MaxValues. Applies to all list
    types.
    """

    max_values: int | None = None
    """The maximum number of values in a list. Must be an integer greater than
    or equal to 0 and greater than or equal to MinValues. Applies to all
    list types.
    """

    ignore_case: bool | None = None
    """Boolean that defaults to false. Applies to text lists and text primary
    attributes. When true, enforces case-insensitive uniqueness for primary
    attributes and allows case-insensitive lookups.
    """

    minimum: float | None = None
    """The smallest inclusive numeric value for NUMBER value type. Cannot be
    provided when ExclusiveMinimum is also provided. Must be less than or
    equal to Maximum and less than ExclusiveMaximum. Applies to NUMBER and
    values within NUMBER_LIST.
    """

    maximum: float | None = None
    """The largest inclusive numeric value for NUMBER value type. Can be
    provided alongside ExclusiveMaximum where both operate independently.
    Must be greater than or equal to Minimum and greater than
    ExclusiveMinimum. Applies to NUMBER and values within NUMBER_LIST.
    """

    exclusive_minimum: float | None = None
    """The smallest exclusive numeric value for NUMBER value type. Can be
    provided alongside Minimum where both operate independently. Must be
    less than ExclusiveMaximum and Maximum. Applies to NUMBER and values
    within NUMBER_LIST.
    """

    exclusive_maximum: float | None = None
    """The largest exclusive numeric value for NUMBER value type. Can be
    provided alongside Maximum where both operate independently. Must be
    greater than ExclusiveMinimum and Minimum. Applies to NUMBER and values
    within NUMBER_LIST.
    """

    multiple_of: float | None = None
    """Specifies that numeric values must be multiples of this number. Must be
    greater than 0. The result of dividing a value by this multiple must
    result in an integer. Applies to NUMBER and values within NUMBER_LIST.
    """

    enum: ValidationEnum | None = None
    """Defines enumeration constraints for attribute values. Can specify a list
    of allowed values and whether custom values are permitted beyond the
    enumerated list.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.min_length
        if value is not None:
            path = prefix + "min_length"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=1000)
        value = self.max_length
        if value is not None:
            path = prefix + "max_length"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=1000)
        value = self.min_values
        if value is not None:
            path = prefix + "min_values"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=100)
        value = self.max_values
        if value is not None:
            path = prefix + "max_values"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=100)
        value = self.ignore_case
        if value is not None:
            path = prefix + "ignore_case"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.minimum
        if value is not None:
            path = prefix + "minimum"
            _rt.check_number(errors, path, value, False)
        value = self.maximum
        if value is not None:
            path = prefix + "maximum"
            _rt.check_number(errors, path, value, False)
        value = self.exclusive_minimum
        if value is not None:
            path = prefix + "exclusive_minimum"
            _rt.check_number(errors, path, value, False)
        value = self.exclusive_maximum
        if value is not None:
            path = prefix + "exclusive_maximum"
            _rt.check_number(errors, path, value, False)
        value = self.multiple_of
        if value is not None:
            path = prefix + "multiple_of"
            _rt.check_number(errors, path, value, False, minimum=0, maximum=None)
        value = self.enum
        if value is not None:
            path = prefix + "enum"
            if isinstance(value, ValidationEnum):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ValidationEnum, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.min_length is not None:
            result["MinLength"] = self.min_length
        if self.max_length is not None:
            result["MaxLength"] = self.max_length
        if self.min_values is not None:
            result["MinValues"] = self.min_values
        if self.max_values is not None:
            result["MaxValues"] = self.max_values
        if self.ignore_case is not None:
            result["IgnoreCase"] = self.ignore_case
        if self.minimum is not None:
            result["Minimum"] = self.minimum
        if self.maximum is not None:
            result["Maximum"] = self.maximum
        if self.exclusive_minimum is not None:
            result["ExclusiveMinimum"] = self.exclusive_minimum
        if self.exclusive_maximum is not None:
            result["ExclusiveMaximum"] = self.exclusive_maximum
        if self.multiple_of is not None:
            result["MultipleOf"] = self.multiple_of
        if self.enum is not None:
            result["Enum"] = self.enum.to_dict()
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Validation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Validation")
        return cls(
            min_length=data.get("MinLength"),
            max_length=data.get("MaxLength"),
            min_values=data.get("MinValues"),
            max_values=data.get("MaxValues"),
            ignore_case=data.get("IgnoreCase"),
            minimum=data.get("Minimum"),
            maximum=data.get("Maximum"),
            exclusive_minimum=data.get("ExclusiveMinimum"),
            exclusive_maximum=data.get("ExclusiveMaximum"),
            multiple_of=data.get("MultipleOf"),
            enum=(
                None
                if (value := data.get("Enum")) is None
                else ValidationEnum.from_dict(value, path=path + "Enum" + ".")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.min_length is not None:
            data["MinLength"] = self.min_length
        if self.max_length is not None:
            data["MaxLength"] = self.max_length
        if self.min_values is not None:
            data["MinValues"] = self.min_values
        if self.max_values is not None:
            data["MaxValues"] = self.max_values
        if self.ignore_case is not None:
            data["IgnoreCase"] = self.ignore_case
        if self.minimum is not None:
            data["Minimum"] = _rt.float_to_json(self.minimum)
        if self.maximum is not None:
            data["Maximum"] = _rt.float_to_json(self.maximum)
        if self.exclusive_minimum is not None:
            data["ExclusiveMinimum"] = _rt.float_to_json(self.exclusive_minimum)
        if self.exclusive_maximum is not None:
            data["ExclusiveMaximum"] = _rt.float_to_json(self.exclusive_maximum)
        if self.multiple_of is not None:
            data["MultipleOf"] = _rt.float_to_json(self.multiple_of)
        if self.enum is not None:
            data["Enum"] = self.enum._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Validation:
        draft = _ValidationDraft()
        try:
            draft.min_length = (
                None
                if (value := data.get("MinLength")) is None
                else (
                    value if type(value) is int else _rt.expect_int(value, "MinLength")
                )
            )
            draft.max_length = (
                None
                if (value := data.get("MaxLength")) is None
                else (
                    value if type(value) is int else _rt.expect_int(value, "MaxLength")
                )
            )
            draft.min_values = (
                None
                if (value := data.get("MinValues")) is None
                else (
                    value if type(value) is int else _rt.expect_int(value, "MinValues")
                )
            )
            draft.max_values = (
                None
                if (value := data.get("MaxValues")) is None
                else (
                    value if type(value) is int else _rt.expect_int(value, "MaxValues")
                )
            )
            draft.ignore_case = (
                None
                if (value := data.get("IgnoreCase")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "IgnoreCase")
                )
            )
            draft.minimum = (
                None
                if (value := data.get("Minimum")) is None
                else _rt.expect_float(value, "Minimum")
            )
            draft.maximum = (
                None
                if (value := data.get("Maximum")) is None
                else _rt.expect_float(value, "Maximum")
            )
            draft.exclusive_minimum = (
                None
                if (value := data.get("ExclusiveMinimum")) is None
                else _rt.expect_float(value, "ExclusiveMinimum")
            )
            draft.exclusive_maximum = (
                None
                if (value := data.get("ExclusiveMaximum")) is None
                else _rt.expect_float(value, "ExclusiveMaximum")
            )
            draft.multiple_of = (
                None
                if (value := data.get("MultipleOf")) is None
                else _rt.expect_float(value, "MultipleOf")
            )
            draft.enum = (
                None
                if (value := data.get("Enum")) is None
                else ValidationEnum._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Enum")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ValidationDraft:
    """A :class:`Validation` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "min_length",
        "max_length",
        "min_values",
        "max_values",
        "ignore_case",
        "minimum",
        "maximum",
        "exclusive_minimum",
        "exclusive_maximum",
        "multiple_of",
        "enum",
    )
    min_length: int | None
    max_length: int | None
    min_values: int | None
    max_values: int | None
    ignore_case: bool | None
    minimum: float | None
    maximum: float | None
    exclusive_minimum: float | None
    exclusive_maximum: float | None
    multiple_of: float | None
    enum: ValidationEnum | None


def new_validation() -> Validation:
    """Create a :class:`Validation` with all optional fields omitted."""
    return Validation()


validation_min_length = _rt.Lens[Validation, int | None](
    lambda s: s.min_length,
    lambda s, v: _dc.replace(s, min_length=v),
    "validation_min_length",
)
"""Lens on :attr:`Validation.min_length`."""


validation_max_length = _rt.Lens[Validation, int | None](
    lambda s: s.max_length,
    lambda s, v: _dc.replace(s, max_length=v),
    "validation_max_length",
)
"""Lens on :attr:`Validation.max_length`."""


validation_min_values = _rt.Lens[Validation, int | None](
    lambda s: s.min_values,
    lambda s, v: _dc.replace(s, min_values=v),
    "validation_min_values",
)
"""Lens on :attr:`Validation.min_values`."""


validation_max_values = _rt.Lens[Validation, int | None](
    lambda s: s.max_values,
    lambda s, v: _dc.replace(s, max_values=v),
    "validation_max_values",
)
"""Lens on :attr:`Validation.max_values`."""


validation_ignore_case = _rt.Lens[Validation, bool | None](
    lambda s: s.ignore_case,
    lambda s, v: _dc.replace(s, ignore_case=v),
    "validation_ignore_case",
)
"""Lens on :attr:`Validation.ignore_case`."""


validation_minimum = _rt.Lens[Validation, float | None](
    lambda s: s.minimum,
    lambda s, v: _dc.replace(s, minimum=v),
    "validation_minimum",
)
"""Lens on :attr:`Validation.minimum`."""


validation_maximum = _rt.Lens[Validation, float | None](
    lambda s: s.maximum,
    lambda s, v: _dc.replace(s, maximum=v),
    "validation_maximum",
)
"""Lens on :attr:`Validation.maximum`."""


validation_exclusive_minimum = _rt.Lens[Validation, float | None](
    lambda s: s.exclusive_minimum,
    lambda s, v: _dc.replace(s, exclusive_minimum=v),
    "validation_exclusive_minimum",
)
"""Lens on :attr:`Validation.exclusive_minimum`."""


validation_exclusive_maximum = _rt.Lens[Validation, float | None](
    lambda s: s.exclusive_maximum,
    lambda s, v: _dc.replace(s, exclusive_maximum=v),
    "validation_exclusive_maximum",
)
"""Lens on :attr:`Validation.exclusive_maximum`."""


validation_multiple_of = _rt.Lens[Validation, float | None](
    lambda s: s.multiple_of,
    lambda s, v: _dc.replace(s, multiple_of=v),
    "validation_multiple_of",
)
"""Lens on :attr:`Validation.multiple_of`."""


validation_enum = _rt.Lens[Validation, ValidationEnum | None](
    lambda s: s.enum,
    lambda s, v: _dc.replace(s, enum=v),
    "validation_enum",
)
"""Lens on :attr:`Validation.enum`."""
