"""The SecurityProfileItem shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SecurityProfileItem:
    """Security profile items.

    Fields:

    - ``id``: Id of a security profile item.
    """

    id: str | None = None
    """Id of a security profile item."""

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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.id is not None:
            result["Id"] = self.id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SecurityProfileItem:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SecurityProfileItem")
        return cls(
            id=data.get("Id"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.id is not None:
            data["Id"] = self.id
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> SecurityProfileItem:
        draft = _SecurityProfileItemDraft()
        try:
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _SecurityProfileItemDraft:
    """A :class:`SecurityProfileItem` being decoded (see ``_rt.seal``)."""

    __slots__ = ("id",)
    id: str | None


def new_security_profile_item() -> SecurityProfileItem:
    """Create a :class:`SecurityProfileItem` with all optional fields omitted."""
    return SecurityProfileItem()


security_profile_item_id = _rt.Lens[SecurityProfileItem, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "security_profile_item_id",
)
"""Lens on :attr:`SecurityProfileItem.id`."""
