"""The Part shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Part:
    """The Part shape.

    Fields:

    - ``name``: The ``Name`` member.
    - ``state``: The ``State`` member.
    """

    name: str | None = None
    """The ``Name`` member."""

    state: str | None = None
    """The ``State`` member."""

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
        value = self.state
        if value is not None:
            path = prefix + "state"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.state is not None:
            result["State"] = self.state
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Part:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Part")
        return cls(
            name=data.get("Name"),
            state=data.get("State"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Part:
        draft = _PartDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.state = (
                None
                if (value := data.get("State")) is None
                else (value if type(value) is str else _rt.expect_str(value, "State"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _PartDraft:
    """A :class:`Part` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name", "state")
    name: str | None
    state: str | None


def new_part() -> Part:
    """Create a :class:`Part` with all optional fields omitted."""
    return Part()


part_name = _rt.Lens[Part, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "part_name",
)
"""Lens on :attr:`Part.name`."""


part_state = _rt.Lens[Part, str | None](
    lambda s: s.state,
    lambda s, v: _dc.replace(s, state=v),
    "part_state",
)
"""Lens on :attr:`Part.state`."""
