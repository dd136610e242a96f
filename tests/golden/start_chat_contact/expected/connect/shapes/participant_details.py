"""The ParticipantDetails shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ParticipantDetails:
    """The customer's details.

    Fields:

    - ``display_name``: Display name of the participant.
    """

    display_name: str
    """Display name of the participant."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.display_name
        if value is None:
            errors.append(prefix + "display_name: required but missing")
        else:
            path = prefix + "display_name"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["DisplayName"] = self.display_name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ParticipantDetails:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ParticipantDetails")
        return cls(
            display_name=_rt.required(data, "DisplayName", path),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        data["DisplayName"] = self.display_name
        return data


def new_participant_details(
    display_name: str,
) -> ParticipantDetails:
    """Create a :class:`ParticipantDetails` with all optional fields omitted."""
    return ParticipantDetails(
        display_name=display_name,
    )


participant_details_display_name = _rt.Lens[ParticipantDetails, str](
    lambda s: s.display_name,
    lambda s, v: _dc.replace(s, display_name=v),
    "participant_details_display_name",
)
"""Lens on :attr:`ParticipantDetails.display_name`."""
