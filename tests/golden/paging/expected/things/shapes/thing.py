"""The Thing shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.part import Part
from ..shapes.tag import Tag

_THING_STATE_VALUES = frozenset(
    (
        "PENDING",
        "READY",
        "BROKEN",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Thing:
    """The Thing shape.

    Fields:

    - ``id``: The ``Id`` member.
    - ``state``: The ``State`` member.
    - ``count``: The ``Count`` member.
    - ``parts``: The ``Parts`` member.
    - ``tags``: The ``Tags`` member.
    """

    id: str | None = None
    """The ``Id`` member."""

    state: str | None = None
    """The ``State`` member."""

    count: int | None = None
    """The ``Count`` member."""

    parts: list[Part] | None = None
    """The ``Parts`` member."""

    tags: dict[str, Tag] | None = None
    """The ``Tags`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is not None:
            path = prefix + "id"
            _rt.check_str(errors, path, value)
        value = self.state
        if value is not None:
            path = prefix + "state"
            _rt.check_str(errors, path, value, enum=_THING_STATE_VALUES)
        value = self.count
        if value is not None:
            path = prefix + "count"
            _rt.check_number(errors, path, value, True)
        value = self.parts
        if value is not None:
            path = prefix + "parts"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Part):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Part, got {type(v1).__name__}"
                            )
        value = self.tags
        if value is not None:
            path = prefix + "tags"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Tag):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Tag, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        if self.state is not None:
            result["State"] = self.state
        if self.count is not None:
            result["Count"] = self.count
        if self.parts is not None:
            result["Parts"] = [v1.to_dict() for v1 in self.parts]
        if self.tags is not None:
            result["Tags"] = {k1: v1.to_dict() for k1, v1 in self.tags.items()}
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
            id=data.get("Id"),
            state=data.get("State"),
            count=data.get("Count"),
            parts=(
                None
                if (value := data.get("Parts")) is None
                else [
                    Part.from_dict(v1, path=path + "Parts" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Parts"))
                ]
            ),
            tags=(
                None
                if (value := data.get("Tags")) is None
                else {
                    k1: Tag.from_dict(v1, path=path + "Tags" + f"[{k1!r}]" + ".")
                    for k1, v1 in _rt.expect_mapping(value, path + "Tags").items()
                }
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Thing:
        draft = _ThingDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.state = (
                None
                if (value := data.get("State")) is None
                else (value if type(value) is str else _rt.expect_str(value, "State"))
            )
            draft.count = (
                None
                if (value := data.get("Count")) is None
                else (value if type(value) is int else _rt.expect_int(value, "Count"))
            )
            draft.parts = (
                None
                if (value := data.get("Parts")) is None
                else [
                    Part._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Parts")
                        )
                    )
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Parts")
                    )
                    if v1 is not None
                ]
            )
            draft.tags = (
                None
                if (value := data.get("Tags")) is None
                else {
                    k1: Tag._from_json(
                        (
                            v1
                            if type(v1) is _rt.JSON_OBJECT
                            else _rt.expect_object(v1, "Tags")
                        )
                    )
                    for k1, v1 in (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "Tags")
                    ).items()
                    if v1 is not None
                }
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ThingDraft:
    """A :class:`Thing` being decoded (see ``_rt.seal``)."""

    __slots__ = ("id", "state", "count", "parts", "tags")
    id: str | None
    state: str | None
    count: int | None
    parts: list[Part] | None
    tags: dict[str, Tag] | None


def new_thing() -> Thing:
    """Create a :class:`Thing` with all optional fields omitted."""
    return Thing()


thing_id = _rt.Lens[Thing, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "thing_id",
)
"""Lens on :attr:`Thing.id`."""


thing_state = _rt.Lens[Thing, str | None](
    lambda s: s.state,
    lambda s, v: _dc.replace(s, state=v),
    "thing_state",
)
"""Lens on :attr:`Thing.state`."""


thing_count = _rt.Lens[Thing, int | None](
    lambda s: s.count,
    lambda s, v: _dc.replace(s, count=v),
    "thing_count",
)
"""Lens on :attr:`Thing.count`."""


thing_parts = _rt.Lens[Thing, list[Part] | None](
    lambda s: s.parts,
    lambda s, v: _dc.replace(s, parts=v),
    "thing_parts",
)
"""Lens on :attr:`Thing.parts`."""


thing_tags = _rt.Lens[Thing, dict[str, Tag] | None](
    lambda s: s.tags,
    lambda s, v: _dc.replace(s, tags=v),
    "thing_tags",
)
"""Lens on :attr:`Thing.tags`."""
