"""The Details shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Details:
    """The Details shape.

    Fields:

    - ``size``: The ``Size`` member.
    - ``checksum``: The ``Checksum`` member.
    """

    size: int | None = None
    """The ``Size`` member."""

    checksum: bytes | None = None
    """The ``Checksum`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.size
        if value is not None:
            path = prefix + "size"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=1000)
        value = self.checksum
        if value is not None:
            path = prefix + "checksum"
            if _rt.check_type(errors, path, value, bytes, "bytes"):
                _rt.check_length(errors, path, len(value), None, 1048576)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.size is not None:
            result["Size"] = self.size
        if self.checksum is not None:
            result["Checksum"] = self.checksum
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Details:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Details")
        return cls(
            size=data.get("Size"),
            checksum=data.get("Checksum"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Details:
        draft = _DetailsDraft()
        try:
            draft.size = (
                None
                if (value := data.get("Size")) is None
                else (value if type(value) is int else _rt.expect_int(value, "Size"))
            )
            draft.checksum = (
                None
                if (value := data.get("Checksum")) is None
                else _rt.b64decode(value, "Checksum")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _DetailsDraft:
    """A :class:`Details` being decoded (see ``_rt.seal``)."""

    __slots__ = ("size", "checksum")
    size: int | None
    checksum: bytes | None


def new_details() -> Details:
    """Create a :class:`Details` with all optional fields omitted."""
    return Details()


details_size = _rt.Lens[Details, int | None](
    lambda s: s.size,
    lambda s, v: _dc.replace(s, size=v),
    "details_size",
)
"""Lens on :attr:`Details.size`."""


details_checksum = _rt.Lens[Details, bytes | None](
    lambda s: s.checksum,
    lambda s, v: _dc.replace(s, checksum=v),
    "details_checksum",
)
"""Lens on :attr:`Details.checksum`."""
