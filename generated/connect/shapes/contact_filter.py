"""The ContactFilter shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_CONTACT_STATE_VALUES = frozenset(
    (
        "INCOMING",
        "PENDING",
        "CONNECTING",
        "CONNECTED",
        "CONNECTED_ONHOLD",
        "MISSED",
        "ERROR",
        "ENDED",
        "REJECTED",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ContactFilter:
    """Filters user data based on the contact information that is associated to
    the users. It contains a list of `contact states
    <https://docs.aws.amazon.com/connect/latest/adminguide/about-contact-states.html>`__.

    Fields:

    - ``contact_states``: A list of up to 9 `contact states <https://docs.aws.amazon.com/connect/latest/adminguide/about-contact-states.html>`__.
    """

    contact_states: list[str] | None = None
    """A list of up to 9 `contact states
    <https://docs.aws.amazon.com/connect/latest/adminguide/about-contact-states.html>`__.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_states
        if value is not None:
            path = prefix + "contact_states"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 9)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, enum=_CONTACT_STATE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.contact_states is not None:
            result["ContactStates"] = list(self.contact_states)
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ContactFilter:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ContactFilter")
        return cls(
            contact_states=(
                None
                if (value := data.get("ContactStates")) is None
                else list(_rt.expect_sequence(value, path + "ContactStates"))
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.contact_states is not None:
            data["ContactStates"] = self.contact_states
        return data


def new_contact_filter() -> ContactFilter:
    """Create a :class:`ContactFilter` with all optional fields omitted."""
    return ContactFilter()


contact_filter_contact_states = _rt.Lens[ContactFilter, list[str] | None](
    lambda s: s.contact_states,
    lambda s, v: _dc.replace(s, contact_states=v),
    "contact_filter_contact_states",
)
"""Lens on :attr:`ContactFilter.contact_states`."""
