"""The PrimaryAttributeValue shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_ACCESS_TYPE_VALUES = frozenset(("ALLOW",))
_PATTERN_1 = _rt.Pattern(
    "(?!aws:|connect:)[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+$",
    "(?!aws:|connect:)[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_PATTERN_2 = _rt.Pattern(
    "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+$",
    "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PrimaryAttributeValue:
    """A primary attribute value.

    Fields:

    - ``access_type``: The value's access type.
    - ``attribute_name``: The value's attribute name.
    - ``values``: The value's values.
    """

    access_type: str | None = None
    """The value's access type."""

    attribute_name: str | None = None
    """The value's attribute name."""

    values: list[str] | None = None
    """The value's values."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.access_type
        if value is not None:
            path = prefix + "access_type"
            _rt.check_str(errors, path, value, enum=_ACCESS_TYPE_VALUES)
        value = self.attribute_name
        if value is not None:
            path = prefix + "attribute_name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=127, pattern=_PATTERN_1
            )
        value = self.values
        if value is not None:
            path = prefix + "values"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 2)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, pattern=_PATTERN_2)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.access_type is not None:
            result["AccessType"] = self.access_type
        if self.attribute_name is not None:
            result["AttributeName"] = self.attribute_name
        if self.values is not None:
            result["Values"] = list(self.values)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PrimaryAttributeValue:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PrimaryAttributeValue")
        return cls(
            access_type=data.get("AccessType"),
            attribute_name=data.get("AttributeName"),
            values=(
                None
                if (value := data.get("Values")) is None
                else list(_rt.expect_sequence(value, path + "Values"))
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.access_type is not None:
            data["AccessType"] = self.access_type
        if self.attribute_name is not None:
            data["AttributeName"] = self.attribute_name
        if self.values is not None:
            data["Values"] = self.values
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> PrimaryAttributeValue:
        draft = _PrimaryAttributeValueDraft()
        try:
            draft.access_type = (
                None
                if (value := data.get("AccessType")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "AccessType")
                )
            )
            draft.attribute_name = (
                None
                if (value := data.get("AttributeName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "AttributeName")
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


class _PrimaryAttributeValueDraft:
    """A :class:`PrimaryAttributeValue` being decoded (see ``_rt.seal``)."""

    __slots__ = ("access_type", "attribute_name", "values")
    access_type: str | None
    attribute_name: str | None
    values: list[str] | None


def new_primary_attribute_value() -> PrimaryAttributeValue:
    """Create a :class:`PrimaryAttributeValue` with all optional fields omitted."""
    return PrimaryAttributeValue()


primary_attribute_value_access_type = _rt.Lens[PrimaryAttributeValue, str | None](
    lambda s: s.access_type,
    lambda s, v: _dc.replace(s, access_type=v),
    "primary_attribute_value_access_type",
)
"""Lens on :attr:`PrimaryAttributeValue.access_type`."""


primary_attribute_value_attribute_name = _rt.Lens[PrimaryAttributeValue, str | None](
    lambda s: s.attribute_name,
    lambda s, v: _dc.replace(s, attribute_name=v),
    "primary_attribute_value_attribute_name",
)
"""Lens on :attr:`PrimaryAttributeValue.attribute_name`."""


primary_attribute_value_values = _rt.Lens[PrimaryAttributeValue, list[str] | None](
    lambda s: s.values,
    lambda s, v: _dc.replace(s, values=v),
    "primary_attribute_value_values",
)
"""Lens on :attr:`PrimaryAttributeValue.values`."""
