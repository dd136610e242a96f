"""The Item shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import query as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """The Item shape.

    Fields:

    - ``key``: The ``Key`` member.
    - ``value``: The ``Value`` member.
    """

    key: str | None
    """The ``Key`` member."""

    value: str | None = None
    """The ``Value`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.key
        if value is None:
            errors.append(prefix + "key: required but missing")
        else:
            path = prefix + "key"
            _rt.check_str(errors, path, value, min_len=1, max_len=64)
        value = self.value
        if value is not None:
            path = prefix + "value"
            _rt.check_str(errors, path, value, min_len=1, max_len=64)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.key is not None:
            result["Key"] = self.key
        if self.value is not None:
            result["Value"] = self.value
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Item:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Item")
        return cls(
            key=data.get("Key"),
            value=data.get("Value"),
        )

    def _to_query(self, fields: list[tuple[str, str]], prefix: str) -> None:
        if self.key is not None:
            fields.append((f"{prefix}Key", self.key))
        if self.value is not None:
            fields.append((f"{prefix}Value", self.value))

    @classmethod
    def _from_xml(cls, node: _rt.XmlNode) -> Item:
        first = _rt.xml_index(node)
        draft = _ItemDraft()
        draft.key = None if (value := first.get("Key")) is None else (value.text or "")
        draft.value = (
            None if (value := first.get("Value")) is None else (value.text or "")
        )
        return _rt.seal(draft, cls)


class _ItemDraft:
    """A :class:`Item` being decoded (see ``_rt.seal``)."""

    __slots__ = ("key", "value")
    key: str | None
    value: str | None


def new_item(
    key: str,
) -> Item:
    """Create a :class:`Item` with all optional fields omitted."""
    return Item(
        key=key,
    )


item_key = _rt.Lens[Item, str | None](
    lambda s: s.key,
    lambda s, v: _dc.replace(s, key=v),
    "item_key",
)
"""Lens on :attr:`Item.key`."""


item_value = _rt.Lens[Item, str | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "item_value",
)
"""Lens on :attr:`Item.value`."""
