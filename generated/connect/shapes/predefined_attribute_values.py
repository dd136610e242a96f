"""The PredefinedAttributeValues shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PredefinedAttributeValues:
    """Information about values of a predefined attribute.

    Fields:

    - ``string_list``: Predefined attribute values of type string list.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    string_list: list[str] | None = None
    """Predefined attribute values of type string list."""

    sdk_unknown_member: str | None = None
    """The name of the member a response set when it is one these bindings
    do not know (the service added it later); ``None`` otherwise.  A value
    with it set cannot be sent.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.string_list
        if value is not None:
            path = prefix + "string_list"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 0, 500)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=100)
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "PredefinedAttributeValues")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "PredefinedAttributeValues",
            (self.string_list is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.string_list is not None:
            result["StringList"] = list(self.string_list)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PredefinedAttributeValues:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PredefinedAttributeValues")
        return cls(
            string_list=(
                None
                if (value := data.get("StringList")) is None
                else list(_rt.expect_sequence(value, path + "StringList"))
            ),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.string_list is not None:
            data["StringList"] = self.string_list
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> PredefinedAttributeValues:
        draft = _PredefinedAttributeValuesDraft()
        try:
            draft.string_list = (
                None
                if (value := data.get("StringList")) is None
                else [
                    (v1 if type(v1) is str else _rt.expect_str(v1, "StringList"))
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "StringList")
                    )
                    if v1 is not None
                ]
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(data, ("StringList",))
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _PredefinedAttributeValuesDraft:
    """A :class:`PredefinedAttributeValues` being decoded (see ``_rt.seal``)."""

    __slots__ = ("string_list", "sdk_unknown_member")
    string_list: list[str] | None
    sdk_unknown_member: str | None


def new_predefined_attribute_values() -> PredefinedAttributeValues:
    """Create a :class:`PredefinedAttributeValues` with all optional fields omitted."""
    return PredefinedAttributeValues()


predefined_attribute_values_sdk_unknown_member = _rt.Lens[
    PredefinedAttributeValues, str | None
](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "predefined_attribute_values_sdk_unknown_member",
)
"""Lens on :attr:`PredefinedAttributeValues.sdk_unknown_member`."""


predefined_attribute_values_string_list = _rt.Lens[
    PredefinedAttributeValues, list[str] | None
](
    lambda s: s.string_list,
    lambda s, v: _dc.replace(s, string_list=v),
    "predefined_attribute_values_string_list",
)
"""Lens on :attr:`PredefinedAttributeValues.string_list`."""
