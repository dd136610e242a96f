"""The Attendee shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Attendee:
    """The attendee information, including attendee ID and join token.

    Fields:

    - ``attendee_id``: The Amazon Chime SDK attendee ID.
    - ``join_token``: The join token used by the Amazon Chime SDK attendee.
    """

    attendee_id: str | None = None
    """The Amazon Chime SDK attendee ID."""

    join_token: str | None = None
    """The join token used by the Amazon Chime SDK attendee."""

    def __repr__(self) -> str:
        fields = [
            f"attendee_id={self.attendee_id!r}",
            "join_token=<sensitive>",
        ]
        return f"Attendee({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.attendee_id
        if value is not None:
            path = prefix + "attendee_id"
            _rt.check_str(errors, path, value)
        value = self.join_token
        if value is not None:
            path = prefix + "join_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.attendee_id is not None:
            result["AttendeeId"] = self.attendee_id
        if self.join_token is not None:
            result["JoinToken"] = self.join_token
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Attendee:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Attendee")
        return cls(
            attendee_id=data.get("AttendeeId"),
            join_token=data.get("JoinToken"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> Attendee:
        draft = _AttendeeDraft()
        try:
            draft.attendee_id = (
                None
                if (value := data.get("AttendeeId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "AttendeeId")
                )
            )
            draft.join_token = (
                None
                if (value := data.get("JoinToken")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "JoinToken")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AttendeeDraft:
    """A :class:`Attendee` being decoded (see ``_rt.seal``)."""

    __slots__ = ("attendee_id", "join_token")
    attendee_id: str | None
    join_token: str | None


def new_attendee() -> Attendee:
    """Create a :class:`Attendee` with all optional fields omitted."""
    return Attendee()


attendee_attendee_id = _rt.Lens[Attendee, str | None](
    lambda s: s.attendee_id,
    lambda s, v: _dc.replace(s, attendee_id=v),
    "attendee_attendee_id",
)
"""Lens on :attr:`Attendee.attendee_id`."""


attendee_join_token = _rt.Lens[Attendee, str | None](
    lambda s: s.join_token,
    lambda s, v: _dc.replace(s, join_token=v),
    "attendee_join_token",
)
"""Lens on :attr:`Attendee.join_token`."""
