"""The Thing shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import query as _rt
from ..shapes.item import Item


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Thing:
    """The Thing shape.

    Fields:

    - ``name``: The ``Name`` member.
    - ``size``: The ``Size`` member.
    - ``created``: The ``Created`` member.
    - ``enabled``: The ``Enabled`` member.
    - ``ratio``: The ``Ratio`` member.
    - ``data``: The ``Data`` member.
    - ``parts``: The ``Parts`` member.
    """

    name: str | None = None
    """The ``Name`` member."""

    size: int | None = None
    """The ``Size`` member."""

    created: _dt.datetime | None = None
    """The ``Created`` member."""

    enabled: bool | None = None
    """The ``Enabled`` member."""

    ratio: float | None = None
    """The ``Ratio`` member."""

    data: bytes | None = None
    """The ``Data`` member."""

    parts: list[Item] | None = None
    """The ``Parts`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=64)
        value = self.size
        if value is not None:
            path = prefix + "size"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)
        value = self.created
        if value is not None:
            path = prefix + "created"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.enabled
        if value is not None:
            path = prefix + "enabled"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.ratio
        if value is not None:
            path = prefix + "ratio"
            _rt.check_number(errors, path, value, False)
        value = self.data
        if value is not None:
            path = prefix + "data"
            _rt.check_type(errors, path, value, bytes, "bytes")
        value = self.parts
        if value is not None:
            path = prefix + "parts"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Item):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Item, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.size is not None:
            result["Size"] = self.size
        if self.created is not None:
            result["Created"] = self.created
        if self.enabled is not None:
            result["Enabled"] = self.enabled
        if self.ratio is not None:
            result["Ratio"] = self.ratio
        if self.data is not None:
            result["Data"] = self.data
        if self.parts is not None:
            result["Parts"] = [v1.to_dict() for v1 in self.parts]
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Thing:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Thing")
        return cls(
            name=data.get("Name"),
            size=data.get("Size"),
            created=data.get("Created"),
            enabled=data.get("Enabled"),
            ratio=data.get("Ratio"),
            data=data.get("Data"),
            parts=(
                None
                if (value := data.get("Parts")) is None
                else [
                    Item.from_dict(v1, path=path + "Parts" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Parts"))
                ]
            ),
        )

    @classmethod
    def _from_xml(cls, node: _rt.XmlNode) -> Thing:
        first = _rt.xml_index(node)
        draft = _ThingDraft()
        draft.name = (
            None if (value := first.get("Name")) is None else (value.text or "")
        )
        draft.size = (
            None if (value := first.get("Size")) is None else _rt.xml_int(value)
        )
        draft.created = (
            None
            if (value := first.get("Created")) is None
            else _rt.parse_timestamp(value.text or "")
        )
        draft.enabled = (
            None if (value := first.get("Enabled")) is None else _rt.xml_bool(value)
        )
        draft.ratio = (
            None if (value := first.get("Ratio")) is None else _rt.xml_float(value)
        )
        draft.data = (
            None
            if (value := first.get("Data")) is None
            else _rt.b64decode(value.text or "")
        )
        draft.parts = (
            None
            if (value := first.get("Parts")) is None
            else [Item._from_xml(v1) for v1 in value]
        )
        return _rt.seal(draft, cls)


class _ThingDraft:
    """A :class:`Thing` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name", "size", "created", "enabled", "ratio", "data", "parts")
    name: str | None
    size: int | None
    created: _dt.datetime | None
    enabled: bool | None
    ratio: float | None
    data: bytes | None
    parts: list[Item] | None


def new_thing() -> Thing:
    """Create a :class:`Thing` with all optional fields omitted."""
    return Thing()


thing_name = _rt.Lens[Thing, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "thing_name",
)
"""Lens on :attr:`Thing.name`."""


thing_size = _rt.Lens[Thing, int | None](
    lambda s: s.size,
    lambda s, v: _dc.replace(s, size=v),
    "thing_size",
)
"""Lens on :attr:`Thing.size`."""


thing_created = _rt.Lens[Thing, _dt.datetime | None](
    lambda s: s.created,
    lambda s, v: _dc.replace(s, created=v),
    "thing_created",
)
"""Lens on :attr:`Thing.created`."""


thing_enabled = _rt.Lens[Thing, bool | None](
    lambda s: s.enabled,
    lambda s, v: _dc.replace(s, enabled=v),
    "thing_enabled",
)
"""Lens on :attr:`Thing.enabled`."""


thing_ratio = _rt.Lens[Thing, float | None](
    lambda s: s.ratio,
    lambda s, v: _dc.replace(s, ratio=v),
    "thing_ratio",
)
"""Lens on :attr:`Thing.ratio`."""


thing_data = _rt.Lens[Thing, bytes | None](
    lambda s: s.data,
    lambda s, v: _dc.replace(s, data=v),
    "thing_data",
)
"""Lens on :attr:`Thing.data`."""


thing_parts = _rt.Lens[Thing, list[Item] | None](
    lambda s: s.parts,
    lambda s, v: _dc.replace(s, parts=v),
    "thing_parts",
)
"""Lens on :attr:`Thing.parts`."""
