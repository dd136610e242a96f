"""The DateReference shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DateReference:
    """Information about a reference when the ``referenceType`` is ``DATE``.
    Otherwise, null.

    Fields:

    - ``name``: Identifier of the date reference.
    - ``value``: A valid date.
    """

    name: str | None = None
    """Identifier of the date reference."""

    value: str | None = None
    """A valid date."""

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
            _rt.check_str(errors, path, value, min_len=1, max_len=4096)
        value = self.value
        if value is not None:
            path = prefix + "value"
            _rt.check_str(errors, path, value, min_len=0, max_len=4096)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.value is not None:
            result["Value"] = self.value
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DateReference:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DateReference")
        return cls(
            name=data.get("Name"),
            value=data.get("Value"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> DateReference:
        draft = _DateReferenceDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.value = (
                None
                if (value := data.get("Value")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Value"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _DateReferenceDraft:
    """A :class:`DateReference` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name", "value")
    name: str | None
    value: str | None


def new_date_reference() -> DateReference:
    """Create a :class:`DateReference` with all optional fields omitted."""
    return DateReference()


date_reference_name = _rt.Lens[DateReference, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "date_reference_name",
)
"""Lens on :attr:`DateReference.name`."""


date_reference_value = _rt.Lens[DateReference, str | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "date_reference_value",
)
"""Lens on :attr:`DateReference.value`."""
