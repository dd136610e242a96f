"""The NextContactEntry shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.next_contact_metadata import NextContactMetadata

_NEXT_CONTACT_TYPE_VALUES = frozenset(("QUICK_CONNECT",))


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class NextContactEntry:
    """Entry representing the next contact in a sequence.

    Fields:

    - ``type``: The type of the next contact entry.
    - ``next_contact_metadata``: Metadata for the next contact entry.
    """

    type: str | None = None
    """The type of the next contact entry."""

    next_contact_metadata: NextContactMetadata | None = None
    """Metadata for the next contact entry."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.type
        if value is not None:
            path = prefix + "type"
            _rt.check_str(errors, path, value, enum=_NEXT_CONTACT_TYPE_VALUES)
        value = self.next_contact_metadata
        if value is not None:
            path = prefix + "next_contact_metadata"
            if isinstance(value, NextContactMetadata):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected NextContactMetadata, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.type is not None:
            result["Type"] = self.type
        if self.next_contact_metadata is not None:
            result["NextContactMetadata"] = self.next_contact_metadata.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> NextContactEntry:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "NextContactEntry")
        return cls(
            type=data.get("Type"),
            next_contact_metadata=(
                None
                if (value := data.get("NextContactMetadata")) is None
                else NextContactMetadata.from_dict(
                    value, path=path + "NextContactMetadata" + "."
                )
            ),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> NextContactEntry:
        draft = _NextContactEntryDraft()
        try:
            draft.type = (
                None
                if (value := data.get("Type")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Type"))
            )
            draft.next_contact_metadata = (
                None
                if (value := data.get("NextContactMetadata")) is None
                else NextContactMetadata._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "NextContactMetadata")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _NextContactEntryDraft:
    """A :class:`NextContactEntry` being decoded (see ``_rt.seal``)."""

    __slots__ = ("type", "next_contact_metadata")
    type: str | None
    next_contact_metadata: NextContactMetadata | None


def new_next_contact_entry() -> NextContactEntry:
    """Create a :class:`NextContactEntry` with all optional fields omitted."""
    return NextContactEntry()


next_contact_entry_type = _rt.Lens[NextContactEntry, str | None](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "next_contact_entry_type",
)
"""Lens on :attr:`NextContactEntry.type`."""


next_contact_entry_next_contact_metadata = _rt.Lens[
    NextContactEntry, NextContactMetadata | None
](
    lambda s: s.next_contact_metadata,
    lambda s, v: _dc.replace(s, next_contact_metadata=v),
    "next_contact_entry_next_contact_metadata",
)
"""Lens on :attr:`NextContactEntry.next_contact_metadata`."""
