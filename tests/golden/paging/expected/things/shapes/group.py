"""The Group shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.part import Part


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Group:
    """The Group shape.

    Fields:

    - ``name``: The ``Name`` member.
    - ``members``: The ``Members`` member.
    - ``parts``: The ``Parts`` member.
    """

    name: str | None = None
    """The ``Name`` member."""

    members: list[str] | None = None
    """The ``Members`` member."""

    parts: list[Part] | None = None
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
            _rt.check_str(errors, path, value)
        value = self.members
        if value is not None:
            path = prefix + "members"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)
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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.members is not None:
            result["Members"] = list(self.members)
        if self.parts is not None:
            result["Parts"] = [v1.to_dict() for v1 in self.parts]
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Group:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Group")
        return cls(
            name=data.get("Name"),
            members=(
                None
                if (value := data.get("Members")) is None
                else list(_rt.expect_sequence(value, path + "Members"))
            ),
            parts=(
                None
                if (value := data.get("Parts")) is None
                else [
                    Part.from_dict(v1, path=path + "Parts" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Parts"))
                ]
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Group:
        draft = _GroupDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.members = (
                None
                if (value := data.get("Members")) is None
                else [
                    (v1 if type(v1) is str else _rt.expect_str(v1, "Members"))
                    for v1 in (
                        value
                        if type(value) is _rt.JSON_ARRAY
                        else _rt.expect_list(value, "Members")
                    )
                    if v1 is not None
                ]
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
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _GroupDraft:
    """A :class:`Group` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name", "members", "parts")
    name: str | None
    members: list[str] | None
    parts: list[Part] | None


def new_group() -> Group:
    """Create a :class:`Group` with all optional fields omitted."""
    return Group()


group_name = _rt.Lens[Group, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "group_name",
)
"""Lens on :attr:`Group.name`."""


group_members = _rt.Lens[Group, list[str] | None](
    lambda s: s.members,
    lambda s, v: _dc.replace(s, members=v),
    "group_members",
)
"""Lens on :attr:`Group.members`."""


group_parts = _rt.Lens[Group, list[Part] | None](
    lambda s: s.parts,
    lambda s, v: _dc.replace(s, parts=v),
    "group_parts",
)
"""Lens on :attr:`Group.parts`."""
