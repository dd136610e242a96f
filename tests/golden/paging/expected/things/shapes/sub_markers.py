"""The SubMarkers shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SubMarkers:
    """The SubMarkers shape.

    Fields:

    - ``next_sub_marker``: The ``NextSubMarker`` member.
    """

    next_sub_marker: str | None = None
    """The ``NextSubMarker`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.next_sub_marker
        if value is not None:
            path = prefix + "next_sub_marker"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.next_sub_marker is not None:
            result["NextSubMarker"] = self.next_sub_marker
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> SubMarkers:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SubMarkers")
        return cls(
            next_sub_marker=data.get("NextSubMarker"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> SubMarkers:
        draft = _SubMarkersDraft()
        try:
            draft.next_sub_marker = (
                None
                if (value := data.get("NextSubMarker")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "NextSubMarker")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _SubMarkersDraft:
    """A :class:`SubMarkers` being decoded (see ``_rt.seal``)."""

    __slots__ = ("next_sub_marker",)
    next_sub_marker: str | None


def new_sub_markers() -> SubMarkers:
    """Create a :class:`SubMarkers` with all optional fields omitted."""
    return SubMarkers()


sub_markers_next_sub_marker = _rt.Lens[SubMarkers, str | None](
    lambda s: s.next_sub_marker,
    lambda s, v: _dc.replace(s, next_sub_marker=v),
    "sub_markers_next_sub_marker",
)
"""Lens on :attr:`SubMarkers.next_sub_marker`."""
