"""The ContactDetails shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactDetails:
    """A map of string key/value pairs that contain user-defined attributes
    which are lightly typed within the contact. This object is used only for
    task contacts.

    Fields:

    - ``name``: The name of the contact details.
    - ``description``: Teh description of the contact details.
    """

    name: str | None = None
    """The name of the contact details."""

    description: str | None = None
    """Teh description of the contact details."""

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
            _rt.check_str(errors, path, value, min_len=0, max_len=1024)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=0, max_len=1024)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactDetails:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactDetails")
        return cls(
            name=data.get("Name"),
            description=data.get("Description"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> ContactDetails:
        draft = _ContactDetailsDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.description = (
                None
                if (value := data.get("Description")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "Description")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _ContactDetailsDraft:
    """A :class:`ContactDetails` being decoded (see ``_rt.seal``)."""

    __slots__ = ("name", "description")
    name: str | None
    description: str | None


def new_contact_details() -> ContactDetails:
    """Create a :class:`ContactDetails` with all optional fields omitted."""
    return ContactDetails()


contact_details_name = _rt.Lens[ContactDetails, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "contact_details_name",
)
"""Lens on :attr:`ContactDetails.name`."""


contact_details_description = _rt.Lens[ContactDetails, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "contact_details_description",
)
"""Lens on :attr:`ContactDetails.description`."""
