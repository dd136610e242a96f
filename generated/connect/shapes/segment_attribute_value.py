"""The SegmentAttributeValue shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SegmentAttributeValue:
    """A value for a segment attribute. This is structured as a map where the
    key is ``valueString`` and the value is a string.

    Fields:

    - ``value_string``: The value of a segment attribute.
    - ``value_map``: The value of a segment attribute.
    - ``value_integer``: The value of a segment attribute.
    - ``value_list``: The value of a segment attribute.
    - ``value_arn``: The value of a segment attribute that has to be a valid ARN.
    """

    value_string: str | None = None
    """The value of a segment attribute."""

    value_map: dict[str, SegmentAttributeValue] | None = None
    """The value of a segment attribute."""

    value_integer: int | None = None
    """The value of a segment attribute."""

    value_list: list[SegmentAttributeValue] | None = None
    """The value of a segment attribute. This is only supported for
    system-defined attributes, not for user-defined attributes.
    """

    value_arn: str | None = None
    """The value of a segment attribute that has to be a valid ARN. This is
    only supported for system-defined attributes, not for user-defined
    attributes.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.value_string
        if value is not None:
            path = prefix + "value_string"
            _rt.check_str(errors, path, value, min_len=0, max_len=1024)
        value = self.value_map
        if value is not None:
            path = prefix + "value_map"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=128)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, SegmentAttributeValue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected SegmentAttributeValue, got {type(v1).__name__}"
                            )
        value = self.value_integer
        if value is not None:
            path = prefix + "value_integer"
            _rt.check_number(errors, path, value, True)
        value = self.value_list
        if value is not None:
            path = prefix + "value_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, SegmentAttributeValue):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected SegmentAttributeValue, got {type(v1).__name__}"
                            )
        value = self.value_arn
        if value is not None:
            path = prefix + "value_arn"
            _rt.check_str(errors, path, value, min_len=0, max_len=1024)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.value_string is not None:
            result["ValueString"] = self.value_string
        if self.value_map is not None:
            result["ValueMap"] = {k1: v1.to_dict() for k1, v1 in self.value_map.items()}
        if self.value_integer is not None:
            result["ValueInteger"] = self.value_integer
        if self.value_list is not None:
            result["ValueList"] = [v1.to_dict() for v1 in self.value_list]
        if self.value_arn is not None:
            result["ValueArn"] = self.value_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SegmentAttributeValue:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SegmentAttributeValue")
        return cls(
            value_string=data.get("ValueString"),
            value_map=(
                None
                if (value := data.get("ValueMap")) is None
                else {
                    k1: SegmentAttributeValue.from_dict(
                        v1, path=path + "ValueMap" + f"[{k1!r}]" + "."
                    )
                    for k1, v1 in _rt.expect_mapping(value, path + "ValueMap").items()
                }
            ),
            value_integer=data.get("ValueInteger"),
            value_list=(
                None
                if (value := data.get("ValueList")) is None
                else [
                    SegmentAttributeValue.from_dict(
                        v1, path=path + "ValueList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "ValueList")
                    )
                ]
            ),
            value_arn=data.get("ValueArn"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.value_string is not None:
            data["ValueString"] = self.value_string
        if self.value_map is not None:
            data["ValueMap"] = {k1: v1._to_json() for k1, v1 in self.value_map.items()}
        if self.value_integer is not None:
            data["ValueInteger"] = self.value_integer
        if self.value_list is not None:
            data["ValueList"] = [v1._to_json() for v1 in self.value_list]
        if self.value_arn is not None:
            data["ValueArn"] = self.value_arn
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> SegmentAttributeValue:
        draft = _SegmentAttributeValueDraft()
        try:
            draft.value_string = (
                None
                if (value := data.get("ValueString")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "ValueString")
                )
            )
            draft.value_map = (
                None
                if (value := data.get("ValueMap")) is None
                else {
                    k1: SegmentAttributeValue._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "ValueMap")
                        )
                    )
                    for k1, v1 in (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "ValueMap")
                    ).items()
                    if v1 is not None
                }
            )
            draft.value_integer = (
                None
                if (value := data.get("ValueInteger")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "ValueInteger")
                )
            )
            draft.value_list = (
                None
                if (value := data.get("ValueList")) is None
                else [
                    SegmentAttributeValue._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "ValueList")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "ValueList")
                    )
                    if v1 is not None
                ]
            )
            draft.value_arn = (
                None
                if (value := data.get("ValueArn")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "ValueArn")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _SegmentAttributeValueDraft:
    """A :class:`SegmentAttributeValue` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "value_string",
        "value_map",
        "value_integer",
        "value_list",
        "value_arn",
    )
    value_string: str | None
    value_map: dict[str, SegmentAttributeValue] | None
    value_integer: int | None
    value_list: list[SegmentAttributeValue] | None
    value_arn: str | None


def new_segment_attribute_value() -> SegmentAttributeValue:
    """Create a :class:`SegmentAttributeValue` with all optional fields omitted."""
    return SegmentAttributeValue()


segment_attribute_value_value_string = _rt.Lens[SegmentAttributeValue, str | None](
    lambda s: s.value_string,
    lambda s, v: _dc.replace(s, value_string=v),
    "segment_attribute_value_value_string",
)
"""Lens on :attr:`SegmentAttributeValue.value_string`."""


segment_attribute_value_value_map = _rt.Lens[
    SegmentAttributeValue, dict[str, SegmentAttributeValue] | None
](
    lambda s: s.value_map,
    lambda s, v: _dc.replace(s, value_map=v),
    "segment_attribute_value_value_map",
)
"""Lens on :attr:`SegmentAttributeValue.value_map`."""


segment_attribute_value_value_integer = _rt.Lens[SegmentAttributeValue, int | None](
    lambda s: s.value_integer,
    lambda s, v: _dc.replace(s, value_integer=v),
    "segment_attribute_value_value_integer",
)
"""Lens on :attr:`SegmentAttributeValue.value_integer`."""


segment_attribute_value_value_list = _rt.Lens[
    SegmentAttributeValue, list[SegmentAttributeValue] | None
](
    lambda s: s.value_list,
    lambda s, v: _dc.replace(s, value_list=v),
    "segment_attribute_value_value_list",
)
"""Lens on :attr:`SegmentAttributeValue.value_list`."""


segment_attribute_value_value_arn = _rt.Lens[SegmentAttributeValue, str | None](
    lambda s: s.value_arn,
    lambda s, v: _dc.replace(s, value_arn=v),
    "segment_attribute_value_value_arn",
)
"""Lens on :attr:`SegmentAttributeValue.value_arn`."""
