"""The FieldValue shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.field_value_union import FieldValueUnion


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class FieldValue:
    """Object for case field values.

    Fields:

    - ``id``: Unique identifier of a field.
    - ``value``: Union of potential field value types.
    """

    id: str | None
    """Unique identifier of a field."""

    value: FieldValueUnion | None
    """Union of potential field value types."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is None:
            errors.append(prefix + "id: required but missing")
        else:
            path = prefix + "id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.value
        if value is None:
            errors.append(prefix + "value: required but missing")
        else:
            path = prefix + "value"
            if isinstance(value, FieldValueUnion):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected FieldValueUnion, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.value is not None:
            result["Value"] = self.value.to_dict()
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> FieldValue:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "FieldValue")
        return cls(
            id=data.get("Id"),
            value=(
                None
                if (value := data.get("Value")) is None
                else FieldValueUnion.from_dict(value, path=path + "Value" + ".")
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.id is not None:
            data["Id"] = self.id
        if self.value is not None:
            data["Value"] = self.value._to_json()
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> FieldValue:
        draft = _FieldValueDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.value = (
                None
                if (value := data.get("Value")) is None
                else FieldValueUnion._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Value")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _FieldValueDraft:
    """A :class:`FieldValue` being decoded (see ``_rt.seal``)."""

    __slots__ = ("id", "value")
    id: str | None
    value: FieldValueUnion | None


def new_field_value(
    id: str,
    value: FieldValueUnion,
) -> FieldValue:
    """Create a :class:`FieldValue` with all optional fields omitted."""
    return FieldValue(
        id=id,
        value=value,
    )


field_value_id = _rt.Lens[FieldValue, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "field_value_id",
)
"""Lens on :attr:`FieldValue.id`."""


field_value_value = _rt.Lens[FieldValue, FieldValueUnion | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "field_value_value",
)
"""Lens on :attr:`FieldValue.value`."""
