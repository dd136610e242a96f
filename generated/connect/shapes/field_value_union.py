"""The FieldValueUnion shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.empty_field_value import EmptyFieldValue


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class FieldValueUnion:
    """Object to store union of Field values.

    Fields:

    - ``boolean_value``: A Boolean number value type.
    - ``double_value``: A Double number value type.
    - ``empty_value``: An empty value.
    - ``string_value``: String value type.
    """

    boolean_value: bool | None = None
    """A Boolean number value type."""

    double_value: float | None = None
    """A Double number value type."""

    empty_value: EmptyFieldValue | None = None
    """An empty value."""

    string_value: str | None = None
    """String value type."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.boolean_value
        if value is not None:
            path = prefix + "boolean_value"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.double_value
        if value is not None:
            path = prefix + "double_value"
            _rt.check_number(errors, path, value, False)
        value = self.empty_value
        if value is not None:
            path = prefix + "empty_value"
            if isinstance(value, EmptyFieldValue):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected EmptyFieldValue, got {type(value).__name__}"
                )
        value = self.string_value
        if value is not None:
            path = prefix + "string_value"
            _rt.check_str(errors, path, value, min_len=0, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.boolean_value is not None:
            result["BooleanValue"] = self.boolean_value
        if self.double_value is not None:
            result["DoubleValue"] = self.double_value
        if self.empty_value is not None:
            result["EmptyValue"] = self.empty_value.to_dict()
        if self.string_value is not None:
            result["StringValue"] = self.string_value
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> FieldValueUnion:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "FieldValueUnion")
        return cls(
            boolean_value=data.get("BooleanValue"),
            double_value=data.get("DoubleValue"),
            empty_value=(
                None
                if (value := data.get("EmptyValue")) is None
                else EmptyFieldValue.from_dict(value, path=path + "EmptyValue" + ".")
            ),
            string_value=data.get("StringValue"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.boolean_value is not None:
            data["BooleanValue"] = self.boolean_value
        if self.double_value is not None:
            data["DoubleValue"] = _rt.float_to_json(self.double_value)
        if self.empty_value is not None:
            data["EmptyValue"] = self.empty_value._to_json()
        if self.string_value is not None:
            data["StringValue"] = self.string_value
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> FieldValueUnion:
        draft = _FieldValueUnionDraft()
        try:
            draft.boolean_value = (
                None
                if (value := data.get("BooleanValue")) is None
                else (
                    value
                    if type(value) is bool
                    else _rt.expect_bool(value, "BooleanValue")
                )
            )
            draft.double_value = (
                None
                if (value := data.get("DoubleValue")) is None
                else _rt.expect_float(value, "DoubleValue")
            )
            draft.empty_value = (
                None
                if (value := data.get("EmptyValue")) is None
                else EmptyFieldValue._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "EmptyValue")
                    )
                )
            )
            draft.string_value = (
                None
                if (value := data.get("StringValue")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "StringValue")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _FieldValueUnionDraft:
    """A :class:`FieldValueUnion` being decoded (see ``_rt.seal``)."""

    __slots__ = ("boolean_value", "double_value", "empty_value", "string_value")
    boolean_value: bool | None
    double_value: float | None
    empty_value: EmptyFieldValue | None
    string_value: str | None


def new_field_value_union() -> FieldValueUnion:
    """Create a :class:`FieldValueUnion` with all optional fields omitted."""
    return FieldValueUnion()


field_value_union_boolean_value = _rt.Lens[FieldValueUnion, bool | None](
    lambda s: s.boolean_value,
    lambda s, v: _dc.replace(s, boolean_value=v),
    "field_value_union_boolean_value",
)
"""Lens on :attr:`FieldValueUnion.boolean_value`."""


field_value_union_double_value = _rt.Lens[FieldValueUnion, float | None](
    lambda s: s.double_value,
    lambda s, v: _dc.replace(s, double_value=v),
    "field_value_union_double_value",
)
"""Lens on :attr:`FieldValueUnion.double_value`."""


field_value_union_empty_value = _rt.Lens[FieldValueUnion, EmptyFieldValue | None](
    lambda s: s.empty_value,
    lambda s, v: _dc.replace(s, empty_value=v),
    "field_value_union_empty_value",
)
"""Lens on :attr:`FieldValueUnion.empty_value`."""


field_value_union_string_value = _rt.Lens[FieldValueUnion, str | None](
    lambda s: s.string_value,
    lambda s, v: _dc.replace(s, string_value=v),
    "field_value_union_string_value",
)
"""Lens on :attr:`FieldValueUnion.string_value`."""
