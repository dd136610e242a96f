"""The ContactSearchSummarySegmentAttributeValue shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.segment_attribute_value import SegmentAttributeValue


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactSearchSummarySegmentAttributeValue:
    """The value of a segment attribute. This is structured as a map with a
    single key-value pair. The key 'valueString' indicates that the
    attribute type is a string, and its corresponding value is the actual
    string value of the segment attribute.

    Fields:

    - ``value_string``: The value of a segment attribute represented as a string.
    - ``value_map``: The key and value of a segment attribute.
    """

    value_string: str | None = None
    """The value of a segment attribute represented as a string."""

    value_map: dict[str, SegmentAttributeValue] | None = None
    """The key and value of a segment attribute."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.value_string is not None:
            result["ValueString"] = self.value_string
        if self.value_map is not None:
            result["ValueMap"] = {k1: v1.to_dict() for k1, v1 in self.value_map.items()}
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactSearchSummarySegmentAttributeValue:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ContactSearchSummarySegmentAttributeValue"
        )
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
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> ContactSearchSummarySegmentAttributeValue:
        draft = _ContactSearchSummarySegmentAttributeValueDraft()
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
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ContactSearchSummarySegmentAttributeValueDraft:
    """A :class:`ContactSearchSummarySegmentAttributeValue` being decoded (see ``_rt.seal``)."""

    __slots__ = ("value_string", "value_map")
    value_string: str | None
    value_map: dict[str, SegmentAttributeValue] | None


def new_contact_search_summary_segment_attribute_value() -> (
    ContactSearchSummarySegmentAttributeValue
):
    """Create a :class:`ContactSearchSummarySegmentAttributeValue` with all optional fields omitted."""
    return ContactSearchSummarySegmentAttributeValue()


contact_search_summary_segment_attribute_value_value_string = _rt.Lens[
    ContactSearchSummarySegmentAttributeValue, str | None
](
    lambda s: s.value_string,
    lambda s, v: _dc.replace(s, value_string=v),
    "contact_search_summary_segment_attribute_value_value_string",
)
"""Lens on :attr:`ContactSearchSummarySegmentAttributeValue.value_string`."""


contact_search_summary_segment_attribute_value_value_map = _rt.Lens[
    ContactSearchSummarySegmentAttributeValue, dict[str, SegmentAttributeValue] | None
](
    lambda s: s.value_map,
    lambda s, v: _dc.replace(s, value_map=v),
    "contact_search_summary_segment_attribute_value_value_map",
)
"""Lens on :attr:`ContactSearchSummarySegmentAttributeValue.value_map`."""
