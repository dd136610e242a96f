"""The Value shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import awsjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Value:
    """The Value shape.

    Fields:

    - ``text``: The ``Text`` member.
    - ``number``: The ``Number`` member.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    text: str | None = None
    """The ``Text`` member."""

    number: int | None = None
    """The ``Number`` member."""

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
        value = self.text
        if value is not None:
            path = prefix + "text"
            _rt.check_str(errors, path, value, min_len=1, max_len=64)
        value = self.number
        if value is not None:
            path = prefix + "number"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "Value")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "Value",
            (self.text is not None) + (self.number is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.text is not None:
            result["Text"] = self.text
        if self.number is not None:
            result["Number"] = self.number
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Value:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Value")
        return cls(
            text=data.get("Text"),
            number=data.get("Number"),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.text is not None:
            data["Text"] = self.text
        if self.number is not None:
            data["Number"] = self.number
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Value:
        draft = _ValueDraft()
        try:
            draft.text = (
                None
                if (value := data.get("Text")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Text"))
            )
            draft.number = (
                None
                if (value := data.get("Number")) is None
                else (value if type(value) is int else _rt.expect_int(value, "Number"))
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(
                data,
                (
                    "Text",
                    "Number",
                ),
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ValueDraft:
    """A :class:`Value` being decoded (see ``_rt.seal``)."""

    __slots__ = ("text", "number", "sdk_unknown_member")
    text: str | None
    number: int | None
    sdk_unknown_member: str | None


def new_value() -> Value:
    """Create a :class:`Value` with all optional fields omitted."""
    return Value()


value_sdk_unknown_member = _rt.Lens[Value, str | None](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "value_sdk_unknown_member",
)
"""Lens on :attr:`Value.sdk_unknown_member`."""


value_text = _rt.Lens[Value, str | None](
    lambda s: s.text,
    lambda s, v: _dc.replace(s, text=v),
    "value_text",
)
"""Lens on :attr:`Value.text`."""


value_number = _rt.Lens[Value, int | None](
    lambda s: s.number,
    lambda s, v: _dc.replace(s, number=v),
    "value_number",
)
"""Lens on :attr:`Value.number`."""
