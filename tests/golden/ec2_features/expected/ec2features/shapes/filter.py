"""The Filter shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import ec2 as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Filter:
    """The Filter shape.

    Fields:

    - ``name``: The ``Name`` member.
    - ``values``: The ``Values`` member.
    """

    name: str | None = None
    """The ``Name`` member."""

    values: list[str] | None = None
    """The ``Values`` member."""

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
        value = self.values
        if value is not None:
            path = prefix + "values"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.values is not None:
            result["Values"] = list(self.values)
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Filter:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Filter")
        return cls(
            name=data.get("Name"),
            values=(
                None
                if (value := data.get("Values")) is None
                else list(_rt.expect_sequence(value, path + "Values"))
            ),
        )

    def _to_query(self, fields: list[tuple[str, str]], prefix: str) -> None:
        if self.name is not None:
            fields.append((f"{prefix}Name", self.name))
        if self.values is not None:
            for values_i1, values_v1 in enumerate(self.values, 1):
                fields.append((f"{prefix}Value.{values_i1}", values_v1))


def new_filter() -> Filter:
    """Create a :class:`Filter` with all optional fields omitted."""
    return Filter()


filter_name = _rt.Lens[Filter, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "filter_name",
)
"""Lens on :attr:`Filter.name`."""


filter_values = _rt.Lens[Filter, list[str] | None](
    lambda s: s.values,
    lambda s, v: _dc.replace(s, values=v),
    "filter_values",
)
"""Lens on :attr:`Filter.values`."""
